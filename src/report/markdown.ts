/**
 * The Markdown report: job summary, PR comment and check-run text all come from here, in the
 * order of outline.ts: verdict and counts; what blocks (run problems, failed gates with their
 * failing tests and assertions, errors with their cause, pending sign-offs by section); warnings;
 * a roll-up per section; then, folded, what passed and the sign-off trail.
 *
 * Everything that came from a checklist or a gate goes through stripControl, the redactor and an
 * escaper for where it lands (prose, raw HTML, inline code, code fence) before it is written.
 */
import { phaseOf, type ChecklistItem, type Phase } from '../checklist/types.js'
import type { CapturedOutput, Finding, GateResult } from '../gates/types.js'
import { renderChecklistChanges } from './checklist-changes.js'
import { createRedactor, type Redactor } from '../text/redact.js'
import { codeSpan, fenceFor, neutraliseReferences, safeHtmlText, safeInline, sliceSafe, stripControl, ZERO_WIDTH_SPACE } from '../text/sanitize.js'
import { fitBlocks, measure, type Block, type Entry, type Omissions, type SizeUnit } from './budget.js'
import { assertionContext, outputLines, tailExcerpt } from './excerpt.js'
import {
  EVIDENCE_ICONS,
  EVIDENCE_LABELS,
  EVIDENCE_ORDER,
  STATUS_ICONS,
  STATUS_WORDS,
  decisionHeading,
  stepWords,
  formatCounts,
  formatDuration,
  itemDuration,
  plural,
  signedCount,
  type PassEvidence
} from './format.js'
import { blobUrl, repositoryPath, type SourceLinks } from './links.js'
import type { RunReport } from './model.js'
import { outlineReport, type Concern, type ItemView, type PassedView, type ReportOutline, type SignoffGroup } from './outline.js'
import { formatNumber } from '../text/format.js'

export type { SourceLinks } from './links.js'

interface RenderOptions {
  /** Size limit of the whole result, header and footer included (see budget.ts for each surface's). */
  maxLength?: number
  /** How maxLength is counted: UTF-16 units (comments, check runs) or UTF-8 bytes (job summary). */
  unit?: SizeUnit
  redactor?: Redactor
  /** Raw Markdown put first (e.g. the sticky comment's hidden marker); never cut. */
  header?: string
  /** Raw Markdown put last; never cut. */
  footer?: string
  /** The PR comment: every sign-off as a box a person can tick. */
  signoffBoxes?: boolean
  /** Links from a finding's file:line to the pull request's head commit; without it locations are plain text. */
  links?: SourceLinks
}

/** Failing gates shown with full details; beyond this they get one line each. */
const MAX_DETAILED_GATES = 50
/** However many gates failed, the first ones keep their details when the report must shrink. */
const KEEP_FULL_FAILURES = 5
/** Failing tests of one gate listed by name, and how many of them get their assertion shown. */
const MAX_LIST_ENTRIES = 20
const MAX_ASSERTIONS_SHOWN = 5
/** A section's pending sign-offs are unfolded when the whole concern has this few. */
const MAX_OPEN_SIGNOFFS = 5
/**
 * Output excerpts: the tail of the output, bounded by lines and characters. Shorter when the
 * failing tests or findings already say what went wrong, longer when the output is the evidence.
 */
const EXCERPT_WITH_DETAILS = { lines: 12, chars: 1_200 }
const EXCERPT_ALONE = { lines: 30, chars: 3_000 }
const MAX_PROSE = 300
const MAX_SHORT = 120
/** The verdict heading and a blocker's first line are short, so both stay on the first screen whatever a title or reason says. */
const MAX_HEADLINE_REASON = 200
const MAX_NOTE = 160
const MAX_WHY = 1_000
/** Rows of the "Checklist changed" section left when the report must shrink (weakening changes come first). */
const CHECKLIST_CHANGES_SHORT_ROWS = 5

/** How untrusted text is made safe for each place it lands. */
interface Text {
  /** Prose, cut to `max` characters so one giant reason cannot crowd out the rest. */
  prose(value: string, max?: number): string
  html(value: string): string
  code(value: string, inTable?: boolean): string
  /** Control characters stripped and secrets redacted, nothing escaped: for code fences. */
  plain(value: string): string
}

