/**
 * The Markdown report: job summary, PR comment and check-run text all come from here.
 * Everything that came from a checklist or a gate goes through stripControl, the redactor and an
 * escaper for where it lands (prose, raw HTML, inline code, code fence) before it is written.
 */
import { allItems, type ChecklistItem, type Severity } from '../checklist/types.js'
import type { CapturedOutput, GateResult, GateStatus } from '../gates/types.js'
import { DECISION_LABELS } from '../verdict.js'
import { fitBlocks, type Block, type Entry, type Omissions, type SizeUnit } from './budget.js'
import { renderChecklistChanges } from './checklist-changes.js'
import type { RunReport } from './model.js'
import { formatDuration, plural } from '../text/format.js'
import { createRedactor, type Redactor } from '../text/redact.js'
import { codeBlock, codeSpan, safeHtmlText, safeInline, sliceSafe, stripControl } from '../text/sanitize.js'

export interface RenderOptions {
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
}

export const STATUS_ICONS: Record<GateStatus, string> = { pass: '✅', fail: '❌', error: '⚠️', pending: '⏳', cancelled: '⏹️' }
export const DECISION_ICONS = { go: '🟢', 'conditional-go': '🟡', 'no-go': '🔴' } as const
export const CANCELLED_LABEL = '⏹️ CANCELLED — NO-GO'

/** Failing gates shown with full details; beyond this they get one line each. */
const MAX_DETAILED_GATES = 50
/** However many gates failed, the first ones keep their details when the report must shrink. */
const KEEP_FULL_FAILURES = 5
const MAX_LIST_ENTRIES = 20
const MAX_REASONS_SHOWN = 15
const MAX_IDS_IN_FOOTER = 10
/** Excerpts: the tail of the output, bounded by lines and characters; long lines are cut. */
const FAILING_EXCERPT = { lines: 40, chars: 4_096 }
const PASSING_EXCERPT = { lines: 10, chars: 1_024 }
const MAX_EXCERPT_LINE = 500
const MAX_PROSE = 300
const MAX_SHORT = 120
const MAX_WHY = 2_000

/** Rows of the "Checklist changed" section left when the report must shrink (weakening changes come first). */
const CHECKLIST_CHANGES_SHORT_ROWS = 5

const SEVERITY_ORDER: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 }

/** How untrusted text is made safe for each place it lands. */
interface Text {
  /** Prose, cut to `max` characters so one giant reason cannot crowd out the rest. */
  prose(value: string, max?: number): string
  html(value: string): string
  code(value: string, inTable?: boolean): string
  /** Control characters stripped and secrets redacted, nothing escaped: for code fences. */
  plain(value: string): string
}

/**
 * Renders the report as GitHub Markdown. With `maxLength`, the result fits it: the verdict and
 * the failing gates are kept first, then sign-offs, tables and passing output, and a closing
 * note says what was left out.
 */
