/**
 * Fitting a report into a surface's limit (comment 65,536 chars, check run 65,535, job summary
 * 1 MiB in bytes). Blocks go in by priority; what does not fit is left out whole or cut at a line
 * boundary, and the reader is told what was left out.
 */

export type SizeUnit = 'chars' | 'bytes'

export interface Block {
  /** Lower goes in first. */
  priority: number
  lines: string[]
  /** Whether the block may be cut after any line (plain lists and tables; never fences or <details>). */
  cuttable: boolean
  /** What to call its lines when some are cut ("rows", "items"). */
  noun?: string
}

export function measure(text: string, unit: SizeUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length
}

/**
 * Joins the blocks in document order, keeping the most important that fit within `limit`.
 * `omissionNote` words the closing line about what was left out.
 */
export function fitBlocks(blocks: Block[], limit: number, unit: SizeUnit, omissionNote: (omitted: number) => string): string {
  const all = blocks.map((block) => `${block.lines.join('\n')}\n`)
  const whole = all.join('\n')
  if (measure(whole, unit) <= limit) return whole

  // Room for the closing note is kept back from the start.
  const reserve = measure(`\n${omissionNote(999_999)}\n`, unit) + 64
  let room = limit - reserve
  const kept: Array<string | undefined> = blocks.map(() => undefined)
  let omittedLines = 0
  const order = blocks.map((block, index) => ({ block, index })).sort((a, b) => a.block.priority - b.block.priority || a.index - b.index)
  for (const { block, index } of order) {
    const text = all[index]
    const size = measure(text, unit) + 1
    if (size <= room) {
      kept[index] = text
      room -= size
      continue
    }
    if (block.cuttable && room > 0) {
      const cut = cutLines(block.lines, room, unit, block.noun ?? 'lines')
      if (cut) {
        kept[index] = cut.text
        room -= measure(cut.text, unit) + 1
        omittedLines += cut.omitted
        continue
      }
    }
    omittedLines += block.lines.length
  }
  const body = kept.filter((text): text is string => text !== undefined).join('\n')
  return `${body}\n${omissionNote(omittedLines)}\n`
}

function cutLines(lines: string[], room: number, unit: SizeUnit, noun: string): { text: string; omitted: number } | undefined {
  let used = 0
  let count = 0
  const noteFor = (omitted: number) => `\n_… ${omitted.toLocaleString('en-US')} more ${noun} not shown_\n`
  const noteSize = measure(noteFor(lines.length), unit)
  for (const line of lines) {
    const size = measure(line, unit) + 1
    if (used + size + noteSize > room) break
    used += size
    count++
  }
  if (count === 0) return undefined
  const omitted = lines.length - count
  return { text: `${lines.slice(0, count).join('\n')}\n${omitted > 0 ? noteFor(omitted) : ''}`, omitted }
}
