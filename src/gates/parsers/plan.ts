/**
 * How a gate's output will be read, decided before it runs: which parser, whether the command is
 * one plain run of its tool, and whether that tool can also write a report to a file go-no-go owns.
 * The gate runner calls `planParsing` once, runs `plan.command`, feeds every line to
 * `plan.parser`, and asks `plan.finish` for the result; file access goes through `ReportFiles`.
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ParserName } from '../../checklist/types.js'
import type { OutputParser, ParsedOutput, ParserArtifacts, ProcessOutcome, ReportFile } from '../types.js'
import { createParser, detectParser, PARSERS, soleRunOf } from './index.js'

/** A report larger than this is not read; the parser falls back to what the tool printed. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
const REPORT_FILE = 'go-no-go-report'

export interface ReportFiles {
  write(file: string, text: string): Promise<void>
  remove(file: string): Promise<void>
  /** The file's text, or why there is none. */
  read(file: string, maxBytes: number): Promise<ReportFile>
}

export interface ParsingPlan {
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
}

/**
 * @param run the item's `run`, exactly as the checklist says it
 * @param chosen the item's `parser:`, when it names one
 * @param dir the gate's own scratch directory (the report and helper files go there)
 */
export async function planParsing(run: string, chosen: ParserName | undefined, dir: string, files: ReportFiles = localFiles): Promise<ParsingPlan> {
  const name = chosen ?? detectParser(run)
  const sole = soleRunOf(run, name)
  const parser = createParser(name, { singleRun: sole !== undefined })
  const reportPath = path.join(dir, `${REPORT_FILE}-${name}`)
  const adjustment = sole ? PARSERS[name].adjustCommand?.(sole, { reportPath, dir }) : undefined
  const singleRun = sole !== undefined
  if (!adjustment) return { parser, singleRun, command: run, artifacts: async () => undefined, finish: async (outcome) => parser.finish(outcome) }
  for (const [file, text] of Object.entries(adjustment.supportFiles ?? {})) await files.write(file, text)
  // Only what this run writes may be read as its report.
  await files.remove(reportPath)
  const artifacts = async (): Promise<ParserArtifacts> => ({ report: await files.read(reportPath, MAX_REPORT_BYTES) })
  return {
    parser,
    singleRun,
    command: adjustment.words.join(' '),
    reportPath,
    artifacts,
    finish: async (outcome) => parser.finish(outcome, await artifacts())
  }
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