/** Inline code (a test name, a command, a path) is cut here: a 50,000-character test name is still one line. */
const MAX_CODE = 300

interface Context {
  text: Text
  boxes: boolean
  links?: SourceLinks
}

/**
 * Renders the report as GitHub Markdown. With `maxLength`, the result fits it: the verdict and
 * what blocks it are kept first, then warnings, the roll-up and the folded lists, and a closing
 * note says what was left out.
 */
export function renderMarkdown(report: RunReport, options: RenderOptions = {}): string {
  const redactor = options.redactor ?? createRedactor()
  const plain = (value: string) => redactor.redact(stripControl(value))
  const text: Text = {
    plain,
    prose: (value, max = MAX_PROSE) => safeInline(clip(plain(value), max)),
    html: (value) => safeHtmlText(clip(plain(value), MAX_PROSE)),
    code: (value, inTable) => codeSpan(clip(plain(value), MAX_CODE), { inTable })
  }
  const context: Context = { text, boxes: options.signoffBoxes ?? false, ...(options.links ? { links: options.links } : {}) }
  const outline = outlineReport(report)

  const blocks: Block[] = [headline(outline, text)]
  const instructions = { shown: false }
  blocks.push(...concernBlocks(outline, 'blocking', context, instructions))
  // What the pull request changed in its own checklist: right after what blocks, before conditions.
  const checklistChanges = checklistChangesBlock(report, redactor)
  if (checklistChanges) blocks.push(checklistChanges)
  blocks.push(...concernBlocks(outline, 'warnings', context, instructions))
  // A run stopped before any item was judged has no sections to roll up.
  if (outline.sections.length > 0) blocks.push(rollupBlock(outline, text))
  if (outline.informational.length > 0) blocks.push(foldedItems('Informational, not passing', outline.informational, 4.5, 'informational items', context))
  if (outline.afterGo.length > 0 || outline.rollbackIf.length > 0) blocks.push(afterGoBlock(outline, context))
  blocks.push(...passedBlocks(outline, context))
  if (outline.signoffTrail.length > 0) blocks.push(trailBlock(outline, text))
  blocks.push({ priority: 1, entries: [], head: footerLines(report, text) })

  const header = options.header ? `${options.header}\n` : ''
  const footer = options.footer ? `\n${options.footer}\n` : ''
  const unit = options.unit ?? 'chars'
  const limit = (options.maxLength ?? Number.POSITIVE_INFINITY) - measure(header + footer, unit)
  return header + fitBlocks(blocks, { limit, unit, omissionNote: (omitted, shortened) => omissionNote(omitted, shortened, report.runUrl) }) + footer
}

/**
 * "Checklist changed in this pull request", placed right after what blocks. Its priority puts it
 * before the roll-up and every folded list, so those are cut first; when it must shrink, only its
 * first rows stay.
 */
function checklistChangesBlock(report: RunReport, redactor: Redactor): Block | undefined {
  const view = report.checklistChanges
  const lines = view ? renderChecklistChanges(view, { redactor }) : []
  if (!view || lines.length === 0) return undefined
  const short = renderChecklistChanges(view, { redactor, maxRows: CHECKLIST_CHANGES_SHORT_ROWS })
  return { priority: 2.4, entries: [{ noun: 'changed-checklist sections', lines, short }] }
}

function headline(outline: ReportOutline, text: Text): Block {
  return {
    priority: 1,
    head: [`## ${decisionHeading(outline.decision, outline.cancelled)}: ${text.prose(outline.title, MAX_SHORT)}`, '', formatCounts(outline.counts)],
    entries: []
  }
}

/** How many things a concern lists: each run problem, reason, gate and pending sign-off once. */
function concernSize(concern: Concern, runProblems: number): number {
  return runProblems + concern.general.length + concern.gates.length + concern.signoffs.reduce((sum, group) => sum + group.pending.length, 0)
}

