/**
 * A Markdown deployment checklist, read as teams write it: headings are sections, `- [ ]` and
 * `- [x]` boxes are items (nested, or inside fenced blocks too), a ticked box is a sign-off
 * recorded in the file. An item that names an allowed check command — inline, or in a shell
 * block right under it — becomes a gate and is run: its result decides, not the box.
 *
 * Decisions, each made so the report is clear and nothing passes by accident:
 * - A box with child boxes and no command of its own is a group, not an item: its children are
 *   the items and its text joins their section title ("Security › Fix js-yaml vulnerability").
 *   Ticking the parent therefore never passes children that were not ticked or whose command fails.
 * - A box naming several commands becomes one gate per command when every one is allowed; if any
 *   is refused the whole box stays manual, since it describes a script, not a check.
 * - A box whose text still holds a placeholder (`[SPECIFY]`, `TBD`, `[ ]`) stays manual and its
 *   tick does not count: the thing it promises was never written down.
 * - Emoji status tables: ✅ rows are recorded sign-offs; ❌ and ⚠️ rows are pending, with the
 *   severity of where they sit (a ⚠️ is the author's doubt, not a waiver).
 * - Blank signature lines and sign-off tables are pending sign-offs; blank fields such as
 *   `Deployment Date: ____` are pending "Fill in" items.
 */
import { isAllowedCheck, looksLikeCommand } from './allow-list.js'
import { ChecklistError, type Checklist, type ChecklistItem, type CommandItem, type ManualItem, type Section, type ItemSeverity } from './types.js'

const DEFAULT_TIMEOUT_MS = 15 * 60_000

interface Box {
  text: string
  checked: boolean
  line: number
  indent: number
  headings: string[]
  children: Box[]
  parent?: Box
  blockCommands: string[]
}

interface Entry {
  kind: 'box' | 'signature' | 'table-row'
  title: string
  signed: boolean
  line: number
  headings: string[]
  groups: string[]
  commands: string[]
  warning: boolean
  note?: string
}

