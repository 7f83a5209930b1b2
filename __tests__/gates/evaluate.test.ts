/** From a gate's process outcome and parsed output to PASS / FAIL / ERROR: each rule, in order, fail closed. */
import type { CommandItem, Expectations } from '../../src/checklist/types.js'
import { evaluateGate } from '../../src/gates/evaluate.js'
import type { ParsedOutput, ProcessOutcome } from '../../src/gates/types.js'

function item(expect: Expectations = {}): CommandItem {
  return { kind: 'command', id: 'gate', title: 'Gate', severity: 'blocking', section: 'S', run: 'x', timeoutMs: 90_000, workingDirectory: '.', env: {}, needs: [], expect }
}

function outcome(overrides: Partial<ProcessOutcome> = {}): ProcessOutcome {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationMs: 5,
    output: { head: 'first line\n', tail: '', totalBytes: 11, totalLines: 1, truncated: false },
    ...overrides
  }
}

const tests = (passed: number, failed: number, failingTests: string[] = [], skipped = 0): ParsedOutput => ({
  kind: 'tests',
  counts: { passed, failed, skipped },
  failingTests,
  findings: []
})
const withCause = (parsed: ParsedOutput, exitCause: string): ParsedOutput => (parsed.kind === 'tests' ? { ...parsed, exitCause } : parsed)
const lint = (warnings: number, errors: number): ParsedOutput => ({ kind: 'lint', counts: { warnings, errors }, findings: [] })
const format = (files: string[] | null): ParsedOutput => ({ kind: 'format', counts: files ? { files } : null, findings: [] })
const audit = (bySeverity: Record<string, number>, warnings = 0): ParsedOutput => ({ kind: 'audit', counts: { bySeverity, warnings }, findings: [] })
const exitOnly: ParsedOutput = { kind: 'exit-code', findings: [] }

describe('rule 1: the process decides first', () => {
  it.each([
    ['cancelled', outcome({ cancelled: true, exitCode: null, signal: 'SIGTERM' }), 'cancelled', /^the run was cancelled/],
    ['could not start', outcome({ spawnError: 'working directory x does not exist', exitCode: null }), 'error', /^could not start: working directory x does not exist$/],
    ['timed out', outcome({ timedOut: true, exitCode: null, signal: 'SIGTERM' }), 'error', /^timed out after 90s$/],
    ['not found (127)', outcome({ exitCode: 127 }), 'error', /^command not found: first line$/],
    [
      'not found (127), in bash’s words',
      outcome({ exitCode: 127, output: { head: 'run: line 2: cargo-nextest: command not found\n', tail: '', totalBytes: 45, totalLines: 1, truncated: false } }),
      'error',
      /^command not found: cargo-nextest \(line 2 of run:\)$/
    ],
    ['not executable (126)', outcome({ exitCode: 126 }), 'error', /^command not executable/],
    ['killed by SIGKILL', outcome({ exitCode: null, signal: 'SIGKILL' }), 'error', /^killed by SIGKILL \(out of memory\?\)$/],
    ['killed by SIGSEGV', outcome({ exitCode: null, signal: 'SIGSEGV' }), 'error', /^killed by SIGSEGV$/],
    ['exit 137', outcome({ exitCode: 137 }), 'error', /^exit 137: killed by SIGKILL \(out of memory\?\)$/],
    ['exit 143', outcome({ exitCode: 143 }), 'error', /^exit 143: killed by SIGTERM$/],
    ['no exit code at all', outcome({ exitCode: null }), 'error', /without an exit code/]
  ])('%s is never a pass, even when the output looked green', (_name, process, status, reason) => {
    for (const parsed of [tests(10, 0), lint(0, 0), format([]), audit({}), exitOnly]) {
      const judged = evaluateGate(item(), process, parsed)
      expect(judged.status).toBe(status)
      expect(judged.reason).toMatch(reason)
    }
  })

  it('a cancelled gate is cancelled even if it also timed out', () => {
    expect(evaluateGate(item(), outcome({ cancelled: true, timedOut: true, exitCode: null }), tests(1, 0)).status).toBe('cancelled')
  })

  it('reports the configured timeout, not how long the gate ran', () => {
    expect(evaluateGate({ ...item(), timeoutMs: 30_000 }, outcome({ timedOut: true, exitCode: null, durationMs: 32_000 }), exitOnly).reason).toBe('timed out after 30s')
  })
})

describe('rule 2: a parser problem decides before any count', () => {
  it('a compile error fails and an unreachable registry errors, with the parser message', () => {
    expect(
      evaluateGate(item(), outcome({ exitCode: 101 }), {
        kind: 'tests',
        failingTests: [],
        findings: [],
        counts: { passed: 5, failed: 0, skipped: 0 },
        problem: { status: 'fail', message: 'does not compile: mismatched types' }
      })
    ).toEqual({ status: 'fail', summary: 'failed', reason: 'does not compile: mismatched types' })
    expect(
      evaluateGate(item(), outcome({ exitCode: 1 }), {
        kind: 'audit',
        counts: { bySeverity: {}, warnings: 0 },
        findings: [],
        problem: { status: 'error', message: 'npm audit could not reach the advisory service: E405' }
      })
    ).toEqual({ status: 'error', summary: 'could not check', reason: 'npm audit could not reach the advisory service: E405' })
  })
})