export function renderMarkdown(report: RunReport, options: RenderOptions = {}): string {
  const redactor = options.redactor ?? createRedactor()
  const plain = (value: string) => redactor.redact(stripControl(value))
  const text: Text = {
    plain,
    prose: (value, max = MAX_PROSE) => safeInline(clip(plain(value), max)),
    html: (value) => safeHtmlText(clip(plain(value), MAX_PROSE)),
    code: (value, inTable) => codeSpan(plain(value), { inTable })
  }
  const items = allItems(report.checklist)
  const resultOf = (item: ChecklistItem) => report.results.get(item.id) ?? missingResult(item)

  const blocks: Block[] = [headline(report, text)]
  const checklistChanges = checklistChangesBlock(report, redactor)
  if (checklistChanges) blocks.push(checklistChanges)
  for (const section of report.checklist.sections) {
    if (section.items.length > 0) blocks.push(sectionTable(section.title, section.items, resultOf, text))
  }

  const failing = items.filter((item) => ['fail', 'error'].includes(resultOf(item).status)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  if (failing.length > 0) {
    blocks.push({
      priority: 2,
      keepFull: KEEP_FULL_FAILURES,
      head: ['### What failed', ''],
      entries: failing.map((item, index) => {
        const short = [oneLine(item, resultOf(item), text)]
        return { noun: 'failing gates', lines: index < MAX_DETAILED_GATES ? failureDetails(item, resultOf(item), text) : short, short }
      })
    })
  }

  const signoffs = signoffBlock(items, resultOf, text, options.signoffBoxes ?? false)
  if (signoffs) blocks.push(signoffs)
  if (report.signoffs && report.signoffs.length > 0) {
    blocks.push({
      priority: 3.5,
      table: true,
      head: ['### Sign-off trail', '', '| When | Who | Item | How | |', '|---|---|---|---|---|'],
      entries: report.signoffs.map((entry) => ({
        noun: 'sign-off trail entries',
        lines: [
          `| ${text.prose(entry.at.replace('T', ' ').slice(0, 16))} | ${text.prose(`@${entry.login}`)} | ${text.code(entry.itemId, true)} | ${entry.action === 'revoke' ? 'revoked' : 'signed off'} by ${text.prose(entry.via)} | ${entry.accepted ? '✅ accepted' : `❌ ${text.prose(entry.reason ?? 'refused')}`} |`
        ]
      }))
    })
  }

  const passingOutput = items.filter((item) => resultOf(item).status === 'pass' && (resultOf(item).process?.output.totalBytes ?? 0) > 0)
  if (passingOutput.length > 0) {
    blocks.push({
      priority: 5,
      head: ['### Output of passing gates', ''],
      entries: passingOutput.map((item) => ({ noun: 'outputs of passing gates', lines: passingDetails(item, resultOf(item), text) }))
    })
  }
  blocks.push({ priority: 1, entries: [], head: footerLines(report, items, text) })

  const header = options.header ? `${options.header}\n` : ''
  const footer = options.footer ? `\n${options.footer}\n` : ''
  const unit = options.unit ?? 'chars'
  const limit = (options.maxLength ?? Number.POSITIVE_INFINITY) - measureText(header + footer, unit)
  return header + fitBlocks(blocks, { limit, unit, omissionNote: (omitted, shortened) => omissionNote(omitted, shortened, report.runUrl) }) + footer
}

/** "7 passed · 1 failed · 1 error · 2 pending"; zero counts other than passed are left out. */
export function formatCounts(counts: RunReport['verdict']['counts']): string {
  return [
    `${counts.passed.toLocaleString('en-US')} passed`,
    counts.failed ? `${counts.failed.toLocaleString('en-US')} failed` : '',
    counts.errored ? plural(counts.errored, 'error') : '',
    counts.pending ? `${counts.pending.toLocaleString('en-US')} pending` : '',
    counts.cancelled ? `${counts.cancelled.toLocaleString('en-US')} cancelled` : ''
  ]
    .filter(Boolean)
    .join(' · ')
}

function measureText(text: string, unit: SizeUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length
}

function headline(report: RunReport, text: Text): Block {
  const { decision, counts, reasons } = report.verdict
  const label = report.cancelled ? CANCELLED_LABEL : `${DECISION_ICONS[decision]} ${DECISION_LABELS[decision]}`
  const head = [`## ${label}: ${text.prose(report.checklist.title)}`, '', formatCounts(counts)]
  if (reasons.length === 0) return { priority: 1, head, entries: [] }
  head.push('', decision === 'no-go' || report.cancelled ? '**Why not GO:**' : '**Conditions:**', '')
  const entries: Entry[] = reasons.slice(0, MAX_REASONS_SHOWN).map((reason) => ({ noun: 'reasons', lines: [`- ${text.prose(reason)}`] }))
  const tail = reasons.length > MAX_REASONS_SHOWN ? [`- … and ${(reasons.length - MAX_REASONS_SHOWN).toLocaleString('en-US')} more`] : []
  return { priority: 1, head, entries, tail }
}

/**
 * "Checklist changed in this pull request", placed right after the headline. Its priority puts it
 * after what failed and before the sign-offs and every table, so the passing tables are cut first;
 * when it must shrink, only its first rows stay.
 */
function checklistChangesBlock(report: RunReport, redactor: Redactor): Block | undefined {
  const view = report.checklistChanges
  const lines = view ? renderChecklistChanges(view, { redactor }) : []
  if (!view || lines.length === 0) return undefined
  const short = renderChecklistChanges(view, { redactor, maxRows: CHECKLIST_CHANGES_SHORT_ROWS })
  return { priority: 2.5, entries: [{ noun: 'changed-checklist sections', lines, short }] }
}

function sectionTable(title: string, items: ChecklistItem[], resultOf: (item: ChecklistItem) => GateResult, text: Text): Block {
  return {
    priority: 4,
    table: true,
    head: [`### ${text.prose(title)}`, '', '| | Item | Result | Time |', '|---|---|---|---|'],
    entries: items.map((item) => {
      const result = resultOf(item)
      return { noun: rowNoun(result.status), lines: [tableRow(item, result, text)] }
    })
  }
}

function rowNoun(status: GateStatus): string {
  switch (status) {
    case 'pass':
      return 'passing items'
    case 'pending':
      return 'table rows of pending items'
    case 'cancelled':
      return 'table rows of cancelled items'
    default:
      return 'table rows of failing items'
  }
}

function tableRow(item: ChecklistItem, result: GateResult, text: Text): string {
  const severity = item.severity === 'blocking' ? '' : ` _(${item.severity})_`
  const kind = item.kind === 'manual' ? ' ✍️' : ''
  const time = item.kind === 'manual' ? '—' : formatDuration(result.durationMs)
  return `| ${STATUS_ICONS[result.status]} | ${text.prose(item.title)} ${text.code(item.id, true)}${severity}${kind} | ${text.prose(result.summary)} | ${time} |`
}

function oneLine(item: ChecklistItem, result: GateResult, text: Text): string {
  return `- ${STATUS_ICONS[result.status]} **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)}): ${text.prose(result.reason ?? result.summary, MAX_SHORT)}`
}

function summaryLine(item: ChecklistItem, result: GateResult, text: Text): string {
  // Inside raw HTML Markdown is not read: only HTML escaping applies here.
  return `<details><summary>${STATUS_ICONS[result.status]} <b>${text.html(item.title)}</b> (<code>${text.html(item.id)}</code>) — ${text.html(result.summary)}</summary>`
}

function failureDetails(item: ChecklistItem, result: GateResult, text: Text): string[] {
  const lines = [summaryLine(item, result, text), '']
  if (result.reason) lines.push(`**Why:** ${text.prose(result.reason, MAX_WHY)}`, '')
  if (item.kind === 'command') lines.push(`**Command:** ${text.code(item.run)}`, '')
  if (item.kind === 'file') lines.push(`**Evidence file:** ${text.code(item.path)}`, '')
  const parsed = result.parsed
  if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
    lines.push('**Failing tests:**', '', ...bounded(parsed.failingTests, (name) => `- ${text.code(name)}`), '')
  }
  if (parsed?.kind === 'format' && parsed.counts && parsed.counts.files.length > 0 && parsed.findings.length === 0) {
    lines.push('**Files to reformat:**', '', ...bounded(parsed.counts.files, (file) => `- ${text.code(file)}`), '')
  }
  if (parsed && parsed.findings.length > 0) {
    lines.push(
      '**Findings:**',
      '',
      ...bounded(parsed.findings, (finding) => {
        const where = finding.file ? `${text.code([finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':'))} ` : ''
        const code = finding.code ? ` (${text.code(finding.code)})` : ''
        return `- ${where}${finding.level}: ${text.prose(finding.message)}${code}`
      }),
      ''
    )
  }
  if (result.notes && result.notes.length > 0) lines.push(...bounded(result.notes, (note) => `- ${text.prose(note)}`), '')
  lines.push(...excerptLines(result.process?.output, FAILING_EXCERPT, text))
  lines.push('</details>', '')
  return lines
}

