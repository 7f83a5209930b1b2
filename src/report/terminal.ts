/**
 * The report for `npx go-no-go` in a terminal, in the same order as the Markdown one: the verdict
 * and counts, what blocks (failed gates with their failing tests, assertions and output tail,
 * errors with their cause, pending sign-offs by section), warnings, a roll-up per section, and
 * what passed and how it was known. The verdict is repeated on the last line, where the eye
 * lands when the command returns.
 */
import { phaseOf, type ChecklistItem } from '../checklist/types.js'
import type { Finding, GateStatus } from '../gates/types.js'
import { createRedactor, type Redactor } from '../text/redact.js'
import { sliceSafe, stripControl } from '../text/sanitize.js'
import type { Decision } from '../verdict.js'
import { assertionContext, outputLines, tailExcerpt } from './excerpt.js'
import {
  EVIDENCE_LABELS,
  EVIDENCE_ORDER,
  STATUS_WORDS,
  TERMINAL_SYMBOLS,
  stepWords,
  decisionLabel,
  formatCounts,
  formatDuration,
  signedCount,
  type PassEvidence
} from './format.js'
import type { RunReport } from './model.js'
import { outlineReport, type Concern, type ItemView, type ReportOutline } from './outline.js'
import { formatNumber } from '../text/format.js'

interface TerminalOptions {
  /** ANSI colours; off for pipes, NO_COLOR and dumb terminals. */
  color: boolean
  redactor?: Redactor
}

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
const BOLD = 1
const EXCERPT = { lines: 15, chars: 2_048 }
const MAX_LIST_ENTRIES = 10
const MAX_ASSERTIONS_SHOWN = 3
const MAX_LINE = 500
const EVIDENCE_SYMBOLS: Record<PassEvidence, string> = { verified: '✔', ticked: '☑', signed: '✍' }

