/** Parsers fed real output captured from the installed cargo, clippy, rustfmt, node and npm (see fixtures/outputs). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ParserName } from '../../src/checklist/types.js'
import { createParser, detectParser } from '../../src/gates/parsers/index.js'
import type { ParsedOutput, ProcessOutcome } from '../../src/gates/types.js'
import { stripControl } from '../../src/report/sanitize.js'
import { FIXTURES } from '../helpers/run-action.js'

export function outcome(exitCode: number | null, signal: string | null = null): ProcessOutcome {
  return { exitCode, signal, timedOut: false, cancelled: false, durationMs: 1, output: { head: '', tail: '', totalBytes: 0, totalLines: 0, truncated: false } }
}

export function parseText(parser: ParserName, text: string, exitCode: number | null = 0): ParsedOutput {
  const instance = createParser(parser)
  for (const line of text.split('\n')) instance.onLine(stripControl(line))
  return instance.finish(outcome(exitCode))
}

const captured = (name: string) => readFileSync(path.join(FIXTURES, 'outputs', name), 'utf8')

describe('cargo-test', () => {
  it('reads a green run', () => {
    expect(parseText('cargo-test', captured('cargo-test-green.txt'))).toMatchObject({ kind: 'tests', counts: { passed: 2, failed: 0 }, failingTests: [] })
  })

  it('names the failing test and where it panicked', () => {
    const parsed = parseText('cargo-test', captured('cargo-test-failing.txt'), 101)
    expect(parsed).toMatchObject({ counts: { passed: 2, failed: 1 }, failingTests: ['tests::doubles_negative_numbers_wrongly'] })
    expect(parsed.findings[0]).toMatchObject({ file: 'src/lib.rs', line: expect.any(Number), level: 'error' })
  })

  it('sums every test binary of a workspace', () => {
    const parsed = parseText('cargo-test', captured('cargo-test-workspace.txt'), 101)
    expect(parsed).toMatchObject({ counts: { passed: 3, failed: 1 }, failingTests: ['tests::formats_not_found_with_reason'] })
    expect(parsed.findings[0]).toMatchObject({ file: 'api/src/lib.rs' })
    expect('problem' in parsed && parsed.problem).toBeFalsy()
  })

  it('reports a compile error as a failure with the first compiler error and its location', () => {
    const parsed = parseText('cargo-test', captured('cargo-test-compile-error.txt'), 101)
    expect(parsed).toMatchObject({ counts: null, problem: { status: 'fail', message: expect.stringMatching(/^does not compile: mismatched types at src\/lib\.rs:\d+:\d+/) } })
  })

  it('reports a test binary killed by a signal', () => {
    const parsed = parseText('cargo-test', captured('cargo-test-aborts.txt'), 101)
    expect(parsed).toMatchObject({ problem: { status: 'fail', message: expect.stringContaining('SIGABRT') } })
  })
})

describe('cargo-clippy', () => {
  it('counts a warning with its location and lint, without counting the summary line', () => {
    const parsed = parseText('cargo-clippy', captured('clippy-warning.txt'))
    expect(parsed).toMatchObject({ kind: 'lint', counts: { warnings: 1, errors: 0 } })
    expect(parsed.findings).toEqual([expect.objectContaining({ level: 'warning', file: 'src/lib.rs', line: 2, column: 5, code: 'clippy::needless_return' })])
  })

  it('counts -D warnings as errors, not the "could not compile" line', () => {
    expect(parseText('cargo-clippy', captured('clippy-deny.txt'), 101)).toMatchObject({ counts: { warnings: 0, errors: 1 } })
  })

  it('reads --message-format=json', () => {
    const parsed = parseText('cargo-clippy', captured('clippy-warning.json.txt'))
    expect(parsed).toMatchObject({ counts: { warnings: 1, errors: 0 } })
    expect(parsed.findings[0]).toMatchObject({ file: 'src/lib.rs', line: 2, code: 'clippy::needless_return' })
  })

  it('is a problem, not a clean result, when clippy could not run', () => {
    expect(parseText('cargo-clippy', 'error: no such command: `clippy`', 101)).toMatchObject({ counts: null, problem: { status: 'error', message: expect.stringContaining('no such command') } })
  })
})

describe('cargo-fmt', () => {
  it('lists the file that needs formatting', () => {
    const parsed = parseText('cargo-fmt', captured('fmt-drift.txt'), 1)
    expect(parsed).toMatchObject({ kind: 'format', counts: { files: [expect.stringMatching(/fmt-drift\/src\/lib\.rs$/)] } })
    expect(parsed.findings[0]).toMatchObject({ line: 1 })
  })

  it('reads the older "at line" form', () => {
    expect(parseText('cargo-fmt', 'Diff in src/main.rs at line 4:\n-x\n+y', 1)).toMatchObject({ counts: { files: ['src/main.rs'] } })
  })

  it('is a problem when rustfmt failed without a diff', () => {
    expect(parseText('cargo-fmt', 'error: expected one of `!` or `::`, found `fn`', 1)).toMatchObject({ counts: null, problem: { status: 'error' } })
  })
})

describe('node --test and npm test', () => {
  it.each([
    ['node-test', 'node-test-red-tap.txt'],
    ['node-test', 'node-test-red-spec.txt'],
    ['npm-test', 'npm-test-red.txt']
  ] as const)('%s reads %s', (parser, file) => {
    expect(parseText(parser, captured(file), 1)).toMatchObject({ counts: { passed: 1, failed: 1 }, failingTests: ['rounds half up (fixture failure)'] })
  })

  it('reads jest summaries and failure headers', () => {
    const jest = ['  ● math › rounds half up', '', 'Tests:       1 failed, 1 skipped, 2 passed, 4 total', 'Test Suites: 1 failed, 1 total'].join('\n')
    expect(parseText('jest', jest, 1)).toMatchObject({ counts: { passed: 2, failed: 1, skipped: 1 }, failingTests: ['math › rounds half up'] })
    expect(parseText('npm-test', jest, 1)).toMatchObject({ counts: { passed: 2, failed: 1 } })
  })

  it('reads vitest and mocha summaries through npm test', () => {
    expect(parseText('npm-test', '      Tests  1 failed | 5 passed (6)', 1)).toMatchObject({ counts: { passed: 5, failed: 1 } })
    expect(parseText('npm-test', '  4 passing (12ms)\n  1 failing', 1)).toMatchObject({ counts: { passed: 4, failed: 1 } })
  })

  it('finds no summary in output that has none', () => {
    expect(parseText('npm-test', 'Error: Cannot find module ./setup', 1)).toMatchObject({ counts: null })
  })
})

describe('audits', () => {
  it('turns the registry refusing npm audit into an error, never a clean audit', () => {
    expect(parseText('npm-audit', captured('npm-audit-unreachable.json.txt'), 1)).toMatchObject({
      counts: null,
      problem: { status: 'error', message: expect.stringContaining('405') }
    })
  })

  it('counts npm audit vulnerabilities by severity', () => {
    const report = JSON.stringify({ vulnerabilities: { 'js-yaml': { severity: 'moderate' } }, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 2, critical: 0, total: 3 } } }, null, 2)
    expect(parseText('npm-audit', report, 1)).toMatchObject({ counts: { bySeverity: { moderate: 1, high: 2 } } })
  })

  it('reads cargo audit --json vulnerabilities and warnings', () => {
    const report = JSON.stringify({
      database: { 'advisory-count': 900 },
      vulnerabilities: {
        found: true,
        count: 1,
        list: [{ advisory: { id: 'RUSTSEC-2024-0437', title: 'Crash due to uncontrolled recursion', cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }, package: { name: 'protobuf', version: '2.28.0' } }]
      },
      warnings: { unmaintained: [{ advisory: { id: 'RUSTSEC-2025-0057', title: 'fxhash is unmaintained' }, package: { name: 'fxhash' } }] }
    })
    const parsed = parseText('cargo-audit', report, 1)
    expect(parsed).toMatchObject({ counts: { bySeverity: { high: 1 }, warnings: 1 } })
    expect(parsed.findings[0]).toMatchObject({ code: 'RUSTSEC-2024-0437' })
  })

  it('reads cargo audit text output', () => {
    const text = [
      '    Scanning Cargo.lock for vulnerabilities (120 crate dependencies)',
      'Crate:     protobuf',
      'Version:   2.28.0',
      'Title:     Crash due to uncontrolled recursion',
      'ID:        RUSTSEC-2024-0437',
      'Severity:  7.5 (high)',
      'Crate:     fxhash',
      'Version:   0.2.1',
      'Warning:   unmaintained',
      'Title:     fxhash - no longer maintained',
      'ID:        RUSTSEC-2025-0057',
      'error: 1 vulnerability found!'
    ].join('\n')
    expect(parseText('cargo-audit', text, 1)).toMatchObject({ counts: { bySeverity: { high: 1 }, warnings: 1 } })
  })

  it('is an error when cargo audit cannot fetch its advisory database', () => {
    const text = '    Fetching advisory database from `https://example.invalid/advisory-db.git`\nerror: couldn\'t fetch advisory database: git operation failed'
    expect(parseText('cargo-audit', text, 1)).toMatchObject({ counts: null, problem: { status: 'error', message: expect.stringContaining("couldn't fetch advisory database") } })
  })
})

describe('detectParser', () => {
  it.each([
    ['cargo test --workspace', 'cargo-test'],
    ['RUST_BACKTRACE=1 cargo +nightly test', 'cargo-test'],
    ['cargo clippy --all-targets -- -D warnings', 'cargo-clippy'],
    ['cargo fmt --all -- --check', 'cargo-fmt'],
    ['cargo audit --json', 'cargo-audit'],
    ['npm audit --json', 'npm-audit'],
    ['node --test test/', 'node-test'],
    ['node --experimental-strip-types --test', 'node-test'],
    ['npx jest --ci', 'jest'],
    ['npm test', 'npm-test'],
    ['npm run test', 'npm-test'],
    ['cd api && cargo build && cargo test', 'cargo-test'],
    ['node --test jest.config.test.js', 'node-test'],
    ['./scripts/smoke.sh', 'exit-code']
  ])('%s → %s', (command, parser) => {
    expect(detectParser(command)).toBe(parser)
  })
})
