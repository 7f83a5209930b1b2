/**
 * vitest. Its closing block is ` Test Files  1 failed | 3 passed (4)` followed at once by
 * `      Tests  1 failed | 9 passed (10)`, whose parts add up to the number in brackets, and then
 * `   Start at  12:00:00`; the two count lines printed alone by a test are not that block. Failing tests
 * are the ` FAIL  file > suite > test` headers under "Failed Tests", with the ` ❯ file:line:col`
 * after them; suites that could not run are the headers under "Failed Suites" and fail the gate.
 * When the user already picked reporters on the command line, go-no-go adds vitest's `json`
 * reporter writing to its own file and reads that instead (adding one otherwise would replace the
 * reporters configured in vitest.config).
 */
import type { ParserDescriptor } from './descriptor.js'
import type { ParserArtifacts, ParserContext, TestCounts } from '../types.js'
import { shellQuote } from './command-words.js'
import { isTool } from './jest.js'
import { failedReport, readJestStyleReport } from './js-report.js'
import { isProjectFrame, parserFromReaders, RunSummaries, stackFrameLocation, TestTally, type LineReader } from './test-tally.js'

const FILES_LINE = /^\s*Test Files\s+/
const TESTS_LINE = /^\s*Tests\s+(.+?)\s+\((\d+)\)$/
const ERRORS_LINE = /^\s*(?:Type )?Errors\s+\d+ errors?/
const START_LINE = /^\s*Start at\s/
const SECTION = /^⎯+ (Failed Tests|Failed Suites|Unhandled Errors?) \d*\s*⎯+$/
const SECTION_END = /^⎯+(?:\[\d+\/\d+\])?⎯*$/
const FAIL_HEADER = /^\s*FAIL\s+(.+)$/
// vitest's own words for a non-zero exit that no failing test explains.
const EXIT_CAUSE = /^(?:No test files found, exiting with code \d+|ERROR: Coverage for .+ does not meet .*threshold.*|Vitest caught \d+ unhandled errors? during the test run.*)$/
const NO_TEST_FILES = /^No test files found/

/** `1 failed | 9 passed | 2 skipped` with its total, only when the parts add up. */
function readVitestTests(parts: string, total: number): TestCounts | undefined {
  const counts = { passed: 0, failed: 0, skipped: 0 }
  for (const part of parts.split('|')) {
    const match = /^(\d+) ([a-z]+)$/.exec(part.trim())
    if (!match) return undefined
    const value = Number(match[1])
    if (match[2] === 'passed') counts.passed += value
    else if (match[2] === 'failed') counts.failed += value
    else if (['skipped', 'todo', 'pending'].includes(match[2])) counts.skipped += value
    else return undefined
  }
  return counts.passed + counts.failed + counts.skipped === total ? counts : undefined
}

export function createVitestReader(target: TestTally, context: ParserContext): LineReader {
  // What the printed output says, kept apart: a report, when there is one, replaces it.
  const tally = new TestTally()
  const summaries = new RunSummaries()
  let previous = ''
  let section: string | undefined
  let awaiting: { kind: 'test'; name: string } | { kind: 'suite'; file: string } | undefined
  let pending: TestCounts | undefined
  return {
    onLine(line) {
      const before = previous
      previous = line
      // The block goes on with `Errors`, `Start at`, `Duration`: counts count once `Start at` follows.
      if (pending && !ERRORS_LINE.test(line)) {
        if (START_LINE.test(line)) summaries.push(pending)
        pending = undefined
      }
      const tests = FILES_LINE.test(before) ? TESTS_LINE.exec(line) : null
      const counts = tests ? readVitestTests(tests[1], Number(tests[2])) : undefined
      if (counts) {
        pending = counts
        return
      }
      if (EXIT_CAUSE.test(line.trim())) {
        tally.addExitCause(line.trim())
        return
      }
      const heading = SECTION.exec(line.trim())
      if (heading) {
        section = heading[1]
        awaiting = undefined
        return
      }
      if (SECTION_END.test(line.trim())) {
        if (awaiting?.kind === 'suite') tally.addBrokenSuite(awaiting.file)
        awaiting = undefined
        return
      }
      const fail = section ? FAIL_HEADER.exec(line) : null
      if (fail) {
        if (awaiting?.kind === 'suite') tally.addBrokenSuite(awaiting.file)
        awaiting = undefined
        if (section === 'Failed Suites') {
          awaiting = { kind: 'suite', file: fail[1].replace(/ \[ .* \]$/, '').trim() }
          return
        }
        const [, ...titles] = fail[1].split(' > ')
        const name = titles.join(' > ')
        if (section === 'Failed Tests' && name && tally.addFailing(name)) awaiting = { kind: 'test', name }
        return
      }
      if (awaiting?.kind === 'suite' && line.trim() !== '') {
        tally.addBrokenSuite(`${awaiting.file}: ${line.trim()}`)
        awaiting = undefined
        return
      }
      const frame = awaiting?.kind === 'test' ? stackFrameLocation(line) : undefined
      if (frame && awaiting?.kind === 'test' && isProjectFrame(frame.file)) {
        tally.addLocation(awaiting.name, frame.file, frame.line, frame.column)
        awaiting = undefined
      }
    },
    finish(artifacts?: ParserArtifacts) {
      if (awaiting?.kind === 'suite') tally.addBrokenSuite(awaiting.file)
      const report = artifacts?.report
      if (report) {
        // The runner's stated cause for its exit is only in what it printed.
        if (tally.exitCause) target.addExitCause(tally.exitCause)
        if (report.text !== undefined && readJestStyleReport(report.text, target, 'vitest')) return
        if (!report.tooLarge) {
          failedReport(target, 'vitest', report)
          return
        }
      }
      summaries.addTo(tally, context)
      // "No test files found" prints no summary: no test ran, which is the run's result.
      if (summaries.count === 0 && tally.exitCause !== undefined && NO_TEST_FILES.test(tally.exitCause)) tally.add(0, 0, 0)
      target.merge(tally)
    }
  }
}

function createVitestParser(context: ParserContext = { singleRun: false }) {
  return parserFromReaders('vitest', context, [createVitestReader])
}

const VITEST_COMMANDS_WITHOUT_TESTS = new Set(['bench', 'list', 'init', 'typecheck', 'dev', 'watch'])
const VITEST_OWN_OUTPUT = /^--(?:outputFile|watch|ui|help|version|standalone)(?:[.=]|$)|^-[hvw]$|^--$/

export const vitest: ParserDescriptor<'vitest'> = {
  name: 'vitest',
  detect: (invocation) => isTool(invocation, 'vitest'),
  create: createVitestParser,
  adjustCommand(invocation, files) {
    const { args } = invocation
    if (invocation.program !== 'vitest' || args.some((arg) => VITEST_OWN_OUTPUT.test(arg))) return undefined
    const subcommand = args.find((arg) => !arg.startsWith('-'))
    if (subcommand && VITEST_COMMANDS_WITHOUT_TESTS.has(subcommand)) return undefined
    // Reporters named on the command line replace vitest.config's; only then is adding one harmless.
    if (!args.some((arg) => /^--reporter(?:=|$)/.test(arg))) return undefined
    return { words: [...invocation.words, '--reporter=json', `--outputFile.json=${shellQuote(files.reportPath)}`] }
  }
}
