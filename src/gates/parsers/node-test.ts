/**
 * `node --test`. Run directly, go-no-go adds its own reporter (writing JSON lines to a file it owns)
 * beside the spec reporter on stdout, and reads results from that file: what tests print never
 * reaches it. Otherwise it reads the TAP or spec output, where the run's counts are one block of
 * eight lines in a fixed order (`tests`, `suites`, `pass`, `fail`, `cancelled`, `skipped`, `todo`,
 * `duration_ms`) that add up; a lone `# pass 100` (node's TAP prints test output as `#` comments)
 * is not that block. Failing tests are named, not the suites or parent tests that fail with them;
 * a test file that fails to load fails the gate whatever the thresholds allow.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { ParserArtifacts, ParserContext, TestCounts } from '../types.js'
import { shellQuote } from './command-words.js'
import { NODE_TEST_REPORTER_FILE, NODE_TEST_REPORTER_SOURCE } from './node-test-reporter.js'
import { failedReport } from './js-report.js'
import { parserFromReaders, RunSummaries, splitLocation, TestTally, type LineReader } from './test-tally.js'

const SUMMARY_KEYS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo', 'duration_ms'] as const
const SUMMARY = /^(#|ℹ) ([a-z_]+) (\d+(?:\.\d+)?)$/
const TAP_PLAN = /^1\.\.\d+$/
const TAP_NOT_OK = /^(\s*)not ok \d+ - (.+)$/
const TAP_DIRECTIVE = / # (?:TODO|SKIP)\b/i
const YAML_FIELD = /^\s+(location|failureType|type): '?([^']*)'?$/
const YAML_END = /^\s+\.\.\.$/
// In the spec reporter's closing list: `test at file:line:col`, then `✖ name (1.2ms)`.
const SPEC_LOCATION = /^test at (.+)$/
const SPEC_FAILED = /^✖ (.+) \((\d+(?:\.\d+)?m?s)\)$/
// node's own words for a non-zero exit that no failing test explains (coverage thresholds, Node ≥ 22).
const EXIT_CAUSE = /^(?:(?:#|ℹ) )?Error: \d+(?:\.\d+)?% (?:line|branch|function) coverage does not meet threshold of \d+(?:\.\d+)?%\.?$/

type Block = Partial<Record<(typeof SUMMARY_KEYS)[number], number>>

function blockCounts(block: Block): TestCounts | undefined {
  const { tests = -1, pass = 0, fail = 0, cancelled = 0, skipped = 0, todo = 0 } = block
  // Cancelled tests did not pass: they count as failed.
  return pass + fail + cancelled + skipped + todo === tests ? { passed: pass, failed: fail + cancelled, skipped: skipped + todo } : undefined
}

export function createNodeTestReader(target: TestTally, context: ParserContext): LineReader {
  // What the printed output says, kept apart: the reporter file, when there is one, replaces it.
  const tally = new TestTally()
  const summaries = new RunSummaries()
  let block: Block | undefined
  let blockStyle: string | undefined
  let previous = ''
  let tapFailure: { name: string; location?: string; failureType?: string; suite: boolean } | undefined
  let inFailingList = false
  let specLocation: string | undefined

  const closeTapFailure = () => {
    const failure = tapFailure
    tapFailure = undefined
    if (!failure || failure.failureType === 'subtestsFailed' || failure.suite) return
    nameFailure(tally, failure.name, failure.location, failure.failureType)
  }

  const readSummary = (line: string, before: string): boolean => {
    const summary = SUMMARY.exec(line)
    const key = summary?.[2] as (typeof SUMMARY_KEYS)[number] | undefined
    if (!summary || !key || !(SUMMARY_KEYS as readonly string[]).includes(key)) {
      block = undefined
      return false
    }
    if (key === 'tests') {
      // TAP puts the run's plan right before its counts; spec has none.
      block = summary[1] === 'ℹ' || TAP_PLAN.test(before) ? { tests: Number(summary[3]) } : undefined
      blockStyle = summary[1]
      return true
    }
    const expected = block ? SUMMARY_KEYS[Object.keys(block).length] : undefined
    if (!block || summary[1] !== blockStyle || key !== expected) {
      block = undefined
      return true
    }
    block[key] = Number(summary[3])
    if (key === 'duration_ms') {
      const counts = blockCounts(block)
      if (counts) summaries.push(counts)
      block = undefined
    }
    return true
  }

  return {
    onLine(line) {
      const before = previous
      previous = line
      if (tapFailure) {
        const field = YAML_FIELD.exec(line)
        if (field) {
          if (field[1] === 'location') tapFailure.location = field[2]
          else if (field[1] === 'failureType') tapFailure.failureType = field[2]
          else tapFailure.suite = field[2] === 'suite'
          return
        }
        if (YAML_END.test(line)) {
          closeTapFailure()
          return
        }
      }
      if (readSummary(line, before)) return
      if (EXIT_CAUSE.test(line)) {
        tally.addExitCause(line.replace(/^(?:#|ℹ) /, ''))
        return
      }
      const notOk = TAP_NOT_OK.exec(line)
      if (notOk) {
        closeTapFailure()
        if (!TAP_DIRECTIVE.test(notOk[2])) tapFailure = { name: notOk[2].trim(), suite: false }
        return
      }
      if (line === '✖ failing tests:') {
        inFailingList = true
        return
      }
      if (!inFailingList) return
      const location = SPEC_LOCATION.exec(line)
      if (location) {
        specLocation = location[1]
        return
      }
      const failed = SPEC_FAILED.exec(line)
      if (failed && specLocation !== undefined) {
        nameFailure(tally, failed[1], specLocation)
        specLocation = undefined
      }
    },
    finish(artifacts?: ParserArtifacts) {
      closeTapFailure()
      const report = artifacts?.report
      if (report) {
        if (tally.exitCause) target.addExitCause(tally.exitCause)
        if (report.text !== undefined && readNodeReport(report.text, target)) return
        if (!report.tooLarge) {
          failedReport(target, 'node --test', report)
          return
        }
      }
      summaries.addTo(tally, context)
      target.merge(tally)
    }
  }
}

/**
 * A failing test by name and declaration site. A test file that failed as a whole (it did not load,
 * or exited early) is reported under the file's own name at 1:1: that is a suite that never ran.
 */
