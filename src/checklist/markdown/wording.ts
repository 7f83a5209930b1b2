/**
 * Reading meaning from the words of a checklist: the text a reader actually sees, phrases looked
 * up in a vocabulary, and the nearest place that says something deciding for an item. Severity
 * (severity.ts) is the first vocabulary; phases and conditions can be read the same way.
 *
 * Only visible words count. A pull request can edit the checklist, and words a reviewer does not
 * see — in a link's address or title, an image's alt text, an HTML attribute, a footnote mark, an
 * HTML comment — must not change what an item means.
 */
import { MAX_QUOTED_SOURCE_CHARS } from '../limits.js'

/** Where a text sits: headings and parent boxes label what is under them; an item's own text mostly describes a task. */
export type Place = 'heading' | 'item'

/**
 * One phrase of a vocabulary. `pattern` is a regular expression source without capturing groups,
 * matched case-insensitively on word boundaries, and must stay linear on any input.
 * - `everywhere`: read in an item's own text as well as in headings and parent boxes;
 * - `headings`: read in headings and parent boxes, and in an item's bracketed label ("(optional)");
 * - `labels`: read only as a whole bracketed label ("(low)") or a whole heading ("### Low").
 * `means: null` consumes the phrase without meaning anything, so its words cannot be read alone
 * ("if required" is a condition, not a demand).
 */
export interface Phrase<M> {
  pattern: string
  means: M | null
  where: 'everywhere' | 'headings' | 'labels'
  /** Matched as written: `P0` is a priority, `p0` could be anything. */
  caseSensitive?: boolean
}

export interface Found<M> {
  means: M
  /** The words as they appear in the visible text. */
  phrase: string
}

interface Vocabulary<M> {
  /** Every meaningful phrase in `text`, in order; overlapping phrases are read once, the longer written first in the vocabulary. */
  read(text: string, place: Place): Array<Found<M>>
}

