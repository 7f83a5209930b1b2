/** cargo test, clippy and rustfmt parsers on output captured from the installed toolchain (fixtures/outputs). */
import { readDiffHeader } from '../../../src/gates/parsers/cargo-fmt.js'
import { parseCaptured, parseText } from './helpers.js'

describe('cargo-test', () => {
  it('reads a green run', () => {
    expect(parseCaptured('cargo-test', 'cargo-test-green.txt')).toEqual({ kind: 'tests', counts: { passed: 2, failed: 0, skipped: 0 }, failingTests: [], findings: [] })
  })

  it('names the failing test and where it panicked, with the panic message', () => {
    const parsed = parseCaptured('cargo-test', 'cargo-test-failing.txt')
    expect(parsed).toMatchObject({ counts: { passed: 2, failed: 1, skipped: 0 }, failingTests: ['tests::doubles_negative_numbers_wrongly'] })
    expect(parsed.findings).toEqual([
      {
        level: 'error',
        message: "tests::doubles_negative_numbers_wrongly panicked: assertion `left == right` failed: the fixture's one failing test",
        file: 'src/lib.rs',
        line: 21,
        column: 9,
        code: 'tests::doubles_negative_numbers_wrongly'
      }
    ])
    expect('problem' in parsed && parsed.problem).toBeFalsy()
  })

  it('reads the quiet format from the `failures:` list', () => {
    const parsed = parseCaptured('cargo-test', 'cargo-test-failing-quiet.txt')
    expect(parsed).toMatchObject({ counts: { passed: 2, failed: 1 }, failingTests: ['tests::doubles_negative_numbers_wrongly'] })
    // Only the `failures:` list names it when the per-test line is missing.
    const listOnly = parseText(
      'cargo-test',
      ['running 2 tests', 'failures:', '    tests::a', '    tests::b', '', 'test result: FAILED. 0 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out'].join('\n'),
      101
    )
    expect(listOnly).toMatchObject({ failingTests: ['tests::a', 'tests::b'] })
  })

  it('sums every test binary and the doc tests of a workspace', () => {
    const parsed = parseCaptured('cargo-test', 'cargo-test-workspace.txt')
    // api: 1 passed 1 failed; core: 2 passed; doc tests: api 0, core 1.
    expect(parsed).toMatchObject({ counts: { passed: 4, failed: 1, skipped: 0 }, failingTests: ['tests::formats_not_found_with_reason'] })
    expect(parsed.findings[0]).toMatchObject({ file: 'api/src/lib.rs', line: 16 })
    expect('problem' in parsed && parsed.problem).toBeFalsy()
  })

  it('reports a compile error as a failure with the first compiler error and its location, never as counts', () => {
    const parsed = parseCaptured('cargo-test', 'cargo-test-compile-error.txt')
    expect(parsed).toMatchObject({ counts: null, problem: { status: 'fail', message: 'does not compile: mismatched types at src/lib.rs:9:29' } })
    expect(parsed.findings).toEqual([{ level: 'error', message: 'mismatched types', file: 'src/lib.rs', line: 9, column: 29, code: 'E0308' }])
  })

  // Issue 8: a binary that stops before its result makes the run incomplete, an ERROR (it was a FAIL).
  it('reports a test binary killed by a signal as an incomplete run, naming the binary and the signal', () => {
    const parsed = parseCaptured('cargo-test', 'cargo-test-aborts.txt')
    expect(parsed).toMatchObject({
      problem: { status: 'error', message: 'incomplete: test binary fixture_aborts (unittests src/lib.rs) was killed by SIGABRT (signal 6) before reporting its result' }
    })
  })

  it('keeps the counts of the other binaries when one is killed', () => {
    const text = [
      '     Running unittests src/lib.rs (/t/debug/deps/a-0123456789abcdef)',
      'running 4 tests',
      'test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s',
      '     Running tests/it.rs (/t/debug/deps/it-0123456789abcdef)',
      'running 2 tests',
      "  process didn't exit successfully: `/t/debug/deps/it-0123456789abcdef` (signal: 11, SIGSEGV: invalid memory reference)"
    ].join('\n')
    expect(parseText('cargo-test', text, 101)).toMatchObject({
      counts: { passed: 3, failed: 0, skipped: 1 },
      problem: { status: 'error', message: 'incomplete: test binary it (tests/it.rs) was killed by SIGSEGV (signal 11) before reporting its result' }
    })
  })

  it('makes a binary that exits before reporting an error, but not the usual exit 101 after a result', () => {
    const early = ['     Running tests/it.rs (/t/it-0123456789abcdef)', 'running 1 test', "  process didn't exit successfully: `/t/it-0123456789abcdef` (exit status: 3)"].join(
      '\n'
    )
    expect(parseText('cargo-test', early, 101)).toMatchObject({ problem: { status: 'error', message: expect.stringContaining('exited 3 before reporting its result') } })
    const usual = [
      '     Running tests/it.rs (/t/it-0123456789abcdef)',
      'running 2 tests',
      'test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out',
      "  process didn't exit successfully: `/t/it-0123456789abcdef` (exit status: 101)"
    ].join('\n')
    expect(parseText('cargo-test', usual, 101)).not.toHaveProperty('problem')
  })

  it('reads doc-test failures and the pre-1.73 panic format', () => {
    const text = [
      'running 2 tests',
      'test src/lib.rs - add (line 3) ... FAILED',
      'test tests::old ... FAILED',
      "thread 'tests::old' panicked at 'assertion failed: ok', src/lib.rs:12:5",
      'test result: FAILED. 0 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out'
    ].join('\n')
    const parsed = parseText('cargo-test', text, 101)
    expect(parsed).toMatchObject({ failingTests: ['src/lib.rs - add (line 3)', 'tests::old'] })
    expect(parsed.findings[0]).toMatchObject({ message: 'tests::old panicked: assertion failed: ok', file: 'src/lib.rs', line: 12, column: 5 })
  })

  it('is an error, not a count, when cargo could not run the tests at all', () => {
    const parsed = parseText('cargo-test', 'error: could not find `Cargo.toml` in `/work` or any parent directory', 101)
    expect(parsed).toMatchObject({
      counts: null,
      problem: { status: 'error', message: 'cargo test could not run: could not find `Cargo.toml` in `/work` or any parent directory' }
    })
  })
})