function nameFailure(tally: TestTally, name: string, location: string | undefined, failureType?: string): void {
  const where = location ? splitLocation(location.replace(/^file:\/\//, '')) : undefined
  if (where && where.line === 1 && where.column === 1 && isFileName(name, where.file) && failureType !== 'hookFailure') {
    tally.addBrokenSuite(`${name} failed to load or exited early`)
    return
  }
  if (tally.addFailing(name) && where) tally.addLocation(name.trim(), where.file, where.line, where.column)
}

/** node names a whole-file test by its path, absolute or relative, and locates it by the other. */
function isFileName(name: string, file: string): boolean {
  return name === file || file.endsWith(`/${name}`) || name.endsWith(`/${file}`)
}

interface ReportEntry {
  type?: string
  name?: string
  nesting?: number
  file?: string
  line?: number
  column?: number
  suite?: boolean
  skip?: boolean
  todo?: boolean
  failureType?: string
  message?: string
  count?: number
  counts?: { tests?: number; passed?: number; failed?: number; cancelled?: number; skipped?: number; todo?: number }
}

/** go-no-go's reporter file: results, then the run's counts (`test:summary` on Node ≥ 22, diagnostics before). */
function readNodeReport(text: string, tally: TestTally): boolean {
  const block: Block = {}
  let summary: ReportEntry['counts'] | undefined
  let ended = false
  let sawAny = false
  const stderr = new Map<string, string>()
  const failures: ReportEntry[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let entry: ReportEntry
    try {
      entry = JSON.parse(line) as ReportEntry
    } catch {
      continue
    }
    if (!entry || typeof entry !== 'object') continue
    sawAny = true
    if (entry.type === 'end') ended = true
    else if (entry.type === 'plan') Object.keys(block).forEach((key) => delete block[key as keyof Block])
    else if (entry.type === 'diagnostic') {
      const [key, value] = String(entry.message ?? '').split(' ')
      if ((SUMMARY_KEYS as readonly string[]).includes(key) && /^\d+(?:\.\d+)?$/.test(value ?? '')) block[key as keyof Block] = Number(value)
    } else if (entry.type === 'summary') summary = entry.counts
    else if (entry.type === 'fail') failures.push(entry)
    else if (entry.type === 'stderr' && entry.file && entry.message && /^\w*Error\b/.test(entry.message) && !stderr.has(entry.file)) stderr.set(entry.file, entry.message.trim())
  }
  if (!sawAny) return false
  if (!ended) {
    tally.markIncomplete('node --test stopped before its reporter saw the end of the run')
    return true
  }
  const counts = summary
    ? blockCounts({ tests: summary.tests, pass: summary.passed, fail: summary.failed, cancelled: summary.cancelled, skipped: summary.skipped, todo: summary.todo })
    : blockCounts(block)
  if (!counts) {
    tally.markIncomplete('node --test reported no closing counts that add up')
    return true
  }
  tally.addCounts(counts)
  for (const failure of failures) {
    if (failure.suite || failure.failureType === 'subtestsFailed' || typeof failure.name !== 'string') continue
    const location = failure.file !== undefined && failure.line !== undefined ? `${failure.file}:${failure.line}:${failure.column ?? 1}` : undefined
    if (location && failure.line === 1 && failure.column === 1 && failure.file && isFileName(failure.name, failure.file)) {
      tally.addBrokenSuite(stderr.get(failure.file) ? `${failure.name}: ${stderr.get(failure.file)}` : `${failure.name} failed to load or exited early`)
      continue
    }
    if (!tally.addFailing(failure.name)) continue
    if (failure.file !== undefined && typeof failure.line === 'number') tally.addLocation(failure.name.trim(), failure.file, failure.line, failure.column, failure.message)
  }
  return true
}

function createNodeTestParser(context: ParserContext = { singleRun: false }) {
  return parserFromReaders('node-test', context, [createNodeTestReader])
}

/** Options after which go-no-go leaves a `node --test` command alone. */
const NODE_OWN_OUTPUT = /^--(?:watch|watch-path|test-only|eval|print|help|version|check|inspect[a-z-]*)(?:=|$)|^-[ephvc]$|^--$/
const REPORTER = /^--test-reporter=./
const DESTINATION = /^--test-reporter-destination=./

/**
 * Where our reporter goes among the user's own (`--test-reporter=dot`), which keep printing what
 * they print: node pairs reporters with destinations in order, so ours comes after the user's last
 * one, and a lone reporter without a destination (stdout by default) is given `stdout` first.
 * Undefined when the user's options cannot be paired with certainty (the spaced form, uneven counts).
 */
function besideUserReporters(args: readonly string[]): { after: number; destinationFirst: boolean } | 'none' | undefined {
  if (args.some((arg) => arg === '--test-reporter' || arg === '--test-reporter-destination')) return undefined
  const reporters = args.filter((arg) => REPORTER.test(arg)).length
  const destinations = args.filter((arg) => DESTINATION.test(arg)).length
  if (reporters === 0 && destinations === 0) return 'none'
  if (reporters === 0 || (destinations !== reporters && !(reporters === 1 && destinations === 0))) return undefined
  const after = Math.max(...args.map((arg, index) => (REPORTER.test(arg) || DESTINATION.test(arg) ? index : -1)))
  return { after, destinationFirst: destinations === 0 }
}

export const nodeTest: ParserDescriptor<'node-test'> = {
  name: 'node-test',
  detect: (invocation) => (invocation.program === 'node' || invocation.program === 'nodejs') && invocation.args.includes('--test'),
  create: createNodeTestParser,
  adjustCommand(invocation, files) {
    if (invocation.viaNpx || !invocation.args.includes('--test') || invocation.args.some((arg) => NODE_OWN_OUTPUT.test(arg))) return undefined
    const placing = besideUserReporters(invocation.args)
    if (placing === undefined) return undefined
    const reporter = `${files.dir}/${NODE_TEST_REPORTER_FILE}`
    const ours = [`--test-reporter=${shellQuote(reporter)}`, `--test-reporter-destination=${shellQuote(files.reportPath)}`]
    // node reads options only before the first file name, so they go right after the program, or right after the user's reporter options.
    const options =
      placing === 'none'
        ? ['--test-reporter=spec', '--test-reporter-destination=stdout', ...ours]
        : [...(placing.destinationFirst ? ['--test-reporter-destination=stdout'] : []), ...ours]
    const at = placing === 'none' ? invocation.programIndex + 1 : invocation.programIndex + 1 + placing.after + 1
    return { words: [...invocation.words.slice(0, at), ...options, ...invocation.words.slice(at)], supportFiles: { [reporter]: NODE_TEST_REPORTER_SOURCE } }
  }
}
