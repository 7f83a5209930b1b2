/**
 * When a Markdown item is done, read from the words around it (the README's "Markdown checklists"
 * section states the same rules for users). Only what must be true before deploying decides the
 * verdict, so reading a deployment step as a precondition blocks forever, while reading a
 * precondition as a deployment step lets it through: every rule leans towards `pre-deploy`.
 *
 * 1. The nearest place that says something decides: the item's own labels, then its parent boxes
 *    from the closest out, then the sentence that introduces its list ("After deployment,
 *    schedule:"), then its headings from the closest up (XML-like section tags such as
 *    `<post-deployment>` count as headings). Nothing said anywhere: `pre-deploy`.
 * 2. Headings (and tags, and introductions) count every phase phrase: deployment steps, day or
 *    execution, rollouts, post-deployment, monitoring windows ("First 24 Hours", "Week 1"), success
 *    metrics to watch, rollback procedures. A numbered "Phase 2: Canary" plan of later environments
 *    is `post-deploy` unless it says it comes first.
 * 3. Parent boxes describe tasks ("Deployment runbook created", "Rollback procedures tested"), so
 *    only unmistakable phrases count there: "Deploy to production", "Post-deployment verification",
 *    "During deployment", a monitoring window. An item's own text counts only a bracketed label
 *    ("(post-deploy)"), a bold lead-in ("**Hour 1**: …") or a `Phase: post-deploy` field.
 * 4. Words that disagree in one place: `pre-deploy` wins ("Rollout readiness", "Pre-Deployment").
 * 5. Rollback triggers ("Rollback Criteria", "Immediately rollback if:") are conditions, not tasks:
 *    a box under one that reads as a condition ("Error rate > 10%", "Data corruption detected") is a
 *    trigger, listed once as "Roll back if: …"; any other box there is read as if the trigger words
 *    were not there, so a task cannot hide in a trigger list.
 * 6. Only visible words count (wording.ts); text with direction-changing characters is `pre-deploy`.
 *
 * Every phase other than `pre-deploy` says where it came from, so a pull request that moves a gate
 * out of the decision by rewording a heading shows it in the report.
 */
import type { Phase } from '../types.js'
import type { Context } from './severity.js'
import { quoteSource, visibleText, vocabulary, type Found, type Phrase } from './wording.js'

export interface PhaseReading {
  phase: Phase
  /** Where a phase other than `pre-deploy` came from: `"Post-Deployment" in the heading "Post-Deployment" on line 40`. */
  from?: string
  /** A rollback condition, not an item. */
  trigger?: boolean
}

type PhaseWord = Phase | 'trigger'

/** Where a phrase counts: headings (also tags and introductions), parent boxes, or an item's own bracketed label. */
interface PhasePhrase {
  pattern: string
  means: PhaseWord
  in: 'headings' | 'boxes'
  /** Only as a whole heading or label ("## Rollback"), never inside other words. */
  whole?: boolean
}

const DEPLOYING = String.raw`(?:deploy(?:ment|ing)?|releas(?:e|ing)|launch(?:ing)?|go(?:ing)?[\s-]+live|roll[\s-]?out|cut[\s-]?over)`
const ROLLBACK = String.raw`roll(?:ing)?[\s-]?back`

