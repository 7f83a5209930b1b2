/**
 * From what a gate did and printed to PASS / FAIL / ERROR. Fail closed: a gate whose outcome
 * cannot be known is an error, and only evidence that meets the thresholds is a pass.
 */
import type { CommandItem, Expectations } from '../checklist/types.js'
import { plural } from '../text/format.js'
import type { AuditCounts, GateStatus, LintCounts, ParsedOutput, ProcessOutcome, TestCounts } from './types.js'

export interface Judgement {
  status: GateStatus
  summary: string
  reason?: string
}

/**
 * Judges one command gate. Rules apply in order and the first that decides wins:
 * 1. the process (cancelled, could not start, timed out, not found, not executable, killed);
 * 2. a problem the parser reported (compile error, registry unreachable, no report);
 * 3. the counts for the parser's kind against the item's thresholds.
 */
export function evaluateGate(item: CommandItem, outcome: ProcessOutcome, parsed: ParsedOutput): Judgement {
  const couldNotRun = judgeProcess(item, outcome)
  if (couldNotRun) return couldNotRun
  if ('problem' in parsed && parsed.problem) {
    return { status: parsed.problem.status, summary: parsed.problem.status === 'fail' ? 'failed' : 'could not check', reason: parsed.problem.message }
  }
  switch (parsed.kind) {
    case 'tests':
      return judgeTests(parsed.counts, parsed.failingTests, item.expect, outcome, parsed.exitCause)
    case 'lint':
      return judgeLint(parsed.counts, item.expect, outcome)
    case 'format':
      return judgeFormat(parsed.counts?.files ?? null, outcome)
    case 'audit':
      return judgeAudit(parsed.counts, item.expect)
    case 'exit-code':
      return outcome.exitCode === 0
        ? { status: 'pass', summary: 'exit 0' }
        : { status: 'fail', summary: `exit ${outcome.exitCode}`, reason: `exited with code ${outcome.exitCode}` }
    default:
      return { status: 'error', summary: 'could not check', reason: 'the output was read by an unknown parser' }
  }
}

function judgeProcess(item: CommandItem, outcome: ProcessOutcome): Judgement | undefined {
  const first = firstLine(outcome)
  if (outcome.cancelled) return { status: 'cancelled', summary: 'cancelled', reason: 'the run was cancelled before the gate finished' }
  if (outcome.spawnError) return { status: 'error', summary: 'could not start', reason: `could not start: ${outcome.spawnError}` }
  if (outcome.timedOut) return { status: 'error', summary: 'timed out', reason: `timed out after ${timeoutSeconds(item.timeoutMs)}s` }
  if (outcome.exitCode === 127) return { status: 'error', summary: 'not found', reason: `command not found${first ? `: ${notFoundName(first)}` : ''}` }
  if (outcome.exitCode === 126) return { status: 'error', summary: 'not executable', reason: `command not executable${first ? `: ${first}` : ''}` }
  if (outcome.signal) {
    const hint = outcome.signal === 'SIGKILL' ? ' (out of memory?)' : ''
    return { status: 'error', summary: `killed by ${outcome.signal}`, reason: `killed by ${outcome.signal}${hint}` }
  }
  // A shell reports its child's death by signal N as exit 128+N.
  if (outcome.exitCode === 137 || outcome.exitCode === 143) {
    const signal = outcome.exitCode === 137 ? 'SIGKILL' : 'SIGTERM'
    return { status: 'error', summary: `killed by ${signal}`, reason: `exit ${outcome.exitCode}: killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}` }
  }
  if (outcome.exitCode === null) return { status: 'error', summary: 'no exit code', reason: 'the process ended without an exit code' }
  return undefined
}

/**
 * `exitCause` is the runner's own reason for a non-zero exit (a coverage threshold, no test files,
 * a linter that ran first): with it, a failed run whose tests all passed, or that never reached its
 * tests, is a FAIL for that reason; without it, the outcome is unknown, so an ERROR.
 */
function judgeTests(counts: TestCounts | null, failingTests: string[], expect: Expectations, outcome: ProcessOutcome, exitCause?: string): Judgement {
  const failedBecause = outcome.exitCode !== 0 && exitCause ? exitCause : undefined
  if (!counts) {
    if (failedBecause) return { status: 'fail', summary: 'failed', reason: `exited ${outcome.exitCode} before any test summary: ${failedBecause}` }
    return { status: 'error', summary: 'no summary', reason: `no test summary found in the output (exit ${outcome.exitCode})` }
  }
  const executed = counts.passed + counts.failed
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''
  const summary = `${counts.passed}/${executed} passed${skipped}`
  const minTests = expect.minTests ?? 1
  if (executed < minTests) {
    const reason = executed === 0 ? 'no tests ran' : `only ${executed} tests ran, ${minTests} required`
    return { status: 'fail', summary, reason: failedBecause ? `${reason}: ${failedBecause}` : reason }
  }
  const named = failingTests.length > 0 ? `: ${failingTests.slice(0, 5).join(', ')}${failingTests.length > 5 ? ', …' : ''}` : ''
  // max-failures alone is an explicit allowance; a default 100% pass rate would make it meaningless.
  const passRate = expect.passRate ?? (expect.maxFailures === undefined ? 100 : 0)
  // Compared as integers (passed·100 < rate·executed) so 2/3 against 66.67% is not decided by float noise.
  if (counts.passed * 100 < passRate * executed) {
    const below =
      expect.passRate === undefined ? `${counts.failed} failed` : `${counts.passed}/${executed} passed (${formatPercent((counts.passed / executed) * 100)}), below ${passRate}%`
    return { status: 'fail', summary, reason: `${below}${named}` }
  }
  const maxFailures = expect.maxFailures ?? (expect.passRate === undefined ? 0 : Number.POSITIVE_INFINITY)
  if (counts.failed > maxFailures) return { status: 'fail', summary, reason: `${counts.failed} failed, at most ${maxFailures} allowed${named}` }
  if (outcome.exitCode !== 0 && counts.failed === 0) {
    if (failedBecause) return { status: 'fail', summary, reason: `exited ${outcome.exitCode} although all tests passed: ${failedBecause}` }
    return { status: 'error', summary, reason: `exited ${outcome.exitCode} although all tests passed` }
  }
  return { status: 'pass', summary: counts.failed > 0 ? `${summary} (${counts.failed} failure${counts.failed === 1 ? '' : 's'} allowed)` : summary }
}

