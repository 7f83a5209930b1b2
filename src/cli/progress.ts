/**
 * Progress on stderr while gates run, so stdout carries the report alone and every result is
 * printed once, in it. On a terminal: one line redrawn in place (what runs, for how long) and erased
 * before the report. Elsewhere (CI logs, pipes): one plain line per finished gate. Neither says
 * whether a gate passed: that is the report's job.
 */
import type { ChecklistItem } from '../checklist/types.js'
import type { GateResult } from '../gates/types.js'
import { formatDuration, plural } from '../text/format.js'
import type { OutputStream, ProgressMode } from './terminal-capabilities.js'

export interface Progress {
  started(item: ChecklistItem): void
  finished(result: GateResult): void
  /** Erases the live line and stops redrawing; call before anything else is printed. Idempotent. */
  stop(): void
}

interface ProgressOptions {
  mode: ProgressMode
  color: boolean
  /** The command gates of the run; evidence files and sign-offs are instant and not worth a line. */
  gates: readonly ChecklistItem[]
  now?: () => number
  /** How often the live line is redrawn to move the clock and the spinner. */
  redrawMs?: number
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
/** Carriage return, then erase the whole line: the live line is always redrawn from column 0. */
const ERASE_LINE = '\r\x1b[2K'
const DEFAULT_COLUMNS = 80
const DEFAULT_REDRAW_MS = 125

export function createProgress(stream: OutputStream, options: ProgressOptions): Progress {
  const gateIds = new Set(options.gates.map((item) => item.id))
  const total = gateIds.size
  if (options.mode === 'off' || total === 0) return { started: () => {}, finished: () => {}, stop: () => {} }
  const now = options.now ?? Date.now
  const runStarted = now()
  const running = new Map<string, number>()
  let done = 0

  if (options.mode === 'lines') {
    return {
      started: (item) => {
        if (gateIds.has(item.id)) running.set(item.id, now())
      },
      finished: (result) => {
        if (!gateIds.has(result.id)) return
        done++
        const started = running.get(result.id)
        running.delete(result.id)
        const took = started === undefined ? 'not started' : formatDuration(now() - started)
        stream.write(`go-no-go: [${done}/${total}] ${result.id} (${took})\n`)
      },
      stop: () => {}
    }
  }

  let frame = 0
  let drawn = false
  let stopped = false
  const draw = () => {
    if (stopped) return
    const width = Math.max(20, (stream.columns || DEFAULT_COLUMNS) - 1)
    const spinner = SPINNER[frame++ % SPINNER.length]
    const head = `${spinner} ${done}/${plural(total, 'gate')} done`
    const clock = formatDuration(now() - runStarted)
    const names = [...running].map(([id, started]) => `${id} ${formatDuration(now() - started)}`)
    const line = fitLine(head, names, clock, width)
    // The line starts with the spinner; only it is painted, so colour never changes the width.
    stream.write(`${ERASE_LINE}${options.color ? `\x1b[36m${spinner}\x1b[39m${line.slice(spinner.length)}` : line}`)
    drawn = true
  }
  const timer = setInterval(draw, options.redrawMs ?? DEFAULT_REDRAW_MS)
  // The redraw must never keep the process alive on its own.
  timer.unref()
  return {
    started: (item) => {
      if (!gateIds.has(item.id)) return
      running.set(item.id, now())
      draw()
    },
    finished: (result) => {
      if (!gateIds.has(result.id)) return
      done++
      running.delete(result.id)
      draw()
    },
    stop: () => {
      if (stopped) return
      stopped = true
      clearInterval(timer)
      if (drawn) stream.write(ERASE_LINE)
    }
  }
}

/**
 * One line that never wraps (a wrapped line cannot be erased in place): as many running gates as
 * fit, then "+N more"; on a narrow terminal just the counts.
 */
export function fitLine(head: string, running: readonly string[], clock: string, width: number): string {
  const tail = ` · ${clock} elapsed`
  const candidates: string[] = []
  for (let shown = running.length; shown > 0; shown--) {
    const more = shown < running.length ? `, +${running.length - shown} more` : ''
    candidates.push(`${head} · running ${running.slice(0, shown).join(', ')}${more}${tail}`)
  }
  if (running.length > 0) candidates.push(`${head} · ${running.length} running${tail}`, `${head} · ${running.length} running`)
  else candidates.push(`${head}${tail}`)
  return candidates.find((line) => [...line].length <= width) ?? clip(candidates.at(-1) ?? head, width)
}
function clip(text: string, width: number): string {
  const chars = [...text]
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`
}