function concernBlocks(outline: ReportOutline, which: 'blocking' | 'warnings', context: Context, instructions: { shown: boolean }): Block[] {
  const { text } = context
  const concern = outline[which]
  const runProblems = which === 'blocking' ? outline.runProblems : []
  const size = concernSize(concern, runProblems.length)
  if (size === 0) return []
  const blocking = which === 'blocking'
  const head = [blocking ? `### ⛔ Blocking (${formatNumber(size)})` : `### 🟡 Warnings (${formatNumber(size)})`]
  if (!blocking) head.push('', outline.decision === 'conditional-go' ? 'These do not stop the release; they are its conditions.' : 'These would not stop the release on their own.')
  const general = [
    ...runProblems.map((problem) => `- 🛑 **The run itself:** ${text.prose(problem.message, MAX_WHY)}`),
    ...concern.general.map((reason) => `- ${blocking ? '🛑' : '🟡'} ${text.prose(reason, MAX_WHY)}`)
  ]
  const blocks: Block[] = [{ priority: 1, head: general.length > 0 ? [...head, '', ...general] : head, entries: [] }]
  if (concern.gates.length > 0) {
    blocks.push({
      priority: blocking ? 2 : 2.5,
      keepFull: blocking ? KEEP_FULL_FAILURES : 1,
      entries: concern.gates.map((view, index): Entry => ({
        noun: blocking ? 'failing gates' : 'failing warning gates',
        lines: index < MAX_DETAILED_GATES ? gateDetails(view, context) : [gateLine(view, text)],
        short: [gateLine(view, text)]
      }))
    })
  }
  const open = concern.signoffs.reduce((sum, group) => sum + group.pending.length, 0) <= MAX_OPEN_SIGNOFFS
  for (const group of concern.signoffs) blocks.push(signoffGroupBlock(group, blocking ? 3 : 3.2, open, context))
  if (concern.signoffs.length > 0 && !instructions.shown) {
    instructions.shown = true
    blocks.push({
      priority: blocking ? 3 : 3.2,
      head: [
        context.boxes
          ? 'Tick a box, comment `/signoff <id>`, or approve with a review that says it; `/revoke <id>` withdraws a sign-off.'
          : 'Sign off on the pull request with a comment `/signoff <id>` (or an approving review that says it); `/revoke <id>` withdraws it.'
      ],
      entries: []
    })
  }
  return blocks
}

/** One line for a failing gate: what it is and why it did not pass. */
function gateLine(view: ItemView, text: Text): string {
  const { item, result } = view
  return `- ${STATUS_ICONS[result.status]} **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)})${softenedBy(item, text)}: ${STATUS_WORDS[result.status]} — ${text.prose(result.reason ?? result.summary, MAX_SHORT)}`
}

/** Where a softer severity came from, so a heading edited to soften a gate shows in the report. */
function softenedBy(item: ChecklistItem, text: Text): string {
  return item.severity !== 'blocking' && item.severityFrom ? ` _(${item.severity}: ${text.prose(item.severityFrom, MAX_SHORT)})_` : ''
}