function passingDetails(item: ChecklistItem, result: GateResult, text: Text): string[] {
  return [summaryLine(item, result, text), '', ...excerptLines(result.process?.output, PASSING_EXCERPT, text), '</details>', '']
}

function bounded<T>(values: readonly T[], render: (value: T) => string): string[] {
  const lines = values.slice(0, MAX_LIST_ENTRIES).map(render)
  if (values.length > MAX_LIST_ENTRIES) lines.push(`- … and ${(values.length - MAX_LIST_ENTRIES).toLocaleString('en-US')} more`)
  return lines
}

function excerptLines(output: CapturedOutput | undefined, size: { lines: number; chars: number }, text: Text): string[] {
  if (!output || output.totalBytes === 0) return []
  const excerpt = tailExcerpt(output, size.lines, size.chars, text.plain)
  if (excerpt.shown === 0) return []
  const caption =
    output.totalLines > excerpt.shown || output.truncated
      ? `Last ${excerpt.shown.toLocaleString('en-US')} of ${output.totalLines.toLocaleString('en-US')} lines of output:`
      : 'Output:'
  return [caption, '', codeBlock(excerpt.text, 'text'), '']
}

/**
 * The last lines of what a gate printed. The head and tail are contiguous unless the capture was
 * truncated, so they are joined when they can be. The window is cut at a line boundary before
 * redaction, so no token is split where the redactor could no longer recognise it.
 */