// Every pattern here is linear on any line: the file is untrusted and up to a megabyte on one line.
const HEADING = /^(#{1,6})[ \t]+(.*)$/
const MAX_NESTING = 16
const CHECKBOX = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+\[([ xX])\]\s+(.*)$/
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/
const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh'])
// "low" alone is left out on purpose: a "Low-latency checks" heading must not soften its items.
const WARNING_CONTEXT = /optional|recommended|nice[ -]to[ -]have|\bmedium\b|\blow[ -]priority\b|\bpriority:?\s*low\b|\(low\)/i
const OWN_WARNING = /\((?:optional|recommended|nice[ -]to[ -]have)\)/i
// Named words only: "[P0]" or "[WIP]" are labels, not blanks.
const PLACEHOLDER = /\[(?:\s*(?:SPECIFY|TBD|TBC|TODO|FILL[ _-]?IN|INSERT\b[^\]]*|NAME|E-?MAIL|DATE|PHONE\b[^\]]*|URL|VALUE|NUMBER|X{2,}|\.{3}|…)\s*|\s*)\]|\bTBD\b|\?{3,}/i
// Case matters here: <YOUR NAME> is a blank, <br> is markup.
const ANGLE_PLACEHOLDER = /<[A-Z][A-Z_ ]*>/
const hasPlaceholder = (text: string) => PLACEHOLDER.test(text) || ANGLE_PLACEHOLDER.test(text)
const STATUS_PASS = /✅|🟢|✔️?|☑️?/
const STATUS_OTHER = /❌|🔴|⚠️?|🟡|✖️?/
const SIGNED_LINE = /^\s*(?:[-*+]\s+)?\**(?:signed|signature|approved by|signed[ -]off by)\**\s*:/i
const SIGNATURE_LABEL = /sign|approv|\bby\b/i
const FIELD_LABEL = /date|contact|e-?mail|phone|version|time|pager/i

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
  const headings: Array<{ level: number; title: string }> = []
  const roots: Box[] = []
  const entries: Entry[] = []
  let stack: Box[] = []
  let title: string | undefined
  let lastBox: Box | undefined

  const headingPath = () => headings.map((heading) => heading.title)
  const addBox = (match: RegExpExecArray, line: number, baseIndent = 0) => {
    const indent = match[1].length - baseIndent
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop()
    // Deeper boxes join the deepest allowed level, so a hostile staircase cannot exhaust the stack.
    while (stack.length >= MAX_NESTING) stack.pop()
    const parent = stack[stack.length - 1]
    const box: Box = { text: match[3].trim(), checked: match[2] !== ' ', line, indent, headings: headingPath(), children: [], blockCommands: [], ...(parent ? { parent } : {}) }
    if (parent) parent.children.push(box)
    else roots.push(box)
    stack.push(box)
    lastBox = box
  }

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const lineNumber = index + 1

    const fence = FENCE.exec(line)
    if (fence) {
      const end = closingFence(lines, index, fence[2])
      const body = lines.slice(index + 1, end)
      const boxesInside = body.map((content, offset) => ({ match: CHECKBOX.exec(content), line: lineNumber + 1 + offset })).filter((entry) => entry.match)
      if (boxesInside.length > 0) {
        stack = []
        const base = boxesInside.reduce((least, entry) => Math.min(least, entry.match![1].length), Infinity)
        for (const entry of boxesInside) addBox(entry.match!, entry.line, base)
        stack = []
      } else if (SHELL_LANGUAGES.has(fence[3].toLowerCase()) && lastBox && previousContentLine(lines, index) === lastBox.line) {
        // A shell block right under a box holds that box's commands; one anywhere else is never run.
        for (const command of shellCommands(body)) lastBox.blockCommands.push(command)
      }
      index = end
      continue
    }

    const heading = HEADING.exec(line)
    if (heading) {
      const level = heading[1].length
      const headingTitle = stripInline(withoutClosingHashes(heading[2]))
      if (level === 1 && title === undefined) {
        title = headingTitle
        continue
      }
      while (headings.length > 0 && headings[headings.length - 1].level >= level) headings.pop()
      headings.push({ level, title: headingTitle })
      stack = []
      lastBox = undefined
      continue
    }

    const box = CHECKBOX.exec(line)
    if (box) {
      const signature = /_{3,}/.test(box[3]) ? signatureLine(line) : undefined
      if (signature) {
        stack = []
        entries.push(signatureEntry(signature.label, box[2] !== ' ' || isSigned(signature.value), lineNumber, headingPath()))
        continue
      }
      addBox(box, lineNumber)
      continue
    }

    if (isTableRow(line) && index + 1 < lines.length && /^\s*(?:\|\s*)?:?-{3,}/.test(lines[index + 1])) {
      const rows: Array<{ cells: string[]; line: number }> = []
      let at = index + 2
      while (at < lines.length && isTableRow(lines[at])) {
        rows.push({ cells: tableCells(lines[at]), line: at + 1 })
        at++
      }
      for (const entry of tableEntries(tableCells(line), rows, headingPath())) entries.push(entry)
      index = at - 1
      stack = []
      continue
    }

    // A blank line to sign, or a signature line already filled in ("Signed: Dana K.").
    if (/_{3,}/.test(line) || SIGNED_LINE.test(line)) {
      const signature = signatureLine(line)
      if (signature) {
        stack = []
        entries.push(signatureEntry(signature.label, isSigned(signature.value), lineNumber, headingPath()))
        continue
      }
    }
    if (line.trim() !== '' && !/^\s/.test(line) && !/^[-*+]\s/.test(line)) stack = []
  }

  for (const root of roots) collectBoxes(root, [], entries)
  entries.sort((a, b) => a.line - b.line)
  return { title: title ?? 'Deployment checklist', path: file, format: 'markdown', sections: toSections(entries, file) }
}

