/**
 * A Markdown deployment checklist, read as teams write it: headings are sections, `- [ ]` and
 * `- [x]` boxes are items (nested, or inside fenced blocks too), a ticked box is a sign-off
 * recorded in the file. An item that names an allowed check command — inline, or in a shell
 * block right under it — becomes a gate and is run: its result decides, not the box.
 */
import { isAllowedCheck, looksLikeCommand } from './allow-list.js'
import type { Checklist, ChecklistItem, CommandItem, ManualItem, Section, Severity } from './types.js'

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

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const CHECKBOX = /^(\s*)[-*+]\s+\[([ xX])\]\s+(.*)$/
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/
const SIGNATURE = /^\s*(?:[-*+]\s+)?(?:\[([ xX])\]\s+)?\**([A-Za-z][^:*_|]{1,60}?)\**\s*:\s*\**\s*(_{3,}|[^_\s*].*?)?\s*(?:\**\s*Date\s*:?\**.*)?$/
const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh'])
const WARNING_CONTEXT = /optional|recommended|nice[ -]to[ -]have|\bmedium\b|\blow(?: priority)?\b/i
const PLACEHOLDER = /\[(?:SPECIFY|TBD|TODO|FILL IN)\]|\bTBD\b|<[A-Z_ ]+>/
const STATUS_PASS = /✅|🟢|✔️?|☑️?/
const STATUS_OTHER = /❌|🔴|⚠️|🟡|✖️?/

export function parseMarkdownChecklist(text: string, file: string): Checklist {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
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
      const close = lines.findIndex((candidate, at) => at > index && candidate.trim().startsWith(fence[2]))
      const end = close === -1 ? lines.length : close
      const body = lines.slice(index + 1, end)
      const boxesInside = body.map((content, offset) => ({ match: CHECKBOX.exec(content), line: lineNumber + 1 + offset })).filter((entry) => entry.match)
      if (boxesInside.length > 0) {
        stack = []
        const base = Math.min(...boxesInside.map((entry) => entry.match![1].length))
        for (const entry of boxesInside) addBox(entry.match!, entry.line, base)
        stack = []
      } else if (SHELL_LANGUAGES.has(fence[3].toLowerCase()) && lastBox && previousContentLine(lines, index) === lastBox.line) {
        // A shell block right under a box holds that box's commands; one anywhere else is never run.
        lastBox.blockCommands.push(...body.map((content) => content.trim().replace(/^\$\s+/, '')).filter((content) => content !== '' && !content.startsWith('#')))
      }
      index = end
      continue
    }

    const heading = HEADING.exec(line)
    if (heading) {
      const level = heading[1].length
      const headingTitle = stripInline(heading[2])
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
      const signature = /_{3,}/.test(box[3]) ? SIGNATURE.exec(line) : null
      if (signature) {
        stack = []
        entries.push(signatureEntry(signature[2], box[2] !== ' ' || isFilled(signature[3]), lineNumber, headingPath()))
        continue
      }
      addBox(box, lineNumber)
      continue
    }

    if (isTableRow(line) && index + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[index + 1])) {
      const rows: Array<{ cells: string[]; line: number }> = []
      let at = index + 2
      while (at < lines.length && isTableRow(lines[at])) {
        rows.push({ cells: tableCells(lines[at]), line: at + 1 })
        at++
      }
      entries.push(...tableEntries(tableCells(line), rows, headingPath()))
      index = at - 1
      stack = []
      continue
    }

    if (/_{3,}/.test(line)) {
      const signature = SIGNATURE.exec(line)
      if (signature) {
        stack = []
        entries.push(signatureEntry(signature[2], isFilled(signature[3]), lineNumber, headingPath()))
        continue
      }
    }
    if (line.trim() !== '' && !/^\s/.test(line) && !/^[-*+]\s/.test(line)) stack = []
  }

  for (const root of roots) collectBoxes(root, [], entries)
  entries.sort((a, b) => a.line - b.line)
  return { title: title ?? 'Deployment checklist', path: file, format: 'markdown', sections: toSections(entries, file) }
}

function previousContentLine(lines: string[], fenceIndex: number): number | undefined {
  for (let at = fenceIndex - 1; at >= 0; at--) if (lines[at].trim() !== '') return at + 1
  return undefined
}

function isFilled(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '' && !/^_+$/.test(value.trim())
}

function signatureEntry(label: string, signed: boolean, line: number, headings: string[]): Entry {
  const cleanLabel = stripInline(label)
  const generic = /^(signed|signature|sign-?off|approved(?: by)?|name)$/i.test(cleanLabel)
  const where = headings[headings.length - 1]
  const title = generic && where ? `${where}: ${cleanLabel.toLowerCase()}` : `Sign-off: ${cleanLabel}`
  return { kind: 'signature', title, signed, line, headings, groups: [], commands: [], warning: false, note: signed ? 'signed in the checklist' : 'a signature line in the checklist' }
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
    warning: WARNING_CONTEXT.test(context.join(' ')) || /\(optional\)/i.test(box.text)
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
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim())
}

function tableEntries(header: string[], rows: Array<{ cells: string[]; line: number }>, headings: string[]): Entry[] {
  const signatureColumn = header.findIndex((cell) => /signature|sign-?off|approv/i.test(cell))
  if (signatureColumn !== -1) {
    return rows.map((row) => ({
      kind: 'table-row' as const,
      title: `Sign-off: ${stripInline(row.cells[0] ?? 'signer')}`,
      signed: isFilled(row.cells[signatureColumn]) && !PLACEHOLDER.test(row.cells[signatureColumn] ?? ''),
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
      warning: /⚠️|🟡/.test(status) || WARNING_CONTEXT.test(headings.join(' ')),
      note: `status table says ${stripInline(status) || 'nothing'}`
    }
  })
}

function stripInline(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

function toSections(entries: Entry[], file: string): Section[] {
  const sections = new Map<string, ChecklistItem[]>()
  const ids = new Set<string>()
  const uniqueId = (title: string) => {
    const base = slug(title) || 'item'
    let id = base
    for (let suffix = 2; ids.has(id); suffix++) id = `${base}-${suffix}`
    ids.add(id)
    return id
  }
  for (const entry of entries) {
    const sectionTitle = [...entry.headings, ...entry.groups].join(' › ') || 'Checklist'
    const severity: Severity = entry.warning ? 'warning' : 'blocking'
    const items = sections.get(sectionTitle) ?? []
    sections.set(sectionTitle, items)
    const source = { file, line: entry.line }
    const decisions = entry.commands.map((command) => ({ command, decision: isAllowedCheck(command) }))
    const refused = decisions.filter((entry) => !entry.decision.allowed)
    if (decisions.length > 0 && refused.length === 0) {
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
      PLACEHOLDER.test(entry.title) ? 'contains a placeholder to fill in' : undefined,
      entry.note
    ].filter((note): note is string => note !== undefined)
    const item: ManualItem = {
      kind: 'manual',
      id: uniqueId(entry.title),
      title: entry.title,
      severity,
      section: sectionTitle,
      source,
      signedOff: entry.signed,
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
