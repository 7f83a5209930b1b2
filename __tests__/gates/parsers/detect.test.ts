/** Which parser a command gets: the last recognised tool of the command decides. */
import { PARSER_NAMES } from '../../../src/checklist/types.js'
import { createParser, detectParser } from '../../../src/gates/parsers/index.js'

describe('detectParser', () => {
  it.each([
    ['cargo test', 'cargo-test'],
    ['cargo test --workspace --all-features', 'cargo-test'],
    ['RUST_BACKTRACE=1 cargo +nightly test', 'cargo-test'],
    ['cargo --color never test', 'cargo-test'],
    ['timeout 600 cargo test -- --test-threads=1', 'cargo-test'],
    ['cargo clippy --all-targets -- -D warnings', 'cargo-clippy'],
    ['cargo fmt --all -- --check', 'cargo-fmt'],
    ['rustfmt --check src/lib.rs', 'cargo-fmt'],
    ['cargo audit --json', 'cargo-audit'],
    ['npm audit --json', 'npm-audit'],
    ['pnpm audit --json', 'npm-audit'],
    ['node --test test/', 'node-test'],
    ['node --experimental-strip-types --test', 'node-test'],
    ['node --test-reporter=tap --test', 'node-test'],
    ['node scripts/build.js', 'exit-code'],
    ['npx jest --ci', 'jest'],
    ['npx --yes jest', 'jest'],
    ['./node_modules/.bin/jest', 'jest'],
    ['yarn jest', 'jest'],
    ['npx vitest run', 'vitest'],
    ['pnpm exec vitest run', 'vitest'],
    ['npx mocha --reporter spec', 'mocha'],
    ['yarn mocha', 'mocha'],
    ['bun test', 'exit-code'],
    ['npm test', 'npm-test'],
    ['npm t', 'npm-test'],
    ['npm run test', 'npm-test'],
    ['npm run test:unit', 'npm-test'],
    ['npm run build', 'exit-code'],
    ['cd api && cargo build && cargo test', 'cargo-test'],
    ['(cd api && cargo test)', 'cargo-test'],
    ['sh -c "cargo test --locked"', 'cargo-test'],
    ['cargo fmt --check && cargo clippy', 'cargo-clippy'],
    ['npm ci && npm test', 'npm-test'],
    ['cargo test; echo done', 'cargo-test'],
    ['node --test jest.config.test.js', 'node-test'],
    ['cargo nextest run', 'exit-code'],
    ['./scripts/smoke.sh', 'exit-code'],
    ['echo cargo', 'exit-code'],
    ['', 'exit-code']
  ])('%s → %s', (command, parser) => {
    expect(detectParser(command)).toBe(parser)
  })

  it('has a parser for every parser name', () => {
    for (const name of PARSER_NAMES) expect(createParser(name).name).toBe(name)
  })
})
