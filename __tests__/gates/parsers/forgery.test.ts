/**
 * Red team: output a test (or an attacker's test) prints, output cut short, streams interleaved, colour
 * codes, names that look like summaries. None of it may turn a failing or incomplete run into a pass.
 */
import type { CommandItem, Expectations, ParserName } from '../../../src/checklist/types.js'
import { evaluateGate } from '../../../src/gates/evaluate.js'
import type { ParsedOutput } from '../../../src/gates/types.js'
import { outcome, parseText, type ParseOptions } from './helpers.js'

function judge(parser: ParserName, lines: string[], exitCode: number, expect: Expectations = {}, options: ParseOptions = {}) {
  const parsed = parseText(parser, lines.join('\n'), exitCode, options)
  const item: CommandItem = {
    kind: 'command',
    id: 'g',
    title: 'g',
    severity: 'blocking',
    section: 'S',
    run: 'x',
    timeoutMs: 1000,
    workingDirectory: '.',
    env: {},
    needs: [],
    expect
  }
  return { parsed, ...evaluateGate(item, outcome(exitCode), parsed) }
}

const RESULT = (passed: number, failed: number) =>
  `test result: ${failed ? 'FAILED' : 'ok'}. ${passed} passed; ${failed} failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s`
const HEADER = '     Running unittests src/lib.rs (/t/debug/deps/app-0123456789abcdef)'

describe('cargo test', () => {
  it('a forged result inside the run (captured or raw) whose numbers fit no run is ignored', () => {
    const { parsed, status } = judge('cargo-test', [HEADER, 'running 3 tests', RESULT(250, 0), 'test a ... ok', 'test b ... FAILED', 'test c ... ok', RESULT(2, 1)], 101, {
      passRate: 50
    })
    expect(parsed).toMatchObject({ counts: { passed: 2, failed: 1 } })
    expect(status).toBe('pass')
    expect(judge('cargo-test', [HEADER, 'running 3 tests', RESULT(250, 0), RESULT(2, 1)], 101).status).toBe('fail')
  })

  it('a forged result that fits the run closes it early; the real one after it makes the run untrustworthy', () => {
    const { status, reason } = judge('cargo-test', [HEADER, 'running 3 tests', RESULT(3, 0), 'test b ... FAILED', RESULT(2, 1)], 101)
    expect(status).toBe('error')
    expect(reason).toMatch(/outside any test run/)
  })

  it('a forged result that fits, then a binary that dies silently: still never a pass without its own result', () => {
    // The forger also needs the process to exit 0 before libtest's line: indistinguishable from a
    // real run by text alone, so this is the documented limit; what it cannot do is hide a crash.
    const crash = judge('cargo-test', [HEADER, 'running 3 tests', "  process didn't exit successfully: `/t/debug/deps/app-0123456789abcdef` (signal: 11, SIGSEGV)"], 101)
    expect(crash).toMatchObject({ status: 'error', reason: expect.stringContaining('killed by SIGSEGV') })
  })

  it('output cut short anywhere inside a run is incomplete, even with exit 0', () => {
    const full = [HEADER, 'running 2 tests', 'test a ... ok', 'test b ... ok', '', RESULT(2, 0)]
    for (let cut = 2; cut < full.length; cut++) {
      expect(judge('cargo-test', full.slice(0, cut), 0).status).toBe('error')
    }
    expect(judge('cargo-test', full, 0).status).toBe('pass')
  })

  it('stderr arriving out of order (cargo’s header after the binary’s first line) still counts right', () => {
    expect(judge('cargo-test', ['running 2 tests', HEADER, 'test a ... ok', 'test b ... ok', RESULT(2, 0)], 0)).toMatchObject({ status: 'pass', summary: '2/2 passed' })
  })

  it('cargo’s "exit status: 101" overtaking the binary’s own result (two pipes) is still the ordinary failure', () => {
    const died = "  process didn't exit successfully: `/t/debug/deps/app-0123456789abcdef` (exit status: 101)"
    expect(judge('cargo-test', [HEADER, 'running 2 tests', 'test a ... FAILED', died, 'test b ... ok', RESULT(1, 1)], 101)).toMatchObject({ status: 'fail', summary: '1/2 passed' })
    expect(judge('cargo-test', [HEADER, 'running 2 tests', 'test a ... FAILED', died], 101)).toMatchObject({ status: 'error', reason: expect.stringContaining('(it exited 101)') })
  })

  it('colour codes around the summary are stripped before reading, not read as a different line', () => {
    expect(judge('cargo-test', [HEADER, '\u001b[1mrunning 1 test\u001b[0m', `\u001b[32m${RESULT(1, 0)}\u001b[0m`], 0).status).toBe('pass')
  })

  it('an indented or decorated result line is not libtest’s', () => {
    for (const line of [`  ${RESULT(1, 0)}`, `${RESULT(1, 0)} and more`, `# ${RESULT(1, 0)}`]) {
      expect(judge('cargo-test', [HEADER, 'running 1 test', line], 0).status).toBe('error')
    }
  })

  it('compiler errors printed inside a run are not a compile failure; outside every run they are', () => {
    const diagnostic = ['error[E0308]: mismatched types', ' --> src/lib.rs:1:1']
    expect(judge('cargo-test', [HEADER, 'running 1 test', ...diagnostic, 'test t ... ok', RESULT(1, 0)], 0).status).toBe('pass')
    expect(judge('cargo-test', [...diagnostic, 'error: could not compile `app` (lib test) due to 1 previous error'], 101)).toMatchObject({
      status: 'fail',
      reason: 'does not compile: mismatched types at src/lib.rs:1:1'
    })
  })
})