/** A failing gate in full: why, what ran, the failing tests with their assertions, findings, and the output's tail (folded). */
function gateDetails(view: ItemView, context: Context): string[] {
  const { item, result } = view
  const { text } = context
  const why = result.reason ?? result.summary
  const lines = [
    `${STATUS_ICONS[result.status]} **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)})${softenedBy(item, text)}: ${STATUS_WORDS[result.status]} — ${text.prose(why, MAX_HEADLINE_REASON)}`,
    ''
  ]
  // The whole reason, when the first line had to cut it.
  if (text.plain(why).length > MAX_HEADLINE_REASON) lines.push(`**Why:** ${text.prose(why, MAX_WHY)}`, '')
  const ran = ranLine(item, result, text)
  if (ran) lines.push(ran, '')
  // A script that ran several tools: which of its commands did not pass, each in its own words.
  if (result.steps && result.steps.length > 0) {
    lines.push(
      `**Steps (${formatNumber(result.steps.length)}):**`,
      '',
      ...bounded(result.steps, (step) => `- ${STATUS_ICONS[step.status]} ${text.code(step.command)}: ${stepWords(step, (value) => text.prose(value, MAX_SHORT))}`),
      ''
    )
  }
  const output = result.process?.output
  const parsed = result.parsed
  const where = (finding: Finding) => locationLink(finding.file, finding.line, finding.column, context)
  let detailed = false
  let asserted = false
  const attached = new Set<Finding>()
  if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
    detailed = true
    const searched = outputLines(output, text.plain)
    lines.push(`**Failing tests (${formatNumber(parsed.failingTests.length)}):**`, '')
    parsed.failingTests.slice(0, MAX_LIST_ENTRIES).forEach((name, index) => {
      const finding = parsed.findings.find((candidate) => candidate.code === name && candidate.file)
      if (finding) attached.add(finding)
      lines.push(`- ${text.code(name)}${finding ? ` at ${where(finding)}` : ''}`)
      const assertion = index < MAX_ASSERTIONS_SHOWN ? assertionContext(searched, name) : []
      if (assertion.length > 0) {
        asserted = true
        lines.push('', ...indentedFence(assertion.join('\n'), 2), '')
      }
    })
    if (parsed.failingTests.length > MAX_LIST_ENTRIES) lines.push(`- … and ${formatNumber(parsed.failingTests.length - MAX_LIST_ENTRIES)} more`)
    lines.push('')
  }
  if (parsed?.kind === 'format' && parsed.counts && parsed.counts.files.length > 0 && parsed.findings.length === 0) {
    detailed = true
    lines.push('**Files to reformat:**', '', ...bounded(parsed.counts.files, (file) => `- ${locationLink(file, undefined, undefined, context)}`), '')
  }
  const findings = (parsed?.findings ?? []).filter((finding) => !attached.has(finding))
  if (findings.length > 0) {
    detailed = true
    lines.push(
      '**Findings:**',
      '',
      ...bounded(findings, (finding) => {
        const at = finding.file ? `${where(finding)} ` : ''
        const code = finding.code ? ` (${text.code(finding.code)})` : ''
        return `- ${at}${finding.level}: ${text.prose(finding.message)}${code}`
      }),
      ''
    )
  }
  if (result.notes && result.notes.length > 0) lines.push(...bounded(result.notes, (note) => `- ${text.prose(note)}`), '')
  // Once the assertions are shown, the output's tail is mostly a stack trace: the job log has it.
  if (!asserted) lines.push(...foldedExcerpt(output, detailed ? EXCERPT_WITH_DETAILS : EXCERPT_ALONE, text))
  return lines
}

/** "Ran `cargo test` (1 m 3 s): 2/3 passed." — or the evidence file looked for. */
function ranLine(item: ChecklistItem, result: GateResult, text: Text): string | undefined {
  if (item.kind === 'command') return `Ran ${text.code(item.run)} (${formatDuration(result.durationMs)}): ${text.prose(result.summary, MAX_SHORT)}.`
  if (item.kind === 'file') return `Evidence file ${text.code(item.path)}: ${text.prose(result.summary, MAX_SHORT)}.`
  return undefined
}

/** `file:line:column` as inline code, linked to the line at the head commit when links are known and the path stays in the repository. */
function locationLink(file: string | undefined, line: number | undefined, column: number | undefined, context: Context): string {
  if (!file) return ''
  // The gate runner already made finding paths relative to the repository's root.
  const repoPath = context.links ? repositoryPath(context.text.plain(file), '.', context.links.workspace) : undefined
  const shown = [repoPath ?? file, line, column].filter((part) => part !== undefined).join(':')
  const label = context.text.code(shown)
  const url = context.links && repoPath ? blobUrl(context.links, repoPath, line) : undefined
  return url ? `[${label}](${url})` : label
}

/**
 * Output inside a fence renders as text, but our own parsers read the comment's raw body: the
 * sticky marker, the stored state and the sign-off boxes are HTML comments. Breaking every `<!--`
 * in output means no line of it can ever be taken for one of them.
 */
function fencedText(content: string): string {
  return neutraliseReferences(stripControl(content)).replace(/<!--/g, `<!-${ZERO_WIDTH_SPACE}-`).replace(/\n+$/, '')
}