/** Index of the line closing the fence opened at `open`, or the end of the file (CommonMark: same character, at least as long, nothing else). */
function closingFence(lines: string[], open: number, marker: string): number {
  for (let at = open + 1; at < lines.length; at++) {
    const candidate = lines[at].trim()
    if (candidate.length >= marker.length && candidate[0] === marker[0] && /^(`+|~+)$/.test(candidate)) return at
  }
  return lines.length
}

function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd()
  let end = trimmed.length
  while (end > 0 && trimmed[end - 1] === '#') end--
  // "## Title ##" closes with hashes; "## C#" does not.
  return end === 0 || /\s/.test(trimmed[end - 1]) ? trimmed.slice(0, end).trimEnd() : trimmed
}

/**
 * "**Signed:** ____ **Date:** ___", "- [ ] **Product Owner**: ____", "Approved by: Dana": the label
 * before the first colon and the value after it, up to a trailing "Date". Hand-written so a
 * megabyte of blanks on one line costs one pass.
 */
function signatureLine(line: string): { label: string; value: string } | undefined {
  const rest = line.replace(/^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?/, '')
  const colon = rest.indexOf(':')
  if (colon === -1) return undefined
  const label = rest.slice(0, colon).replace(/\*/g, '').trim()
  if (!/^[A-Za-z][^:_|]{1,60}$/.test(label)) return undefined
  let value = rest.slice(colon + 1).replace(/^[\s*]+/, '')
  const date = value.search(/\bDate\b/i)
  if (date > 0) value = value.slice(0, date)
  return { label, value: trimEndOf(value, (character) => character === '*' || /\s/.test(character)) }
}

/** One command per logical line: prompts dropped, comments skipped, `\` continuations joined. */
function shellCommands(body: string[]): string[] {
  const commands: string[] = []
  let pending = ''
  for (const raw of body) {
    const content = raw.trim().replace(/^\$\s+/, '')
    if (pending === '' && (content === '' || content.startsWith('#'))) continue
    if (content.endsWith('\\') && !content.endsWith('\\\\')) {
      pending += content.slice(0, -1).trim() + ' '
      continue
    }
    commands.push((pending + content).trim())
    pending = ''
  }
  // A dangling continuation is kept as written so the allow-list refuses it rather than a shorter command running.
  if (pending !== '') commands.push(pending.trim() + ' \\')
  return commands
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

function previousContentLine(lines: string[], fenceIndex: number): number | undefined {
  for (let at = fenceIndex - 1; at >= 0; at--) if (lines[at].trim() !== '') return at + 1
  return undefined
}

const NOT_SIGNED = /^(?:no|n|false|pending|todo|not yet|-|–|—|❌|✗|✖️?|⏳)$/i

/** A name or a yes, not a blank, a placeholder or a "no". */
function isSigned(value: string | undefined): boolean {
  return isFilled(value) && !hasPlaceholder(value ?? '') && !NOT_SIGNED.test(stripInline(value ?? ''))
}

function isFilled(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '' && !/^_+$/.test(value.trim())
}

function signatureEntry(label: string, signed: boolean, line: number, headings: string[]): Entry {
  const cleanLabel = stripInline(label)
  const generic = /^(signed|signature|sign-?off|signed[ -]off(?: by)?|approved(?: by)?|approval|name)$/i.test(cleanLabel)
  // "### QA Team Sign-off" + "Signed: ____" is QA Team's signature.
  const role = generic ? roleFromHeading(headings[headings.length - 1]) : cleanLabel
  const field = !generic && !SIGNATURE_LABEL.test(cleanLabel) && FIELD_LABEL.test(cleanLabel)
  const title = field ? `Fill in: ${cleanLabel}` : `Sign-off: ${role ?? cleanLabel}`
  const note = signed ? 'signed in the checklist' : field ? 'a blank field in the checklist' : 'a blank signature line in the checklist'
  return { kind: 'signature', title, signed, line, headings, groups: [], commands: [], warning: false, note }
}

function roleFromHeading(heading: string | undefined): string | undefined {
  const role = heading?.replace(/\b(sign[- ]?offs?|signatures?|approvals?|requirements?)\b/gi, '').replace(/^[\s:–—-]+/, '')
  const trimmed = role === undefined ? undefined : trimEndOf(role, (character) => /[\s:–—-]/.test(character))
  return trimmed === '' ? undefined : trimmed
}

/** A right trim by loop: a regex like /[\s*]+$/ retries from every position and turns quadratic. */
function trimEndOf(text: string, drop: (character: string) => boolean): string {
  let end = text.length
  while (end > 0 && drop(text[end - 1])) end--
  return text.slice(0, end)
}

/** Boxes with children are groups: their children are the items, under the group's name. */
function collectBoxes(box: Box, groups: string[], entries: Entry[]): void {
  const commands = [...inlineCommands(box.text), ...box.blockCommands]
  const context = [...box.headings, ...groups]
  if (box.children.length > 0 && commands.length === 0) {
    for (const child of box.children) collectBoxes(child, [...groups, stripInline(box.text)], entries)
    return
  }
  entries.push({
    kind: 'box',
    title: stripInline(box.text),
    signed: box.checked,
    line: box.line,
    headings: box.headings,
    groups,
    commands,
    warning: WARNING_CONTEXT.test(context.join(' ')) || OWN_WARNING.test(box.text)
  })
  for (const child of box.children) collectBoxes(child, [...groups, stripInline(box.text)], entries)
}

function inlineCommands(text: string): string[] {
  const commands: string[] = []
  for (const match of text.matchAll(/`([^`]+)`/g)) if (looksLikeCommand(match[1])) commands.push(match[1].trim())
  return commands
}

function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line)
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim())
}