describe('node --test', () => {
  const tapBlock = (tests: number, pass: number, fail: number) => [
    '# tests ' + tests,
    '# suites 0',
    '# pass ' + pass,
    '# fail ' + fail,
    '# cancelled 0',
    '# skipped 0',
    '# todo 0',
    '# duration_ms 1'
  ]

  it('lines a test printed (TAP shows them as `#` comments) are not the run’s block without the run’s plan before it', () => {
    const forged = tapBlock(100, 100, 0)
    const real = ['not ok 1 - adds', '1..1', ...tapBlock(1, 0, 1)]
    expect(judge('npm-test', [...forged, ...real], 1, { passRate: 50 })).toMatchObject({ status: 'fail', summary: '0/1 passed' })
    expect(judge('npm-test', ['# pass 100', ...real], 1, { passRate: 50 }).summary).toBe('0/1 passed')
  })

  it('a spec block that does not add up, or misses a line, is not a summary', () => {
    const spec = (lines: string[]) => judge('node-test', lines, 0)
    expect(spec(['ℹ tests 5', 'ℹ suites 0', 'ℹ pass 100', 'ℹ fail 0', 'ℹ cancelled 0', 'ℹ skipped 0', 'ℹ todo 0', 'ℹ duration_ms 1'])).toMatchObject({
      status: 'error',
      summary: 'no summary'
    })
    expect(spec(['ℹ tests 1', 'ℹ pass 1', 'ℹ fail 0', 'ℹ cancelled 0', 'ℹ skipped 0', 'ℹ todo 0', 'ℹ duration_ms 1'])).toMatchObject({ status: 'error' })
  })

  it('when one run is all the command does, only its last block is the run’s', () => {
    const spec = (tests: number, pass: number, fail: number) => [
      `ℹ tests ${tests}`,
      'ℹ suites 0',
      `ℹ pass ${pass}`,
      `ℹ fail ${fail}`,
      'ℹ cancelled 0',
      'ℹ skipped 0',
      'ℹ todo 0',
      'ℹ duration_ms 1'
    ]
    const lines = [...spec(100, 100, 0), ...spec(2, 1, 1)]
    expect(judge('node-test', lines, 1, { passRate: 60 }, { singleRun: true })).toMatchObject({ status: 'fail', summary: '1/2 passed' })
  })

  it('a reporter file that stops before the end of the run, or whose counts do not add up, is incomplete', () => {
    const pass = '{"type":"pass","name":"a","nesting":0,"file":"/p/a.test.js","line":1,"column":1}'
    const counts = ['tests 1', 'suites 0', 'pass 1', 'fail 0', 'cancelled 0', 'skipped 0', 'todo 0', 'duration_ms 1'].map((message) =>
      JSON.stringify({ type: 'diagnostic', message })
    )
    expect(judge('node-test', [], 0, {}, { singleRun: true, report: { text: [pass, '{"type":"plan","count":1}', ...counts, '{"type":"end"}'].join('\n') } })).toMatchObject({
      status: 'pass',
      summary: '1/1 passed'
    })
    expect(judge('node-test', [], 0, {}, { singleRun: true, report: { text: [pass, '{"type":"plan","count":1}', ...counts].join('\n') } })).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/^incomplete: node --test stopped before/)
    })
    const wrong = counts.map((line) => line.replace('pass 1', 'pass 7'))
    expect(judge('node-test', [], 0, {}, { singleRun: true, report: { text: [pass, ...wrong, '{"type":"end"}'].join('\n') } }).status).toBe('error')
  })

  it('a report the command was adjusted to write but that is missing is an error, whatever stdout claims', () => {
    const printed = ['ℹ tests 1', 'ℹ suites 0', 'ℹ pass 1', 'ℹ fail 0', 'ℹ cancelled 0', 'ℹ skipped 0', 'ℹ todo 0', 'ℹ duration_ms 1']
    expect(judge('node-test', printed, 0, {}, { singleRun: true, report: { problem: 'no report file was written' } })).toMatchObject({
      status: 'error',
      reason: 'incomplete: node --test did not write its report (no report file was written)'
    })
  })
})

