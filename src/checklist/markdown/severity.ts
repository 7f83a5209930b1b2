/**
 * Severity of a Markdown item, read from the words around it (the README's "Markdown checklists"
 * section states the same rules for users):
 *
 * 1. The nearest place that says something decides: the item's own text, then its parent boxes
 *    from the closest out, then its headings from the closest up. Nothing said anywhere: blocking.
 * 2. Headings and parent boxes label what is under them, so any severity word in them counts. An
 *    item's own text mostly describes a task ("remove optional flags"), so only labels count there:
 *    a bracketed label at its start ("(optional)", "[P2]", "(not optional)"), a field ("Severity:
 *    low", "Optional: no"), a priority tag (P0–P3) or a phrase that is only ever a label
 *    ("non-blocking", "nice to have", "mandatory").
 * 3. Negation is read: "not optional" and "Optional: no" block, "not blocking" warns.
 * 4. Words that state the need (required, optional, blocking, recommended…) outrank words that
 *    rank priority (P0–P3, critical/high/medium/low priority): "High Priority (RECOMMENDED)" warns.
 *    Where words of the same kind disagree, blocking wins: "not blocking? (yes, blocking)" blocks.
 * 5. Conditions ("(if required)", "if using Kubernetes", a heading for one platform) make an item a
 *    warning, unless the nearest word about severity is a requirement ("MUST COMPLETE"). Their
 *    words are never read as severity words ("if required" does not mean "required").
 * 6. Only visible words count (see wording.ts): a link's address, an HTML attribute or an image's
 *    alt text cannot soften an item; a word split by an invisible character or written as
 *    character references reads as the word it shows.
 * 7. Text with direction-changing characters can show other words than it holds: it blocks.
 *
 * A Markdown item is at most a warning: `info` (never counts) can only be written in YAML, where
 * the reviewer sees `severity: info` on the item itself.
 */
import { DEFAULT_SEVERITY } from '../defaults.js'
import { quoteSource, visibleText, vocabulary, type Found, type Phrase, type Place } from './wording.js'

export interface SeverityReading {
  severity: 'blocking' | 'warning'
  /** Where a severity other than the default came from, for the report: `"optional" in the heading "Extras" on line 12`. */
  from?: string
}

/** A heading or a parent box, as severity reads it. */
export interface Context {
  /** As written, markup kept. */
  text: string
  title: string
  line: number
}

/** What a severity phrase means: which way, and whether it states the need or ranks priority. */
interface SeverityWord {
  severity: 'blocking' | 'warning'
  states: 'need' | 'priority'
}

const BLOCKS_NEED: SeverityWord = { severity: 'blocking', states: 'need' }
const WARNS_NEED: SeverityWord = { severity: 'warning', states: 'need' }
const BLOCKS_RANK: SeverityWord = { severity: 'blocking', states: 'priority' }
const WARNS_RANK: SeverityWord = { severity: 'warning', states: 'priority' }

const NOT = String.raw`(?:not|non|never|no\s+longer|isn'?t|aren'?t)[\s-]*`
const IS = String.raw`\s*[:?=]\s*`
const YES = String.raw`(?:yes|true)\b`
const NO = String.raw`(?:no|false|none)\b`

