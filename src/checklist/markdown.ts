/**
 * A Markdown deployment checklist, read as teams write it. Each line is classified into one kind
 * (markdown/line-kinds.ts lists every shape the reader understands) and handled by the one handler
 * for that kind below:
 *
 * - heading   — the first `#` heading titles the checklist; the others are sections;
 * - box       — `- [ ]` / `- [x]` is an item (a ticked box is a sign-off recorded in the file);
 *               a box with child boxes is a group (markdown/boxes.ts);
 * - fence     — boxes inside a fenced block are items too; a shell block right under a box holds
 *               that box's commands; any other block is never run;
 * - table     — sign-off tables and emoji status tables (markdown/tables.ts);
 * - signature / fill-in — `Signed: ____` and `Release date: ____` (markdown/signatures.ts);
 * - bullet, indented, blank — layout that keeps a list of boxes open; paragraph — ends it.
 *
 * An item that names an allowed check command — inline or in its shell block — becomes a gate and
 * is run: its result decides, not the box (markdown/to-sections.ts). Severity comes from the
 * words of the item, its parent boxes and its headings (markdown/severity.ts).
 */
import { DEFAULT_MARKDOWN_TITLE } from './defaults.js'
import { BoxForest } from './markdown/boxes.js'
import { shellCommands } from './markdown/commands.js'
import type { Entry, Heading } from './markdown/entry.js'
import { classifyLine, type MarkdownLine } from './markdown/line-kinds.js'
import { signatureEntry } from './markdown/signatures.js'
import { tableEntries } from './markdown/tables.js'
import { toSections } from './markdown/to-sections.js'
import { ChecklistError, type Checklist } from './types.js'

const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh'])

/** Everything read so far, which the handlers add to. */
interface Reader {
  lines: string[]
  title?: string
  /** The headings above the current line, outermost first; replaced, never changed, so every entry under them shares one array. */
  headings: readonly Heading[]
  boxes: BoxForest
  /** Signatures, fill-in fields and table rows (boxes become entries at the end, once their children are known). */
  entries: Entry[]
}

/**
 * Reads a Markdown checklist. Pure. Throws ChecklistError only when the text is not a text file
 * at all; anything Markdown allows is read as well as it can be.
 */
export function parseMarkdownChecklist(text: string, file: string): Checklist {
  const nul = text.indexOf('\u0000')
  if (nul !== -1) throw new ChecklistError([{ file, line: text.slice(0, nul).split('\n').length, message: 'the checklist contains a NUL byte; it is not a text file' }])
  const lines = blankHtmlComments(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
  )
  const reader: Reader = { lines, headings: [], boxes: new BoxForest(), entries: [] }
  for (let index = 0; index < lines.length;) {
    const line = classifyLine(lines, index)
    handle(line, reader)
    index = 'lastLine' in line ? line.lastLine : line.line
  }
  const entries = [...reader.entries, ...reader.boxes.entries()].sort((a, b) => a.line - b.line)
  return { title: reader.title ?? DEFAULT_MARKDOWN_TITLE, path: file, format: 'markdown', sections: toSections(entries, file) }
}

/** One handler per kind of line. */
function handle(line: MarkdownLine, reader: Reader): void {
  switch (line.kind) {
    case 'heading':
      return onHeading(line, reader)
    case 'box':
      return reader.boxes.add(line.box, line.line, reader.headings)
    case 'signature':
    case 'fill-in':
      // A signature line is not part of a list of boxes.
      reader.boxes.closeList()
      reader.entries.push(signatureEntry(line, reader.headings))
      return
    case 'fence':
      return onFence(line, reader)
    case 'table':
      reader.boxes.closeList()
      // A loop, not push(...rows): a table of 100,000 rows would overflow the argument list.
      for (const entry of tableEntries(line.header, line.rows, reader.headings)) reader.entries.push(entry)
      return
    case 'paragraph':
      return reader.boxes.closeList()
    case 'bullet':
    case 'indented':
    case 'blank':
      return
    default: {
      const unknown: never = line
      throw new Error(`unhandled Markdown line ${JSON.stringify(unknown)}`)
    }
  }
}

function onHeading(heading: Extract<MarkdownLine, { kind: 'heading' }>, reader: Reader): void {
  if (heading.level === 1 && reader.title === undefined) {
    reader.title = heading.title
    return
  }
  const above = reader.headings.filter((open) => open.level < heading.level)
  reader.headings = [...above, { level: heading.level, title: heading.title, text: heading.text, line: heading.line }]
  reader.boxes.closeList()
  reader.boxes.last = undefined
}

function onFence(fence: Extract<MarkdownLine, { kind: 'fence' }>, reader: Reader): void {
  if (reader.boxes.addFenced(fence.body, fence.line + 1, reader.headings)) return
  const last = reader.boxes.last
  // A shell block right under a box holds that box's commands; one anywhere else is never run.
  if (SHELL_LANGUAGES.has(fence.language) && last && previousContentLine(reader.lines, fence.line - 1) === last.line) {
    for (const command of shellCommands(fence.body)) last.blockCommands.push(command)
  }
}

function previousContentLine(lines: string[], fenceIndex: number): number | undefined {
  for (let at = fenceIndex - 1; at >= 0; at--) if (lines[at].trim() !== '') return at + 1
  return undefined
}

/** Commented-out lines are not part of the checklist, but keep their place so line numbers stay right. */
function blankHtmlComments(lines: string[]): string[] {
  let inComment = false
  return lines.map((line) => {
    let out = ''
    let rest = line
    while (rest !== '') {
      if (inComment) {
        const end = rest.indexOf('-->')
        if (end === -1) return out
        rest = rest.slice(end + 3)
        inComment = false
      } else {
        const start = rest.indexOf('<!--')
        if (start === -1) return out + rest
        out += rest.slice(0, start)
        rest = rest.slice(start + 4)
        inComment = true
      }
    }
    return out
  })
}