/** A code fence indented to sit inside a list item; nothing inside can close it. */
function indentedFence(content: string, indent: number): string[] {
  const clean = fencedText(content)
  const fence = fenceFor(clean)
  const pad = ' '.repeat(indent)
  return [`${pad}${fence}text`, ...clean.split('\n').map((line) => `${pad}${line}`), `${pad}${fence}`]
}

function foldedExcerpt(output: CapturedOutput | undefined, size: { lines: number; chars: number }, text: Text): string[] {
  if (!output || output.totalBytes === 0) return []
  const excerpt = tailExcerpt(output, size.lines, size.chars, text.plain)
  if (excerpt.shown === 0) return []
  const caption =
    output.totalLines > excerpt.shown || output.truncated
      ? `Output: last ${formatNumber(excerpt.shown)} of ${formatNumber(output.totalLines)} lines`
      : `Output (${plural(excerpt.shown, 'line')})`
  const clean = fencedText(excerpt.text)
  const fence = fenceFor(clean)
  return [`<details><summary>${caption}</summary>`, '', `${fence}text`, clean, fence, '', '</details>', '']
}

function signoffGroupBlock(group: SignoffGroup, priority: number, open: boolean, context: Context): Block {
  const { text } = context
  return {
    priority,
    blankBeforeNote: true,
    head: [`<details${open ? ' open' : ''}><summary>⏳ <b>${text.html(group.section)}</b>: ${signedCount(group.signed, group.total)}</summary>`, ''],
    entries: group.pending.map((view) => ({ noun: 'pending sign-offs', lines: [signoffLine(view, context)] })),
    tail: ['', '</details>']
  }
}

/** A pending or signed manual item; in the comment a box whose hidden id lets a tick be traced to it (see github/state.ts). */
function signoffLine(view: ItemView, context: Context, icon = true): string {
  const { item, result } = view
  const { text } = context
  const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map((note) => text.prose(note, MAX_NOTE)).join('; ')}` : ''
  const summary = result.status === 'pending' && result.summary === 'awaiting sign-off' ? '' : ` — ${text.prose(result.summary, MAX_SHORT)}`
  const softened = softenedBy(item, text)
  if (context.boxes) return `- [${result.status === 'pass' ? 'x' : ' '}] ${text.prose(item.title)} (${text.code(item.id)})${softened}${summary}${notes} <!-- signoff:${item.id} -->`
  return `- ${icon ? `${STATUS_ICONS[result.status]} ` : ''}${text.prose(item.title)} (${text.code(item.id)})${softened}${summary}${notes}`
}

function rollupBlock(outline: ReportOutline, text: Text): Block {
  const cell = (value: number) => (value === 0 ? '·' : formatNumber(value))
  return {
    priority: 3.5,
    blankBeforeNote: true,
    head: [
      '### By section',
      '',
      `| Section | ✅ Passed | ❌ Failed | ⏳ Pending | ${EVIDENCE_ORDER.map((kind) => `${EVIDENCE_ICONS[kind]} ${ROLLUP_HEADINGS[kind]}`).join(' | ')} |`,
      `|---|--:|--:|--:|${EVIDENCE_ORDER.map(() => '--:').join('|')}|`
    ],
    entries: outline.sections.map((section) => ({
      noun: 'section rows',
      lines: [
        `| ${text.prose(section.title, MAX_SHORT)} | ${cell(section.passed)} | ${cell(section.failed)} | ${cell(section.pending)} | ${EVIDENCE_ORDER.map((kind) => cell(section.passedBy[kind])).join(' | ')} |`
      ]
    }))
  }
}

const ROLLUP_HEADINGS: Record<PassEvidence, string> = { verified: 'Verified', ticked: 'Ticked', signed: 'Signed' }

/** Non-blocking lists that need no attention, folded. */
function foldedItems(title: string, views: ItemView[], priority: number, noun: string, context: Context): Block {
  const { text } = context
  return {
    priority,
    blankBeforeNote: true,
    head: [`### ${title} (${formatNumber(views.length)})`, '', `<details><summary>${plural(views.length, 'item')}</summary>`, ''],
    entries: views.map((view) => ({ noun, lines: [gateLine(view, text)] })),
    tail: ['', '</details>']
  }
}

