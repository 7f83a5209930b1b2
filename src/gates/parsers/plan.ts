/**
 * How a gate's output will be read, decided before it runs: which parser, whether the command is
 * one plain run of its tool, and whether that tool can also write a report to a file go-no-go owns.
 * The gate runner calls `planParsing` once, runs `plan.command`, feeds every line to
 * `plan.parser`, and asks `plan.finish` for the result; file access goes through `ReportFiles`.
 */
import { lstat, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ParserName } from '../../checklist/types.js'
import type { OutputParser, ParsedOutput, ParserArtifacts, ParserContext, ProcessOutcome, ReportFile } from '../types.js'
import { createParser, detectParser, PARSERS, soleRunOf } from './index.js'
import type { JunitRequest } from './junit-files.js'
import { TestTally } from './test-tally.js'

/** A report larger than this is not read; the parser falls back to what the tool printed. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
const REPORT_FILE = 'go-no-go-report'

export interface ReportFiles {
  write(file: string, text: string): Promise<void>
  remove(file: string): Promise<void>
  /** The file's text, or why there is none. */
  read(file: string, maxBytes: number): Promise<ReportFile>
}

/** Where the command runs, for what the plan reads from the project (`junit:` reports, go.mod). */
interface PlanPlace {
  cwd: string
  workspace: string
  /** The item's `junit:` glob, when it has one. */
  junit?: string
}

interface ParsingPlan {
  parser: OutputParser
  /** The command is one plain run of `parser`'s tool: its output holds exactly one run. */
  singleRun: boolean
  /** The command to run: the item's `run`, or it plus the report flags. */
  command: string
  /** Where the tool was asked to write its report, when it was. */
  reportPath?: string
  /** What the tool wrote besides its output (its report), read once it has finished; undefined when it was not asked to. */
  artifacts(): Promise<ParserArtifacts | undefined>
  finish(outcome: ProcessOutcome): Promise<ParsedOutput>
  /** What every parser of this gate is created with (go test's module path, when go.mod says it). */
  context: Omit<ParserContext, 'singleRun'>
  /**
   * The item names JUnit reports: given what was read from the printed output, the result the
   * reports give instead (undefined when the item has no `junit:`).
   */
  junit?: (printed: ParsedOutput) => Promise<ParsedOutput>
}

/**
 * @param run the item's `run`, exactly as the checklist says it
 * @param chosen the item's `parser:`, when it names one
 * @param dir the gate's own scratch directory (the report and helper files go there)
 * @param place where the command runs; without it, no `junit:` reports and no go.mod are read
 */
export async function planParsing(run: string, chosen: ParserName | undefined, dir: string, files: ReportFiles = localFiles, place?: PlanPlace): Promise<ParsingPlan> {
  const name = chosen ?? detectParser(run)
  const sole = soleRunOf(run, name)
  const singleRun = sole !== undefined
  const goModule = place && (name === 'go-test' || /\bgo\s+test\b/.test(run)) ? await readGoModule(place.cwd) : undefined
  const context = goModule ? { goModule } : {}
  const parser = createParser(name, { singleRun, ...context })
  const junit = place?.junit ? await junitReader({ pattern: place.junit, cwd: place.cwd, workspace: place.workspace }) : undefined
  const common = { parser, singleRun, context, ...(junit ? { junit } : {}) }
  const reportPath = path.join(dir, `${REPORT_FILE}-${name}`)
  const adjustment = sole ? PARSERS[name].adjustCommand?.(sole, { reportPath, dir }) : undefined
  if (!adjustment) return { ...common, command: run, artifacts: async () => undefined, finish: async (outcome) => parser.finish(outcome) }
  for (const [file, text] of Object.entries(adjustment.supportFiles ?? {})) await files.write(file, text)
  // Only what this run writes may be read as its report.
  await files.remove(reportPath)
  const artifacts = async (): Promise<ParserArtifacts> => ({ report: await files.read(reportPath, MAX_REPORT_BYTES) })
  return {
    ...common,
    command: adjustment.words.join(' '),
    reportPath,
    artifacts,
    finish: async (outcome) => parser.finish(outcome, await artifacts())
  }
}

type JunitFiles = typeof import('./junit-files.js')
let junitFiles: JunitFiles | undefined

/**
 * Loads the JUnit reader (with its XML parser and glob matcher, a sixth of the bundle): the action
 * and the CLI carry it as a chunk of its own, which a run loads only when an item has `junit:`, and
 * before its first gate, since a gate could rewrite the files on disk (the engine sees to both).
 */
export async function loadJunitSupport(): Promise<void> {
  junitFiles ??= await import('./junit-files.js')
}

/**
 * The item names JUnit reports: they, not the printed output, give the counts, names and
 * locations. The printed output still decides when it shows the code does not even compile.
 * Called before the command starts, so every report of this run is newer than the snapshot.
 */
async function junitReader(request: JunitRequest): Promise<(printed: ParsedOutput) => Promise<ParsedOutput>> {
  // Loading it now could read a chunk a gate has rewritten: the gate errs instead.
  if (!junitFiles) throw new Error('the JUnit reader was not loaded before the gates started')
  const { collectJunit, snapshotJunit } = junitFiles
  const snapshot = await snapshotJunit(request)
  const startedAtMs = Date.now()
  return async (printed) => {
    if ('problem' in printed && printed.problem?.status === 'fail') return printed
    const tally = new TestTally()
    const collected = await collectJunit(request, snapshot, startedAtMs, tally)
    if (collected.problem) {
      return { kind: 'tests', counts: null, failingTests: [], findings: printed.findings, problem: { status: 'error', message: `JUnit report: ${collected.problem}` } }
    }
    if (printed.kind === 'tests' && printed.exitCause) tally.addExitCause(printed.exitCause)
    if (collected.stale.length > 0) {
      tally.findings.push({ level: 'notice', message: `ignored ${collected.stale.length} JUnit file(s) left from an earlier run: ${collected.stale.slice(0, 3).join(', ')}` })
    }
    return tally.toParsed()
  }
}

/** The `module` line of go.mod where go runs, if there is a small regular go.mod there. */
async function readGoModule(cwd: string): Promise<string | undefined> {
  const file = path.join(cwd, 'go.mod')
  const info = await lstat(file).catch(() => undefined)
  if (!info?.isFile() || info.size > 256 * 1024) return undefined
  const text = await readFile(file, 'utf8').catch(() => '')
  return /^module\s+"?([^\s"]+)"?\s*$/m.exec(text)?.[1]
}

export const localFiles: ReportFiles = {
  write: (file, text) => writeFile(file, text, { mode: 0o600 }),
  remove: (file) => rm(file, { force: true }),
  async read(file, maxBytes) {
    const info = await stat(file).catch(() => undefined)
    if (!info) return { path: file, problem: 'no report file was written' }
    if (!info.isFile()) return { path: file, problem: 'the report is not a regular file' }
    if (info.size === 0) return { path: file, problem: 'the report file is empty' }
    if (info.size > maxBytes) return { path: file, problem: `the report is larger than ${maxBytes} bytes`, tooLarge: true }
    const text = await readFile(file, 'utf8').catch(() => undefined)
    return text === undefined ? { path: file, problem: 'the report could not be read' } : { path: file, text }
  }
}
