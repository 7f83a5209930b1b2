/**
 * What each gate took in an earlier run, from its JSON report (src/report/json.ts: `items[]` with
 * `id`, `kind`, `command`, `durationMs`) or from the CLI's own durations file, which has the same
 * shape. The file may come from anywhere (a cache a pull request could have written), and it can
 * only change the order gates start in: so anything that is not plainly a report is refused as a
 * whole, with the reason, and the run goes on with the usual order.
 */
import type { EarlierDurations, EarlierDuration } from './start-order.js'
import { formatNumber } from '../text/format.js'

/** A checklist of this many gates is far past real use (real ones have 3–60); more is not a report to trust. */
export const MAX_EARLIER_ITEMS = 10_000

/** Longer than any item id or command a checklist can hold; longer ones are not ours. */
const MAX_ID_CHARS = 1_000
const MAX_COMMAND_CHARS = 100_000

type Parsed = { durations: EarlierDurations } | { problem: string }

/**
 * Bounds on the JSON text itself, checked before it is parsed: what a parse costs grows with the
 * number of values and the nesting, not the bytes (32 MiB of `[[[[…` takes seconds and over 1 GB).
 * A real report is 6 levels deep and has about 40 values an item.
 */
export const MAX_JSON_DEPTH = 64
export const MAX_JSON_VALUES = 300_000

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c

/**
 * Why the JSON text is too costly to parse, or undefined. One pass over the bytes, outside strings:
 * every `[` and `{` opens a level and a value, every `,` starts another value.
 */
export function jsonCostProblem(bytes: Uint8Array): string | undefined {
  let depth = 0
  let values = 0
  let inString = false
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]
    if (inString) {
      if (byte === BACKSLASH) index++
      else if (byte === QUOTE) inString = false
      continue
    }
    if (byte === QUOTE) inString = true
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      values++
      if (++depth > MAX_JSON_DEPTH) return `it is nested more than ${MAX_JSON_DEPTH} levels deep`
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--
    else if (byte === COMMA) values++
    if (values > MAX_JSON_VALUES) return `it holds more than ${formatNumber(MAX_JSON_VALUES)} values`
  }
  return undefined
}

/**
 * The durations of every command item that ran (a timeout counts: it says the gate is long);
 * items that were cancelled or never started are left out, their time says nothing.
 */
export function earlierDurationsFromReport(json: unknown): Parsed {
  if (!isObject(json) || !Array.isArray(json.items)) return { problem: 'it is not a go-no-go JSON report (no `items` list)' }
  if (json.items.length > MAX_EARLIER_ITEMS) return { problem: `it lists ${formatNumber(json.items.length)} items, more than ${formatNumber(MAX_EARLIER_ITEMS)}` }
  const durations = new Map<string, EarlierDuration>()
  const seen = new Set<string>()
  for (const [index, item] of json.items.entries()) {
    const where = `item ${index + 1}`
    if (!isObject(item) || typeof item.id !== 'string' || item.id === '' || item.id.length > MAX_ID_CHARS) return { problem: `${where} has no usable \`id\`` }
    if (seen.has(item.id)) return { problem: `${where} repeats an id` }
    seen.add(item.id)
    if (typeof item.durationMs !== 'number' || !Number.isFinite(item.durationMs) || item.durationMs < 0) return { problem: `${where} has no usable \`durationMs\`` }
    if (item.kind !== 'command') continue
    if (typeof item.command !== 'string' || item.command.length > MAX_COMMAND_CHARS) return { problem: `${where} has no usable \`command\`` }
    // Cancelled, or never started (a need failed, a step after GO): the time says nothing.
    if (item.status === 'cancelled' || (item.exitCode === null && item.signal === null && item.timedOut !== true)) continue
    durations.set(item.id, { command: item.command, durationMs: item.durationMs })
  }
  return { durations }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
