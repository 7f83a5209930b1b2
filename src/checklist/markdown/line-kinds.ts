/**
 * Every shape of line the Markdown reader understands, and the one function that tells them apart.
 * The reader (../markdown.ts) has one handler per kind; to teach it a new shape, add a kind here
 * with an example, recognise it in classifyLine, and handle it there.
 *
 * Order matters where shapes overlap, and classifyLine tries them in this order: a fence hides
 * everything inside it; a heading or a box is recognised by its first characters; a box or line
 * with blanks to fill is a signature or fill-in field when it reads as "Label: ____"; a table needs
 * its separator row; what is left is layout (blank, indented, a bullet, a paragraph).
 */
import { MAX_LIST_NUMBER_DIGITS, MAX_SIGNATURE_LABEL_CHARS, MAX_TAG_LINE_CHARS } from '../limits.js'
import { stripInline, trimEndOf } from './inline-text.js'

/** One classified line (or, for fences and tables, block of lines); `line` is 1-based. */
export type MarkdownLine =
  /** `# Title`, `## Security ##`: the first level-1 heading titles the checklist, every other heading opens a section. */
  | { kind: 'heading'; line: number; level: number; title: string; text: string }
  /** `- [ ] text`, `* [x] text`, `1. [ ] text`, `2) [X] text`: an item, or the group of the boxes nested under it. */
  | { kind: 'box'; line: number; box: BoxLine }
  /** `**Signed:** ____ **Date:** ___`, `- [ ] **Product Owner**: ____`, `Approved by: Dana`: a sign-off, pending until signed. */
  | { kind: 'signature'; line: number; label: string; generic: boolean; value: string; ticked: boolean }
  /** `Deployment date: ____`, `On-call phone: ____`: a blank field to fill in (its label names a date, contact, version…). */
  | { kind: 'fill-in'; line: number; label: string; value: string; ticked: boolean }
  /** ```` ```bash ````…```` ``` ````, `~~~yaml`…`~~~`: a fenced block, to its closing fence or the end of the file. */
  | { kind: 'fence'; line: number; lastLine: number; language: string; body: string[] }
  /** `| a | b |` then `|---|---|` then rows: a table (sign-offs, emoji status), to its last row. */
  | { kind: 'table'; line: number; lastLine: number; header: string[]; rows: TableRow[] }
  /** `- text` at the margin: a list item without a box; it keeps a list of boxes open. */
  | { kind: 'bullet'; line: number }
  /** Indented text: it continues the list item above. */
  | { kind: 'indented'; line: number }
  | { kind: 'blank'; line: number }
  /** `<post-deployment priority="high">` … `</post-deployment>` alone on a line: a section tag, read like a heading until it closes. */
  | { kind: 'tag'; line: number; name: string; closing: boolean; attributes: Record<string, string> }
  /** Any other text at the margin: a paragraph, which ends a list of boxes ("Immediately rollback if:" introduces the next one). */
  | { kind: 'paragraph'; line: number; text: string }

export interface BoxLine {
  /** Columns of indentation before the marker. */
  indent: number
  checked: boolean
  /** The text after the box, trimmed, markup kept. */
  text: string
}

export interface TableRow {
  cells: string[]
  line: number
}

const HEADING = /^(#{1,6})[ \t]+(.*)$/
const CHECKBOX = new RegExp(`^(\\s*)(?:[-*+]|\\d{1,${MAX_LIST_NUMBER_DIGITS}}[.)])\\s+\\[([ xX])\\]\\s+(.*)$`)
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}/
const SIGNED_LINE = /^\s*(?:[-*+]\s+)?\**(?:signed|signature|approved by|signed[ -]off by)\**\s*:/i
const SIGNATURE_LABEL_SHAPE = new RegExp(`^[A-Za-z][^:_|]{1,${MAX_SIGNATURE_LABEL_CHARS}}$`)
/** Labels that say "sign here" without saying who: the heading above names the role. */
const GENERIC_SIGNATURE = /^(signed|signature|sign-?off|signed[ -]off(?: by)?|approved(?: by)?|approval|name)$/i
const SIGNATURE_WORD = /sign|approv|\bby\b/i
const FIELD_WORD = /date|contact|e-?mail|phone|version|time|pager/i
/** `**Label**: value` or `**Label:** value`: a form field, whether still blank or filled in. */
const BOLD_LABEL = /^\*\*[^*:\n]{1,60}(?:\*\*\s*:|:\*\*)/
/** A tag alone on its line; its name must not be an HTML element GitHub renders (`<details>`, `<br>`). */
const SECTION_TAG = /^\s*<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*\/?>\s*$/
const HTML_ELEMENTS = new Set(
  'a abbr address article aside b bdi bdo blockquote br caption center cite code col colgroup dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p picture pre q rp rt ruby s samp section small source span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul var video wbr'.split(
    ' '
  )
)

