/** Compact report for `npx go-no-go` in a terminal: one line per item, failure details, verdict last. */
import { allItems, type ChecklistItem } from '../checklist/types.js'
import type { GateResult, GateStatus } from '../gates/types.js'
import { DECISION_LABELS, type Decision } from '../verdict.js'
import { formatDuration } from '../text/format.js'
import { formatCounts, tailExcerpt } from './markdown.js'
import type { RunReport } from './model.js'
import { createRedactor, type Redactor } from '../text/redact.js'
import { stripControl } from '../text/sanitize.js'

export interface TerminalOptions {
  /** ANSI colours; off for pipes, NO_COLOR and dumb terminals. */
  color: boolean
  redactor?: Redactor
}

export const TERMINAL_SYMBOLS: Record<GateStatus, string> = { pass: '✔', fail: '✘', error: '!', pending: '…', cancelled: '■' }
const COLORS: Record<GateStatus | Decision, number> = {
  pass: 32,
  fail: 31,
  error: 33,
  pending: 36,
  cancelled: 90,
  go: 32,
  'conditional-go': 33,
  'no-go': 31
}
const DIM = 90
const EXCERPT = { lines: 15, chars: 2_048 }
const MAX_LIST_ENTRIES = 10

export function renderTerminal(report: RunReport, options: TerminalOptions): string {
  const redactor = options.redactor ?? createRedactor()
  // Gate output must not drive the terminal either: its escapes are stripped, only ours remain.
  const clean = (value: string) => redactor.redact(stripControl(value))
  const oneLine = (value: string) => clean(value).replace(/\r?\n/g, ' ')
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text)
  const resultOf = (item: ChecklistItem): GateResult =>
    report.results.get(item.id) ?? { id: item.id, status: 'error', summary: 'no result', reason: 'the gate produced no result', durationMs: 0 }

  const lines: string[] = [`${oneLine(report.checklist.title)} (${oneLine(report.checklist.path)})`, '']
  for (const section of report.checklist.sections) {
    if (section.items.length === 0) continue
    lines.push(oneLine(section.title))
    for (const item of section.items) {
      const result = resultOf(item)
      const severity = item.severity === 'blocking' ? '' : ` [${item.severity}${item.severityFrom ? `: ${oneLine(item.severityFrom)}` : ''}]`
      const manual = item.kind === 'manual' ? ' [manual]' : ''
      const time = item.kind === 'manual' ? '' : `  ${paint(DIM, formatDuration(result.durationMs))}`
      lines.push(`  ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)}${severity}${manual} — ${oneLine(result.summary)}${time}`)
      if (result.status === 'pending' && result.notes) for (const note of result.notes) lines.push(`      ${oneLine(note)}`)
    }
    lines.push('')
  }

  const failing = allItems(report.checklist).filter((item) => ['fail', 'error'].includes(resultOf(item).status))
  for (const item of failing) {
    const result = resultOf(item)
    lines.push(paint(COLORS[result.status], `${TERMINAL_SYMBOLS[result.status]} ${item.id}: ${oneLine(result.reason ?? result.summary)}`))
    if (item.kind === 'command') lines.push(`    command: ${oneLine(item.run)}`)
    const parsed = result.parsed
    if (parsed?.kind === 'tests') lines.push(...bounded(parsed.failingTests, (name) => `    failing: ${oneLine(name)}`))
    if (parsed) {
      lines.push(
        ...bounded(parsed.findings, (finding) => {
          const where = finding.file ? `${[finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':')}: ` : ''
          return `    ${oneLine(where)}${finding.level}: ${oneLine(finding.message)}`
        })
      )
    }
    const output = result.process?.output
    if (output && output.totalBytes > 0) {
      const excerpt = tailExcerpt(output, EXCERPT.lines, EXCERPT.chars, clean)
      if (excerpt.shown > 0) {
        const log = output.logPath ? ` (full log: ${output.logPath})` : ''
        lines.push(paint(DIM, `    ── last ${excerpt.shown} of ${output.totalLines.toLocaleString('en-US')} lines of output${log} ──`))
        lines.push(...excerpt.text.split('\n').map((line) => `    ${line}`))
      }
    }
    lines.push('')
  }

  const { decision, reasons, counts } = report.verdict
  if (reasons.length > 0) lines.push(decision === 'conditional-go' && !report.cancelled ? 'Conditions:' : 'Why not GO:')
  for (const reason of reasons.slice(0, 20)) lines.push(`  - ${oneLine(reason)}`)
  if (reasons.length > 20) lines.push(`  - … and ${reasons.length - 20} more`)
  const label = report.cancelled ? 'CANCELLED — NO-GO' : DECISION_LABELS[decision]
  const took = formatDuration(report.durationMs)
  lines.push(`${paint(COLORS[report.cancelled ? 'no-go' : decision], label)}  ${formatCounts(counts)} · ${took}`)
  return `${lines.join('\n')}\n`
}

function bounded<T>(values: readonly T[], render: (value: T) => string): string[] {
  const lines = values.slice(0, MAX_LIST_ENTRIES).map(render)
  if (values.length > MAX_LIST_ENTRIES) lines.push(`    … and ${values.length - MAX_LIST_ENTRIES} more`)
  return lines
}
