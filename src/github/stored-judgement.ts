/**
 * What a pull request run judged besides its gate results, kept in the stored state (state.ts) so
 * that a comment or review event judges the very same items. Those events cannot find it out
 * themselves: an `issue_comment` run checks out the default branch, so it can neither read the
 * pull request's checklist, nor diff it with the base, nor blame its ticks.
 *
 * Kept: the checklist that decided, as judged (ticks the pull request did not earn un-ticked,
 * `protect-checklist` items added); the ticks that became sign-offs (`via: 'commit'`), re-judged
 * with every other sign-off; who ticked what; and the "Checklist changed" section when it fits.
 * The state is trusted only when our check run vouches for its hash. Its checklist is never run:
 * only the stored results answer its gates (src/events/prepare-checklist.ts pairs the two).
 */
import type { ChecklistChange } from '../checklist/diff.js'
import type { ChecklistFrom } from '../checklist/source.js'
import { ITEM_SEVERITIES, PHASES, type Checklist, type ChecklistItem, type ManualItem, type Phase, type Section } from '../checklist/types.js'
import type { ChecklistChangesView } from '../report/checklist-changes.js'
import type { RunReport } from '../report/model.js'
import type { SignoffEvent } from '../signoff/apply.js'
import type { TickJudgement, TickNote } from '../signoff/checklist-ticks.js'
import type { Protection } from '../signoff/protect.js'
import { sliceSafe } from '../text/sanitize.js'

export interface StoredJudgement {
  checklist: StoredChecklist
  commitTicks: SignoffEvent[]
  tickNotes: StoredTickNote[]
  /** Left out when the state would not fit otherwise, or when there were too many changes to keep. */
  changes?: StoredChanges
}

interface StoredChecklist {
  title: string
  path: string
  format: Checklist['format']
  sections: Array<{ title: string; items: StoredItem[] }>
  rollbackIf?: string[]
}

/** What decides besides severity: the phase (only pre-deploy items decide) and an alternative group. */
type StoredDeciding = Pick<ChecklistItem, 'phase' | 'phaseFrom' | 'anyOf'>

type StoredItem = StoredDeciding &
  (
    | { kind: 'command'; id: string; title: string; severity: ChecklistItem['severity']; run: string }
    | { kind: 'file'; id: string; title: string; severity: ChecklistItem['severity']; path: string }
    | ({ kind: 'manual'; id: string; title: string; severity: ChecklistItem['severity'] } & Pick<
        ManualItem,
        'signedOff' | 'approvers' | 'minApprovals' | 'allowAuthor' | 'paths' | 'note'
      >)
  )

type StoredTickNote = { itemId: string } & TickNote

interface StoredChanges {
  path: string
  baseSha?: string
  checklistFrom: ChecklistFrom
  explanation: string
  changes: ChecklistChange[]
  protection?: { itemIds: string[]; approvers: string[]; signers: string }
}

/** More changes than the section shows in full are not kept: a count made from a cut list would be wrong. */
const MAX_STORED_CHANGES = 50
const MAX_TEXT_CHARS = 300

/** What the report's run judged, for the stored state. `redact` hides secrets, as in the visible report. */
export function storeJudgement(
  report: RunReport,
  ticks: { events: readonly SignoffEvent[]; judgement?: TickJudgement },
  redact: (text: string) => string = (text) => text
): StoredJudgement {
  const text = (value: string) => clip(redact(value))
  const changes = report.checklistChanges
  return {
    checklist: {
      title: text(report.checklist.title),
      path: report.checklist.path,
      format: report.checklist.format,
      sections: report.checklist.sections.map((section) => ({ title: text(section.title), items: section.items.map((item) => storeItem(item, text)) })),
      ...(report.checklist.rollbackIf ? { rollbackIf: report.checklist.rollbackIf.map(text) } : {})
    },
    commitTicks: [...ticks.events],
    tickNotes: [...(ticks.judgement?.notes ?? [])].map(([itemId, note]) => ({
      itemId,
      attribution: text(note.attribution),
      ...(note.setAside ? { setAside: text(note.setAside) } : {}),
      ...(note.claimedBy ? { claimedBy: note.claimedBy } : {})
    })),
    ...(changes && changes.changes.length <= MAX_STORED_CHANGES
      ? {
          changes: {
            path: changes.path,
            ...(changes.baseSha ? { baseSha: changes.baseSha } : {}),
            checklistFrom: changes.checklistFrom,
            explanation: changes.explanation,
            changes: changes.changes.map((change) => storeChange(change, text)),
            ...(changes.protection
              ? {
                  protection: {
                    itemIds: changes.protection.items.map((item) => item.id),
                    approvers: changes.protection.approvers,
                    signers: changes.protection.signers
                  }
                }
              : {})
          }
        }
      : {})
  }
}

