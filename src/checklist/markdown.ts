/**
 * A Markdown deployment checklist, read as teams write it. Each line is classified into one kind
 * (markdown/line-kinds.ts lists every shape the reader understands) and handled by the one handler
 * for that kind below:
 *
 * - heading   — the first `#` heading titles the checklist; the others are sections;
 * - box       — `- [ ]` / `- [x]` is an item (a ticked box is a sign-off recorded in the file);
 *               a box with child boxes is a group (markdown/boxes.ts);
 * - fence     — boxes inside a fenced block are items too; a shell block right under a box holds
 *               that box's commands; the allowed check commands of a shell block anywhere else are
 *               items of their own (markdown/commands.ts); any other command is never run;
 * - tag       — `<post-deployment priority="high">` … `</post-deployment>`: a section, read like a
 *               heading until it closes;
 * - table     — sign-off tables and emoji status tables (markdown/tables.ts);
 * - signature / fill-in — `Signed: ____` and `Release date: ____` (markdown/signatures.ts);
 * - bullet, indented, blank — layout that keeps a list of boxes open; paragraph — ends it, and
 *               one ending in a colon ("Immediately rollback if:") introduces the next list.
 *
 * An item that names an allowed check command — inline or in its shell block — becomes a gate and
 * is run: its result decides, not the box (markdown/to-sections.ts). Severity comes from the
 * words of the item, its parent boxes and its headings (markdown/severity.ts), and so does its
 * phase (markdown/phase.ts): only what must be true before deploying decides.
 */
import { DEFAULT_MARKDOWN_TITLE } from './defaults.js'
import { BoxForest } from './markdown/boxes.js'
import { shellCommands } from './markdown/commands.js'
import { NO_GROUPS, type Entry, type Heading } from './markdown/entry.js'
import { stripInline } from './markdown/inline-text.js'
import { classifyLine, type MarkdownLine } from './markdown/line-kinds.js'
import { headingPhase } from './markdown/phase.js'
import { tableRowSeverity, type Context } from './markdown/severity.js'
import { signatureEntry } from './markdown/signatures.js'
import { tableEntries } from './markdown/tables.js'
import { toSections } from './markdown/to-sections.js'
import { isAllowedCheck } from './allow-list.js'
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
  /** The sentence ending in a colon that introduces the list below it ("After deployment, schedule:"). */
  intro?: Context
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
  const { sections, rollbackIf } = toSections(entries, file)
  return { title: reader.title ?? DEFAULT_MARKDOWN_TITLE, path: file, format: 'markdown', sections, ...(rollbackIf.length > 0 ? { rollbackIf } : {}) }
}

/** One handler per kind of line. */
function handle(line: MarkdownLine, reader: Reader): void {
  switch (line.kind) {
    case 'heading':
      return onHeading(line, reader)
    case 'box':
      return reader.boxes.add(line.box, line.line, reader.headings, 0, reader.intro)
    case 'tag':
      return onTag(line, reader)
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
    case 'paragraph': {
      reader.boxes.closeList()
      const title = stripInline(line.text)
      reader.intro = title.endsWith(':') ? { text: line.text, title, line: line.line } : undefined
      return
    }
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
  // An open section tag stays open across headings: only its closing tag ends it.
  const above = reader.headings.filter((open) => open.tag === true || open.level < heading.level)
  reader.headings = [...above, { level: heading.level, title: heading.title, text: heading.text, line: heading.line }]
  endSection(reader)
}

/** `<post-deployment priority="high">` opens a section read like a heading; its closing tag ends it and whatever opened inside it. */
function onTag(tag: Extract<MarkdownLine, { kind: 'tag' }>, reader: Reader): void {
  const name = tag.name.toLowerCase()
  if (tag.closing) {
    let at = reader.headings.length - 1
    while (at >= 0 && !(reader.headings[at].tag === true && reader.headings[at].title.toLowerCase() === name.replace(/[-_.]+/g, ' '))) at--
    if (at >= 0) reader.headings = reader.headings.slice(0, at)
  } else {
    // Its name and attributes as words, so `priority="low"` reads as "priority: low".
    const words = [name.replace(/[-_.]+/g, ' '), ...Object.entries(tag.attributes).map(([key, value]) => `${key}: ${value}`)].join(' ')
    // A tag is a section of its own, not a part of the heading above it: only enclosing tags stay.
    const enclosing = reader.headings.filter((open) => open.tag === true)
    reader.headings = [...enclosing, { level: 0, title: name.replace(/[-_.]+/g, ' '), text: words, line: tag.line, tag: true }]
  }
  endSection(reader)
}

function endSection(reader: Reader): void {
  reader.boxes.closeList()
  reader.boxes.last = undefined
  reader.intro = undefined
}

function onFence(fence: Extract<MarkdownLine, { kind: 'fence' }>, reader: Reader): void {
  if (reader.boxes.addFenced(fence.body, fence.line + 1, reader.headings)) return
  const last = reader.boxes.last
  // A shell block right under a box holds that box's commands; one anywhere else is never run.
  if (SHELL_LANGUAGES.has(fence.language) && last && previousContentLine(reader.lines, fence.line - 1) === last.line) {
    for (const command of shellCommands(fence.body, fence.line + 1)) last.blockCommands.push(command)
    return
  }
  if (!SHELL_LANGUAGES.has(fence.language)) return
  // A shell block under a heading is mostly instructions (start the server, deploy); only the
  // commands on the allow-list of read-only checks are items, each its own gate.
  const headings = reader.headings
  for (const found of shellCommands(fence.body, fence.line + 1)) {
    if (!isAllowedCheck(found.command).allowed) continue
    reader.entries.push({
      kind: 'block-command',
      title: found.label ?? found.command,
      signed: false,
      line: found.line ?? fence.line,
      headings,
      groups: NO_GROUPS,
      commands: [found],
      files: [],
      severity: tableRowSeverity(headings),
      phase: headingPhase(headings),
      note: 'a command in a shell block of the checklist'
    })
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
