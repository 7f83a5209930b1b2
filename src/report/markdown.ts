/** The Markdown report: job summary, PR comment and check-run text all come from here. */
import { allItems, type ChecklistItem } from '../checklist/types.js'
import { formatSeconds } from '../gates/evaluate.js'
import type { GateResult, GateStatus } from '../gates/types.js'
import { DECISION_LABELS } from '../verdict.js'
import { fitBlocks, type Block, type SizeUnit } from './budget.js'
import type { RunReport } from './model.js'
import { createRedactor, type Redactor } from './redact.js'
import { codeBlock, safeInline } from './sanitize.js'

export interface RenderOptions {
  maxLength?: number
  unit?: SizeUnit
  redactor?: Redactor
  /** Raw Markdown put first (e.g. the sticky comment's hidden marker); never cut. */
  header?: string
  footer?: string
  /** The PR comment: every sign-off as a box a person can tick. */
  signoffBoxes?: boolean
}

export const STATUS_ICONS: Record<GateStatus, string> = { pass: '✅', fail: '❌', error: '⚠️', pending: '⏳', cancelled: '⏹️' }
const DECISION_ICONS = { go: '🟢', 'conditional-go': '🟡', 'no-go': '🔴' } as const

/** Failing gates shown with full details; beyond this they are listed by name only. */
const MAX_DETAILED_GATES = 50
const EXCERPT_LINES = 40
const EXCERPT_CHARS = 4_000
const MAX_FINDINGS_SHOWN = 20
const MAX_REASONS_SHOWN = 15

export function renderMarkdown(report: RunReport, options: RenderOptions = {}): string {
  const redactor = options.redactor ?? createRedactor()
  const text = (value: string) => safeInline(redactor.redact(value))
  const items = allItems(report.checklist)
  const resultOf = (item: ChecklistItem) => report.results.get(item.id) ?? missingResult(item)
  const blocks: Block[] = [{ priority: 1, cuttable: false, lines: headline(report, text) }]

  for (const section of report.checklist.sections) {
    if (section.items.length === 0) continue
    blocks.push({
      priority: 4,
      cuttable: true,
      noun: 'rows',
      lines: [
        `### ${text(section.title)}`,
        '',
        '| | Item | Result | Time |',
        '|---|---|---|---|',
        ...section.items.map((item) => tableRow(item, resultOf(item), text))
      ]
    })
  }

  const failing = items.filter((item) => ['fail', 'error', 'cancelled'].includes(resultOf(item).status) && item.severity !== 'info')
  if (failing.length > 0) {
    blocks.push({ priority: 2, cuttable: false, lines: ['### What failed'] })
    failing.slice(0, MAX_DETAILED_GATES).forEach((item, index) => {
      blocks.push({ priority: 2 + index / 1000, cuttable: false, lines: failureDetails(item, resultOf(item), text, redactor) })
    })
    if (failing.length > MAX_DETAILED_GATES) {
      blocks.push({
        priority: 2.5,
        cuttable: true,
        noun: 'items',
        lines: [`${failing.length - MAX_DETAILED_GATES} more did not pass:`, '', ...failing.slice(MAX_DETAILED_GATES).map((item) => `- ${STATUS_ICONS[resultOf(item).status]} ${text(item.title)} (\`${item.id}\`): ${text(resultOf(item).reason ?? resultOf(item).summary)}`)]
      })
    }
  }

  const pending = items.filter((item) => resultOf(item).status === 'pending')
  if (options.signoffBoxes) {
    const signable = items.filter((item) => item.kind === 'manual' && !item.signedOff)
    if (signable.length > 0) {
      blocks.push({
        priority: 3,
        cuttable: true,
        noun: 'sign-offs',
        lines: [
          '### Sign-offs',
          '',
          ...signable.map((item) => {
            const result = resultOf(item)
            // The hidden id lets a tick be traced to its item; see github/state.ts.
            return `- [${result.status === 'pass' ? 'x' : ' '}] ${text(item.title)} (\`${item.id}\`, ${item.severity}): ${text(result.summary)}${notesOf(result, text)} <!-- signoff:${item.id} -->`
          }),
          '',
          'Tick a box, comment `/signoff <id>`, or approve with a review that says it; `/revoke <id>` withdraws a sign-off.'
        ]
      })
    }
  } else if (pending.length > 0) {
    blocks.push({
      priority: 3,
      cuttable: true,
      noun: 'sign-offs',
      lines: [
        '### Awaiting sign-off',
        '',
        ...pending.map((item) => `- [ ] ${text(item.title)} (\`${item.id}\`, ${item.severity})${notesOf(resultOf(item), text)}`),
        '',
        'Sign off on the pull request with a comment `/signoff <id>` (or an approving review that says it); `/revoke <id>` withdraws it.'
      ]
    })
  }

  if (report.signoffs && report.signoffs.length > 0) {
    blocks.push({
      priority: 3.5,
      cuttable: true,
      noun: 'sign-offs',
      lines: [
        '### Sign-off trail',
        '',
        '| When | Who | Item | How | |',
        '|---|---|---|---|---|',
        ...report.signoffs.map((entry) => `| ${entry.at.replace('T', ' ').slice(0, 16)} | ${text(`@${entry.login}`)} | \`${entry.itemId}\` | ${entry.action === 'revoke' ? 'revoked' : 'signed off'} by ${entry.via} | ${entry.accepted ? '✅ accepted' : `❌ ${text(entry.reason ?? 'refused')}`} |`)
      ]
    })
  }

  blocks.push({ priority: 5, cuttable: false, lines: footerLines(report, items) })

  const header = options.header ? `${options.header}\n` : ''
  const footer = options.footer ? `\n${options.footer}\n` : ''
  const unit = options.unit ?? 'chars'
  const limit = (options.maxLength ?? Number.POSITIVE_INFINITY) - measureText(header + footer, unit)
  const omission = (omitted: number) =>
    `> [!NOTE]\n> This report was shortened to fit (${omitted.toLocaleString('en-US')} lines left out).${report.runUrl ? ` The full report is in the [job summary](${report.runUrl}).` : ' Run `npx go-no-go` locally for all of it.'}`
  return header + fitBlocks(blocks, limit, unit, omission) + footer
}