/** What the line at `index` (0-based) is; fences and tables take the lines up to `lastLine` with them. */
export function classifyLine(lines: string[], index: number): MarkdownLine {
  const text = lines[index]
  const line = index + 1

  const fence = FENCE.exec(text)
  if (fence) {
    const end = closingFence(lines, index, fence[2])
    return { kind: 'fence', line, lastLine: Math.min(end + 1, lines.length), language: fence[3].toLowerCase(), body: lines.slice(index + 1, end) }
  }

  const heading = HEADING.exec(text)
  if (heading) {
    const written = withoutClosingHashes(heading[2])
    return { kind: 'heading', line, level: heading[1].length, title: headingTitle(written), text: written }
  }

  const box = boxLine(text)
  if (box) {
    // A signature box filled in ("**Product Owner**: Dana Date: 2026-11-30") is still that signature, under the same id.
    const form = /_{3,}/.test(box.text) || (BOLD_LABEL.test(box.text) && /\bDate\b\**\s*:/i.test(box.text))
    const signature = form ? signatureOf(text, line, box.checked) : undefined
    return signature ?? { kind: 'box', line, box }
  }

  // Short lines only: a section tag is a few words, and a megabyte of attributes must cost nothing.
  const tag = text.length <= MAX_TAG_LINE_CHARS && /^\s*<[^\n]*>\s*$/.test(text) ? SECTION_TAG.exec(text) : null
  if (tag && !HTML_ELEMENTS.has(tag[2].toLowerCase())) return { kind: 'tag', line, name: tag[2], closing: tag[1] === '/', attributes: tagAttributes(tag[3]) }

  if (isTableRow(text) && index + 1 < lines.length && TABLE_SEPARATOR.test(lines[index + 1])) {
    const rows: TableRow[] = []
    let at = index + 2
    while (at < lines.length && isTableRow(lines[at])) {
      rows.push({ cells: tableCells(lines[at]), line: at + 1 })
      at++
    }
    return { kind: 'table', line, lastLine: at, header: tableCells(text), rows }
  }

  // A blank line to sign, or a signature line already filled in ("Signed: Dana K.").
  // "**Release manager**: Dana Date: 2026-11-30" is the same signature it was while blank, under the same id.
  if (/_{3,}/.test(text) || SIGNED_LINE.test(text) || (BOLD_LABEL.test(text) && /\bDate\b\**\s*:/i.test(text))) {
    const signature = signatureOf(text, line, false)
    if (signature) return signature
  }
  // A form field in a list, filled in ("- **Deployed By**: Dana"): the same item it was while blank.
  const bullet = /^[-*+]\s+/.exec(text)
  if (bullet && BOLD_LABEL.test(text.slice(bullet[0].length))) {
    const field = signatureOf(text, line, false)
    if (field && (field.kind === 'fill-in' || SIGNATURE_WORD.test(field.label))) return field
  }

  if (text.trim() === '') return { kind: 'blank', line }
  if (/^\s/.test(text)) return { kind: 'indented', line }
  if (bullet) return { kind: 'bullet', line }
  return { kind: 'paragraph', line, text }
}

/** `priority="high" owner=ops` as a map; names lower-cased, values as written. */
function tagAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(/([A-Za-z_:][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?/g)) {
    attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  }
  return attributes
}

/** A heading as the report shows it: a status mark in front ("### ✅ Security") says nothing about the section. */
function headingTitle(written: string): string {
  return stripInline(written).replace(/^(?:(?:\p{Extended_Pictographic}|[\u2610-\u2612\u2713-\u2718]|\uFE0F|\u200D)+\s*)+/u, '') || stripInline(written)
}

/** The box on a line, if the line is one: `- [ ] text`, `1. [x] text`, at any indentation. */
export function boxLine(text: string): BoxLine | undefined {
  const match = CHECKBOX.exec(text)
  return match ? { indent: match[1].length, checked: match[2] !== ' ', text: match[3].trim() } : undefined
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

function isTableRow(text: string): boolean {
  return /^\s*\|.*\|\s*$/.test(text)
}

function tableCells(text: string): string[] {
  return text
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim())
}

/** A signature or fill-in field when the line reads as "Label: value"; the label decides which. */
function signatureOf(text: string, line: number, ticked: boolean): Extract<MarkdownLine, { kind: 'signature' | 'fill-in' }> | undefined {
  const parts = labelAndValue(text)
  if (!parts) return undefined
  const label = stripInline(parts.label)
  const generic = GENERIC_SIGNATURE.test(label)
  if (!generic && !SIGNATURE_WORD.test(label) && FIELD_WORD.test(label)) return { kind: 'fill-in', line, label, value: parts.value, ticked }
  return { kind: 'signature', line, label, generic, value: parts.value, ticked }
}

/**
 * "**Signed:** ____ **Date:** ___", "- [ ] **Product Owner**: ____", "Approved by: Dana": the label
 * before the first colon and the value after it, up to a trailing "Date". Hand-written so a
 * megabyte of blanks on one line costs one pass.
 */
function labelAndValue(text: string): { label: string; value: string } | undefined {
  const rest = text.replace(/^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?/, '')
  const colon = rest.indexOf(':')
  if (colon === -1) return undefined
  const label = rest.slice(0, colon).replace(/\*/g, '').trim()
  if (!SIGNATURE_LABEL_SHAPE.test(label)) return undefined
  let value = rest.slice(colon + 1).replace(/^[\s*]+/, '')
  const date = value.search(/\bDate\b/i)
  if (date > 0) value = value.slice(0, date)
  return { label, value: trimEndOf(value, (character) => character === '*' || /\s/.test(character)) }
}