function tableEntries(header: string[], rows: Array<{ cells: string[]; line: number }>, headings: string[]): Entry[] {
  const signatureColumn = header.findIndex((cell) => /signature|sign-?off|approv/i.test(cell))
  if (signatureColumn !== -1) {
    return rows.map((row) => ({
      kind: 'table-row' as const,
      title: `Sign-off: ${stripInline(row.cells[0] ?? 'signer')}`,
      signed: isSigned(row.cells[signatureColumn]),
      line: row.line,
      headings,
      groups: [],
      commands: [],
      warning: false,
      note: 'a row of the sign-off table'
    }))
  }
  if (!rows.some((row) => row.cells.some((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell)))) return []
  return rows.map((row) => {
    const status = row.cells.find((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell)) ?? ''
    const passed = STATUS_PASS.test(status) && !STATUS_OTHER.test(status)
    return {
      kind: 'table-row' as const,
      title: stripInline(row.cells[0] ?? 'row'),
      signed: passed,
      line: row.line,
      headings,
      groups: [],
      commands: [],
      warning: WARNING_CONTEXT.test(headings.join(' ')),
      note: passed ? `status table says ${stripInline(status)}` : `status table says ${stripInline(status)}; pending until signed off`
    }
  })
}

function stripInline(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\][]+)\]\([^()]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

function toSections(entries: Entry[], file: string): Section[] {
  const sections = new Map<string, ChecklistItem[]>()
  const ids = new Set<string>()
  const nextSuffix = new Map<string, number>()
  const uniqueId = (title: string) => {
    const base = slug(title) || 'item'
    let id = base
    // Remembering the last suffix per base keeps thousands of same-titled items linear.
    let suffix = nextSuffix.get(base) ?? 2
    while (ids.has(id)) id = `${base}-${suffix++}`
    nextSuffix.set(base, suffix)
    ids.add(id)
    return id
  }
  for (const entry of entries) {
    const sectionTitle = [...entry.headings, ...entry.groups].join(' › ') || 'Checklist'
    const severity: ItemSeverity = entry.warning ? 'warning' : 'blocking'
    const items = sections.get(sectionTitle) ?? []
    sections.set(sectionTitle, items)
    const source = { file, line: entry.line }
    const placeholder = hasPlaceholder(entry.title) || entry.commands.some(hasPlaceholder)
    const decisions = entry.commands.map((command) => ({ command, decision: isAllowedCheck(command) }))
    const refused = decisions.filter((entry) => !entry.decision.allowed)
    if (decisions.length > 0 && refused.length === 0 && !placeholder) {
      decisions.forEach(({ command }, index) => {
        const run = /^npm audit\b/.test(command) && !/--json\b/.test(command) ? `${command} --json` : command
        const item: CommandItem = {
          kind: 'command',
          id: uniqueId(entry.commands.length > 1 ? `${entry.title} ${index + 1}` : entry.title),
          title: entry.title,
          severity,
          section: sectionTitle,
          source,
          run,
          timeoutMs: DEFAULT_TIMEOUT_MS,
          workingDirectory: '.',
          env: {},
          needs: [],
          expect: {}
        }
        items.push(item)
      })
      continue
    }
    const notes = [
      refused.length > 0 ? refused.map(({ command, decision }) => `\`${command}\` ${decision.allowed ? '' : decision.reason}; not run`).join('; ') : undefined,
      placeholder ? `contains a placeholder to fill in${entry.signed ? '; its tick does not count until it is' : ''}` : undefined,
      entry.note
    ].filter((note): note is string => note !== undefined)
    const item: ManualItem = {
      kind: 'manual',
      id: uniqueId(entry.title),
      title: entry.title,
      severity,
      section: sectionTitle,
      source,
      signedOff: entry.signed && !placeholder,
      approvers: [],
      minApprovals: 1,
      allowAuthor: false,
      paths: [],
      needs: [],
      ...(notes.length > 0 ? { note: notes.join('; ') } : {})
    }
    items.push(item)
  }
  return [...sections.entries()].map(([sectionTitle, items]) => ({ title: sectionTitle, items }))
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '')
}
