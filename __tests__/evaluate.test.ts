/** From a gate's process outcome and parsed output to PASS / FAIL / ERROR: fail closed at every step. */
import type { CommandItem, Expectations } from '../src/checklist/types.js'
import { evaluateGate } from '../src/gates/evaluate.js'
import type { ParsedOutput, ProcessOutcome } from '../src/gates/types.js'

function item(expect: Expectations = {}): CommandItem {
  return { kind: 'command', id: 'gate', title: 'Gate', severity: 'blocking', section: 'S', run: 'x', timeoutMs: 90_000, workingDirectory: '.', env: {}, needs: [], expect }
}

function outcome(overrides: Partial<ProcessOutcome> = {}): ProcessOutcome {
  return { exitCode: 0, signal: null, timedOut: false, cancelled: false, durationMs: 5, output: { head: 'first line\n', tail: '', totalBytes: 11, totalLines: 1, truncated: false }, ...overrides }
}

const tests = (passed: number, failed: number, failingTests: string[] = []): ParsedOutput => ({ kind: 'tests', counts: { passed, failed, skipped: 0 }, failingTests, findings: [] })
const exitOnly: ParsedOutput = { kind: 'exit-code', findings: [] }

describe('evaluateGate: the process', () => {
  it.each([
    ['cancelled', outcome({ cancelled: true, exitCode: null, signal: 'SIGTERM' }), 'cancelled', /cancelled/],
    ['could not start', outcome({ spawnError: 'working directory x does not exist', exitCode: null }), 'error', /could not start: working directory/],
    ['timed out', outcome({ timedOut: true, exitCode: null, signal: 'SIGTERM' }), 'error', /^timed out after 1m 30s$/],
    ['not found (127)', outcome({ exitCode: 127 }), 'error', /command not found: first line/],
    ['not executable (126)', outcome({ exitCode: 126 }), 'error', /not executable/],
    ['killed by SIGKILL', outcome({ exitCode: null, signal: 'SIGKILL' }), 'error', /killed by SIGKILL \(out of memory\?\)/],
    ['exit 137', outcome({ exitCode: 137 }), 'error', /exit 137: killed by SIGKILL/],
    ['killed by SIGSEGV', outcome({ exitCode: null, signal: 'SIGSEGV' }), 'error', /killed by SIGSEGV/]
  ])('%s is never a pass', (_name, process, status, reason) => {
    const judged = evaluateGate(item(), process, tests(10, 0))
    expect(judged.status).toBe(status)
    expect(judged.reason).toMatch(reason)
  })

  it('a parser problem decides before any count', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 101 }), { kind: 'tests', failingTests: [], findings: [], counts: null, problem: { status: 'fail', message: 'does not compile: mismatched types' } })).toMatchObject({ status: 'fail', reason: 'does not compile: mismatched types' })
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message: 'npm audit could not reach the advisory service: E405' } })).toMatchObject({ status: 'error' })
  })
})

describe('evaluateGate: tests', () => {
  it('passes when every test passed', () => {
    expect(evaluateGate(item(), outcome(), tests(3, 0))).toEqual({ status: 'pass', summary: '3/3 passed' })
  })

  it('fails on one failure by default, naming it', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 101 }), tests(2, 1, ['tests::rounds']))).toEqual({ status: 'fail', summary: '2/3 passed', reason: '1 failed: tests::rounds' })
  })

  it('is an error, not a pass, when no summary was found even with exit 0', () => {
    expect(evaluateGate(item(), outcome(), { kind: 'tests', counts: null, failingTests: [], findings: [] })).toMatchObject({ status: 'error', reason: /no test summary/ })
  })

  it('fails a run where no test executed', () => {
    expect(evaluateGate(item(), outcome(), tests(0, 0))).toMatchObject({ status: 'fail', reason: 'no tests ran' })
    expect(evaluateGate(item({ minTests: 0 }), outcome(), tests(0, 0)).status).toBe('pass')
  })

  it('honours pass-rate and max-failures', () => {
    expect(evaluateGate(item({ passRate: 95 }), outcome({ exitCode: 101 }), tests(99, 1)).status).toBe('pass')
    expect(evaluateGate(item({ passRate: 95 }), outcome({ exitCode: 101 }), tests(90, 10))).toMatchObject({ status: 'fail', reason: /90% passed, below 95%/ })
    expect(evaluateGate(item({ passRate: 50, maxFailures: 2 }), outcome({ exitCode: 101 }), tests(7, 3))).toMatchObject({ status: 'fail', reason: /3 failed, at most 2 allowed/ })
  })

  it('is an error when the runner failed although every reported test passed', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), tests(5, 0))).toMatchObject({ status: 'error', reason: /exited 1 although every test that reported passed/ })
  })
})

