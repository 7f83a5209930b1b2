/**
 * Text from gates and checklists on its way into Markdown. Everything here is a linear scan:
 * this runs on untrusted output, and regex back-tracking there has been a ReDoS before (ansi-regex).
 */

const ESC = 0x1b
const BEL = 0x07

/**
 * Removes ANSI/VT escape sequences (CSI, OSC such as hyperlinks, DCS/SOS/PM/APC strings and
 * two-character escapes), other C0/C1 controls except tab and newline, and bidirectional
 * overrides/isolates that can make text read differently from what it is.
 */
export function stripControl(text: string): string {
  let out = ''
  let index = 0
  const length = text.length
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code === ESC || code === 0x9b) {
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
      if (next === ESC || next === 0x9b || isDroppedControl(next)) break
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

/** Returns the index just past the escape sequence starting at `start`. */
function skipEscape(text: string, start: number): number {
  const length = text.length
  let index = start
  let kind: number
  if (text.charCodeAt(index) === 0x9b) {
    kind = 0x5b // C1 CSI behaves as ESC [
    index++
  } else {
    index++
    if (index >= length) return index
    kind = text.charCodeAt(index)
    index++
  }
  if (kind === 0x5b) {
    // CSI: parameter and intermediate bytes, then one final byte in @–~.
    while (index < length) {
      const code = text.charCodeAt(index)
      index++
      if (code >= 0x40 && code <= 0x7e) break
      if (code < 0x20 || code > 0x3f) {
        if (!(code >= 0x20 && code <= 0x2f)) break
      }
    }
    return index
  }
  if (kind === 0x5d || kind === 0x50 || kind === 0x58 || kind === 0x5e || kind === 0x5f) {
    // OSC, DCS, SOS, PM, APC: a string ended by BEL or ESC \ (or cut off by a newline).
    while (index < length) {
      const code = text.charCodeAt(index)
      if (code === BEL) return index + 1
      if (code === ESC && text.charCodeAt(index + 1) === 0x5c) return index + 2
      if (code === 0x0a) return index
      index++
    }
    return index
  }
  // Two-character escapes (ESC 7, ESC =, ESC ( B takes one more).
  if (kind >= 0x20 && kind <= 0x2f && index < length) return index + 1
  return index
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Enough for text content: untrusted text never goes into an attribute, so quotes stay readable. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (character) => HTML_ESCAPES[character])
}

/** A backtick fence longer than any run of backticks inside, so the text cannot close it. */
export function fenceFor(text: string): string {
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
  return '`'.repeat(Math.max(3, longest + 1))
}

const ZERO_WIDTH_SPACE = '\u200b'

/**
 * `@user` and `@org/team` would notify people; `owner/repo#1` and `#1` would create backlinks on
 * other issues. A zero-width space after `@` and `#` keeps the text readable and inert.
 */
export function neutraliseReferences(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`).replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
}

/** Prose from untrusted text (a reason, a finding, a test name) as safe inline Markdown. */
export function safeInline(text: string): string {
  const flat = stripControl(text).replace(/\r?\n/g, ' ')
  return neutraliseReferences(escapeHtml(flat)).replace(/\|/g, '\\|').replace(/([\\`*_[\]])/g, '\\$1')
}

/** A block of untrusted output as a code fence that nothing inside can break out of. */
export function codeBlock(text: string, language = ''): string {
  const clean = neutraliseReferences(stripControl(text)).replace(/\n+$/, '')
  const fence = fenceFor(clean)
  return `${fence}${language}\n${clean}\n${fence}`
}
