/**
 * Inline Markdown as the reader needs it: titles without markup, and the blanks a checklist still
 * holds. Every pattern here is linear on any line: the file is untrusted and up to a megabyte on
 * one line.
 */

// Named words only: "[P0]" or "[WIP]" are labels, not blanks.
const PLACEHOLDER = /\[(?:\s*(?:SPECIFY|TBD|TBC|TODO|FILL[ _-]?IN|INSERT\b[^\]]*|NAME|E-?MAIL|DATE|PHONE\b[^\]]*|URL|VALUE|NUMBER|X{2,}|\.{3}|…)\s*|\s*)\]|\bTBD\b|\?{3,}/i
// Case matters here: <YOUR NAME> is a blank, <br> is markup.
const ANGLE_PLACEHOLDER = /<[A-Z][A-Z_ ]*>/

/** Text still to be written: `[SPECIFY]`, `TBD`, `[ ]`, `<YOUR NAME>`, `???`. */
export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text) || ANGLE_PLACEHOLDER.test(text)
}

/**
 * A title as the report shows it, on one line: bold marks, links (to their text), XML-like tags and
 * Markdown escapes (`\<` → `<`) removed outside code spans; code spans keep their text as written.
 */
export function stripInline(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(/`([^`]*)`/g)) {
    out += withoutMarkup(text.slice(last, match.index)) + match[1]
    last = match.index + match[0].length
  }
  out += withoutMarkup(text.slice(last))
  return out.replace(/\s+/g, ' ').trim()
}

function withoutMarkup(text: string): string {
  return (
    text
      .replace(/\*\*|__/g, '')
      .replace(/\[([^\][]+)\]\([^()]*\)/g, '$1')
      // Lower-case names only: `<YOUR NAME>` is a blank to fill in, and stays visible.
      .replace(/(?<!\\)<\/?[a-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
  )
}

/** A right trim by loop: a regex like /[\s*]+$/ retries from every position and turns quadratic. */
export function trimEndOf(text: string, drop: (character: string) => boolean): string {
  let end = text.length
  while (end > 0 && drop(text[end - 1])) end--
  return text.slice(0, end)
}