export function renderTerminal(report: RunReport, options: TerminalOptions): string {
  const redactor = options.redactor ?? createRedactor()
  // Gate output must not drive the terminal either: its escapes are stripped, only ours remain.
  const clean = (value: string) => redactor.redact(stripControl(value))
  // A line is cut at MAX_LINE: a 50,000-character test name must not fill the screen.
  const oneLine = (value: string) => {
    const flat = clean(value).replace(/\r?\n/g, ' ')
    return flat.length > MAX_LINE ? `${sliceSafe(flat, MAX_LINE)} …` : flat
  }
  const paint = (code: number, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text)
  const outline = outlineReport(report)
  const verdictLine = `${paint(COLORS[outline.cancelled ? 'no-go' : outline.decision], decisionLabel(outline.decision, outline.cancelled))}  ${formatCounts(outline.counts)} · ${formatDuration(report.durationMs)}`

  const lines: string[] = [`${oneLine(report.checklist.title)} (${oneLine(report.checklist.path)})`, verdictLine, '']

  const concern = (title: string, which: Concern, runProblems: string[]) => {
    const count = runProblems.length + which.general.length + which.gates.length + which.signoffs.reduce((sum, group) => sum + group.pending.length, 0)
    if (count === 0) return
    lines.push(paint(BOLD, `${title} (${formatNumber(count)})`))
    for (const problem of runProblems) lines.push(`  ${paint(COLORS['no-go'], '■')} the run itself: ${oneLine(problem)}`)
    for (const reason of which.general) lines.push(`  - ${oneLine(reason)}`)
    for (const view of which.gates) lines.push(...gateLines(view))
    for (const group of which.signoffs) {
      lines.push(`  ${paint(COLORS.pending, TERMINAL_SYMBOLS.pending)} ${oneLine(group.section)}: ${signedCount(group.signed, group.total)}`)
      for (const { item, result } of group.pending) {
        const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map(oneLine).join('; ')}` : ''
        lines.push(`      ${item.id}  ${oneLine(item.title)}${notes}`)
      }
    }
    lines.push('')
  }

  // Where a softer severity came from, so a heading edited to soften a gate shows.
  const softened = (item: ItemView['item']) => (item.severity !== 'blocking' && item.severityFrom ? ` [${item.severity}: ${oneLine(item.severityFrom)}]` : '')
  const gateLines = ({ item, result }: ItemView): string[] => {
    const out = [
      `  ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)}${softened(item)} — ${STATUS_WORDS[result.status]}: ${oneLine(result.reason ?? result.summary)}`
    ]
    if (item.kind === 'command') out.push(paint(DIM, `      ran ${oneLine(item.run)} (${formatDuration(result.durationMs)}): ${oneLine(result.summary)}`))
    const parsed = result.parsed
    const output = result.process?.output
    const attached = new Set<Finding>()
    let asserted = false
    if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
      const searched = outputLines(output, clean)
      parsed.failingTests.slice(0, MAX_LIST_ENTRIES).forEach((name, index) => {
        const finding = parsed.findings.find((candidate) => candidate.code === name && candidate.file)
        if (finding) attached.add(finding)
        out.push(`      failing: ${oneLine(name)}${finding ? `  ${oneLine(location(finding))}` : ''}`)
        const assertion = index < MAX_ASSERTIONS_SHOWN ? assertionContext(searched, name) : []
        if (assertion.length > 0) asserted = true
        out.push(...assertion.map((line) => `          ${line}`))
      })
      if (parsed.failingTests.length > MAX_LIST_ENTRIES) out.push(`      … and ${formatNumber(parsed.failingTests.length - MAX_LIST_ENTRIES)} more`)
    }
    if (parsed?.kind === 'format' && parsed.counts && parsed.findings.length === 0) out.push(...bounded(parsed.counts.files, (file) => `      reformat: ${oneLine(file)}`))
    if (parsed) {
      const findings = parsed.findings.filter((finding) => !attached.has(finding))
      out.push(...bounded(findings, (finding) => `      ${finding.file ? `${oneLine(location(finding))}: ` : ''}${finding.level}: ${oneLine(finding.message)}`))
    }
    if (result.steps) out.push(...bounded(result.steps, (step) => `      step ${TERMINAL_SYMBOLS[step.status]} ${oneLine(step.command)}: ${stepWords(step, oneLine)}`))
    if (result.notes) out.push(...bounded(result.notes, (note) => `      ${oneLine(note)}`))
    // Once the assertions are shown, the output's tail is mostly a stack trace: the log keeps it.
    if (output && output.totalBytes > 0 && !asserted) {
      const excerpt = tailExcerpt(output, EXCERPT.lines, EXCERPT.chars, clean)
      if (excerpt.shown > 0) {
        const log = output.logPath ? ` (full log: ${output.logPath})` : ''
        out.push(paint(DIM, `      ── last ${excerpt.shown} of ${formatNumber(output.totalLines)} lines of output${log} ──`))
        out.push(...excerpt.text.split('\n').map((line) => `      ${line}`))
      }
    }
    return out
  }

  concern(
    'Blocking',
    outline.blocking,
    outline.runProblems.map((problem) => problem.message)
  )
  concern('Warnings', outline.warnings, [])
  if (outline.sections.length > 0) lines.push(...rollup(outline, oneLine), '')
  const listed = (title: string, views: ItemView[]) => {
    if (views.length === 0) return
    lines.push(paint(BOLD, `${title} (${formatNumber(views.length)})`))
    for (const { item, result } of views)
      lines.push(`  ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)} — ${oneLine(result.reason ?? result.summary)}`)
    lines.push('')
  }
  listed('Informational, not passing', outline.informational)
  if (outline.afterGo.length > 0 || outline.rollbackIf.length > 0) {
    // After the decision, never blocking; a gate among them is not run, and says why it waits.
    lines.push(`${paint(BOLD, `After GO (${formatNumber(outline.afterGo.length)})`)}  done after the decision, never blocking; their gates are not run`)
    if (outline.rollbackIf.length > 0) lines.push(`  Roll back if: ${outline.rollbackIf.map(oneLine).join('; ')}`)
    let previous: string | undefined
    for (const { item, result } of outline.afterGo) {
      const group = `${phaseOf(item)}\u0000${item.phaseFrom ?? ''}`
      if (group !== previous) lines.push(`  ${phaseOf(item)}${item.phaseFrom ? `: ${oneLine(item.phaseFrom)}` : ''}`)
      previous = group
      const gate =
        item.kind === 'command'
          ? `  not run before the decision: ${oneLine(item.run)}`
          : item.kind === 'file'
            ? `  not run before the decision: evidence ${oneLine(item.path)}`
            : ''
      lines.push(`    ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)}${gate}`)
    }
    lines.push('')
  }
  const passedTotal = EVIDENCE_ORDER.reduce((sum, kind) => sum + outline.passedBy[kind], 0)
  if (passedTotal > 0) {
    const how = EVIDENCE_ORDER.filter((kind) => outline.passedBy[kind] > 0).map(
      (kind) => `${EVIDENCE_SYMBOLS[kind]} ${formatNumber(outline.passedBy[kind])} ${EVIDENCE_LABELS[kind]}`
    )
    lines.push(`${paint(BOLD, `Passed (${formatNumber(passedTotal)})`)}  ${how.join(' · ')}`)
    for (const section of outline.passed) {
      lines.push(`  ${oneLine(section.title)}`)
      for (const view of section.items) {
        const how = passedHow(view.item, view.result.summary, view.evidence, view.result.durationMs, oneLine)
        lines.push(`    ${paint(COLORS.pass, EVIDENCE_SYMBOLS[view.evidence])} ${view.item.id}  ${oneLine(view.item.title)}${how ? ` — ${how}` : ''}`)
      }
    }
    lines.push('')
  }
  if (outline.signoffTrail.length > 0) {
    lines.push(paint(BOLD, 'Sign-off trail'))
    for (const entry of outline.signoffTrail) {
      const verdict = entry.accepted ? 'accepted' : `refused: ${oneLine(entry.reason ?? 'refused')}`
      lines.push(
        `  ${entry.at.replace('T', ' ').slice(0, 16)}  @${oneLine(entry.login)} ${entry.action === 'revoke' ? 'revoked' : 'signed off'} ${oneLine(entry.itemId)} by ${entry.via} — ${verdict}`
      )
    }
    lines.push('')
  }
  lines.push(verdictLine)
  return `${lines.join('\n')}\n`
}

function passedHow(item: ChecklistItem, summary: string, evidence: PassEvidence, durationMs: number, oneLine: (value: string) => string): string {
  if (evidence === 'verified') return `${oneLine(summary)}${item.kind === 'manual' ? '' : `  ${formatDuration(durationMs)}`}`
  return evidence === 'ticked' ? '' : oneLine(summary)
}

/** A fixed-width table of sections: the same roll-up as the Markdown one. */
function rollup(outline: ReportOutline, oneLine: (value: string) => string): string[] {
  const headings = ['passed', 'failed', 'pending', 'verified', 'ticked', 'signed']
  const rows = outline.sections.map((section) => ({
    title: oneLine(section.title),
    values: [section.passed, section.failed, section.pending, ...EVIDENCE_ORDER.map((kind) => section.passedBy[kind])].map((value) => (value === 0 ? '·' : formatNumber(value)))
  }))
  const width = Math.min(48, Math.max('By section'.length, ...rows.map((row) => [...row.title].length)))
  const pad = (text: string) => {
    const chars = [...text]
    return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length)
  }
  const columns = (values: string[]) => values.map((value, index) => value.padStart(headings[index].length)).join('  ')
  return [`${pad('By section')}  ${headings.join('  ')}`, ...rows.map((row) => `${pad(row.title)}  ${columns(row.values)}`)]
}

function location(finding: Finding): string {
  return [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':')
}

function bounded<T>(values: readonly T[], render: (value: T) => string): string[] {
  const lines = values.slice(0, MAX_LIST_ENTRIES).map(render)
  if (values.length > MAX_LIST_ENTRIES) lines.push(`      … and ${formatNumber(values.length - MAX_LIST_ENTRIES)} more`)
  return lines
}