describe('evaluateGate: lint, format, audit, exit code', () => {
  const lint = (warnings: number, errors: number): ParsedOutput => ({ kind: 'lint', counts: { warnings, errors }, findings: [] })
  it('clippy: errors fail, warnings fail above max-warnings (default 0)', () => {
    expect(evaluateGate(item(), outcome({ exitCode: 101 }), lint(0, 2))).toMatchObject({ status: 'fail', summary: '2 errors, 0 warnings' })
    expect(evaluateGate(item(), outcome(), lint(3, 0))).toMatchObject({ status: 'fail', reason: '3 warnings, at most 0 allowed' })
    expect(evaluateGate(item({ maxWarnings: 5 }), outcome(), lint(3, 0))).toMatchObject({ status: 'pass', summary: '3 warnings (≤ 5 allowed)' })
    expect(evaluateGate(item(), outcome(), lint(0, 0))).toMatchObject({ status: 'pass', summary: 'no warnings' })
  })

  it('fmt: files to format fail; a failure without a file is an error', () => {
    const format = (files: string[] | null): ParsedOutput => ({ kind: 'format', counts: files ? { files } : null, findings: [] })
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), format(['src/lib.rs']))).toMatchObject({ status: 'fail', reason: 'needs formatting: src/lib.rs' })
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), format([]))).toMatchObject({ status: 'error' })
    expect(evaluateGate(item(), outcome(), format([]))).toMatchObject({ status: 'pass' })
  })

  it('audit: counts vulnerabilities outside the allowed severities', () => {
    const audit = (bySeverity: Record<string, number>, warnings = 0): ParsedOutput => ({ kind: 'audit', counts: { bySeverity, warnings }, findings: [] })
    expect(evaluateGate(item(), outcome({ exitCode: 1 }), audit({ high: 2, low: 1 }))).toMatchObject({ status: 'fail', summary: '3 vulnerabilities (2 high, 1 low)' })
    expect(evaluateGate(item({ allowedSeverities: ['low', 'moderate'] }), outcome({ exitCode: 1 }), audit({ low: 1, medium: 2 })).status).toBe('pass')
    expect(evaluateGate(item({ maxVulnerabilities: 1 }), outcome({ exitCode: 1 }), audit({ critical: 1 })).status).toBe('pass')
    expect(evaluateGate(item(), outcome(), audit({}, 2))).toMatchObject({ status: 'pass', summary: 'no vulnerabilities, 2 warnings' })
    expect(evaluateGate(item({ maxWarnings: 0 }), outcome(), audit({}, 2)).status).toBe('fail')
    expect(evaluateGate(item(), outcome(), { kind: 'audit', counts: null, findings: [] }).status).toBe('error')
  })

  it('any other command: exit 0 passes, anything else fails', () => {
    expect(evaluateGate(item(), outcome(), exitOnly)).toEqual({ status: 'pass', summary: 'exit 0' })
    expect(evaluateGate(item(), outcome({ exitCode: 3 }), exitOnly)).toMatchObject({ status: 'fail', summary: 'exit 3' })
  })
})