const PHASE_HEADINGS: Record<Phase, string> = { 'pre-deploy': 'Before deploying', deploy: 'Deploy', 'post-deploy': 'After deploying' }

/**
 * Deploy and post-deploy steps, after the decision: folded, never blocking, grouped by phase and by
 * what made them steps after GO. A gate among them is named outside the fold — it is not run, and
 * a pull request that moves a real gate there by rewording a heading must show it.
 */
function afterGoBlock(outline: ReportOutline, context: Context): Block {
  const { text } = context
  const head = [`### ⏭️ After GO (${formatNumber(outline.afterGo.length)})`, '', 'Done after the decision; they never change it, and their gates are not run.']
  if (outline.rollbackIf.length > 0) head.push('', `**Roll back if:** ${outline.rollbackIf.map((condition) => text.prose(condition, MAX_SHORT)).join('; ')}`)
  const gates = outline.afterGo.filter((view) => view.item.kind !== 'manual')
  if (gates.length > 0) {
    head.push('')
    for (const { item } of gates.slice(0, MAX_LIST_ENTRIES)) {
      const what = item.kind === 'command' ? text.code(item.run) : item.kind === 'file' ? `evidence ${text.code(item.path)}` : ''
      head.push(`- ⚠️ Not run before the decision: **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)}) ${what}${phaseWhy(item, text)}`)
    }
    if (gates.length > MAX_LIST_ENTRIES) head.push(`- … and ${formatNumber(gates.length - MAX_LIST_ENTRIES)} more gates`)
  }
  let previous: string | undefined
  const entries = outline.afterGo.map((view): Entry => {
    const group = `${phaseOf(view.item)}\u0000${view.item.phaseFrom ?? ''}`
    const line = afterGoLine(view, text)
    if (group === previous) return { noun: 'after-GO steps', lines: [line] }
    previous = group
    return {
      noun: 'after-GO steps',
      lines: ['', `**${PHASE_HEADINGS[phaseOf(view.item)]}**${view.item.phaseFrom ? ` — ${text.prose(view.item.phaseFrom, MAX_SHORT)}` : ''}`, '', line]
    }
  })
  return {
    priority: 4.6,
    blankBeforeNote: true,
    head: entries.length > 0 ? [...head, '', `<details><summary>${plural(outline.afterGo.length, 'step')}</summary>`] : head,
    entries,
    tail: entries.length > 0 ? ['', '</details>'] : []
  }
}

/** " — post-deploy: "Post-deployment" in the heading … on line 40": why an item waits until after GO. */
function phaseWhy(item: ChecklistItem, text: Text): string {
  return ` — ${phaseOf(item)}${item.phaseFrom ? `: ${text.prose(item.phaseFrom, MAX_SHORT)}` : ''}`
}

function afterGoLine(view: ItemView, text: Text): string {
  const { item, result } = view
  const summary = result.status === 'pending' && result.summary === 'awaiting sign-off' ? '' : ` — ${text.prose(result.summary, MAX_SHORT)}`
  return `- ${STATUS_ICONS[result.status]} ${text.prose(item.title)} (${text.code(item.id)})${summary}`
}

/**
 * What passed, folded, one fold per way it was known. In the PR comment the sign-offs given on the
 * pull request stay boxes (unticking one revokes it), so they are kept before the other passes.
 */
function passedBlocks(outline: ReportOutline, context: Context): Block[] {
  const total = EVIDENCE_ORDER.reduce((sum, kind) => sum + outline.passedBy[kind], 0)
  if (total === 0) return []
  const blocks: Block[] = [{ priority: 5, head: [`### ✅ Passed (${formatNumber(total)})`], entries: [] }]
  for (const kind of EVIDENCE_ORDER) {
    if (outline.passedBy[kind] === 0) continue
    const entries: Entry[] = []
    for (const section of outline.passed) {
      const views = section.items.filter((view) => view.evidence === kind)
      views.forEach((view, index) => {
        const line = passedLine(view, context)
        // The section's name goes with its first item, so a cut never leaves a name without items.
        entries.push({ noun: 'passing items', lines: index === 0 ? ['', `**${context.text.prose(section.title, MAX_SHORT)}**`, '', line] : [line] })
      })
    }
    blocks.push({
      priority: kind === 'signed' && context.boxes ? 3.4 : 5,
      blankBeforeNote: true,
      head: [`<details><summary>${EVIDENCE_ICONS[kind]} ${formatNumber(outline.passedBy[kind])} ${EVIDENCE_LABELS[kind]}</summary>`],
      entries,
      tail: ['', '</details>']
    })
  }
  return blocks
}