/** Ordered: where two phrases start at the same word, the earlier (longer, more specific) one is read. */
const SEVERITY_PHRASES: Array<Phrase<SeverityWord>> = [
  // Conditions are read on their own (CONDITION_PHRASES); here they only keep "required" from being read alone.
  { pattern: String.raw`(?:if|when|where|as)\s+(?:required|applicable|needed|necessary|appropriate)\b`, means: null, where: 'everywhere' },
  { pattern: String.raw`${NOT}optional\b`, means: BLOCKS_NEED, where: 'everywhere' },
  { pattern: String.raw`optional${IS}${NO}`, means: BLOCKS_NEED, where: 'everywhere' },
  { pattern: String.raw`optional${IS}${YES}`, means: WARNS_NEED, where: 'everywhere' },
  { pattern: String.raw`${NOT}(?:an?\s+)?(?:blocking|blocker)\b`, means: WARNS_NEED, where: 'everywhere' },
  { pattern: String.raw`(?:does\s+not|doesn'?t|will\s+not|won'?t)\s+block\b`, means: WARNS_NEED, where: 'everywhere' },
  { pattern: String.raw`(?:blocking|blocker|required|mandatory)${IS}${NO}`, means: WARNS_NEED, where: 'everywhere' },
  { pattern: String.raw`(?:blocking|blocker|required|mandatory)${IS}${YES}`, means: BLOCKS_NEED, where: 'everywhere' },
  { pattern: String.raw`sev(?:erity)?${IS}(?:low|minor|trivial|medium|moderate|info)\b`, means: WARNS_NEED, where: 'everywhere' },
  { pattern: String.raw`sev(?:erity)?${IS}(?:high|major|critical|blocker|blocking)\b`, means: BLOCKS_NEED, where: 'everywhere' },
  { pattern: String.raw`priority${IS}(?:low|lower|medium|minor|P[2-4])\b`, means: WARNS_RANK, where: 'everywhere' },
  { pattern: String.raw`priority${IS}(?:high|highest|critical|urgent|P[01])\b`, means: BLOCKS_RANK, where: 'everywhere' },
  // "Not required for launch" under a heading waives; in an item's own text ("check a restart is not required") it describes the task.
  { pattern: String.raw`${NOT}(?:required|mandatory)\b`, means: WARNS_NEED, where: 'headings' },
  { pattern: String.raw`${NOT}(?:required|mandatory)\b`, means: null, where: 'everywhere' },
  { pattern: String.raw`${NOT}critical\b`, means: WARNS_RANK, where: 'headings' },
  { pattern: String.raw`not\s+recommended\b`, means: null, where: 'everywhere' },
  { pattern: String.raw`nice[\s-]+to[\s-]+have\b`, means: WARNS_NEED, where: 'everywhere' },
  { pattern: String.raw`(?:low|lower|medium)[\s-]+priority\b`, means: WARNS_RANK, where: 'everywhere' },
  { pattern: String.raw`(?:critical|high|highest|top|urgent)[\s-]+priority\b`, means: BLOCKS_RANK, where: 'everywhere' },
  { pattern: String.raw`(?:mandatory|required)\b`, means: BLOCKS_NEED, where: 'everywhere' },
  { pattern: String.raw`(?<![\w-])P[01](?![\w-])`, means: BLOCKS_RANK, where: 'everywhere', caseSensitive: true },
  { pattern: String.raw`(?<![\w-])P[2-4](?![\w-])`, means: WARNS_RANK, where: 'everywhere', caseSensitive: true },
  { pattern: String.raw`(?:strongly\s+)?recommended\b`, means: WARNS_NEED, where: 'headings' },
  { pattern: String.raw`optional\b`, means: WARNS_NEED, where: 'headings' },
  { pattern: String.raw`(?:blocking|blockers?)\b`, means: BLOCKS_NEED, where: 'headings' },
  { pattern: String.raw`must(?:[\s-]+have)?\b`, means: BLOCKS_NEED, where: 'headings' },
  { pattern: String.raw`critical\b`, means: BLOCKS_RANK, where: 'headings' },
  // "Medium" alone has always marked a section of lesser priority ("Phase 3: Medium").
  { pattern: String.raw`medium\b`, means: WARNS_RANK, where: 'headings' },
  // "Low" alone only as a whole label: "### Low" or "(low)", never "Low-latency checks".
  { pattern: String.raw`(?:low|minor|trivial)\b`, means: WARNS_RANK, where: 'labels' },
  { pattern: String.raw`(?:high|urgent)\b`, means: BLOCKS_RANK, where: 'labels' }
]

const WORDS = vocabulary(SEVERITY_PHRASES)
const DEFAULT: SeverityReading = { severity: DEFAULT_SEVERITY }

/** What one text says, if anything: the deciding phrase and its meaning. */
interface Opinion {
  severity: 'blocking' | 'warning'
  phrase: string
  states: SeverityWord['states']
}

/** What `text` says about severity, read as a heading or as an item's own text (rules 2–6 above). */
function readSeverityWords(text: string, place: Place): Opinion | undefined {
  if (DIRECTION_CONTROLS.test(text)) return { severity: 'blocking', phrase: 'direction-changing characters', states: 'need' }
  return decide(WORDS.read(visibleText(text), place))
}

/** Bidirectional overrides, embeddings, isolates and marks: they reorder what a reader sees. */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

function decide(found: Array<Found<SeverityWord>>): Opinion | undefined {
  const needs = found.filter((entry) => entry.means.states === 'need')
  const deciding = needs.length > 0 ? needs : found
  const winner = deciding.find((entry) => entry.means.severity === 'blocking') ?? deciding[0]
  return winner ? { severity: winner.means.severity, phrase: winner.phrase, states: winner.means.states } : undefined
}

/**
 * Conditions: an item that applies only in some set-ups ("(if applicable)", "if using Kubernetes",
 * a heading for one platform) is a warning, unless the nearest place that says anything about
 * severity says it is required. A condition is read in the item's own text, its parent boxes and
 * its headings; in a bracket it may name anything ("(if using CUDA/MPS)").
 */
