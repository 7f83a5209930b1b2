/** What every test parser gathers: counts over the runs it accepted, bounded name lists, broken suites, the runner's stated cause. */
import type { ParserName } from '../../checklist/types.js'
import type { Finding, OutputParser, ParsedOutput, ParseProblem, ParserArtifacts, ParserContext, ProcessOutcome, TestCounts } from '../types.js'
import { BoundedList } from './bounded.js'

const MAX_REASON = 200

export class TestTally {
  counts: TestCounts | null = null
  readonly failing = new BoundedList<string>()
  readonly findings = new BoundedList<Finding>()
  /** Suites that never ran ("Test suite failed to run", a file that failed to load), with why. */
  readonly brokenSuites: string[] = []
  /** The runner's own words for a non-zero exit that no failing test explains. */
  exitCause: string | undefined
  /** Why the run cannot be trusted to be whole: an error, whatever the counts say. */
  incomplete: string | undefined

  add(passed: number, failed: number, skipped: number): void {
    this.counts ??= { passed: 0, failed: 0, skipped: 0 }
    this.counts.passed += passed
    this.counts.failed += failed
    this.counts.skipped += skipped
  }

  addCounts(counts: TestCounts): void {
    this.add(counts.passed, counts.failed, counts.skipped)
  }

  /** Records a failing test once; returns whether it was new. */
  addFailing(name: string): boolean {
    const clean = name.trim()
    if (!clean || this.failing.includes(clean)) return false
    this.failing.push(clean)
    return true
  }

  addLocation(name: string, file: string, line: number, column?: number, message?: string): void {
    if (this.findings.items.some((finding) => finding.code === name)) return
    this.findings.push({
      level: 'error',
      message: message ? `${name}: ${message}`.slice(0, 300) : `test failed: ${name}`,
      file,
      line,
      ...(column !== undefined ? { column } : {}),
      code: name
    })
  }

  addBrokenSuite(reason: string): void {
    if (this.brokenSuites.length < 50) this.brokenSuites.push(reason.trim().slice(0, MAX_REASON))
  }

  /** Adds what another tally gathered (a reader's own, kept apart until it knows it is wanted). */
  merge(other: TestTally): void {
    if (other.counts) this.addCounts(other.counts)
    for (const name of other.failing.items) this.addFailing(name)
    for (const finding of other.findings.items) if (!this.findings.items.some((known) => known.code === finding.code)) this.findings.push(finding)
    for (const reason of other.brokenSuites) this.addBrokenSuite(reason)
    if (other.exitCause) this.addExitCause(other.exitCause)
    if (other.incomplete) this.markIncomplete(other.incomplete)
  }

  /** Keeps the first reason given. */
  markIncomplete(reason: string): void {
    this.incomplete ??= reason.slice(0, 300)
  }

  /** Keeps the first cause the runner stated. */
  addExitCause(cause: string): void {
    this.exitCause ??= cause.trim().slice(0, MAX_REASON)
  }

  /**
   * The parsed result. A problem the caller found decides first; then a suite that never ran fails
   * the gate whatever the counts and thresholds say, because its tests are in no count.
   */
  toParsed(problem?: ParseProblem): ParsedOutput {
    let decided = problem ?? (this.incomplete ? { status: 'error' as const, message: `incomplete: ${this.incomplete}` } : undefined)
    if (!decided && this.brokenSuites.length > 0) {
      const [first] = this.brokenSuites
      const more = this.brokenSuites.length > 1 ? ` (and ${this.brokenSuites.length - 1} more)` : ''
      decided = {
        status: 'fail',
        message: `${this.brokenSuites.length === 1 ? 'a test suite' : `${this.brokenSuites.length} test suites`} failed to run${first ? `: ${first}` : ''}${more}`
      }
    }
    return {
      kind: 'tests',
      counts: this.counts,
      failingTests: this.failing.items,
      findings: this.findings.items,
      ...(decided ? { problem: decided } : {}),
      ...(this.exitCause ? { exitCause: this.exitCause } : {})
    }
  }
}

/**
 * The closing summaries a runner printed, each already checked to be whole (every line of the
 * runner's summary block, in order, totals that add up). When the command is one run of the tool,
 * only the last one is the run's: tests finish before the runner sums them up, so any earlier block
 * was printed by a test. Otherwise (`npm test` may run several runners) every block is a run.
 */
export class RunSummaries {
  private readonly runs: TestCounts[] = []
  private last: TestCounts | undefined

  push(counts: TestCounts): void {
    this.last = counts
    if (this.runs.length < 1000) this.runs.push(counts)
  }

  get count(): number {
    return this.runs.length
  }

  addTo(tally: TestTally, context: ParserContext): void {
    if (!this.last) return
    if (context.singleRun) tally.addCounts(this.last)
    else for (const run of this.runs) tally.addCounts(run)
  }
}

/** `file:line:col` at the end of a location string, e.g. `/abs/math.test.js:8:1`. */
export function splitLocation(text: string): { file: string; line: number; column: number } | undefined {
  const trimmed = text.trim()
  const lastColon = trimmed.lastIndexOf(':')
  const middleColon = trimmed.lastIndexOf(':', lastColon - 1)
  if (middleColon <= 0) return undefined
  const line = trimmed.slice(middleColon + 1, lastColon)
  const column = trimmed.slice(lastColon + 1)
  if (!/^\d+$/.test(line) || !/^\d+$/.test(column)) return undefined
  return { file: trimmed.slice(0, middleColon), line: Number(line), column: Number(column) }
}

/** A stack frame `at fn (file:line:col)`, `at file:line:col` or vitest's `❯ file:line:col`. */
export function stackFrameLocation(line: string): ReturnType<typeof splitLocation> {
  const trimmed = line.trim()
  let where: string
  if (trimmed.startsWith('at ')) where = trimmed.slice(3)
  else if (trimmed.startsWith('❯ ')) where = trimmed.slice(2)
  else return undefined
  if (where.endsWith(')')) where = where.slice(where.lastIndexOf('(') + 1, -1)
  else if (where.includes(' ')) where = where.slice(where.lastIndexOf(' ') + 1)
  if (where.startsWith('file://')) where = where.slice('file://'.length)
  return splitLocation(where)
}

/** Frames in the project's own code, not in dependencies or the runtime. */
export function isProjectFrame(file: string): boolean {
  return !file.includes('node_modules') && !file.startsWith('node:') && !file.startsWith('internal/')
}

/** One runner's way of reading its output into a shared tally. */
export interface LineReader {
  onLine(line: string): void
  finish(artifacts?: ParserArtifacts): void
}

type ReaderFactory = (tally: TestTally, context: ParserContext) => LineReader

/**
 * A parser made of readers that all add to one tally (`npm test` may run several runners). A
 * problem returned by `check` (an incomplete run) decides before the tally's own.
 */
export function parserFromReaders(
  name: ParserName,
  context: ParserContext,
  factories: ReaderFactory[],
  check?: (tally: TestTally, process: ProcessOutcome) => ParseProblem | undefined
): OutputParser {
  const tally = new TestTally()
  const readers = factories.map((create) => create(tally, context))
  return {
    name,
    onLine(line) {
      for (const reader of readers) reader.onLine(line)
    },
    finish(process: ProcessOutcome, artifacts?: ParserArtifacts): ParsedOutput {
      for (const reader of readers) reader.finish(artifacts)
      return tally.toParsed(check?.(tally, process))
    }
  }
}
