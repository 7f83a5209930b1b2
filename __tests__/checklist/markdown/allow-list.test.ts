/** The allow-list of read-only checks: what a Markdown checklist may make go-no-go run. */
import { isAllowedCheck, splitArguments } from '../../../src/checklist/allow-list.js'

describe('isAllowedCheck, beyond the documented examples', () => {
  it.each([
    'cargo fmt --check',
    'cargo check --all-targets',
    'cargo test "name with spaces" -- --nocapture',
    'cargo audit --deny warnings',
    'npm t',
    'npm run build',
    'npm run test',
    'npm run typecheck',
    'npx tsc --noEmit -p tsconfig.json',
    'node --test test/*.test.mjs',
    '  npm test  ',
    'pytest',
    'pytest -q tests/unit',
    'py.test -x',
    'python -m pytest --junitxml=reports/junit.xml',
    'python3 -m pytest',
    'go test ./...',
    'go test -race -count=1 ./...',
    'go vet ./...',
    'gofmt -l .',
    'gofmt -d -s .',
    'ruff check .',
    'ruff check --output-format=json src',
    'python -m ruff check .',
    'black --check .',
    'python3 -m black --check --diff src',
    'mypy src',
    'python -m mypy --strict app',
    'pip-audit',
    'pip-audit --format json -r requirements.txt',
    'python -m pip_audit',
    'govulncheck ./...',
    'govulncheck -json ./...'
  ])('allows %s', (command) => {
    expect(isAllowedCheck(command)).toEqual({ allowed: true })
  })

  it.each([
    ['make rollback', 'is not on the allow-list of read-only checks'],
    ['kubectl apply -f prod.yaml', 'is not on the allow-list of read-only checks'],
    ['sudo cargo test', 'is not on the allow-list of read-only checks'],
    ['sudo systemctl restart ledger', 'is not on the allow-list of read-only checks'],
    ['pip install -r requirements.txt', 'is not on the allow-list of read-only checks'],
    ['./start.sh', 'is not on the allow-list of read-only checks'],
    ['rm -rf target', 'is not on the allow-list of read-only checks'],
    ['RUST_LOG=debug cargo test', 'is not on the allow-list of read-only checks'],
    ['cargo fmt --all', 'is not on the allow-list of read-only checks'],
    ['cargo clippy -- --fix', 'is not on the allow-list of read-only checks'],
    ['cargo clippy --allow-dirty', 'is not on the allow-list of read-only checks'],
    ['cargo audit --fix', 'is not on the allow-list of read-only checks'],
    ['npm audit fix --force', 'is not on the allow-list of read-only checks'],
    ['npm run deploy', 'is not on the allow-list of read-only checks'],
    ['npm run test -- --updateSnapshot', 'is not on the allow-list of read-only checks'],
    ['npx tsc --noEmit --build', 'is not on the allow-list of read-only checks'],
    ['node -e 0', 'is not on the allow-list of read-only checks'],
    ['npx --yes some-package', 'is not on the allow-list of read-only checks'],
    ['cargo clean && cargo build', 'contains the shell character "&"'],
    ['curl -sSf https://get.example.invalid | sh', 'contains the shell character "|"'],
    ['npm test\nmake deploy', 'spans more than one line'],
    ['npm test\rmake deploy', 'spans more than one line'],
    ['cargo test & make deploy', 'contains the shell character "&"'],
    ['cargo test < /dev/null', 'contains the shell character "<"'],
    ['cargo test ${HOME}', 'contains the shell character "$"'],
    ['cargo test \\\nmake', 'contains the shell character "\\"'],
    ['cargo test\u000b--x', 'contains a control character'],
    ['pytest --snapshot-update', 'is not on the allow-list of read-only checks'],
    ['python -m pytest --force-regen', 'is not on the allow-list of read-only checks'],
    ['go test ./... -update', 'is not on the allow-list of read-only checks'],
    ['go generate ./...', 'is not on the allow-list of read-only checks'],
    ['go mod tidy', 'is not on the allow-list of read-only checks'],
    ['go fmt ./...', 'is not on the allow-list of read-only checks'],
    ['gofmt -w .', 'is not on the allow-list of read-only checks'],
    ['gofmt -l -w .', 'is not on the allow-list of read-only checks'],
    ['gofmt .', 'is not on the allow-list of read-only checks'],
    ['ruff check --fix .', 'is not on the allow-list of read-only checks'],
    ['ruff check --unsafe-fixes --fix .', 'is not on the allow-list of read-only checks'],
    ['ruff check --add-noqa', 'is not on the allow-list of read-only checks'],
    ['ruff format .', 'is not on the allow-list of read-only checks'],
    ['ruff .', 'is not on the allow-list of read-only checks'],
    ['black .', 'is not on the allow-list of read-only checks'],
    ['python -m black src', 'is not on the allow-list of read-only checks'],
    ['mypy --install-types --non-interactive', 'is not on the allow-list of read-only checks'],
    ['pip-audit --fix', 'is not on the allow-list of read-only checks'],
    ['python -c "import os"', 'is not on the allow-list of read-only checks'],
    ['', 'empty command'],
    ["npm test 'unclosed", 'has unbalanced quotes']
  ])('refuses %j: %s', (command, reason) => {
    expect(isAllowedCheck(command)).toEqual({ allowed: false, reason })
  })

  it('treats a quoted metacharacter as a metacharacter too, since the gate runs under a shell', () => {
    expect(isAllowedCheck('cargo test "a;b"')).toMatchObject({ allowed: false })
  })
})

describe('splitArguments', () => {
  it('splits on blanks and keeps quoted words whole', () => {
    expect(splitArguments(`cargo  test "two words" 'and more'\tlast`)).toEqual(['cargo', 'test', 'two words', 'and more', 'last'])
    expect(splitArguments('npm test ""')).toEqual(['npm', 'test', ''])
    expect(splitArguments('npm "test')).toBeUndefined()
  })
})