export interface RestoredJudgement {
  /** Judge with stored results only; never run its commands. */
  checklist: Checklist
  commitTicks: SignoffEvent[]
  ticks: TickJudgement
  changes?: ChecklistChangesView
}

/**
 * The judgement back, or undefined when it is not one we could have written (then nothing of the
 * stored state is used). Checked field by field: a state we cannot read must not crash the run.
 */
export function restoreJudgement(stored: unknown): RestoredJudgement | undefined {
  if (!isObject(stored) || !isObject(stored.checklist) || !Array.isArray(stored.commitTicks) || !Array.isArray(stored.tickNotes)) return undefined
  const raw = stored.checklist
  if (!isString(raw.title) || !isString(raw.path) || (raw.format !== 'yaml' && raw.format !== 'markdown') || !Array.isArray(raw.sections)) return undefined
  const sections: Section[] = []
  for (const section of raw.sections as unknown[]) {
    if (!isObject(section) || !isString(section.title) || !Array.isArray(section.items)) return undefined
    const items = (section.items as unknown[]).map((item) => restoreItem(item, section.title as string))
    if (items.some((item) => item === undefined)) return undefined
    sections.push({ title: section.title, items: items as ChecklistItem[] })
  }
  const checklist: Checklist = { title: raw.title, path: raw.path, format: raw.format, sections, ...(isStringArray(raw.rollbackIf) ? { rollbackIf: raw.rollbackIf } : {}) }
  const commitTicks = (stored.commitTicks as unknown[]).filter(isCommitTick)
  if (commitTicks.length !== stored.commitTicks.length) return undefined
  const notes = new Map<string, TickNote>()
  for (const note of stored.tickNotes as unknown[]) {
    if (!isObject(note) || !isString(note.itemId) || !isString(note.attribution)) return undefined
    notes.set(note.itemId, {
      attribution: note.attribution,
      ...(isString(note.setAside) ? { setAside: note.setAside } : {}),
      ...(isString(note.claimedBy) ? { claimedBy: note.claimedBy } : {})
    })
  }
  const changes = restoreChanges(stored.changes, checklist)
  return { checklist, commitTicks, ticks: { checklist, events: commitTicks, notes }, ...(changes ? { changes } : {}) }
}

/** The judgement without what only the report shows, for a state that would not fit otherwise. */
export function withoutDisplay(judgement: StoredJudgement): StoredJudgement {
  const { changes: _changes, ...rest } = judgement
  return { ...rest, tickNotes: judgement.tickNotes.map((note) => ({ ...note, attribution: 'ticked in the checklist' })) }
}

function storeItem(item: ChecklistItem, text: (value: string) => string): StoredItem {
  const base = {
    id: item.id,
    title: text(item.title),
    severity: item.severity,
    ...(item.phase ? { phase: item.phase } : {}),
    ...(item.phaseFrom ? { phaseFrom: text(item.phaseFrom) } : {}),
    ...(item.anyOf ? { anyOf: item.anyOf } : {})
  }
  switch (item.kind) {
    case 'command':
      // For the report only ("Command: …"): a stored checklist is never run.
      return { kind: 'command', ...base, run: text(item.run) }
    case 'file':
      return { kind: 'file', ...base, path: item.path }
    case 'manual':
      return {
        kind: 'manual',
        ...base,
        signedOff: item.signedOff,
        approvers: item.approvers,
        minApprovals: item.minApprovals,
        allowAuthor: item.allowAuthor,
        paths: item.paths,
        ...(item.note ? { note: text(item.note) } : {})
      }
  }
}