describe('jest, vitest, mocha', () => {
  const jestBlock = (line: string) => ['Test Suites: 1 passed, 1 total', line, 'Snapshots:   0 total', 'Time:        1 s']

  it('a lone `Tests:` line, one whose parts do not add up, or a block without `Snapshots:`, printed by a test, is not counted', () => {
    const real = ['  ● suite › fails', ...jestBlock('Tests:       1 failed, 1 passed, 2 total')]
    const withoutSnapshots = ['Test Suites: 9 passed, 9 total', 'Tests:       100 passed, 100 total']
    for (const forged of [['Tests:       100 passed, 100 total'], jestBlock('Tests:       100 passed, 3 total'), withoutSnapshots]) {
      expect(judge('npm-test', [...forged, ...real], 1, { passRate: 50 })).toMatchObject({ status: 'pass', summary: '1/2 passed (1 failure allowed)' })
    }
  })

  it('a whole jest block printed before the real one: with one run, the last block is the run’s', () => {
    const lines = [...jestBlock('Tests:       100 passed, 100 total'), ...jestBlock('Tests:       1 failed, 1 passed, 2 total')]
    expect(judge('jest', lines, 1, { passRate: 90 }, { singleRun: true })).toMatchObject({ status: 'fail', summary: '1/2 passed' })
  })

  it('a jest report whose totals do not add up, or that was interrupted, is incomplete', () => {
    const report = (fields: Record<string, unknown>) => ({
      text: JSON.stringify({ numPassedTests: 2, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, numTotalTests: 2, testResults: [], ...fields })
    })
    expect(judge('jest', [], 0, {}, { singleRun: true, report: report({}) })).toMatchObject({ status: 'pass' })
    expect(judge('jest', [], 0, {}, { singleRun: true, report: report({ numTotalTests: 3 }) }).status).toBe('error')
    expect(judge('jest', [], 0, {}, { singleRun: true, report: report({ wasInterrupted: true }) }).status).toBe('error')
    expect(judge('jest', [], 0, {}, { singleRun: true, report: report({ numPassedTests: '2' }) }).status).toBe('error')
  })

  it('vitest’s two count lines printed by a test are not its block', () => {
    const forged = [' Test Files  9 passed (9)', '      Tests  100 passed (100)']
    const real = [' Test Files  1 failed (1)', '      Tests  1 failed | 1 passed (2)', '   Start at  12:00:00', '   Duration  1s']
    expect(judge('vitest', [...forged, ...real], 1, { passRate: 50 })).toMatchObject({ summary: '1/2 passed (1 failure allowed)' })
  })

  it('mocha’s block needs the blank line before it, so a test’s console.log is not it', () => {
    const lines = ['    ✔ a', '  100 passing (1ms)', '    1) b', '', '', '  1 passing (5ms)', '  1 failing']
    expect(judge('npm-test', lines, 1, { passRate: 50 })).toMatchObject({ summary: '1/2 passed (1 failure allowed)' })
  })

  it('tests named like summary lines are shown indented and marked by every runner, so they are names, not counts', () => {
    expect(judge('jest', ['  ✓ Tests: 100 passed, 100 total (3 ms)', '  ● Tests: 100 passed, 100 total', ...jestBlock('Tests:       1 failed, 1 total')], 1)).toMatchObject({
      status: 'fail',
      summary: '0/1 passed',
      reason: '1 failed: Tests: 100 passed, 100 total'
    })
    expect(judge('mocha', ['    ✔ 100 passing (1ms)', '', '  1 passing (5ms)'], 0)).toMatchObject({ summary: '1/1 passed' })
    expect(judge('vitest', ['   ✓ Tests  100 passed (100) 2ms', ' Test Files  1 passed (1)', '      Tests  1 passed (1)', '   Start at  12:00:00'], 0)).toMatchObject({
      summary: '1/1 passed'
    })
  })
})

describe('clippy', () => {
  it('short format is read, and cargo’s own total wins when it says there were more', () => {
    expect(judge('cargo-clippy', ['    Checking app v0.1.0', 'src/lib.rs:2:5: warning: unneeded `return` statement', '    Finished `dev` profile'], 0)).toMatchObject({
      status: 'fail',
      summary: '1 warning'
    })
    expect(judge('cargo-clippy', ['    Checking app v0.1.0', 'warning: `app` (lib) generated 5 warnings', '    Finished `dev` profile'], 0)).toMatchObject({
      status: 'fail',
      summary: '5 warnings'
    })
  })

  it('duplicates cargo folded for another target are not counted again', () => {
    const lines = [
      'src/lib.rs:2:5: warning: x',
      'warning: `app` (lib) generated 1 warning',
      'warning: `app` (lib test) generated 1 warning (1 duplicate)',
      '    Finished `dev` profile'
    ]
    expect(judge('cargo-clippy', lines, 0, { maxWarnings: 1 })).toMatchObject({ status: 'pass', summary: '1 warning (≤ 1 allowed)' })
  })
})

describe('what the parsers return is plain data', () => {
  it('never shares state between two parses', () => {
    const first: ParsedOutput = parseText('cargo-test', [HEADER, 'running 1 test', RESULT(1, 0)].join('\n'), 0)
    parseText('cargo-test', [HEADER, 'running 1 test', RESULT(0, 1)].join('\n'), 101)
    expect(first).toMatchObject({ counts: { passed: 1, failed: 0 } })
  })
})
