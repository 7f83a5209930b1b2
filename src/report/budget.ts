/**
 * Fitting a report into a surface's limit: comment 65,536 chars, check-run text 65,535 chars, job
 * summary 1 MiB in bytes. The report is a list of blocks with priorities; when it is too big the
 * least important go first, shortened entry by entry, always at a line boundary, with open code
 * fences and <details> closed, and the reader is told what was left out.
 */
import { sliceSafe } from '../text/sanitize.js'
import { formatNumber } from '../text/format.js'

export type SizeUnit = 'chars' | 'bytes'

export const COMMENT_MAX_CHARS = 65_536
export const CHECK_RUN_TEXT_MAX_CHARS = 65_535

/** One unit of a block: a table row, one gate's details, one sign-off. */
export interface Entry {
  lines: string[]
  /** A smaller rendering used when the full one does not fit (a gate's details as one list line). */
  short?: string[]
  /** What the entry is called in the note about what was cut: "passing items", "failing gates". */
  noun: string
}

export interface Block {
  /** 1 is the most important. Blocks are kept in document order whatever their priority. */
  priority: number
  /** Shown whenever any entry is (a heading, a table header). */
  head?: string[]
  entries: Entry[]
  /** Shown after the entries when the block is kept. */
  tail?: string[]
  /** A table or a list: a line right after its last row would join it, so a cut note needs a blank line before it. */
  blankBeforeNote?: boolean
  /** This many leading entries get their full form before any later entry gets a short one (the first failures). */
  keepFull?: number
}

export function measure(text: string, unit: SizeUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length
}

/** What was cut, per noun, so the closing note can say "1,940 passing items". */
export type Omissions = Map<string, number>

interface FitOptions {
  limit: number
  unit: SizeUnit
  /** The closing note, given what was left out; only added when something was. */
  omissionNote: (omitted: Omissions, shortened: Omissions) => string[]
}

/**
 * Joins the blocks (a blank line between them), keeping within `limit`. The most important blocks
 * are placed first; each keeps its head and as many entries as fit, full where room allows and
 * short otherwise, in order, so the first failures are the ones shown in full.
 */
export function fitBlocks(blocks: Block[], options: FitOptions): string {
  const { limit, unit } = options
  const size = (lines: string[]) => lines.reduce((total, line) => total + measure(line, unit) + 1, 0)
  const whole = blocks.map((block) =>
    blockLines(
      block,
      block.entries.map((entry) => entry.lines)
    )
  )
  const wholeText = joinBlocks(whole)
  if (measure(wholeText, unit) <= limit) return wholeText

  const omitted: Omissions = new Map()
  const shortened: Omissions = new Map()
  const count = (map: Omissions, noun: string, by = 1) => map.set(noun, (map.get(noun) ?? 0) + by)
  for (const block of blocks) for (const entry of block.entries) count(omitted, entry.noun)
  // The note's size is known only at the end; keep back room for a generous one.
  const sampleNote = options.omissionNote(new Map([...omitted.keys()].map((noun) => [noun, 9_999_999])), new Map([...omitted.keys()].map((noun) => [noun, 9_999_999])))
  let room = limit - size(sampleNote) - 2
  omitted.clear()

  const kept: Array<string[] | undefined> = blocks.map(() => undefined)
  const order = blocks.map((block, index) => ({ block, index })).sort((a, b) => a.block.priority - b.block.priority || a.index - b.index)
  for (const { block, index } of order) {
    const fullSize = size(whole[index]) + 1
    if (fullSize <= room) {
      kept[index] = whole[index]
      room -= fullSize
      continue
    }
    const fitted = fitEntries(block, room - 1, size)
    for (const [noun, number] of fitted.omitted) count(omitted, noun, number)
    for (const [noun, number] of fitted.shortened) count(shortened, noun, number)
    if (fitted.lines) {
      kept[index] = fitted.lines
      room -= size(fitted.lines) + 1
    }
  }
  let text = joinBlocks(kept.filter((lines): lines is string[] => lines !== undefined))
  if (omitted.size > 0 || shortened.size > 0) text += `\n${options.omissionNote(omitted, shortened).join('\n')}\n`
  // Only a headline bigger than the whole limit gets here; cut it rather than break the surface.
  return measure(text, unit) <= limit ? text : truncateMarkdown(text, limit, unit)
}