function measureText(text: string, unit: SizeUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text) : text.length
}

function headline(report: RunReport, text: (value: string) => string): string[] {
  const { decision, counts, reasons } = report.verdict
  const label = report.cancelled ? '⏹️ CANCELLED — NO-GO' : `${DECISION_ICONS[decision]} ${DECISION_LABELS[decision]}`
  const tally = [
    `${counts.passed} passed`,
    counts.failed ? `${counts.failed} failed` : '',
    counts.errored ? `${counts.errored} could not be checked` : '',
    counts.pending ? `${counts.pending} awaiting sign-off` : '',
    counts.cancelled ? `${counts.cancelled} cancelled` : ''
  ].filter(Boolean)
  const lines = [`## ${label}: ${text(report.checklist.title)}`, '', tally.join(' · ')]
  if (reasons.length > 0) {
    lines.push('', decision === 'no-go' ? '**Why not GO:**' : '**Conditions:**', '')
    for (const reason of reasons.slice(0, MAX_REASONS_SHOWN)) lines.push(`- ${text(reason)}`)
    if (reasons.length > MAX_REASONS_SHOWN) lines.push(`- … and ${reasons.length - MAX_REASONS_SHOWN} more`)
  }
  return lines
}

function tableRow(item: ChecklistItem, result: GateResult, text: (value: string) => string): string {
  const severity = item.severity === 'blocking' ? '' : ` _(${item.severity})_`
  const kind = item.kind === 'manual' ? ' ✍️' : ''
  return `| ${STATUS_ICONS[result.status]} | ${text(item.title)} \`${item.id}\`${severity}${kind} | ${text(result.summary)} | ${formatDuration(result.durationMs, item)} |`
}

function failureDetails(item: ChecklistItem, result: GateResult, text: (value: string) => string, redactor: Redactor): string[] {
  const lines = [`<details><summary>${STATUS_ICONS[result.status]} <b>${text(item.title)}</b> (<code>${item.id}</code>): ${text(result.reason ?? result.summary)}</summary>`, '']
  if (item.kind === 'command') lines.push(`Command: ${text(item.run)}`, '')
  const parsed = result.parsed
  if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
    lines.push('Failing tests:', '')
    for (const name of parsed.failingTests.slice(0, MAX_FINDINGS_SHOWN)) lines.push(`- ${text(name)}`)
    if (parsed.failingTests.length > MAX_FINDINGS_SHOWN) lines.push(`- … and ${parsed.failingTests.length - MAX_FINDINGS_SHOWN} more`)
    lines.push('')
  }
  const located = parsed?.findings.filter((finding) => finding.file) ?? []
  if (located.length > 0 && parsed?.kind !== 'tests') {
    lines.push('Findings:', '')
    for (const finding of located.slice(0, MAX_FINDINGS_SHOWN)) {
      lines.push(`- ${text(`${finding.file}:${finding.line ?? ''}`)} ${finding.level}: ${text(finding.message)}${finding.code ? ` (${text(finding.code)})` : ''}`)
    }
    if (located.length > MAX_FINDINGS_SHOWN) lines.push(`- … and ${located.length - MAX_FINDINGS_SHOWN} more`)
    lines.push('')
  }
  const output = result.process?.output
  if (output && output.totalBytes > 0) {
    const excerpt = lastLines(redactor.redact(output.tail || output.head), EXCERPT_LINES, EXCERPT_CHARS)
    lines.push(`Output (last ${excerpt.lines} of ${output.totalLines.toLocaleString('en-US')} lines):`, '', codeBlock(excerpt.text, 'text'), '')
  }
  lines.push('</details>', '')
  return lines
}

function lastLines(text: string, maxLines: number, maxChars: number): { text: string; lines: number } {
  const all = text.replace(/\n$/, '').split('\n')
  const kept: string[] = []
  let size = 0
  for (let index = all.length - 1; index >= 0 && kept.length < maxLines; index--) {
    const line = all[index].length > 500 ? `${all[index].slice(0, 500)} …` : all[index]
    if (size + line.length > maxChars) break
    kept.unshift(line)
    size += line.length + 1
  }
  return { text: kept.join('\n'), lines: kept.length }
}

function notesOf(result: GateResult, text: (value: string) => string): string {
  return result.notes && result.notes.length > 0 ? ` — ${result.notes.map(text).join('; ')}` : ''
}

function footerLines(report: RunReport, items: ChecklistItem[]): string[] {
  const automated = items.filter((item) => item.kind !== 'manual').length
  const manual = items.length - automated
  const run = report.runUrl ? ` · [workflow run](${report.runUrl})` : ''
  return [`<sub>${automated} automated ${automated === 1 ? 'check' : 'checks'}, ${manual} manual · ${report.checklist.path} · took ${formatSeconds(report.durationMs)}${run} · go-no-go</sub>`]
}

function formatDuration(ms: number, item: ChecklistItem): string {
  return item.kind === 'command' ? formatSeconds(ms) : '—'
}

function missingResult(item: ChecklistItem): GateResult {
  return { id: item.id, status: 'error', summary: 'no result', reason: 'the gate produced no result', durationMs: 0 }
}
