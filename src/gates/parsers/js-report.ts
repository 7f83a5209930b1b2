/**
 * jest's `--json` report and vitest's `json` reporter (which copies jest's shape): counts, failing
 * tests with where they failed, and suites that never ran. The report is written by the runner's
 * own process from its results, so nothing a test prints can change it.
 */
import { stripControl } from '../../text/sanitize.js'
import type { ReportFile } from '../types.js'
import { isProjectFrame, stackFrameLocation, type TestTally } from './test-tally.js'

interface Assertion {
  ancestorTitles?: unknown
  title?: unknown
  fullName?: unknown
  status?: unknown
  failureMessages?: unknown
  location?: { line?: unknown; column?: unknown } | null
}

interface SuiteResult {
  name?: unknown
  status?: unknown
  message?: unknown
  assertionResults?: unknown
  testExecError?: unknown
}

interface JestStyleReport {
  numPassedTests?: unknown
  numFailedTests?: unknown
  numPendingTests?: unknown
  numTodoTests?: unknown
  numTotalTests?: unknown
  numRuntimeErrorTestSuites?: unknown
  wasInterrupted?: unknown
  testResults?: unknown
}

type Tool = 'jest' | 'vitest'

const SEPARATOR: Record<Tool, string> = { jest: ' › ', vitest: ' > ' }

/**
 * Adds the report to the tally; false when the text is not such a report at all (the caller then
 * says so). Totals that do not add up make the run incomplete rather than trusted.
 */
export function readJestStyleReport(text: string, tally: TestTally, tool: Tool): boolean {
  let report: JestStyleReport
  try {
    report = JSON.parse(text) as JestStyleReport
  } catch {
    return false
  }
  if (!report || typeof report !== 'object' || !Array.isArray(report.testResults)) return false
  const [passed, failed, pending, todo, total] = [report.numPassedTests, report.numFailedTests, report.numPendingTests, report.numTodoTests ?? 0, report.numTotalTests]
  if (![passed, failed, pending, todo, total].every(isCount)) {
    tally.markIncomplete(`the ${tool} report has no readable test counts`)
    return true
  }
  const [p, f, s, t, all] = [passed, failed, pending, todo, total] as number[]
  if (p + f + s + t !== all) {
    tally.markIncomplete(`the ${tool} report's counts do not add up (${p} passed, ${f} failed, ${s + t} skipped of ${all})`)
    return true
  }
  tally.add(p, f, s + t)
  if (report.wasInterrupted === true) tally.markIncomplete(`${tool} was interrupted before all suites ran`)
  for (const suite of report.testResults as SuiteResult[]) readSuite(suite, tally, tool)
  const runtimeErrors = report.numRuntimeErrorTestSuites
  if (isCount(runtimeErrors) && (runtimeErrors as number) > tally.brokenSuites.length) {
    for (let i = tally.brokenSuites.length; i < (runtimeErrors as number); i++) tally.addBrokenSuite('')
  }
  return true
}

function readSuite(suite: SuiteResult, tally: TestTally, tool: Tool): void {
  if (!suite || typeof suite !== 'object') return
  const file = typeof suite.name === 'string' ? suite.name : undefined
  const assertions = Array.isArray(suite.assertionResults) ? (suite.assertionResults as Assertion[]) : []
  if (suite.status === 'failed' && (assertions.length === 0 || suite.testExecError)) {
    const reason = suiteReason(suite.message)
    const base = file ? file.slice(file.lastIndexOf('/') + 1) : undefined
    // Name the file unless the runner's own reason already does.
    tally.addBrokenSuite(base && !reason.includes(base) ? `${base}: ${reason}` : reason)
  }
  for (const assertion of assertions) {
    if (!assertion || assertion.status !== 'failed') continue
    const titles = Array.isArray(assertion.ancestorTitles) ? assertion.ancestorTitles.filter((title): title is string => typeof title === 'string') : []
    const name = [...titles, typeof assertion.title === 'string' ? assertion.title : String(assertion.fullName ?? '')].join(SEPARATOR[tool])
    if (!tally.addFailing(name)) continue
    const where = failureLocation(assertion, file)
    if (where) tally.addLocation(name.trim(), where.file, where.line, where.column)
  }
}

/** The line that says why a suite did not run, under jest's "● Test suite failed to run" header. */
function suiteReason(message: unknown): string {
  if (typeof message !== 'string') return ''
  const lines = message
    .split('\n')
    .map((line) => stripControl(line).trim())
    .filter((line) => line !== '' && !line.startsWith('●'))
  return (lines[0] ?? '').slice(0, 200)
}

function failureLocation(assertion: Assertion, file: string | undefined): { file: string; line: number; column?: number } | undefined {
  const location = assertion.location
  if (file && location && isCount(location.line) && (location.line as number) > 0) {
    return { file, line: location.line as number, ...(isCount(location.column) ? { column: location.column as number } : {}) }
  }
  const messages = Array.isArray(assertion.failureMessages) ? assertion.failureMessages.filter((text): text is string => typeof text === 'string') : []
  let fallback: ReturnType<typeof stackFrameLocation>
  for (const line of (messages[0] ?? '').split('\n')) {
    const frame = stackFrameLocation(line)
    if (!frame || !isProjectFrame(frame.file)) continue
    // A frame in the test file itself is where the assertion sits; a helper's frame is second best.
    if (file === undefined || frame.file === file) return frame
    fallback ??= frame
  }
  return fallback
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

/** The command was adjusted to write a report and there is none: the run did not finish as a run. */
export function failedReport(tally: TestTally, tool: string, report: ReportFile): void {
  tally.markIncomplete(`${tool} did not write its report (${report.problem ?? 'unreadable'})${tally.exitCause ? `: ${tally.exitCause}` : ''}`)
}