/** A vocabulary compiled into a few linear scans. Phrases earlier in the list win where two start at the same word. */
export function vocabulary<M>(phrases: Array<Phrase<M>>): Vocabulary<M> {
  const compile = (list: Array<Phrase<M>>, flags: string): Scan<M> | undefined =>
    list.length === 0 ? undefined : { pattern: new RegExp(list.map((phrase) => `\\b(${phrase.pattern})`).join('|'), flags), list }
  const inPlace = (place: Place) => phrases.filter((phrase) => phrase.where === 'everywhere' || (place === 'heading' && phrase.where === 'headings'))
  const scans: Record<Place, Array<Scan<M> | undefined>> = {
    heading: [compile(inPlace('heading').filter(isFolded), 'gi'), compile(inPlace('heading').filter(isExact), 'g')],
    item: [compile(inPlace('item').filter(isFolded), 'gi'), compile(inPlace('item').filter(isExact), 'g')]
  }
  // Sticky: a label is read from its first word only.
  const labels = [compile(phrases.filter(isFolded), 'iy'), compile(phrases.filter(isExact), 'y')]

  /** A phrase that is the whole label, or starts it and is followed only by punctuation and more words ("(optional, but nice)"). */
  const readLabel = (content: string, whole: boolean, into: Array<Found<M>>) => {
    const words = content.replace(/^\s*(?:yes|no)\s*[,:;–—-]\s*/i, '').trimStart()
    for (const scan of labels) {
      if (!scan) continue
      scan.pattern.lastIndex = 0
      const match = scan.pattern.exec(words)
      if (!match) continue
      const after = words.slice(match[0].length)
      if (whole ? /^[\s\p{P}\p{S}]*$/u.test(after) : /^\s*(?:$|[,;:.!?–—-])/.test(after)) {
        const means = meaningOf(scan, match)
        if (means !== null) into.push({ means, phrase: match[0] })
        return
      }
    }
  }

  return {
    read(text, place) {
      const found: Array<Found<M>> = []
      for (const scan of scans[place]) {
        if (!scan) continue
        // exec, not matchAll: matchAll copies the regular expression on every call.
        scan.pattern.lastIndex = 0
        for (let match = scan.pattern.exec(text); match; match = scan.pattern.exec(text)) {
          const means = meaningOf(scan, match)
          if (means !== null) found.push({ means, phrase: match[0] })
        }
      }
      if (/[([]/.test(text)) for (const bracket of text.matchAll(/[([]([^()[\]]*)[)\]]/g)) readLabel(bracket[1], false, found)
      if (place === 'heading') readLabel(text.replace(/^[^\p{L}]+/u, ''), true, found)
      return found
    }
  }
}

/** A compiled alternation and the phrases behind its groups, in order. */
interface Scan<M> {
  pattern: RegExp
  list: Array<Phrase<M>>
}

const isFolded = <M>(phrase: Phrase<M>) => !phrase.caseSensitive
const isExact = <M>(phrase: Phrase<M>) => phrase.caseSensitive === true

/** Each phrase has exactly one group, so the first group that took part names the phrase. */
function meaningOf<M>(scan: Scan<M>, match: RegExpExecArray): M | null {
  return scan.list[match.slice(1).findIndex((group) => group !== undefined)]?.means ?? null
}

/** Characters that render as nothing: a word split by one still reads as the word. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * The text a reader of the rendered Markdown sees, on one line: link text without its address or
 * title, no images, HTML tags, footnote marks or reference labels, emphasis and code marks as
 * spaces, escapes and character references undone, invisible characters dropped, compatibility
 * forms (fullwidth letters, odd dashes) as their plain letters. Linear.
 */
export function visibleText(text: string): string {
  // Most titles hold no markup at all; they skip the bookkeeping below.
  const shown = /[\\<[*_~`]/.test(text) ? withoutMarkup(text) : text
  return shown
    .replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([a-z]{2,5}));/g, (entity, decimal?: string, hex?: string, name?: string) => {
      const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined
      if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
      return NAMED_ENTITIES[name ?? ''] ?? entity
    })
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Link text without its address, no images, tags, footnote marks or reference labels; brackets paired once, hidden ranges summed once. */
function withoutMarkup(text: string): string {
  const escaped = new Uint8Array(text.length)
  for (let at = 0; at < text.length - 1; at++) if (text[at] === '\\' && /[!-/:-@[-`{-~]/.test(text[at + 1])) escaped[at + 1] = 1
  const parenClose = pairs(text, '(', ')', escaped)
  const bracketClose = pairs(text, '[', ']', escaped)
  // +1 where a hidden range starts, -1 where it ends: a running sum over the text says what is hidden.
  const hidden = new Int32Array(text.length + 1)
  const hide = (from: number, to: number) => {
    hidden[from]++
    hidden[to]--
  }
  const tag = /<\/?[A-Za-z][^<>]*>|<(?:https?|mailto):[^<>\s]*>/y
  for (let at = 0; at < text.length; at++) {
    const character = text[at]
    if (escaped[at]) continue
    if (character === '\\' && at + 1 < text.length && escaped[at + 1]) hide(at, at + 1)
    else if (character === '<') {
      tag.lastIndex = at
      const match = tag.exec(text)
      if (match) hide(at, at + match[0].length)
    } else if (character === '[' && bracketClose[at] !== -1) {
      const close = bracketClose[at]
      const next = close + 1
      const image = at > 0 && text[at - 1] === '!' && !escaped[at - 1]
      if (text[at + 1] === '^') hide(at, close + 1)
      else if (text[next] === '(' && parenClose[next] !== -1) {
        if (image) hide(at - 1, parenClose[next] + 1)
        else {
          hide(at, at + 1)
          hide(close, parenClose[next] + 1)
        }
      } else if (text[next] === '[' && bracketClose[next] !== -1) {
        hide(at, at + 1)
        hide(close, bracketClose[next] + 1)
      }
    }
  }
  let out = ''
  let depth = 0
  for (let at = 0; at < text.length; at++) {
    depth += hidden[at]
    if (depth > 0) {
      if (out !== '' && !out.endsWith(' ')) out += ' '
      continue
    }
    const character = text[at]
    out += !escaped[at] && (character === '*' || character === '_' || character === '~' || character === '`') ? ' ' : character
  }
  return out
}

/** For each opening character, the index of its closing partner (nesting respected), or -1. */
function pairs(text: string, open: string, close: string, escaped: Uint8Array): Int32Array {
  const partner = new Int32Array(text.length).fill(-1)
  const stack: number[] = []
  for (let at = 0; at < text.length; at++) {
    if (escaped[at]) continue
    if (text[at] === open) stack.push(at)
    else if (text[at] === close && stack.length > 0) partner[stack.pop()!] = at
  }
  return partner
}

/** Text quoted in a message: one line, cut short. */
export function quoteSource(text: string): string {
  // Cut before tidying: a megabyte heading must not be rewritten to show sixty characters of it.
  const line = text
    .slice(0, MAX_QUOTED_SOURCE_CHARS * 4)
    .replace(/\s+/g, ' ')
    .trim()
  return `"${line.length > MAX_QUOTED_SOURCE_CHARS ? `${line.slice(0, MAX_QUOTED_SOURCE_CHARS - 1)}…` : line}"`
}