function blockLines(block: Block, entries: string[][]): string[] {
  const lines = [...(block.head ?? []), ...entries.flat(), ...(block.tail ?? [])]
  // Blocks are joined with one blank line; a block's own trailing blanks would only double it.
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

function joinBlocks(blocks: string[][]): string {
  return blocks.map((lines) => `${lines.join('\n')}\n`).join('\n')
}

interface Fitted {
  lines?: string[]
  omitted: Omissions
  shortened: Omissions
}

/**
 * Chooses how many entries to show (each at least in its short form), then upgrades them to the
 * full form in order while room remains. Entries left out are counted by noun.
 */
function fitEntries(block: Block, room: number, size: (lines: string[]) => number): Fitted {
  const omitted: Omissions = new Map()
  const shortened: Omissions = new Map()
  const count = (map: Omissions, noun: string) => map.set(noun, (map.get(noun) ?? 0) + 1)
  const cutNote = (left: number) => [...(block.blankBeforeNote ? [''] : []), `_… ${formatNumber(left)} more not shown_`]
  const fixed = size([...(block.head ?? []), ...(block.tail ?? [])]) + size(cutNote(block.entries.length))
  const shortSizes = block.entries.map((entry) => size(entry.short ?? entry.lines))
  const fullSizes = block.entries.map((entry) => size(entry.lines))

  let used = fixed
  let shown = 0
  const chosen: string[][] = []
  // The first entries in full while they fit, then every later one at least short, then upgrades in order.
  while (shown < Math.min(block.keepFull ?? 0, block.entries.length) && used + fullSizes[shown] <= room) {
    used += fullSizes[shown]
    chosen.push(block.entries[shown++].lines)
  }
  const firstShort = shown
  while (shown < block.entries.length && used + shortSizes[shown] <= room) used += shortSizes[shown++]
  let upgrading = true
  for (let index = firstShort; index < shown; index++) {
    const entry = block.entries[index]
    const extra = fullSizes[index] - shortSizes[index]
    if (upgrading && used + extra <= room) {
      used += extra
      chosen.push(entry.lines)
    } else {
      // Once one entry is short, the rest are too: the full ones stay the first ones.
      upgrading = false
      chosen.push(entry.short ?? entry.lines)
      if (entry.short) count(shortened, entry.noun)
    }
  }
  for (const entry of block.entries.slice(shown)) count(omitted, entry.noun)
  if (shown === 0) return { omitted, shortened }
  const left = block.entries.length - shown
  const lines = blockLines(block, chosen)
  if (left > 0) {
    const tailLength = block.tail?.length ?? 0
    lines.splice(lines.length - tailLength, 0, ...cutNote(left))
  }
  return { lines, omitted, shortened }
}

/**
 * Last resort for text that must be cut anywhere: keeps whole lines up to `limit` (a single line
 * longer than the limit is cut without splitting a surrogate pair), then closes any open code
 * fence and <details> so the rest of the page still renders.
 */
export function truncateMarkdown(text: string, limit: number, unit: SizeUnit): string {
  if (measure(text, unit) <= limit) return text
  const marker = '_… cut to fit_'
  const ending = (state: OpenBlocks) => measure(`${state.closers().join('\n')}\n${marker}\n`, unit)
  const kept: string[] = []
  let state = new OpenBlocks()
  let used = 0
  for (const line of text.split('\n')) {
    const next = state.after(line)
    const lineSize = measure(line, unit) + 1
    if (used + lineSize + ending(next) > limit) {
      // Lines are cut only when the very first one alone is over the limit.
      const partial = kept.length === 0 ? sliceToSize(line, limit - used - ending(next) - 1, unit) : ''
      if (partial.length > 0) {
        kept.push(partial)
        state = state.after(partial)
      }
      break
    }
    kept.push(line)
    used += lineSize
    state = next
  }
  const result = [...kept, ...state.closers(), marker].join('\n') + '\n'
  // Closers are tiny, but a limit smaller than them can only be met by cutting them too.
  return measure(result, unit) <= limit ? result : sliceToSize(result, limit, unit)
}

/** Which code fence and how many <details> are open after some lines; immutable, so trying a line is cheap. */
class OpenBlocks {
  constructor(
    readonly fence: string | undefined = undefined,
    readonly details = 0
  ) {}

  after(line: string): OpenBlocks {
    if (this.fence !== undefined) return isFenceClose(line, this.fence) ? new OpenBlocks(undefined, this.details) : this
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (open) return new OpenBlocks(open[1], this.details)
    const change = countOf(line, '<details') - countOf(line, '</details>')
    return change === 0 ? this : new OpenBlocks(undefined, Math.max(0, this.details + change))
  }

  closers(): string[] {
    const closers: string[] = []
    if (this.fence !== undefined) closers.push(this.fence)
    for (let index = 0; index < this.details; index++) closers.push('', '</details>')
    return closers
  }
}

/** What must follow `lines` to close an open code fence and every open <details>. */
export function closersFor(lines: string[]): string[] {
  let state = new OpenBlocks()
  for (const line of lines) state = state.after(line)
  return state.closers()
}

function isFenceClose(line: string, fence: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length < fence.length) return false
  for (let index = 0; index < trimmed.length; index++) if (trimmed[index] !== fence[0]) return false
  return true
}

function countOf(line: string, needle: string): number {
  let count = 0
  let at = line.indexOf(needle)
  while (at !== -1) {
    count++
    at = line.indexOf(needle, at + needle.length)
  }
  return count
}

/** The longest prefix of `text` within `max` units, never ending inside a surrogate pair. */
function sliceToSize(text: string, max: number, unit: SizeUnit): string {
  if (measure(text, unit) <= max) return text
  if (unit === 'chars') return sliceSafe(text, max)
  // Bytes: at most 3 bytes per UTF-16 unit, so a binary search over the char length is short.
  let low = 0
  let high = Math.min(text.length, max)
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (Buffer.byteLength(sliceSafe(text, middle), 'utf8') <= max) low = middle
    else high = middle - 1
  }
  return sliceSafe(text, low)
}
