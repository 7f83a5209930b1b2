/** Feeding parsers the way the gate runner does: line by line, control characters removed, one merged stream. */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import type { ParserName } from '../../../src/checklist/types.js'
import { createParser } from '../../../src/gates/parsers/index.js'
import type { ParsedOutput, ParserContext, ProcessOutcome, ReportFile } from '../../../src/gates/types.js'
import { stripControl } from '../../../src/text/sanitize.js'
import { CARGO_TARGET_DIR, FIXTURES } from '../../helpers/run-action.js'

export function outcome(exitCode: number | null, signal: string | null = null): ProcessOutcome {
  return { exitCode, signal, timedOut: false, cancelled: false, durationMs: 1, output: { head: '', tail: '', totalBytes: 0, totalLines: 0, truncated: false } }
}

export interface ParseOptions {
  /** The command was one plain run of the tool (see ParserContext). */
  singleRun?: boolean
  /** The report file the adjusted command wrote: its text, or why there is none. */
  report?: Omit<ReportFile, 'path'>
  /** go.mod's module path where the command ran (go test). */
  goModule?: string
}

export function parseText(parser: ParserName, text: string, exitCode: number | null = 0, options: ParseOptions = {}): ParsedOutput {
  const context: ParserContext = { singleRun: options.singleRun ?? false, ...(options.goModule ? { goModule: options.goModule } : {}) }
  const instance = createParser(parser, context)
  for (const line of text.split('\n')) instance.onLine(stripControl(line.replace(/\r$/, '')))
  return instance.finish(outcome(exitCode), options.report ? { report: { path: '/gate/report', ...options.report } } : undefined)
}

const OUTPUTS = path.join(FIXTURES, 'outputs')
const exitCodes = JSON.parse(readFileSync(path.join(OUTPUTS, 'exit-codes.json'), 'utf8')) as Record<string, { exitCode: number | null }>

export function captured(name: string): string {
  return readFileSync(path.join(OUTPUTS, name), 'utf8')
}

/** A captured output parsed with the exit code the real tool returned when it was captured. */
export function parseCaptured(parser: ParserName, name: string, exitCode?: number): ParsedOutput {
  const recorded = exitCodes[name]?.exitCode
  const code = exitCode ?? recorded
  if (code === undefined) throw new Error(`no exit code for ${name}: pass one or re-run capture.mjs`)
  return parseText(parser, captured(name), code)
}

export interface LiveRun {
  parsed: ParsedOutput
  exitCode: number | null
  lines: number
}

/**
 * Runs a command in a fixture project and streams its merged output into a parser, as the gate
 * runner does, so the parsers are proven on what the installed cargo, clippy, rustfmt and node print.
 */
export function runLive(parser: ParserName, fixture: string, command: string): Promise<LiveRun> {
  const instance = createParser(parser)
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', `${command} 2>&1`], {
      cwd: path.join(FIXTURES, fixture),
      env: { ...process.env, CI: 'true', CARGO_TARGET_DIR, NO_COLOR: '1', CARGO_TERM_COLOR: 'never' },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const decoder = new StringDecoder('utf8')
    let pending = ''
    let lines = 0
    const feed = (text: string, final: boolean) => {
      const parts = (pending + text).split('\n')
      pending = final ? '' : (parts.pop() ?? '')
      if (final && parts.at(-1) === '') parts.pop()
      for (const line of parts) {
        lines++
        instance.onLine(stripControl(line.replace(/\r$/, '')))
      }
    }
    child.stdout.on('data', (chunk: Buffer) => feed(decoder.write(chunk), false))
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      feed(decoder.end(), true)
      resolve({ parsed: instance.finish(outcome(exitCode, signal)), exitCode, lines })
    })
  })
}
