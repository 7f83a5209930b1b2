/**
 * The words, numbers and symbols every report surface uses (job summary, PR comment, check run,
 * terminal, JSON), so a count or a status reads the same wherever a person meets it.
 */
import type { ChecklistItem } from '../checklist/types.js'
import type { GateResult, GateStatus, GateStep } from '../gates/types.js'
import { formatDuration, plural, formatNumber } from '../text/format.js'
import { DECISION_LABELS, type Decision, type StatusCounts } from '../verdict.js'

export { formatDuration, plural }

/** Status marks in Markdown (emoji render the same in light and dark themes). */
export const STATUS_ICONS: Record<GateStatus, string> = { pass: '✅', fail: '❌', error: '⚠️', pending: '⏳', cancelled: '⏹️' }
/** Status marks in a terminal: one narrow character each, so columns line up. */
export const TERMINAL_SYMBOLS: Record<GateStatus, string> = { pass: '✔', fail: '✘', error: '!', pending: '…', cancelled: '■' }
const DECISION_ICONS: Record<Decision, string> = { go: '🟢', 'conditional-go': '🟡', 'no-go': '🔴' }
const CANCELLED_LABEL = 'CANCELLED — NO-GO'
const CANCELLED_ICON = '⏹️'

/** What a status means, in words, as the reason lists say it. */
export const STATUS_WORDS: Record<GateStatus, string> = {
  pass: 'passed',
  fail: 'failed',
  error: 'could not be checked',
  pending: 'awaiting sign-off',
  cancelled: 'not finished'
}

/**
 * How a pass was known: a machine checked it (a tool ran and its output was read, or an evidence
 * file was found); a box was ticked in the checklist file (anyone who could commit did it); or a
 * person signed off on the pull request and was checked against the approvers.
 */
export type PassEvidence = 'verified' | 'ticked' | 'signed'

export const EVIDENCE_ICONS: Record<PassEvidence, string> = { verified: '🤖', ticked: '☑️', signed: '✍️' }
export const EVIDENCE_LABELS: Record<PassEvidence, string> = {
  verified: 'verified by a tool',
  ticked: 'ticked in the checklist',
  signed: 'signed on the pull request'
}
/** Fixed order for every list and table of evidence: strongest first. */
export const EVIDENCE_ORDER: readonly PassEvidence[] = ['verified', 'ticked', 'signed']

/** How the pass of `item` was known; undefined when it did not pass. */
export function passEvidence(item: ChecklistItem, result: GateResult): PassEvidence | undefined {
  if (result.status !== 'pass') return undefined
  if (item.kind !== 'manual') return 'verified'
  return item.signedOff ? 'ticked' : 'signed'
}

/** "7 passed · 1 failed · 1 error · 2 pending"; zero counts other than passed are left out. */
export function formatCounts(counts: StatusCounts): string {
  return [
    `${formatNumber(counts.passed)} passed`,
    counts.failed ? `${formatNumber(counts.failed)} failed` : '',
    counts.errored ? plural(counts.errored, 'error') : '',
    counts.pending ? `${formatNumber(counts.pending)} pending` : '',
    counts.cancelled ? `${formatNumber(counts.cancelled)} cancelled` : ''
  ]
    .filter(Boolean)
    .join(' · ')
}

/** "NO-GO", or "CANCELLED — NO-GO" when the run was stopped: a cancelled run never reads as a plain verdict. */
export function decisionLabel(decision: Decision, cancelled: boolean): string {
  return cancelled ? CANCELLED_LABEL : DECISION_LABELS[decision]
}

/**
 * "NO-GO: 1 failed, 2 awaiting sign-off", or "GO: 7 passed": the one line a check run's title and a
 * commit status's description show, in the words the reason lists use, so a person reading the
 * checks list, the status and the report meets the same count in the same words.
 */
export function verdictLine(decision: Decision, counts: StatusCounts, cancelled: boolean): string {
  const parts = [
    counts.failed ? `${formatNumber(counts.failed)} ${STATUS_WORDS.fail}` : '',
    counts.errored ? `${formatNumber(counts.errored)} ${STATUS_WORDS.error}` : '',
    counts.pending ? `${formatNumber(counts.pending)} ${STATUS_WORDS.pending}` : '',
    counts.cancelled ? `${formatNumber(counts.cancelled)} ${STATUS_WORDS.cancelled}` : ''
  ].filter(Boolean)
  return `${decisionLabel(decision, cancelled)}: ${parts.length > 0 ? parts.join(', ') : `${formatNumber(counts.passed)} ${STATUS_WORDS.pass}`}`
}

/** The verdict with its icon, for Markdown headings. */
export function decisionHeading(decision: Decision, cancelled: boolean): string {
  return `${cancelled ? CANCELLED_ICON : DECISION_ICONS[decision]} ${decisionLabel(decision, cancelled)}`
}

/** "Security: 1 of 4 signed". */
export function signedCount(signed: number, total: number): string {
  return `${formatNumber(signed)} of ${formatNumber(total)} signed`
}

/** A result's duration as shown beside it; manual items took no machine time, so they show none. */
export function itemDuration(item: ChecklistItem, result: GateResult): string | undefined {
  return item.kind === 'manual' ? undefined : formatDuration(result.durationMs)
}

/** "failed — 3 files to reformat (exit 1)": one command of a script, in the words the reason lists use. */
export function stepWords(step: GateStep, clean: (value: string) => string): string {
  const exit = step.exitCode !== null && step.exitCode !== 0 ? ` (exit ${step.exitCode})` : ''
  return `${STATUS_WORDS[step.status]} — ${clean(step.status === 'pass' ? step.summary : (step.reason ?? step.summary))}${exit}`
}