const PLATFORM = String.raw`(?:apple\s+silicon|mac\s?os|windows|linux|arm64|gpus?|cuda|mps|mlx|kubernetes|k8s|docker|systemd)`
const CONDITION_PHRASES: Array<Phrase<true>> = [
  // In a bracket, a condition reads to its end: "(if using CUDA/MPS)", "(only when exposed externally)".
  { pattern: String.raw`(?:only\s+)?(?:if|when|unless)\s[^()[\]]*`, means: true, where: 'labels' },
  {
    pattern: String.raw`if\s+(?:using|you\s+use|running\s+on|deploying\s+(?:to|on)|applicable|required|needed|necessary|enabled|exposed|upgraded|changed|available|relevant|appropriate|any)\b`,
    means: true,
    where: 'everywhere'
  },
  { pattern: String.raw`(?:where|when|as)\s+(?:applicable|needed|required|necessary|appropriate)\b`, means: true, where: 'everywhere' },
  { pattern: String.raw`only\s+(?:if|when)\b`, means: true, where: 'everywhere' },
  { pattern: String.raw`(?:for|on)\s+${PLATFORM}\b`, means: true, where: 'headings' },
  { pattern: String.raw`${PLATFORM}[\s-]+(?:optimi[sz]ations?|specific|only)\b`, means: true, where: 'headings' }
]
const CONDITIONS = vocabulary(CONDITION_PHRASES)

/** The first condition in `text`, if any. */
function readCondition(text: string, place: Place): string | undefined {
  return CONDITIONS.read(visibleText(text), place)[0]?.phrase
}

/** Each heading and parent box is read once, however many items sit under it. */
const readings = new WeakMap<Context, { opinion?: Opinion; condition?: string }>()
function wordsOf(context: Context): { opinion?: Opinion; condition?: string } {
  let words = readings.get(context)
  if (!words) {
    const opinion = readSeverityWords(context.text, 'heading')
    const condition = readCondition(context.text, 'heading')
    words = { ...(opinion ? { opinion } : {}), ...(condition ? { condition } : {}) }
    readings.set(context, words)
  }
  return words
}

const IN_GROUP = (group: Context) => `in the parent box ${quoteSource(group.title)} on line ${group.line}`
const IN_HEADING = (heading: Context) => `in the heading ${quoteSource(heading.title)} on line ${heading.line}`

/** A box: its own text, then its parent boxes from the closest out, then its headings from the closest up. */
export function boxSeverity(ownText: string, groups: readonly Context[], headings: readonly Context[]): SeverityReading {
  const own = readSeverityWords(ownText, 'item')
  if (own) return reading(own, 'in its own text')
  const condition = readCondition(ownText, 'item')
  return contextSeverity(groups, headings, condition === undefined ? undefined : `${quoteSource(condition)} in its own text`)
}

/** A row of a status table, a command of a shell block, or anything else whose only context is its headings. */
export function tableRowSeverity(headings: readonly Context[]): SeverityReading {
  return contextSeverity([], headings)
}

/**
 * The nearest parent box or heading that says something decides; a condition anywhere (nearest
 * first) makes the item a warning unless that nearest word is a requirement ("MUST COMPLETE").
 */
function contextSeverity(groups: readonly Context[], headings: readonly Context[], ownCondition?: string): SeverityReading {
  const places = [
    ...[...groups].reverse().map((group) => ({ context: group, where: IN_GROUP })),
    ...[...headings].reverse().map((heading) => ({ context: heading, where: IN_HEADING }))
  ]
  let condition = ownCondition
  let said: { opinion: Opinion; where: string } | undefined
  for (const { context, where } of places) {
    const words = wordsOf(context)
    if (condition === undefined && words.condition !== undefined) condition = `${quoteSource(words.condition)} ${where(context)}`
    if (!said && words.opinion) said = { opinion: words.opinion, where: where(context) }
    if (said && condition !== undefined) break
  }
  if (said && (condition === undefined || said.opinion.severity === 'warning' || said.opinion.states === 'need')) return reading(said.opinion, said.where)
  return condition === undefined ? DEFAULT : { severity: 'warning', from: `${condition} (a condition)` }
}

/** Signatures and fill-in fields always block: a sign-off the file asks for is never optional. */
export const SIGNATURE_SEVERITY: SeverityReading = DEFAULT

function reading(opinion: Opinion, where: string): SeverityReading {
  return opinion.severity === DEFAULT_SEVERITY ? DEFAULT : { severity: 'warning', from: `${quoteSource(opinion.phrase)} ${where}` }
}
