/**
 * pytest. The run's result is its closing line, `==== 2 failed, 3 passed, 1 skipped, 1 xfailed,
 * 1 warning, 1 error in 0.11s ====` (bare with -q), whose parts may come in any order; "no tests
 * ran" (exit 5) is zero tests, which the gate's min-tests fails. Each session (`== test session
 * starts ==`) ends with exactly one such line, so only the last one of a session counts (one printed
 * earlier came from a test with -s), or, when the run had failures, the first one after the `short
 * test summary info` section, which pytest prints right before its own (one printed after it came
 * from a plugin). A session that never printed its line did not finish (an error). xfailed counts as skipped, xpassed as passed; an error in a test's set-up or
 * tear-down is a failure of that test. A module that could not be collected (`ERROR test_x.py` in
 * the short summary, or `ERROR collecting test_x.py`) hides its tests from every count, so it fails
 * the gate by itself, named by file. Failing names come from the short summary's `FAILED`/`ERROR`
 * lines, their file:line from the failure's own traceback section.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ParserContext, ProcessOutcome, TestCounts } from '../types.js'
import { runsPythonTool } from './python-command.js'
import { TestTally } from './test-tally.js'

const SESSION_START = /^=+ test session starts =+$/
const SECTION = /^=+ (.+?) =+$/
const SUBSECTION = /^_+ (.+?) _+$/
// `test_a.py:10: AssertionError`, `test_a.py:10: in test_bad`, `/abs/helper.py:3: in check`.
const LOCATION = /^([^\s:][^:]*\.py):(\d+): (.*)$/
const SHORT_SUMMARY_ENTRY = /^(FAILED|ERROR) (\S.*?)(?: - (.*))?$/
const SUMMARY_PART = /^(\d+) (passed|failed|skipped|deselected|xfailed|xpassed|warnings?|errors?|rerun)$/
const INTERRUPTED = /^!+ (.+?) !+$/
const INTERNAL_ERROR = /^INTERNALERROR> /
const COLLECTING = /^ERROR collecting (.+)$/
const SETUP_OR_TEARDOWN = /^ERROR at (?:setup|teardown) of (.+)$/
const EXCEPTION_LINE = /^E {3}(\S.*)$/

const MAX_LOCATIONS = 30
const MAX_SECTIONS = 500

interface PytestSummary {
  counts: TestCounts
  /** `N error(s)`: set-up/tear-down errors and modules that could not be collected. */
  errors: number
  /** Nothing ran: "no tests ran", or every test deselected. */
  noTests: boolean
}

/** The closing line, `= 1 failed, 2 passed in 0.1s =` or `no tests ran in 0.01s`, or undefined. */
function readPytestSummary(line: string): PytestSummary | undefined {
  const body = /^(?:=+ )?(.+?) in \d+(?:\.\d+)?s(?: \(\d+:\d{2}:\d{2}\))?(?: =+)?$/.exec(line.trim())?.[1]
  if (body === undefined) return undefined
  const counts = { passed: 0, failed: 0, skipped: 0 }
  let errors = 0
  if (body === 'no tests ran') return { counts, errors, noTests: true }
  for (const part of body.split(', ')) {
    const match = SUMMARY_PART.exec(part)
    if (!match) return undefined
    const value = Number(match[1])
    switch (match[2]) {
      case 'passed':
      case 'xpassed':
        counts.passed += value
        break
      case 'failed':
        counts.failed += value
        break
      case 'skipped':
      case 'xfailed':
        counts.skipped += value
        break
      case 'error':
      case 'errors':
        errors += value
        break
      // deselected, warnings and reruns say nothing about outcomes.
    }
  }
  const executed = counts.passed + counts.failed + counts.skipped + errors
  // Only deselected tests, or none collected: nothing ran.
  return { counts, errors, noTests: executed === 0 }
}

interface Subsection {
  kind: 'failure' | 'error'
  name: string
  locations: Array<{ file: string; line: number }>
  /** The first `E   …` line: what went wrong. */
  exception?: string
}

