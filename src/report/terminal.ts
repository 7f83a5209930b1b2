/** Compact report for `npx go-no-go` in a terminal. */
import { allItems } from '../checklist/types.js'
import { formatSeconds } from '../gates/evaluate.js'
import type { GateStatus } from '../gates/types.js'
import { DECISION_LABELS } from '../verdict.js'
import type { RunReport } from './model.js'
import { createRedactor, type Redactor } from './redact.js'
import { stripControl } from './sanitize.js'

const SYMBOLS: Record<GateStatus, string> = { pass: '✔', fail: '✘', error: '!', pending: '…', cancelled: '■' }
const COLORS: Record<GateStatus | 'go' | 'conditional-go' | 'no-go', number> = {
  pass: 32,
  fail: 31,
  error: 33,
  pending: 36,
  cancelled: 90,
  go: 32,
  'conditional-go': 33,
  'no-go': 31
}

export function renderTerminal(report: RunReport, options: { color: boolean; redactor?: Redactor }): string {
  const redactor = options.redactor ?? createRedactor()
  const clean = (value: string) => redactor.redact(stripControl(value))
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text)
  const lines: string[] = [`${clean(report.checklist.title)} (${report.checklist.path})`, '']
  for (const section of report.checklist.sections) {
    if (section.items.length === 0) continue
    lines.push(clean(section.title))
    for (const item of section.items) {
      const result = report.results.get(item.id)
      const status = result?.status ?? 'error'
      const severity = item.severity === 'blocking' ? '' : ` [${item.severity}]`
      const time = item.kind === 'command' && result ? `  ${formatSeconds(result.durationMs)}` : ''
      lines.push(`  ${paint(COLORS[status], `${SYMBOLS[status]} ${status.toUpperCase().padEnd(9)}`)} ${item.id}: ${clean(item.title)}${severity} — ${clean(result?.summary ?? 'no result')}${time}`)
      if (result?.reason && status !== 'pass' && status !== 'pending') lines.push(`      ${clean(result.reason)}`)
    }
    lines.push('')
  }

  const failing = allItems(report.checklist).filter((item) => ['fail', 'error'].includes(report.results.get(item.id)?.status ?? 'error'))
  for (const item of failing) {
    const output = report.results.get(item.id)?.process?.output
    if (!output || output.totalBytes === 0) continue
    const tail = clean(output.tail || output.head).replace(/\n$/, '').split('\n').slice(-15)
    lines.push(paint(90, `── ${item.id}: last ${tail.length} lines of output${output.logPath ? ` (full log: ${output.logPath})` : ''} ──`), ...tail.map((line) => `  ${line}`), '')
  }

  const { decision, reasons } = report.verdict
  const label = report.cancelled ? 'CANCELLED — NO-GO' : DECISION_LABELS[decision]
  lines.push(paint(COLORS[decision], `${label}`) + (reasons.length ? `: ${reasons.length} ${reasons.length === 1 ? 'reason' : 'reasons'}` : ''))
  for (const reason of reasons.slice(0, 20)) lines.push(`  - ${clean(reason)}`)
  return `${lines.join('\n')}\n`
}