function restoreItem(value: unknown, section: string): ChecklistItem | undefined {
  if (!isObject(value) || !isString(value.id) || !isString(value.title) || !(ITEM_SEVERITIES as readonly unknown[]).includes(value.severity)) return undefined
  if (value.phase !== undefined && !(PHASES as readonly unknown[]).includes(value.phase)) return undefined
  if ((value.phaseFrom !== undefined && !isString(value.phaseFrom)) || (value.anyOf !== undefined && !isString(value.anyOf))) return undefined
  const base = {
    id: value.id,
    title: value.title,
    severity: value.severity as ChecklistItem['severity'],
    section,
    ...(value.phase !== undefined ? { phase: value.phase as Phase } : {}),
    ...(isString(value.phaseFrom) ? { phaseFrom: value.phaseFrom } : {}),
    ...(isString(value.anyOf) ? { anyOf: value.anyOf } : {})
  }
  switch (value.kind) {
    case 'command':
      if (!isString(value.run)) return undefined
      return { kind: 'command', ...base, run: value.run, timeoutMs: 0, workingDirectory: '.', env: {}, needs: [], expect: {} }
    case 'file':
      if (!isString(value.path)) return undefined
      return { kind: 'file', ...base, path: value.path, needs: [] }
    case 'manual':
      if (
        typeof value.signedOff !== 'boolean' ||
        !isStringArray(value.approvers) ||
        !Number.isSafeInteger(value.minApprovals) ||
        typeof value.allowAuthor !== 'boolean' ||
        !isStringArray(value.paths)
      )
        return undefined
      return {
        kind: 'manual',
        ...base,
        signedOff: value.signedOff,
        approvers: value.approvers,
        minApprovals: value.minApprovals as number,
        allowAuthor: value.allowAuthor,
        paths: value.paths,
        needs: [],
        ...(isString(value.note) ? { note: value.note } : {})
      }
    default:
      return undefined
  }
}

function storeChange(change: ChecklistChange, text: (value: string) => string): ChecklistChange {
  return {
    ...change,
    ...(change.title !== undefined ? { title: text(change.title) } : {}),
    ...(change.before !== undefined ? { before: text(change.before) } : {}),
    ...(change.after !== undefined ? { after: text(change.after) } : {}),
    why: text(change.why)
  }
}

/** Changes are shown, never judged: a malformed one drops the section, not the run. */
function restoreChanges(value: unknown, checklist: Checklist): ChecklistChangesView | undefined {
  if (!isObject(value) || !isString(value.path) || !isString(value.explanation) || (value.checklistFrom !== 'head' && value.checklistFrom !== 'base')) return undefined
  if (!Array.isArray(value.changes) || !value.changes.every((change) => isObject(change) && isString(change.kind) && isString(change.change) && isString(change.why)))
    return undefined
  const view: ChecklistChangesView = {
    path: value.path,
    ...(isString(value.baseSha) ? { baseSha: value.baseSha } : {}),
    checklistFrom: value.checklistFrom,
    explanation: value.explanation,
    changes: value.changes as ChecklistChange[]
  }
  const protection = value.protection
  if (!isObject(protection) || !isStringArray(protection.itemIds) || !isStringArray(protection.approvers) || !isString(protection.signers)) return view
  const ids = new Set(protection.itemIds)
  const items = checklist.sections.flatMap((section) => section.items).filter((item): item is ManualItem => item.kind === 'manual' && ids.has(item.id))
  const restored: Protection = { items, approvers: protection.approvers, signers: protection.signers, coveredBy: new Map() }
  return { ...view, protection: restored }
}

function isCommitTick(value: unknown): value is SignoffEvent {
  return isObject(value) && value.via === 'commit' && value.action === 'signoff' && isString(value.itemId) && isString(value.login) && isString(value.at)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString)
}

function clip(text: string): string {
  return text.length > MAX_TEXT_CHARS ? `${sliceSafe(text, MAX_TEXT_CHARS - 1)}…` : text
}