function judgeLint(counts: LintCounts | null, expect: Expectations, outcome: ProcessOutcome): Judgement {
  if (!counts)
    return { status: 'error', summary: 'no report', reason: `no diagnostics could be read (exit ${outcome.exitCode})${firstLine(outcome) ? `: ${firstLine(outcome)}` : ''}` }
  const summary = [counts.errors > 0 ? plural(counts.errors, 'error') : '', plural(counts.warnings, 'warning')].filter(Boolean).join(', ')
  if (counts.errors > 0) return { status: 'fail', summary, reason: plural(counts.errors, 'error') }
  const maxWarnings = expect.maxWarnings ?? 0
  if (counts.warnings > maxWarnings) return { status: 'fail', summary, reason: `${plural(counts.warnings, 'warning')}, at most ${maxWarnings} allowed` }
  if (outcome.exitCode !== 0) return { status: 'error', summary, reason: `exited ${outcome.exitCode} without an error diagnostic` }
  return { status: 'pass', summary: counts.warnings === 0 ? 'no warnings' : `${summary} (≤ ${maxWarnings} allowed)` }
}

function judgeFormat(files: string[] | null, outcome: ProcessOutcome): Judgement {
  if (files && files.length > 0) {
    const summary = files.length === 1 ? '1 file needs formatting' : `${files.length} files need formatting`
    return { status: 'fail', summary, reason: `needs formatting: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}` }
  }
  if (outcome.exitCode !== 0) return { status: 'error', summary: 'could not check', reason: `exited ${outcome.exitCode} without listing a file` }
  return { status: 'pass', summary: 'formatted' }
}

const SEVERITY_ORDER = ['critical', 'high', 'moderate', 'medium', 'low', 'info', 'unknown', 'none']

function judgeAudit(counts: AuditCounts | null, expect: Expectations): Judgement {
  if (!counts) return { status: 'error', summary: 'no report', reason: 'no audit report could be read' }
  const allowed = new Set((expect.allowedSeverities ?? []).flatMap((severity) => (severity === 'moderate' || severity === 'medium' ? ['moderate', 'medium'] : [severity])))
  const entries = Object.entries(counts.bySeverity).filter(([, count]) => count > 0)
  const rank = (severity: string) => (SEVERITY_ORDER.includes(severity) ? SEVERITY_ORDER.indexOf(severity) : SEVERITY_ORDER.length)
  entries.sort(([a], [b]) => rank(a) - rank(b))
  const counted = entries.filter(([severity]) => !allowed.has(severity)).reduce((sum, [, count]) => sum + count, 0)
  const total = entries.reduce((sum, [, count]) => sum + count, 0)
  const breakdown = entries.map(([severity, count]) => `${count} ${severity}`).join(', ')
  const summary = total === 0 ? 'no vulnerabilities' : `${plural(total, 'vulnerability', 'vulnerabilities')} (${breakdown})`
  const maxVulnerabilities = expect.maxVulnerabilities ?? 0
  if (counted > maxVulnerabilities)
    return { status: 'fail', summary, reason: `${summary}; at most ${maxVulnerabilities} allowed${allowed.size ? ` outside ${[...allowed].join('/')}` : ''}` }
  const maxWarnings = expect.maxWarnings ?? Number.POSITIVE_INFINITY
  if (counts.warnings > maxWarnings)
    return {
      status: 'fail',
      summary: `${summary}, ${plural(counts.warnings, 'warning')}`,
      reason: `${plural(counts.warnings, 'advisory warning')}, at most ${maxWarnings} allowed`
    }
  return { status: 'pass', summary: counts.warnings > 0 ? `${summary}, ${plural(counts.warnings, 'warning')}` : summary }
}

/** bash says "run: line 3: cargo: command not found"; the reader wants "cargo (line 3 of run:)". */
function notFoundName(line: string): string {
  const said = /^(?:[^:]*: )?line (\d+): (.+): command not found$/.exec(line)
  return said ? `${said[2]} (line ${said[1]} of run:)` : line
}

function firstLine(outcome: ProcessOutcome): string | undefined {
  return outcome.output.head
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim()
    .slice(0, 200)
}

function timeoutSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}

function formatPercent(value: number): string {
  return `${Math.floor(value * 10) / 10}%`
}