export function tailExcerpt(output: CapturedOutput, maxLines: number, maxChars: number, clean: (value: string) => string): { text: string; shown: number } {
  const joined = output.truncated ? output.tail || output.head : output.head + output.tail
  let window = joined
  const windowChars = maxChars * 4
  if (joined.length > windowChars) {
    window = joined.slice(joined.length - windowChars)
    const newline = window.indexOf('\n')
    window = newline === -1 ? '' : window.slice(newline + 1)
  }
  const all = clean(window).replace(/\n+$/, '').split('\n')
  const kept: string[] = []
  let size = 0
  for (let index = all.length - 1; index >= 0 && kept.length < maxLines; index--) {
    const line = all[index].length > MAX_EXCERPT_LINE ? `${sliceSafe(all[index], MAX_EXCERPT_LINE)} …` : all[index]
    if (size + line.length + 1 > maxChars) break
    kept.unshift(line)
    size += line.length + 1
  }
  return { text: kept.join('\n'), shown: kept.length }
}

function signoffBlock(items: ChecklistItem[], resultOf: (item: ChecklistItem) => GateResult, text: Text, boxes: boolean): Block | undefined {
  if (boxes) {
    const signable = items.filter((item) => item.kind === 'manual' && !item.signedOff)
    if (signable.length === 0) return undefined
    return {
      priority: 3,
      head: ['### Sign-offs', ''],
      entries: signable.map((item) => {
        const result = resultOf(item)
        // The hidden id lets a tick be traced to its item; see github/state.ts.
        return {
          noun: 'sign-offs',
          lines: [
            `- [${result.status === 'pass' ? 'x' : ' '}] ${text.prose(item.title)} (${text.code(item.id)}, ${item.severity}): ${text.prose(result.summary)}${notesOf(result, text)} <!-- signoff:${item.id} -->`
          ]
        }
      }),
      tail: ['', 'Tick a box, comment `/signoff <id>`, or approve with a review that says it; `/revoke <id>` withdraws a sign-off.']
    }
  }
  const pending = items.filter((item) => resultOf(item).status === 'pending')
  if (pending.length === 0) return undefined
  return {
    priority: 3,
    head: ['### Awaiting sign-off', ''],
    entries: pending.map((item) => ({
      noun: 'pending sign-offs',
      lines: [`- [ ] ${text.prose(item.title)} (${text.code(item.id)}, ${item.severity})${notesOf(resultOf(item), text)}`]
    })),
    tail: ['', 'Sign off on the pull request with a comment `/signoff <id>` (or an approving review that says it); `/revoke <id>` withdraws it.']
  }
}

function notesOf(result: GateResult, text: Text): string {
  return result.notes && result.notes.length > 0 ? ` — ${result.notes.map((note) => text.prose(note)).join('; ')}` : ''
}

function footerLines(report: RunReport, items: ChecklistItem[], text: Text): string[] {
  const automated = items.filter((item) => item.kind !== 'manual')
  const manual = items.filter((item) => item.kind === 'manual')
  const ids = (list: ChecklistItem[]) => {
    const shown = list.slice(0, MAX_IDS_IN_FOOTER).map((item) => text.code(item.id))
    if (list.length > MAX_IDS_IN_FOOTER) shown.push(`… ${(list.length - MAX_IDS_IN_FOOTER).toLocaleString('en-US')} more`)
    return shown.length > 0 ? `: ${shown.join(', ')}` : ''
  }
  const run = report.runUrl ? ` · [workflow run](${report.runUrl})` : ''
  return [
    `<sub>Automated (${automated.length.toLocaleString('en-US')})${ids(automated)} · Manual (${manual.length.toLocaleString('en-US')})${ids(manual)}<br>`,
    `${text.prose(report.checklist.path)} · took ${formatDuration(report.durationMs)}${run} · go-no-go</sub>`
  ]
}

function omissionNote(omitted: Omissions, shortened: Omissions, runUrl: string | undefined): string[] {
  const list = (map: Omissions) => [...map].filter(([, number]) => number > 0).map(([noun, number]) => `${number.toLocaleString('en-US')} ${noun}`)
  const parts: string[] = []
  if (list(omitted).length > 0) parts.push(`${list(omitted).join(', ')} not shown`)
  if (list(shortened).length > 0) parts.push(`${list(shortened).join(', ')} shortened to one line`)
  const where = runUrl ? `The full report is in the job summary of the [workflow run](${runUrl}).` : 'Run `npx go-no-go --format json` for the full report.'
  return ['> [!NOTE]', `> This report was shortened to fit: … ${parts.join('; ')}. ${where}`]
}

function clip(value: string, max: number): string {
  return value.length > max ? `${sliceSafe(value, max)} …` : value
}

function missingResult(item: ChecklistItem): GateResult {
  return { id: item.id, status: 'error', summary: 'no result', reason: 'the gate produced no result', durationMs: 0 }
}