describe('cargo-clippy', () => {
  it('passes a clean crate only with cargo progress to show it ran', () => {
    expect(parseCaptured('cargo-clippy', 'clippy-green.txt')).toEqual({ kind: 'lint', counts: { warnings: 0, errors: 0 }, findings: [] })
    expect(parseText('cargo-clippy', '', 0)).toMatchObject({ counts: null, problem: { status: 'error', message: expect.stringContaining('nothing shows it checked') } })
  })

  it('counts a warning with its location and lint, not the "generated 1 warning" summary lines', () => {
    const parsed = parseCaptured('cargo-clippy', 'clippy-warning.txt')
    expect(parsed).toMatchObject({ kind: 'lint', counts: { warnings: 1, errors: 0 } })
    expect(parsed.findings).toEqual([{ level: 'warning', message: 'unneeded `return` statement', file: 'src/lib.rs', line: 2, column: 5, code: 'clippy::needless_return' }])
  })

  it('counts -D warnings as one error, not the two "could not compile" lines', () => {
    const parsed = parseCaptured('cargo-clippy', 'clippy-deny.txt')
    expect(parsed).toMatchObject({ counts: { warnings: 0, errors: 1 } })
    expect(parsed.findings[0]).toMatchObject({ level: 'error', code: 'clippy::needless_return', line: 2 })
  })

  it('reads --message-format=json, once per diagnostic although lib and lib test both report it', () => {
    const warning = parseCaptured('cargo-clippy', 'clippy-warning.json.txt')
    expect(warning).toMatchObject({ counts: { warnings: 1, errors: 0 } })
    expect(warning.findings).toEqual([{ level: 'warning', message: 'unneeded `return` statement', file: 'src/lib.rs', line: 2, column: 5, code: 'clippy::needless_return' }])
    expect(parseCaptured('cargo-clippy', 'clippy-deny.json.txt')).toMatchObject({
      counts: { warnings: 0, errors: 1 },
      findings: [{ level: 'error', code: 'clippy::needless_return' }]
    })
  })

  it('counts a compile error as an error diagnostic', () => {
    expect(parseCaptured('cargo-clippy', 'clippy-compile-error.txt')).toMatchObject({
      counts: { errors: 1, warnings: 0 },
      findings: [{ code: 'E0308', file: 'src/lib.rs', line: 9 }]
    })
  })

  it('is a problem, not a clean result, when clippy could not run', () => {
    expect(parseText('cargo-clippy', 'error: no such command: `clippy`', 101)).toMatchObject({
      counts: null,
      problem: { status: 'error', message: 'clippy could not run: no such command: `clippy`' }
    })
  })
})

describe('cargo-fmt', () => {
  it('lists the file and line that need formatting, from `cargo fmt --all` and from `cargo fmt`', () => {
    for (const name of ['fmt-drift.txt', 'fmt-drift-package.txt']) {
      const parsed = parseCaptured('cargo-fmt', name)
      expect(parsed).toMatchObject({ kind: 'format', counts: { files: [expect.stringMatching(/\/fmt-drift\/src\/lib\.rs$/)] } })
      expect(parsed.findings).toEqual([expect.objectContaining({ line: 1, file: expect.stringMatching(/src\/lib\.rs$/) })])
    }
  })

  it('reads a clean check as no files', () => {
    expect(parseCaptured('cargo-fmt', 'fmt-green.txt')).toEqual({ kind: 'format', counts: { files: [] }, findings: [] })
  })

  it('reads both diff header forms, one entry per file', () => {
    expect(readDiffHeader('Diff in /w/src/lib.rs:12:')).toEqual({ file: '/w/src/lib.rs', line: 12 })
    expect(readDiffHeader('Diff in src/main.rs at line 4:')).toEqual({ file: 'src/main.rs', line: 4 })
    expect(readDiffHeader('Diff in src/main.rs')).toBeUndefined()
    const parsed = parseText('cargo-fmt', 'Diff in src/main.rs at line 4:\n-x\n+y\nDiff in src/main.rs at line 9:\nDiff in src/a.rs:2:', 1)
    expect(parsed).toMatchObject({ counts: { files: ['src/main.rs', 'src/a.rs'] } })
    expect(parsed.findings).toHaveLength(3)
  })

  it('is a problem when rustfmt failed without a diff, with the error and its location', () => {
    const text = 'error: expected one of `!` or `::`, found `fn`\n --> /w/src/lib.rs:3:1\n  |'
    expect(parseText('cargo-fmt', text, 1)).toMatchObject({
      counts: null,
      problem: { status: 'error', message: 'rustfmt could not check: expected one of `!` or `::`, found `fn` --> /w/src/lib.rs:3:1' }
    })
    expect(parseText('cargo-fmt', '', 1)).toMatchObject({ counts: null, problem: { status: 'error' } })
  })
})
