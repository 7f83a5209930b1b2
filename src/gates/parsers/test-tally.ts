/** Shared by the JavaScript test parsers: counts summed over every run in the output, bounded name lists. */
import type { ParserName } from '../../checklist/types.js'
import type { Finding, OutputParser, ParsedOutput, ParseProblem, ProcessOutcome, TestCounts } from '../types.js'
import { BoundedList } from './bounded.js'

export class TestTally {
  counts: TestCounts | null = null
  readonly failing = new BoundedList<string>()
  readonly findings = new BoundedList<Finding>()
  /** "Test suite failed to run" and the like: failures that no test count shows. */
  readonly brokenSuites: string[] = []

  add(passed: number, failed: number, skipped: number): void {
    this.counts ??= { passed: 0, failed: 0, skipped: 0 }
    this.counts.passed += passed
    this.counts.failed += failed
    this.counts.skipped += skipped
  }

  /** Records a failing test once; returns whether it was new. */
  addFailing(name: string): boolean {
    const clean = name.trim()
    if (!clean || this.failing.includes(clean)) return false
    this.failing.push(clean)
    return true
  }

  addLocation(name: string, file: string, line: number, column?: number): void {
    if (this.findings.items.some((finding) => finding.code === name)) return
    this.findings.push({ level: 'error', message: `test failed: ${name}`, file, line, ...(column !== undefined ? { column } : {}), code: name })
  }

  toParsed(): ParsedOutput {
    let problem: ParseProblem | undefined
    // A suite that never ran hides its tests from the counts, so it fails the gate unless failures already do.
    if (this.brokenSuites.length > 0 && (this.counts === null || this.counts.failed === 0)) {
      problem = {
        status: 'fail',
        message: `${this.brokenSuites.length === 1 ? 'a test suite' : `${this.brokenSuites.length} test suites`} failed to run${this.brokenSuites[0] ? `: ${this.brokenSuites[0]}` : ''}`
      }
    }
    return { kind: 'tests', counts: this.counts, failingTests: this.failing.items, findings: this.findings.items, ...(problem ? { problem } : {}) }
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

/** A stack frame `at fn (file:line:col)` or `at file:line:col`. */
export function stackFrameLocation(line: string): ReturnType<typeof splitLocation> {
  const trimmed = line.trim()
  if (!trimmed.startsWith('at ')) return undefined
  let where = trimmed.slice(3)
  if (where.endsWith(')')) where = where.slice(where.lastIndexOf('(') + 1, -1)
  return splitLocation(where)
}

/** One runner's way of reading its summary lines into a shared tally. */
export interface LineReader {
  onLine(line: string): void
  finish(): void
}

/** A parser made of readers that all add to one tally (npm test may run several runners). */
export function parserFromReaders(name: ParserName, createReaders: Array<(tally: TestTally) => LineReader>): OutputParser {
  const tally = new TestTally()
  const readers = createReaders.map((create) => create(tally))
  return {
    name,
    onLine(line) {
      for (const reader of readers) reader.onLine(line)
    },
    finish(_process: ProcessOutcome): ParsedOutput {
      for (const reader of readers) reader.finish()
      return tally.toParsed()
    }
  }
}
