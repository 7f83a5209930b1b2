/**
 * Text from gates and checklists on its way into a report. Everything here is a linear scan or a
 * regex without nested quantifiers: this runs on untrusted output, and back-tracking there has
 * been a ReDoS before (ansi-regex).
 */

const ESC = 0x1b
const BEL = 0x07
const CSI_C1 = 0x9b
const OSC_C1 = 0x9d
const ST_C1 = 0x9c

/**
 * Removes ANSI/VT escape sequences (CSI, OSC such as hyperlinks, DCS/SOS/PM/APC strings and
 * two-character escapes), other C0/C1 controls except tab and newline, and bidirectional
 * overrides/isolates that can make text read differently from what it is. Zero-width joiners
 * stay: emoji need them, and they cannot reorder text.
 */
export function stripControl(text: string): string {
  let out = ''
  let index = 0
  const length = text.length
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code === ESC || code === CSI_C1 || code === OSC_C1) {
      index = skipEscape(text, index)
      continue
    }
    if (isDroppedControl(code)) {
      index++
      continue
    }
    // Copy a run of ordinary characters at once: far faster than one at a time on large input.
    let end = index + 1
    while (end < length) {
      const next = text.charCodeAt(end)
      if (next === ESC || isDroppedControl(next)) break
      end++
    }
    out += text.slice(index, end)
    index = end
  }
  return out
}

function isDroppedControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return false
  if (code < 0x20 || code === 0x7f) return true
  if (code >= 0x80 && code <= 0x9f) return true
  if (code >= 0x202a && code <= 0x202e) return true
  if (code >= 0x2066 && code <= 0x2069) return true
  return false
}

/**
 * Returns the index just past the escape sequence starting at `start`. Each character is looked
 * at once; a character that cannot belong to the sequence ends it and is left for the caller, so
 * a broken escape never swallows the newline or text after it.
 */
function skipEscape(text: string, start: number): number {
  const length = text.length
  const first = text.charCodeAt(start)
  let index = start + 1
  let kind: number
  if (first === CSI_C1) kind = 0x5b
  else if (first === OSC_C1) kind = 0x5d
  else {
    if (index >= length) return index
    kind = text.charCodeAt(index)
    // ESC followed by something no sequence starts with: drop the ESC alone.
    if (kind < 0x20 || kind > 0x7e) return index
    index++
  }
  if (kind === 0x5b) {
    // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
    while (index < length) {
      const code = text.charCodeAt(index)
      if (code >= 0x20 && code <= 0x3f) {
        index++
        continue
      }
      if (code >= 0x40 && code <= 0x7e) return index + 1
      return index
    }
    return index
  }
  if (kind === 0x5d || kind === 0x50 || kind === 0x58 || kind === 0x5e || kind === 0x5f) {
    // OSC, DCS, SOS, PM, APC: a string ended by BEL, ESC \ or ST; a newline ends a broken one.
    while (index < length) {
      const code = text.charCodeAt(index)
      if (code === BEL || code === ST_C1) return index + 1
      if (code === ESC) return text.charCodeAt(index + 1) === 0x5c ? index + 2 : index
      if (code === 0x0a) return index
      index++
    }
    return index
  }
  // nF escapes (ESC ( B and friends) take intermediate bytes and one final byte.
  if (kind >= 0x20 && kind <= 0x2f) {
    while (index < length) {
      const code = text.charCodeAt(index)
      if (code >= 0x20 && code <= 0x2f) {
        index++
        continue
      }
      return code >= 0x30 && code <= 0x7e ? index + 1 : index
    }
  }
  // Two-character escapes: ESC 7, ESC =, ESC M, ...
  return index
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** `<img`, `<a `, `<!--` and `</details>` become text. Untrusted text never goes into an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character])
}

/** A backtick fence longer than any run of backticks inside, so the text cannot close it. */
export function fenceFor(text: string): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1))
}

function longestBacktickRun(text: string): number {
  let longest = 0
  let run = 0
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 0x60) {
      run++
      if (run > longest) longest = run
    } else {
      run = 0
    }
  }
  return longest
}

export const ZERO_WIDTH_SPACE = '\u200b'

/** `@user` and `@org/team` would notify people: a zero-width space after `@` keeps it readable and inert. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
}

/**
 * `#1`, `owner/repo#1` and `GH-1` would put a backlink on another issue, and a bare URL becomes a
 * link (to an issue, a backlink too; elsewhere, a phishing link). Each is broken by a zero-width space.
 */
export function defangReferences(text: string): string {
  return text
    .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\bGH-(?=[0-9])/gi, (match) => `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
    .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
}

/** Mentions and references together: what every piece of untrusted text shown on GitHub needs. */
export function neutraliseReferences(text: string): string {
  return defangReferences(neutraliseMentions(text))
}

/** Untrusted text as one line of plain Markdown prose (a table cell, a reason, a finding). */
export function safeInline(text: string): string {
  const flat = stripControl(text).replace(/\r?\n/g, ' ')
  return neutraliseReferences(escapeHtml(flat))
    .replace(/([\\`*_[\]~|])/g, '\\$1')
    .replace(/^(\s*)([-+#=>])/, '$1\\$2')
}

/** Untrusted text inside raw HTML we write (a `<summary>`): Markdown is not read there, so only HTML escaping. */
export function safeHtmlText(text: string): string {
  return neutraliseReferences(escapeHtml(stripControl(text).replace(/\r?\n/g, ' ')))
}

/**
 * Untrusted text as inline code: shown exactly (test names stay copyable), inert as HTML and as a
 * mention. In a table cell `|` must still be escaped, or it would end the cell.
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  // Text with HTML in it is written as an escaped <code> element, so no raw tag is ever in the source.
  if (/[<>&]/.test(text)) return `<code>${safeInline(text)}</code>`
  let clean = neutraliseMentions(stripControl(text).replace(/\r?\n/g, ' '))
  if (options.inTable) clean = clean.replace(/\|/g, '\\|')
  const ticks = '`'.repeat(longestBacktickRun(clean) + 1)
  // A space on both sides lets the span start or end with a backtick.
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : ''
  return `${ticks}${pad}${clean}${pad}${ticks}`
}

/** A block of untrusted output as a code fence that nothing inside can break out of. */
export function codeBlock(text: string, language = ''): string {
  const clean = neutraliseReferences(stripControl(text)).replace(/\n+$/, '')
  const fence = fenceFor(clean)
  return `${fence}${language}\n${clean}\n${fence}`
}

/** Cuts `text` to at most `maxChars` UTF-16 units without splitting a surrogate pair. */
export function sliceSafe(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  let end = Math.max(0, maxChars)
  const code = text.charCodeAt(end - 1)
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end--
  return text.slice(0, end)
}