describe('rule 3: tests', () => {
  it('passes when every test passed, and says how many were skipped', () => {
    expect(evaluateGate(item(), outcome(), tests(3, 0))).toEqual({ status: 'pass', summary: '3/3 passed' })
    expect(evaluateGate(item(), outcome(), tests(3, 0, [], 2))).toEqual({ status: 'pass', summary: '3/3 passed, 2 skipped' })
  })

  it('fails one failure by default, naming it', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 101 }), tests(2, 1, ['tests::rounds']))).toEqual({ status: 'fail', summary: '2/3 passed', reason: '1 failed: tests::rounds' })
  })

  it('fails a failure even when the runner exited 0', () => {
    expect(evaluateGate(item(), outcome(), tests(2, 1)).status).toBe('fail')
  })

  it('is an error, not a pass, when no summary was found even with exit 0', () => {
    expect(evaluateGate(item(), outcome(), { kind: 'tests', counts: null, failingTests: [], findings: [] })).toMatchObject({
      status: 'error',
      reason: 'no test summary found in the output (exit 0)'
    })
  })

  it('fails a run where fewer tests executed than min-tests (default 1); skipped ones do not count', () => {
    expect(evaluateGate(item(), outcome(), tests(0, 0, [], 4))).toMatchObject({ status: 'fail', reason: 'no tests ran' })
    expect(evaluateGate(item({ minTests: 5 }), outcome(), tests(4, 0))).toMatchObject({ status: 'fail', reason: 'only 4 tests ran, 5 required' })
    expect(evaluateGate(item({ minTests: 0 }), outcome(), tests(0, 0)).status).toBe('pass')
  })

  it('applies pass-rate to executed tests', () => {
    expect(evaluateGate(item({ passRate: 95 }), outcome({ exitCode: 101 }), tests(99, 1))).toEqual({ status: 'pass', summary: '99/100 passed (1 failure allowed)' })
    expect(evaluateGate(item({ passRate: 95 }), outcome({ exitCode: 101 }), tests(90, 10, ['a']))).toEqual({
      status: 'fail',
      summary: '90/100 passed',
      reason: '90/100 passed (90%), below 95%: a'
    })
    expect(evaluateGate(item({ passRate: 66.67 }), outcome({ exitCode: 1 }), tests(2, 1)).status).toBe('fail')
    expect(evaluateGate(item({ passRate: 66 }), outcome({ exitCode: 1 }), tests(2, 1)).status).toBe('pass')
  })

  it('max-failures: 0 without pass-rate, unlimited with it, explicit when given', () => {
    expect(evaluateGate(item({ maxFailures: 1 }), outcome({ exitCode: 101 }), tests(9, 1)).status).toBe('pass')
    expect(evaluateGate(item({ maxFailures: 1 }), outcome({ exitCode: 101 }), tests(8, 2))).toMatchObject({ status: 'fail' })
    expect(evaluateGate(item({ passRate: 50, maxFailures: 2 }), outcome({ exitCode: 101 }), tests(7, 3))).toMatchObject({ status: 'fail', reason: '3 failed, at most 2 allowed' })
    expect(evaluateGate(item({ passRate: 50 }), outcome({ exitCode: 101 }), tests(7, 3)).status).toBe('pass')
  })

  it('is an error when the runner failed although every reported test passed, and said nothing of why', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), tests(5, 0))).toEqual({ status: 'error', summary: '5/5 passed', reason: 'exited 1 although all tests passed' })
  })

  it('is a failure, in the runner’s own words, when it said why it failed with every test passing', () => {
    const cause = 'Jest: "global" coverage threshold for lines (90%) not met: 80%'
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), withCause(tests(5, 0), cause))).toEqual({
      status: 'fail',
      summary: '5/5 passed',
      reason: `exited 1 although all tests passed: ${cause}`
    })
    // The cause explains a non-zero exit; a run that exited 0 is judged by its counts alone.
    expect(evaluateGate(item(), outcome({ exitCode: 0 }), withCause(tests(5, 0), cause)).status).toBe('pass')
  })

  it('no summary but a stated cause (a linter that stopped the script, no test files) is a failure, else an error', () => {
    const none: ParsedOutput = { kind: 'tests', counts: null, failingTests: [], findings: [] }
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), { ...none, exitCause: 'eslint: ✖ 1 problem (1 error, 0 warnings)' })).toEqual({
      status: 'fail',
      summary: 'failed',
      reason: 'exited 1 before any test summary: eslint: ✖ 1 problem (1 error, 0 warnings)'
    })
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), none).status).toBe('error')
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), withCause(tests(0, 0), 'No test files found, exiting with code 1'))).toMatchObject({
      status: 'fail',
      reason: 'no tests ran: No test files found, exiting with code 1'
    })
  })
})