interface Session {
  started: boolean
  summaries: PytestSummary[]
  /**
   * The closing line that came first after the session's last short test summary: pytest prints
   * its own closing line right after that section, so one printed later came from a plugin.
   */
  anchored?: PytestSummary
  inShortSummary: boolean
}

function createPytestParser(context: ParserContext = { singleRun: false }): OutputParser {
  const tally = new TestTally()
  // Output before any session header (quiet runs print none) is a session of its own.
  const sessions: Session[] = [{ started: false, summaries: [], inShortSummary: false }]
  const subsections = new Map<string, Subsection>()
  const shortEntries: Array<{ kind: 'FAILED' | 'ERROR'; node: string; message?: string }> = []
  const collectionErrors = new Map<string, string | undefined>()
  let section: string | undefined
  let subsection: Subsection | undefined
  let interrupted: string | undefined
  let internalError: string | undefined

  return {
    name: 'pytest',
    onLine(line) {
      if (INTERNAL_ERROR.test(line)) {
        internalError ??= line.slice('INTERNALERROR> '.length).trim() || 'pytest stopped with an internal error'
        return
      }
      if (SESSION_START.test(line)) {
        sessions.push({ started: true, summaries: [], inShortSummary: false })
        section = undefined
        subsection = undefined
        return
      }
      const summary = readPytestSummary(line)
      if (summary) {
        const session = sessions[sessions.length - 1]
        if (session.summaries.length < 1000) session.summaries.push(summary)
        else session.summaries[session.summaries.length - 1] = summary
        if (session.inShortSummary) session.anchored = summary
        session.inShortSummary = false
        section = undefined
        subsection = undefined
        return
      }
      const stop = INTERRUPTED.exec(line)
      if (stop) {
        // `-x`/`--maxfail` stopping and collection errors are pytest finishing as asked; anything else cut the run short.
        if (!/^(?:stopping after \d+ failures?|Interrupted: \d+ errors? during collection)$/.test(stop[1])) interrupted ??= stop[1]
        return
      }
      const heading = SECTION.exec(line)
      if (heading) {
        section = heading[1]
        subsection = undefined
        const session = sessions[sessions.length - 1]
        session.inShortSummary = section === 'short test summary info'
        if (session.inShortSummary) session.anchored = undefined
        return
      }
      if (section === 'FAILURES' || section === 'ERRORS') {
        const sub = SUBSECTION.exec(line)
        if (sub) {
          subsection = section === 'FAILURES' ? { kind: 'failure', name: sub[1], locations: [] } : { kind: 'error', name: sub[1], locations: [] }
          if (subsections.size < MAX_SECTIONS) subsections.set(sub[1], subsection)
          const collecting = COLLECTING.exec(sub[1])
          if (collecting && !collectionErrors.has(collecting[1])) collectionErrors.set(collecting[1], undefined)
          return
        }
        if (!subsection) return
        const location = LOCATION.exec(line)
        if (location && subsection.locations.length < MAX_LOCATIONS) subsection.locations.push({ file: location[1], line: Number(location[2]) })
        const exception = EXCEPTION_LINE.exec(line)
        if (exception && subsection.exception === undefined) {
          subsection.exception = exception[1].slice(0, 200)
          const collecting = COLLECTING.exec(subsection.name)
          if (collecting) collectionErrors.set(collecting[1], subsection.exception)
        }
        return
      }
      if (section === 'short test summary info') {
        const entry = SHORT_SUMMARY_ENTRY.exec(line)
        if (!entry) return
        const [, kind, node, message] = entry
        if (kind === 'ERROR' && !node.includes('::')) {
          // A module, not a test: it could not be collected.
          if (!collectionErrors.has(node)) collectionErrors.set(node, message)
          return
        }
        if (shortEntries.length < 1000) shortEntries.push({ kind: kind as 'FAILED' | 'ERROR', node, ...(message ? { message } : {}) })
      }
    },
    finish(_process: ProcessOutcome): ParsedOutput {
      const chosen = chooseSummaries(sessions, context)
      if (internalError) tally.markIncomplete(`pytest stopped with an internal error: ${internalError}`)
      else if (interrupted) tally.markIncomplete(`pytest was interrupted: ${interrupted}`)
      else if (chosen.unfinished) tally.markIncomplete('a pytest session started but never printed its closing summary (the run was cut short)')
      let errors = 0
      for (const summary of chosen.summaries) {
        tally.addCounts(summary.counts)
        errors += summary.errors
      }
      // An error that is not a module's collection is a test that did not pass.
      tally.add(0, Math.max(0, errors - collectionErrors.size), 0)
      if (chosen.summaries.length > 0 && chosen.summaries.every((summary) => summary.noTests)) tally.addExitCause('pytest: no tests ran')
      for (const [file, reason] of collectionErrors) tally.addBrokenSuite(`${file} could not be collected${reason ? `: ${reason}` : ''}`)
      nameFailures(tally, shortEntries, subsections)
      return tally.toParsed()
    }
  }
}