/**
 * A pass in its fold: the fold already says how it was known, so the line says what was found.
 * Ticks in a Markdown checklist carry no id: theirs are slugs of the title, and there are many.
 */
function passedLine(view: PassedView, context: Context): string {
  const { item, result } = view
  const { text } = context
  if (view.evidence === 'signed') return signoffLine(view, context, false)
  const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map((note) => text.prose(note, MAX_NOTE)).join('; ')}` : ''
  if (view.evidence === 'ticked') return `- ${text.prose(item.title)}${notes}`
  const time = itemDuration(item, result)
  const how = result.parser && result.parser !== 'exit-code' ? `${result.parser}, ` : ''
  return `- ${text.prose(item.title)} (${text.code(item.id)}) — ${text.prose(result.summary, MAX_SHORT)} (${how}${time ?? ''})${notes}`
}

function trailBlock(outline: ReportOutline, text: Text): Block {
  const refused = outline.signoffTrail.filter((entry) => !entry.accepted).length
  return {
    priority: 4,
    blankBeforeNote: true,
    head: [
      '### Sign-off trail',
      '',
      `<details><summary>${plural(outline.signoffTrail.length, 'sign-off event')}${refused > 0 ? `, ${formatNumber(refused)} refused` : ''}</summary>`,
      '',
      '| When | Who | Item | How | |',
      '|---|---|---|---|---|'
    ],
    entries: outline.signoffTrail.map((entry) => ({
      noun: 'sign-off trail entries',
      lines: [
        `| ${text.prose(entry.at.replace('T', ' ').slice(0, 16))} | ${text.prose(`@${entry.login}`)} | ${text.code(entry.itemId, true)} | ${entry.action === 'revoke' ? 'revoked' : 'signed off'} by ${text.prose(entry.via)} | ${entry.accepted ? '✅ accepted' : `❌ ${text.prose(entry.reason ?? 'refused')}`} |`
      ]
    })),
    tail: ['', '</details>']
  }
}

function bounded<T>(values: readonly T[], render: (value: T) => string): string[] {
  const lines = values.slice(0, MAX_LIST_ENTRIES).map(render)
  if (values.length > MAX_LIST_ENTRIES) lines.push(`- … and ${formatNumber(values.length - MAX_LIST_ENTRIES)} more`)
  return lines
}

function footerLines(report: RunReport, text: Text): string[] {
  const run = report.runUrl ? ` · [workflow run](${report.runUrl})` : ''
  return [`<sub>${text.prose(report.checklist.path)} · took ${formatDuration(report.durationMs)}${run} · go-no-go</sub>`]
}

function omissionNote(omitted: Omissions, shortened: Omissions, runUrl: string | undefined): string[] {
  const list = (map: Omissions) => [...map].filter(([, number]) => number > 0).map(([noun, number]) => `${formatNumber(number)} ${noun}`)
  const parts: string[] = []
  if (list(omitted).length > 0) parts.push(`${list(omitted).join(', ')} not shown`)
  if (list(shortened).length > 0) parts.push(`${list(shortened).join(', ')} shortened to one line`)
  const where = runUrl ? `The full report is in the job summary of the [workflow run](${runUrl}).` : 'Run `npx go-no-go --format json` for the full report.'
  return ['> [!NOTE]', `> This report was shortened to fit: … ${parts.join('; ')}. ${where}`]
}

function clip(value: string, max: number): string {
  return value.length > max ? `${sliceSafe(value, max)} …` : value
}