describe('rule 4: lint', () => {
  it('no readable counts is an error with the first output line', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 101 }), { kind: 'lint', counts: null, findings: [] })).toMatchObject({
      status: 'error',
      reason: 'no diagnostics could be read (exit 101): first line'
    })
  })

  it('errors fail; warnings fail above max-warnings (default 0)', () => {
    expect(evaluateGate(item({ maxWarnings: 10 }), outcome({ exitCode: 101 }), lint(0, 2))).toEqual({ status: 'fail', summary: '2 errors, 0 warnings', reason: '2 errors' })
    expect(evaluateGate(item(), outcome(), lint(3, 0))).toEqual({ status: 'fail', summary: '3 warnings', reason: '3 warnings, at most 0 allowed' })
    expect(evaluateGate(item({ maxWarnings: 2 }), outcome(), lint(3, 0)).status).toBe('fail')
  })

  it('passes within the allowance, saying so', () => {
    expect(evaluateGate(item({ maxWarnings: 5 }), outcome(), lint(3, 0))).toEqual({ status: 'pass', summary: '3 warnings (≤ 5 allowed)' })
    expect(evaluateGate(item(), outcome(), lint(0, 0))).toEqual({ status: 'pass', summary: 'no warnings' })
  })

  it('a non-zero exit with no diagnostic is an error', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 101 }), lint(0, 0))).toMatchObject({ status: 'error', reason: 'exited 101 without an error diagnostic' })
  })
})

describe('rule 5: format', () => {
  it('files to format fail, counted and named', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), format(['src/lib.rs']))).toEqual({
      status: 'fail',
      summary: '1 file needs formatting',
      reason: 'needs formatting: src/lib.rs'
    })
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), format(['a.rs', 'b.rs'])).summary).toBe('2 files need formatting')
  })

  it('a non-zero exit without a file is an error; a clean exit 0 passes', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), format([]))).toMatchObject({ status: 'error' })
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), format(null))).toMatchObject({ status: 'error' })
    expect(evaluateGate(item(), outcome(), format([]))).toEqual({ status: 'pass', summary: 'formatted' })
    expect(evaluateGate(item(), outcome(), format(null))).toEqual({ status: 'pass', summary: 'formatted' })
  })
})

describe('rule 6: audit', () => {
  it('no report is an error', () => {
    expect(evaluateGate(item(), outcome(), { kind: 'audit', counts: null, findings: [] }).status).toBe('error')
  })

  it('any vulnerability fails by default, most severe first in the summary', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), audit({ low: 1, high: 2, critical: 1 }))).toMatchObject({
      status: 'fail',
      summary: '4 vulnerabilities (1 critical, 2 high, 1 low)'
    })
  })

  it('allowed severities do not count, with medium and moderate the same', () => {
    expect(evaluateGate(item({ allowedSeverities: ['low', 'moderate'] }), outcome({ exitCode: 1 }), audit({ low: 1, medium: 2 })).status).toBe('pass')
    expect(evaluateGate(item({ allowedSeverities: ['medium'] }), outcome({ exitCode: 1 }), audit({ moderate: 2 })).status).toBe('pass')
    expect(evaluateGate(item({ allowedSeverities: ['low', 'moderate'] }), outcome({ exitCode: 1 }), audit({ low: 1, high: 1 })).status).toBe('fail')
  })

  it('a vulnerability of unknown severity is never allowed by a severity list', () => {
    expect(evaluateGate(item({ allowedSeverities: ['info', 'low', 'moderate', 'high'] }), outcome({ exitCode: 1 }), audit({ unknown: 1 })).status).toBe('fail')
  })

  it('max-vulnerabilities tolerates that many', () => {
    expect(evaluateGate(item({ maxVulnerabilities: 1 }), outcome({ exitCode: 1 }), audit({ critical: 1 })).status).toBe('pass')
    expect(evaluateGate(item({ maxVulnerabilities: 1 }), outcome({ exitCode: 1 }), audit({ critical: 2 })).status).toBe('fail')
  })

  it('warnings are unlimited unless max-warnings is set', () => {
    expect(evaluateGate(item(), outcome(), audit({}, 2))).toEqual({ status: 'pass', summary: 'no vulnerabilities, 2 warnings' })
    expect(evaluateGate(item({ maxWarnings: 1 }), outcome(), audit({}, 2))).toMatchObject({ status: 'fail', reason: '2 advisory warnings, at most 1 allowed' })
  })
})

describe('rule 7: any other command', () => {
  it('exit 0 passes, anything else fails', () => {
    expect(evaluateGate(item(), outcome(), exitOnly)).toEqual({ status: 'pass', summary: 'exit 0' })
    expect(evaluateGate(item(), outcome({ exitCode: 3 }), exitOnly)).toEqual({ status: 'fail', summary: 'exit 3', reason: 'exited with code 3' })
  })
})