/** Ordered: where two phrases start at the same word, the earlier (longer) one is read. */
const PHASE_PHRASES: PhasePhrase[] = [
  { pattern: String.raw`pre[\s-]?(?:deploy(?:ment|ing)?|release|production|prod|launch|flight|go[\s-]?live|roll[\s-]?out|cut[\s-]?over)\b`, means: 'pre-deploy', in: 'boxes' },
  { pattern: String.raw`before\s+(?:the\s+)?(?:${DEPLOYING}|going\s+(?:to|into)\s+production|production)\b`, means: 'pre-deploy', in: 'boxes' },
  { pattern: String.raw`deploy(?:ment)?\s+(?:prep(?:aration)?|readiness|prerequisites)\b`, means: 'pre-deploy', in: 'headings' },
  { pattern: String.raw`prerequisites?\b`, means: 'pre-deploy', in: 'headings' },
  { pattern: String.raw`post[\s-]?(?:deploy(?:ment|ing)?|release|launch|go[\s-]?live|roll[\s-]?out|cut[\s-]?over|production)\b`, means: 'post-deploy', in: 'boxes' },
  { pattern: String.raw`after\s+(?:the\s+)?(?:${DEPLOYING}|going\s+live)\b`, means: 'post-deploy', in: 'boxes' },
  { pattern: String.raw`${ROLLBACK}\s+(?:criteria|triggers?|conditions|thresholds)\b`, means: 'trigger', in: 'headings' },
  { pattern: String.raw`(?:immediately\s+)?${ROLLBACK}\s+(?:if|when)\b`, means: 'trigger', in: 'boxes' },
  { pattern: String.raw`when\s+to\s+roll\s?back\b`, means: 'trigger', in: 'headings' },
  { pattern: String.raw`${ROLLBACK}\s+(?:plan|procedures?|steps|process|runbook|instructions)\b`, means: 'post-deploy', in: 'headings' },
  { pattern: String.raw`(?:first|initial|next)\s+\d+\s*(?:h|hrs?|hours?|d|days?|weeks?|min(?:ute)?s?)\b`, means: 'post-deploy', in: 'boxes' },
  { pattern: String.raw`(?:hour|day|week|month)\s+\d+\b`, means: 'post-deploy', in: 'boxes' },
  { pattern: String.raw`monitor(?:ing)?\s+(?:for\s+)?(?:the\s+)?(?:first\s+)?\d+\s*(?:h|hrs?|hours?|days?|min(?:ute)?s?)\b`, means: 'post-deploy', in: 'boxes' },
  { pattern: String.raw`\d+\s*(?:h|hours?)\s+(?:monitoring|window|watch)\b`, means: 'post-deploy', in: 'headings' },
  { pattern: String.raw`success\s+metrics\b`, means: 'post-deploy', in: 'headings' },
  { pattern: String.raw`(?:metrics|kpis?)\s+to\s+(?:watch|monitor|track)\b`, means: 'post-deploy', in: 'headings' },
  { pattern: String.raw`continuous\s+improvement\b`, means: 'post-deploy', in: 'headings' },
  { pattern: String.raw`deploy(?:ment)?\s+(?:day|execution|steps?|procedures?|process|window|tasks)\b`, means: 'deploy', in: 'headings' },
  { pattern: String.raw`during\s+(?:the\s+)?(?:${DEPLOYING}|maintenance\s+window)\b`, means: 'deploy', in: 'boxes' },
  { pattern: String.raw`deploy(?:ing)?\s+(?:to|in(?:to)?|on)\s+(?:the\s+)?(?:staging|production|prod|canary|cluster|kubernetes|k8s)\b`, means: 'deploy', in: 'boxes' },
  { pattern: String.raw`(?:single|multi(?:ple)?)[\s-]?(?:server|node|instance|host|region)s?\s+deploy(?:ment)?\b`, means: 'deploy', in: 'headings' },
  { pattern: String.raw`(?:go[\s-]?live|release)\s+(?:day|steps|execution)\b`, means: 'deploy', in: 'headings' },
  { pattern: String.raw`roll[\s-]?outs?\b`, means: 'deploy', in: 'headings' },
  { pattern: String.raw`cut[\s-]?over\b`, means: 'deploy', in: 'headings' },
  { pattern: ROLLBACK, means: 'post-deploy', in: 'headings', whole: true }
]

