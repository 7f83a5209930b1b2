/**
 * Commands that would change the code they check are a checklist error, with the command the author
 * most likely meant: in the checklist parser, the CLI (exit 2) and the bundled action (NO-GO).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { findMutatingCommands, mutatingCommandMessages } from '../../src/checklist/mutating-commands.js'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { ChecklistError } from '../../src/checklist/types.js'
import { REPO_ROOT, runAction, workspaceFrom } from '../helpers/run-action.js'

describe('findMutatingCommands', () => {
  it.each<[string, string]>([
    ['cargo fmt', 'cargo fmt'],
    ['cargo fmt --all', 'cargo fmt'],
    ['cargo +nightly fmt -- --emit files', 'cargo fmt'],
    ['cd api && cargo fmt', 'cargo fmt'],
    ['rustfmt src/lib.rs', 'rustfmt'],
    ['find . -name "*.rs" | xargs rustfmt', 'rustfmt'],
    ['cargo clippy --fix --allow-dirty', 'cargo clippy --fix'],
    ['cargo clippy --all-targets --fix -- -D warnings', 'cargo clippy --fix'],
    ['cargo fix --edition', 'cargo fix'],
    ['npm audit fix', 'npm audit fix'],
    ['npm audit fix --force', 'npm audit fix'],
    ['pnpm audit --fix', 'pnpm audit --fix'],
    ['npx eslint --fix .', 'eslint --fix'],
    ['npm exec -- eslint . --fix=true', 'eslint --fix'],
    ['prettier --write .', 'prettier --write'],
    ['npx --yes prettier -w src', 'prettier --write'],
    ['yarn prettier --write .', 'prettier --write'],
    ['pnpm exec biome check --write', 'biome --write'],
    ['stylelint "**/*.css" --fix', 'stylelint --fix'],
    ['gofmt -l -w .', 'gofmt -w'],
    ['go fmt ./...', 'go fmt'],
    ['go mod tidy', 'go mod tidy'],
    ['go generate ./...', 'go generate'],
    ['pip-audit --fix -r requirements.txt', 'pip-audit --fix'],
    ['go get example.com/mod@latest', 'go get'],
    ['go test -update ./...', 'go test -update'],
    ['mypy --install-types --non-interactive .', 'mypy --install-types'],
    ['pytest --snapshot-update', 'pytest --snapshot-update'],
    ['poetry lock', 'poetry lock'],
    ['uv sync', 'uv lock'],
    ['ruff check --add-noqa', 'ruff --fix'],
    ['black .', 'black'],
    ['ruff format', 'ruff format'],
    ['ruff check --fix', 'ruff --fix'],
    ['isort src', 'isort'],
    ['terraform fmt -recursive', 'terraform fmt'],
    ['rubocop -A', 'rubocop --autocorrect'],
    ['sh -c "cargo fmt"', 'cargo fmt'],
    ['timeout 600 bash -ec "npm ci && npx prettier --write ."', 'prettier --write'],
    ['git commit -am "format"', 'git commit'],
    ['git -C sub checkout main', 'git checkout'],
    ['git stash', 'git stash'],
    ['git clean -fdx', 'git clean']
  ])('%j changes the code: %j', (run, command) => {
    expect(findMutatingCommands(run).map((found) => found.command)).toEqual([command])
  })

  it.each([
    'cargo fmt --check',
    'cargo fmt --all -- --check',
    'cargo fmt -- --emit=stdout',
    'rustfmt --check src/lib.rs',
    'rustfmt --version',
    'cargo clippy --all-targets -- -D warnings',
    'npm audit --json',
    'npm audit fix --dry-run',
    'npm run format',
    'eslint --fix-dry-run .',
    'npx eslint .',
    'prettier --check .',
    'prettier --list-different .',
    'gofmt -l .',
    'go mod tidy -diff',
    'pip-audit -r requirements.txt',
    'uv sync --locked',
    'pip install -r requirements.txt',
    'go test ./...',
    'mypy --strict .',
    'black --check .',
    'ruff format --check',
    'isort --check-only src',
    'terraform fmt -check',
    'git diff --exit-code',
    'git status --porcelain',
    'git stash list',
    'git clean -n',
    'echo "cargo fmt"',
    'cat <<EOF\ncargo fmt\nEOF',
    '# cargo fmt',
    'cargo fmt --help'
  ])('%j leaves the code alone', (run) => {
    expect(findMutatingCommands(run)).toEqual([])
  })

  it('names the line of a multi-line run', () => {
    expect(mutatingCommandMessages('cargo fmt --check\ncargo clippy --fix\n')).toEqual([
      '`cargo clippy --fix` (line 2 of the command) changes files: a check must not modify the code — did you mean `cargo clippy` without `--fix`?'
    ])
    expect(mutatingCommandMessages('cargo fmt')).toEqual(['`cargo fmt` changes files: a check must not modify the code — did you mean `cargo fmt --check`?'])
  })
})

const CHECKLIST = `version: 1
sections:
  - title: Quality
    items:
      - id: fmt
        title: Formatting
        run: cargo fmt --all
      - id: lint
        title: Lint
        run: |
          npm ci
          npx eslint --fix .
`

describe('a mutating command in a YAML checklist', () => {
  it('is a checklist error naming file, line and key, with the hint', () => {
    let error: unknown
    try {
      parseYamlChecklist(CHECKLIST, '.github/go-no-go.yml')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ChecklistError)
    expect((error as ChecklistError).problems).toEqual([
      {
        file: '.github/go-no-go.yml',
        line: 7,
        column: 14,
        key: 'sections[0].items[0].run',
        message: '`cargo fmt` changes files: a check must not modify the code — did you mean `cargo fmt --check`?'
      },
      {
        file: '.github/go-no-go.yml',
        line: 10,
        column: 14,
        key: 'sections[0].items[1].run',
        message: '`eslint --fix` (line 2 of the command) changes files: a check must not modify the code — did you mean `eslint` without `--fix` (or with `--fix-dry-run`)?'
      }
    ])
  })

  it('makes the CLI exit 2 with the error', () => {
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), '--cwd', workspace], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(cli.status).toBe(2)
    expect(cli.stderr).toContain('.github/go-no-go.yml:7')
    expect(cli.stderr).toContain('did you mean `cargo fmt --check`?')
  })

  it('makes the action say NO-GO without running anything', async () => {
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const run = await runAction({ workspace })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    // In the summary's prose the backticks are escaped, so they show as written.
    expect(run.summary).toContain('did you mean \\`cargo fmt --check\\`?')
  })
})
