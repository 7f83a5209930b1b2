/** Fitting a report into a surface's limit: what goes first, where it is cut, and that the Markdown stays whole. */
import { closersFor, fitBlocks, measure, truncateMarkdown, type Block } from '../../src/report/budget.js'
import { structure } from './build.js'

const note = (omitted: Map<string, number>, shortened: Map<string, number>) => [
  `cut: ${[...omitted].map(([noun, n]) => `${n} ${noun}`).join(', ')} | short: ${[...shortened].map(([noun, n]) => `${n} ${noun}`).join(', ')}`
]
const rows = (count: number, noun = 'rows') => Array.from({ length: count }, (_, index) => ({ noun, lines: [`| row ${index} |`] }))

describe('fitBlocks', () => {
  const blocks: Block[] = [
    { priority: 1, head: ['## Verdict'], entries: [] },
    { priority: 4, head: ['| table |', '|---|'], entries: rows(100, 'passing items'), blankBeforeNote: true },
    {
      priority: 2,
      head: ['### Failures'],
      entries: Array.from({ length: 5 }, (_, index) => ({
        noun: 'failing gates',
        lines: [`<details><summary>gate ${index}</summary>`, '', '```', 'x'.repeat(200), '```', '', '</details>'],
        short: [`- gate ${index}`]
      }))
    }
  ]

  it('returns everything unchanged when it fits', () => {
    const text = fitBlocks(blocks, { limit: 1_000_000, unit: 'chars', omissionNote: note })
    expect(text).not.toContain('cut:')
    expect(text.match(/\| row/g)).toHaveLength(100)
  })

  it('gives up the lowest priority first, keeps document order, and says what was cut', () => {
    const text = fitBlocks(blocks, { limit: 1_800, unit: 'chars', omissionNote: note })
    expect(text.length).toBeLessThanOrEqual(1_800)
    expect(text.indexOf('## Verdict')).toBeLessThan(text.indexOf('### Failures'))
    // All failing gates in full (priority 2) before any table row (priority 4).
    expect(text.match(/<details>/g)).toHaveLength(5)
    const shownRows = (text.match(/\| row/g) ?? []).length
    expect(shownRows).toBeLessThan(100)
    expect(text).toContain(`_… ${100 - shownRows} more not shown_`)
    expect(text).toContain(`cut: ${100 - shownRows} passing items`)
    // A line after a table would join it: the cut note is after a blank line.
    expect(text).toMatch(/\|\n\n_… \d+ more not shown_/)
  })

  it('shortens entries to their one-line form, first ones full, before leaving any out', () => {
    const text = fitBlocks(blocks, { limit: 700, unit: 'chars', omissionNote: note })
    expect(text.length).toBeLessThanOrEqual(700)
    expect(text).toContain('<summary>gate 0</summary>')
    expect(text).toContain('- gate 4')
    expect(text).not.toContain('<summary>gate 4</summary>')
    expect(text).toMatch(/short: \d failing gates/)
    expect(structure(text)).toEqual({ fencesClosed: true, detailsOpen: structure(text).detailsClose, detailsClose: structure(text).detailsClose })
  })

  it('counts bytes, not characters, in bytes mode', () => {
    const wide: Block[] = [{ priority: 1, head: ['# ✓'], entries: Array.from({ length: 1_000 }, (_, index) => ({ noun: 'rows', lines: [`- ${'ü'.repeat(40)} ${index}`] })) }]
    const text = fitBlocks(wide, { limit: 10_000, unit: 'bytes', omissionNote: note })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(10_000)
    expect(text.length).toBeLessThan(10_000 / 1.5)
    expect(text).toMatch(/cut: \d+ rows/)
  })
})

describe('truncateMarkdown (last resort)', () => {
  it('cuts at a line boundary and closes an open code fence and <details>', () => {
    const text = ['<details><summary>x</summary>', '', '````text', ...Array.from({ length: 100 }, (_, index) => `line ${index}`), '````', '', '</details>'].join('\n')
    const cut = truncateMarkdown(text, 300, 'chars')
    expect(cut.length).toBeLessThanOrEqual(300)
    const lines = cut.split('\n')
    expect(lines.filter((line) => line.startsWith('line ')).every((line) => /^line \d+$/.test(line))).toBe(true)
    expect(structure(cut)).toEqual({ fencesClosed: true, detailsOpen: 1, detailsClose: 1 })
    expect(cut).toContain('cut to fit')
  })

  it('never splits a surrogate pair, even inside one over-long line', () => {
    const text = '😀'.repeat(1_000)
    for (const limit of [101, 102, 103, 500]) {
      const cut = truncateMarkdown(text, limit, 'chars')
      expect(cut.length).toBeLessThanOrEqual(limit)
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    }
    const bytes = truncateMarkdown(text, 1_001, 'bytes')
    expect(Buffer.byteLength(bytes)).toBeLessThanOrEqual(1_001)
    expect(bytes).not.toContain('\ufffd')
    expect(Buffer.from(bytes, 'utf8').toString('utf8')).toBe(bytes)
  })
})

describe('closersFor', () => {
  it('knows a fence line inside a longer fence is content, and counts nested <details>', () => {
    expect(closersFor(['<details>', '<details>', '````', '```', 'x'])).toEqual(['````', '', '</details>', '', '</details>'])
    expect(closersFor(['<details>', '```', '</details>', '```'])).toEqual(['', '</details>'])
  })
})

describe('measure', () => {
  it('counts UTF-16 units for chars and UTF-8 bytes for bytes', () => {
    expect(measure('é😀', 'chars')).toBe(3)
    expect(measure('é😀', 'bytes')).toBe(6)
  })
})