const toPhrase = (phrase: PhasePhrase): Phrase<PhaseWord> => ({ pattern: phrase.pattern, means: phrase.means, where: phrase.whole ? 'labels' : 'headings' })
const HEADING_WORDS = vocabulary(PHASE_PHRASES.map(toPhrase))
const BOX_WORDS = vocabulary(PHASE_PHRASES.filter((phrase) => phrase.in === 'boxes').map(toPhrase))
/** An item's own text: a bracketed label ("(post-deploy)") or a field ("Phase: post-deploy"). */
const OWN_WORDS = vocabulary<PhaseWord>([
  { pattern: String.raw`phase\s*:\s*pre[\s-]?deploy(?:ment)?\b`, means: 'pre-deploy', where: 'everywhere' },
  { pattern: String.raw`phase\s*:\s*deploy(?:ment)?\b`, means: 'deploy', where: 'everywhere' },
  { pattern: String.raw`phase\s*:\s*post[\s-]?deploy(?:ment)?\b`, means: 'post-deploy', where: 'everywhere' },
  ...PHASE_PHRASES.filter((phrase) => phrase.in === 'boxes').map((phrase): Phrase<PhaseWord> => ({ ...toPhrase(phrase), where: 'labels' }))
])

/** "Phase 2: Canary (10%)": a numbered step of a plan that names a later environment. */
const NUMBERED_STEP = /\b(?:phase|stage|wave|step|ring)\s*#?\d+\b/i
const LATER_ENVIRONMENT =
  /\b(?:staging|canary|production|prod|pilot|beta|internal\s+users|dogfood\w*|general\s+availability|GA|regions?|cohorts?|all\s+users|customers|early\s+adopters|full\s+roll[\s-]?out)\b|\d+\s*%/i
const COMES_FIRST = /\b(?:first|before|prior\s+to|prerequisites?|pre-)/i

/** A box that reads as a condition to watch rather than a task to do. */
const CONDITION_SHAPE =
  /[<>≥≤]|\b(?:more|less|fewer|greater|higher|lower)\s+than\b|\b(?:exceed\w*|above|below)\b|\b(?:fail\w*|down|detected|discovered|reported|errors?|crash\w*|outage|degraded|corrupt\w*|spikes?|unavailable|unresponsive|not\s+responding|breach\w*|leak\w*|regress\w*|broken|timeouts?|OOM|kills?)\b/i

/** Bidirectional overrides, embeddings, isolates and marks: they reorder what a reader sees. */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

/** What one place says: a phase, and whether it introduces rollback triggers. */
interface Opinion {
  phase?: Phase
  phrase?: string
  trigger?: string
}

const PHASE_ORDER: Phase[] = ['pre-deploy', 'deploy', 'post-deploy']

function decide(found: Array<Found<PhaseWord>>): Opinion | undefined {
  if (found.length === 0) return undefined
  const trigger = found.find((entry) => entry.means === 'trigger')?.phrase
  // Words that disagree: the earliest phase wins, so a precondition is never read as a later step.
  const phase = PHASE_ORDER.map((candidate) => found.find((entry) => entry.means === candidate)).find((entry) => entry !== undefined)
  return { ...(phase ? { phase: phase.means as Phase, phrase: phase.phrase } : {}), ...(trigger ? { trigger } : {}) }
}

/** What a heading, tag or introduction says. */
function readHeading(text: string): Opinion | undefined {
  if (DIRECTION_CONTROLS.test(text)) return { phase: 'pre-deploy', phrase: 'direction-changing characters' }
  const visible = visibleText(text)
  const said = decide(HEADING_WORDS.read(visible, 'heading'))
  if (said?.phase) return said
  const step = NUMBERED_STEP.exec(visible)
  const environment = step ? LATER_ENVIRONMENT.exec(visible) : null
  if (step && environment && !COMES_FIRST.test(visible)) return { ...said, phase: 'post-deploy', phrase: `${step[0]}: ${environment[0]}` }
  return said
}

function readBox(text: string): Opinion | undefined {
  if (DIRECTION_CONTROLS.test(text)) return { phase: 'pre-deploy', phrase: 'direction-changing characters' }
  return decide(BOX_WORDS.read(visibleText(text), 'heading'))
}

/** "**Hour 1**: error rate normal": a bold lead-in labels the item like a heading would. */
const BOLD_LEAD = /^\s*(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)/