function chooseSummaries(sessions: Session[], context: ParserContext): { summaries: PytestSummary[]; unfinished: boolean } {
  if (context.singleRun) {
    // One run: its closing line is the last one printed, after every session header.
    let lastWithSummary = sessions.length - 1
    while (lastWithSummary >= 0 && sessions[lastWithSummary].summaries.length === 0) lastWithSummary--
    if (lastWithSummary === -1) return { summaries: [], unfinished: sessions.some((session) => session.started) }
    const session = sessions[lastWithSummary]
    return { summaries: [session.anchored ?? session.summaries.at(-1)!], unfinished: lastWithSummary < sessions.length - 1 }
  }
  const summaries: PytestSummary[] = []
  let unfinished = false
  for (const session of sessions) {
    if (!session.started) summaries.push(...session.summaries)
    else if (session.summaries.length > 0) summaries.push(session.anchored ?? session.summaries.at(-1)!)
    else unfinished = true
  }
  return { summaries, unfinished }
}

/** Failing tests from the short summary, each at the first line of its traceback in its own file; else the failure sections' names. */
function nameFailures(tally: TestTally, entries: Array<{ kind: 'FAILED' | 'ERROR'; node: string; message?: string }>, subsections: Map<string, Subsection>): void {
  if (entries.length === 0) {
    for (const subsection of subsections.values()) {
      if (subsection.kind === 'failure') tally.addFailing(subsection.name)
      else {
        const test = SETUP_OR_TEARDOWN.exec(subsection.name)?.[1]
        if (test) tally.addFailing(test)
      }
    }
    return
  }
  for (const entry of entries) {
    if (!tally.addFailing(entry.node)) continue
    const [file, ...rest] = entry.node.split('::')
    const title = rest.join('.')
    const section = subsections.get(title) ?? subsections.get(`ERROR at setup of ${title}`) ?? subsections.get(`ERROR at teardown of ${title}`)
    const where = section?.locations.find((location) => sameFile(location.file, file)) ?? section?.locations.at(-1)
    const message = entry.message ?? section?.exception
    const finding: Finding = {
      level: 'error',
      message: `${entry.node}: ${message ?? (entry.kind === 'ERROR' ? 'error' : 'failed')}`.slice(0, 300),
      file: where?.file ?? file,
      ...(where ? { line: where.line } : {}),
      code: entry.node
    }
    tally.findings.push(finding)
  }
}

/** Tracebacks may print a path absolute or relative to the rootdir; node ids are relative. */
function sameFile(printed: string, nodeFile: string): boolean {
  return printed === nodeFile || printed.endsWith(`/${nodeFile}`) || nodeFile.endsWith(`/${printed}`)
}

export const pytest: ParserDescriptor<'pytest'> = {
  name: 'pytest',
  detect: (invocation) => runsPythonTool(invocation, ['pytest', 'py.test', 'pytest-3', 'py.test-3']) !== undefined,
  create: createPytestParser
}
