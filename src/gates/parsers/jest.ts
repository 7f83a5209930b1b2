/**
 * jest. When the gate runs jest directly, go-no-go adds `--json --outputFile=<its own file>` and
 * reads the counts, failing tests and broken suites from that report. Otherwise (and for `npm test`)
 * it reads jest's closing block from the output: `Test Suites:`, then `Tests:` whose parts add up
 * to its total, then `Snapshots:`; a lone `Tests: 100 passed` printed by a test is not that block.
 * "Test suite failed to run" hides a whole file's tests, so it fails the gate by itself.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { ParserArtifacts, ParserContext, TestCounts } from '../types.js'
import { shellQuote } from './command-words.js'
import { isProjectFrame, parserFromReaders, RunSummaries, stackFrameLocation, TestTally, type LineReader } from './test-tally.js'
import { failedReport, readJestStyleReport } from './js-report.js'

const SUITES_LINE = /^Test Suites: /
const TESTS_LINE = /^Tests:\s+(.+)$/
const SNAPSHOTS_LINE = /^Snapshots:\s/
const FAILURE_HEADER = /^\s*● (.+)$/
const NOT_A_TEST = /^(?:Test suite failed to run|Console$|.*(?:Warning|Deprecation|Validation Error):?$)/
// jest's own words for a non-zero exit that no test explains.
const EXIT_CAUSE = /^(?:Jest: .*(?:threshold|not met|coverage).*|No tests found, exiting with code \d+.*|Jest: Coverage data for .* was not found\.?)$/
const NO_TESTS = /^No tests found, exiting with code \d+/

function count(text: string, word: string): number {
  return Number(new RegExp(`(\\d+) ${word}\\b`).exec(text)?.[1] ?? 0)
}

/** `1 failed, 1 skipped, 2 todo, 3 passed, 7 total`, only when the parts add up to the total. */
function readJestTests(text: string): TestCounts | undefined {
  const total = /(\d+) total\b/.exec(text)
  if (!total) return undefined
  const counts = { passed: count(text, 'passed'), failed: count(text, 'failed'), skipped: count(text, 'skipped') + count(text, 'todo') + count(text, 'pending') }
  return counts.passed + counts.failed + counts.skipped === Number(total[1]) ? counts : undefined
}

export function createJestReader(target: TestTally, context: ParserContext): LineReader {
  // What the printed output says, kept apart: a report, when there is one, replaces it.
  const tally = new TestTally()
  const summaries = new RunSummaries()
  let previous = ''
  let awaitingFrame: string | undefined
  let brokenSuite = false
  let brokenReason: string | undefined
  let pending: TestCounts | undefined
  return {
    onLine(line) {
      const before = previous
      previous = line
      // The block is `Test Suites:`, `Tests:`, `Snapshots:`: counts count once the block is whole.
      if (pending) {
        if (SNAPSHOTS_LINE.test(line)) summaries.push(pending)
        pending = undefined
      }
      const tests = SUITES_LINE.test(before) ? TESTS_LINE.exec(line) : null
      const counts = tests ? readJestTests(tests[1]) : undefined
      if (counts) {
        pending = counts
        return
      }
      if (EXIT_CAUSE.test(line)) {
        tally.addExitCause(line)
        return
      }
      const header = FAILURE_HEADER.exec(line)
      if (header) {
        awaitingFrame = undefined
        if (brokenSuite) tally.addBrokenSuite(brokenReason ?? '')
        brokenSuite = header[1].startsWith('Test suite failed to run')
        brokenReason = undefined
        if (!brokenSuite && !NOT_A_TEST.test(header[1]) && tally.addFailing(header[1])) awaitingFrame = header[1].trim()
        return
      }
      if (brokenSuite && brokenReason === undefined && line.trim() !== '') {
        // The first line under the header says why (a missing module, a syntax error).
        brokenReason = line.trim()
        tally.addBrokenSuite(brokenReason)
        brokenSuite = false
        return
      }
      const frame = awaitingFrame ? stackFrameLocation(line) : undefined
      // The first frame in the project's own code is where the assertion sits.
      if (frame && awaitingFrame && isProjectFrame(frame.file)) {
        tally.addLocation(awaitingFrame, frame.file, frame.line, frame.column)
        awaitingFrame = undefined
      }
    },
    finish(artifacts?: ParserArtifacts) {
      if (brokenSuite && brokenReason === undefined) tally.addBrokenSuite('')
      const report = artifacts?.report
      if (report) {
        // The runner's stated cause for its exit is only in what it printed.
        if (tally.exitCause) target.addExitCause(tally.exitCause)
        if (report.text !== undefined && readJestStyleReport(report.text, target, 'jest')) return
        if (!report.tooLarge) {
          failedReport(target, 'jest', report)
          return
        }
      }
      summaries.addTo(tally, context)
      // "No tests found" prints no summary: no test ran, which is the run's result.
      if (summaries.count === 0 && tally.exitCause !== undefined && NO_TESTS.test(tally.exitCause)) tally.add(0, 0, 0)
      target.merge(tally)
    }
  }
}

function createJestParser(context: ParserContext = { singleRun: false }) {
  return parserFromReaders('jest', context, [createJestReader])
}

/** Flags after which go-no-go leaves a jest command alone: the user chose the output, or jest will not run tests. */
const JEST_OWN_OUTPUT = /^--(?:json|outputFile|listTests|showConfig|watch|watchAll|help|version|init|clearCache|findRelatedTests)(?:=|$)|^-[hv]$|^--$/

export const jest: ParserDescriptor<'jest'> = {
  name: 'jest',
  detect: (invocation) => isTool(invocation, 'jest'),
  create: createJestParser,
  adjustCommand(invocation, files) {
    if (invocation.program !== 'jest' || invocation.args.some((arg) => JEST_OWN_OUTPUT.test(arg))) return undefined
    return { words: [...invocation.words, '--json', `--outputFile=${shellQuote(files.reportPath)}`] }
  }
}

/** `jest …`, `npx jest`, `yarn jest`, `pnpm exec jest`, `pnpm dlx vitest`. */
export function isTool(invocation: { program: string; args: string[] }, tool: string): boolean {
  if (invocation.program === tool) return true
  if (!['npm', 'pnpm', 'yarn'].includes(invocation.program)) return false
  const [first, second] = invocation.args.filter((arg) => !arg.startsWith('-'))
  return (first === 'exec' || first === 'dlx' ? second : first) === tool
}