function readOwn(text: string): Opinion | undefined {
  if (DIRECTION_CONTROLS.test(text)) return { phase: 'pre-deploy', phrase: 'direction-changing characters' }
  const lead = BOLD_LEAD.exec(text)
  const fromLead = lead ? decide(BOX_WORDS.read(visibleText(lead[1]), 'heading')) : undefined
  return fromLead ?? decide(OWN_WORDS.read(visibleText(text), 'item'))
}

/** Each heading and parent box is read once, however many items sit under it. */
const headingReadings = new WeakMap<Context, Opinion | null>()
const boxReadings = new WeakMap<Context, Opinion | null>()
function cached(cache: WeakMap<Context, Opinion | null>, context: Context, read: (text: string) => Opinion | undefined): Opinion | undefined {
  if (!cache.has(context)) cache.set(context, read(context.text) ?? null)
  return cache.get(context) ?? undefined
}

/** The places around an item, as the phase reads them. */
interface PhaseContexts {
  /** Parent boxes, outermost first. */
  groups: readonly Context[]
  /** The sentence that introduces the item's list ("After deployment, schedule:"). */
  intro?: Context
  /** Headings and open section tags, outermost first. */
  headings: readonly (Context & { tag?: boolean })[]
}

const IN_GROUP = (group: Context) => `in the parent box ${quoteSource(group.title)} on line ${group.line}`
const IN_INTRO = (intro: Context) => `in the sentence ${quoteSource(intro.title)} on line ${intro.line}`
const IN_HEADING = (heading: Context & { tag?: boolean }) =>
  heading.tag ? `in the section tag ${quoteSource(heading.text)} on line ${heading.line}` : `in the heading ${quoteSource(heading.title)} on line ${heading.line}`

const PRE_DEPLOY: PhaseReading = { phase: 'pre-deploy' }

/**
 * The phase of an item (rules 1–6 above). `ownText` is undefined for entries that have no words of
 * their own (a command of a shell block under a heading). `condition` says whether the item reads
 * as a condition, so a rollback trigger list can take it.
 */
export function phaseOf(ownText: string | undefined, contexts: PhaseContexts, condition: boolean): PhaseReading {
  const places: Array<() => PhaseReading | undefined> = []
  // `where` is worded only for the place that decides: a long heading is quoted once, not once per item under it.
  const consider = (said: Opinion | undefined, where: () => string): PhaseReading | undefined => {
    if (!said) return undefined
    if (said.trigger && condition) return { phase: 'post-deploy', trigger: true, from: `${quoteSource(said.trigger)} ${where()}` }
    if (!said.phase) return undefined
    return said.phase === 'pre-deploy' ? PRE_DEPLOY : { phase: said.phase, from: `${quoteSource(said.phrase ?? said.phase)} ${where()}` }
  }
  if (ownText !== undefined) places.push(() => consider(readOwn(ownText), () => 'in its own text'))
  for (let at = contexts.groups.length - 1; at >= 0; at--) {
    const group = contexts.groups[at]
    places.push(() => consider(cached(boxReadings, group, readBox), () => IN_GROUP(group)))
  }
  const intro = contexts.intro
  if (intro) places.push(() => consider(readHeading(intro.text), () => IN_INTRO(intro)))
  for (let at = contexts.headings.length - 1; at >= 0; at--) {
    const heading = contexts.headings[at]
    places.push(() => consider(cached(headingReadings, heading, readHeading), () => IN_HEADING(heading)))
  }
  for (const place of places) {
    const found = place()
    if (found) return found
  }
  return PRE_DEPLOY
}

/** Whether a box's text reads as a condition to watch ("Error rate > 10% for 5+ minutes") rather than a task. */
export function readsAsCondition(text: string): boolean {
  return CONDITION_SHAPE.test(visibleText(text))
}

/** The phase of an entry whose only context is its headings (a signature line, a table row, a command of a shell block). */
export function headingPhase(headings: PhaseContexts['headings']): PhaseReading {
  return phaseOf(undefined, { groups: [], headings }, false)
}
