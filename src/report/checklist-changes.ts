/**
 * The "Checklist changed in this pull request" section: what the pull request does to its own
 * checklist, which changes weaken it, and what that means for this run. Pure: returns Markdown
 * lines for the main report to place. Everything from the checklist (ids, titles, commands, paths)
 * is untrusted: redacted, stripped of control characters and escaped for where it lands.
 */
import type { ChecklistChange } from '../checklist/diff.js'
import type { ChecklistFrom } from '../checklist/source.js'
import type { Protection } from '../signoff/protect.js'
import { plural, formatNumber } from '../text/format.js'
import { createRedactor, type Redactor } from '../text/redact.js'
import { codeSpan, escapeHtml, neutraliseReferences, safeInline, sliceSafe, stripControl } from '../text/sanitize.js'

export const CHECKLIST_CHANGES_HEADING = '### Checklist changed in this pull request'
/** Rows shown before the rest is counted; weakening changes come first so none is left out before a harmless one. */
const DEFAULT_MAX_ROWS = 50
const MAX_VALUE_CHARS = 120
const MAX_WHY_CHARS = 240

export interface ChecklistChangesView {
  /** The checklist path as the report shows it. */
  path: string
  baseSha?: string
  checklistFrom: ChecklistFrom
  /** From planChecklist: where this run's checklist came from. */
  explanation: string
  changes: readonly ChecklistChange[]
  /** Set when `protect-checklist` turned weakening changes into items to sign off. */
  protection?: Protection
}

interface ChecklistChangesOptions {
  redactor?: Redactor
  maxRows?: number
}

/** The section as Markdown lines; no lines when the checklist is the same as the base commit's. */
export function renderChecklistChanges(view: ChecklistChangesView, options: ChecklistChangesOptions = {}): string[] {
  if (view.changes.length === 0) return []
  const redactor = options.redactor ?? createRedactor()
  const plain = (value: string) => redactor.redact(stripControl(value))
  const prose = (value: string, max = MAX_VALUE_CHARS) => safeInline(clip(plain(value), max))
  const code = (value: string) => codeSpan(clip(plain(value), MAX_VALUE_CHARS), { inTable: true })

  const weakening = view.changes.filter((change) => change.weakening)
  const ordered = [...weakening, ...view.changes.filter((change) => !change.weakening)]
  const maxRows = Math.max(1, options.maxRows ?? DEFAULT_MAX_ROWS)
  const shown = ordered.slice(0, maxRows)
  const hidden = ordered.slice(maxRows)

  const base = view.baseSha ? ` from the base commit ${codeSpan(view.baseSha.slice(0, 12))}` : ' from the base commit'
  const counts = `${plural(view.changes.length, 'change')}, ${weakening.length === 0 ? 'none weakens it' : `${formatNumber(weakening.length)} can weaken it`}`
  const lines = [CHECKLIST_CHANGES_HEADING, '', `${codeSpan(plain(view.path))} differs${base}: ${counts}. ${ours(capitalise(view.explanation))}.`, '']

  lines.push('| | item | change | why |', '|---|---|---|---|')
  for (const change of shown) {
    const mark = change.weakening ? '⚠️ weakens' : ''
    const item = change.itemId ? `${code(change.itemId)}${change.title ? ` ${prose(change.title, 80)}` : ''}` : 'whole checklist'
    lines.push(`| ${mark} | ${item} | ${describe(change, prose, code)} | ${prose(change.why, MAX_WHY_CHARS)} |`)
  }
  if (hidden.length > 0) {
    const hiddenWeakening = hidden.filter((change) => change.weakening).length
    lines.push('', `… and ${plural(hidden.length, 'more change')} not shown${hiddenWeakening > 0 ? ` (${formatNumber(hiddenWeakening)} can weaken it)` : ''}.`)
  }
  lines.push('')

  if (view.checklistFrom === 'base' || !view.protection) {
    if (view.checklistFrom === 'base') lines.push("None of these changes apply to this run: the base commit's checklist decides.", '')
    return lines
  }
  const protection = view.protection
  if (protection.items.length > 0) {
    lines.push(
      `\`protect-checklist\` is on: ${plural(protection.items.length, 'blocking item')} below ${protection.items.length === 1 ? 'needs' : 'need'} a sign-off from ${prose(protection.signers, 400)}.`,
      ''
    )
    for (const item of protection.items.slice(0, maxRows)) lines.push(`- ${codeSpan(plain(item.id))}: comment ${codeSpan(`/signoff ${plain(item.id)}`)}`)
    if (protection.items.length > maxRows) lines.push(`- … and ${plural(protection.items.length - maxRows, 'more')}`)
    lines.push('')
  }
  return lines
}

function describe(change: ChecklistChange, prose: (value: string, max?: number) => string, code: (value: string) => string): string {
  const subject = change.key
    ? `${change.kind === 'expect' ? 'expect' : change.kind} ${code(change.key)} `
    : change.kind === 'added' || change.kind === 'removed'
      ? ''
      : `${change.kind} `
  if (change.kind === 'base-unavailable') return `${prose(change.change)}: ${prose(change.before ?? 'unknown reason')}`
  const value = (text: string) => (change.kind === 'run' ? code(text) : prose(text))
  let values = ''
  if (change.before !== undefined && change.after !== undefined) values = `: ${value(change.before)} → ${value(change.after)}`
  else if (change.before !== undefined) values = `: was ${value(change.before)}`
  else if (change.after !== undefined) values = `: ${value(change.after)}`
  const renamed = change.renamedTo ? ` (renamed to ${code(change.renamedTo)}?)` : ''
  return `${subject}${prose(change.change)}${values}${renamed}`
}

/** Our own sentences keep their `code` marks; still made inert, in case a commit id field ever carries more than hex. */
function ours(text: string): string {
  return neutraliseReferences(escapeHtml(stripControl(text).replace(/\r?\n/g, ' ')))
}

function clip(text: string, max: number): string {
  return text.length > max ? `${sliceSafe(text, max - 1)}…` : text
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
