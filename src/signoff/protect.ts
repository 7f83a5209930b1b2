/**
 * `protect-checklist: true`: a pull request may change its checklist, but every change that could
 * make the verdict easier to reach is itself a blocking item that a person must sign off. Pure:
 * the diff and the base checklist in, manual items out; applySignoffs judges them like any other.
 *
 * Who may sign, decided only by the base commit's checklist (the pull request cannot pick its own
 * judge):
 * - every approver named anywhere in the base checklist (logins and `team:org/slug`), who must
 *   also have write permission, as for any sign-off;
 * - when the base checklist names no approvers, or could not be read: anyone with write, maintain
 *   or admin permission to the repository;
 * - never the pull request's author, whatever `allow-author` says, and one sign-off is enough.
 *
 * Each item's id carries a hash of the changes it stands for, so a sign-off covers exactly what
 * the signer saw: a later push that changes the same gate again gets a new id and a new sign-off.
 */
import { sha256Hex } from '../sha256.js'
import { describeChange, type ChecklistChange } from '../checklist/diff.js'
import { allItems, type Checklist, type ManualItem } from '../checklist/types.js'
import { plural } from '../text/format.js'
import { sliceSafe } from '../text/sanitize.js'

export const PROTECT_SECTION = 'Checklist changes'
const PROTECT_ID_PREFIX = 'checklist-change'
/** Past this many weakened items, one item stands for all of them: a sign-off per gate would bury the comment. */
export const MAX_PROTECT_ITEMS = 50
const MAX_TITLE_CHARS = 200
/** The note lists every reason and every approver; the report has room for a paragraph, not a file. */
const MAX_NOTE_CHARS = 1_000
const FINGERPRINT_HEX_DIGITS = 16

interface ProtectOptions {
  /**
   * Ticks the pull request added are already judged by who committed them (judgeTicks); asking
   * for a second sign-off on the same box would only add noise. Leave false unless that runs.
   */
  ticksJudged: boolean
}

export interface Protection {
  /** Blocking manual items, one per weakened checklist item (or one for all past MAX_PROTECT_ITEMS). */
  items: ManualItem[]
  /** Approvers of every item; empty: anyone with write permission but the author. */
  approvers: string[]
  /** Who may sign, in words, for the report. */
  signers: string
  /** Which protection item stands for each weakened checklist item ('' for the checklist as a whole). */
  coveredBy: Map<string, string>
}

/** The items a weakening change needs signed off. Pure. */
export function protectChecklist(changes: readonly ChecklistChange[], base: Checklist | undefined, head: Checklist, options: ProtectOptions): Protection {
  const approvers = baseApprovers(base)
  const signers =
    approvers.length > 0
      ? `an approver named in the base checklist (${approvers.join(', ')}) with write permission, other than the pull request's author`
      : `anyone with write permission to the repository other than the pull request's author (the base checklist ${base ? 'names no approvers' : 'could not be read'})`
  const guarded = changes.filter((change) => change.weakening && !(options.ticksJudged && change.kind === 'tick'))
  const groups = new Map<string, ChecklistChange[]>()
  for (const change of guarded) {
    const key = change.itemId ?? ''
    groups.set(key, [...(groups.get(key) ?? []), change])
  }

  const taken = new Set(allItems(head).map((item) => item.id))
  const uniqueId = (base: string) => {
    // A pull request could add an item with our id (`run: true`) whose pass would stand in for the sign-off.
    let id = base
    for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`
    taken.add(id)
    return id
  }
  const item = (id: string, title: string, note: string): ManualItem => ({
    kind: 'manual',
    id: uniqueId(id),
    title: clip(title, MAX_TITLE_CHARS),
    severity: 'blocking',
    section: PROTECT_SECTION,
    signedOff: false,
    approvers,
    minApprovals: 1,
    allowAuthor: false,
    paths: [],
    needs: [],
    note: clip(`${note}; needs a sign-off from ${signers}`, MAX_NOTE_CHARS)
  })

  if (groups.size > MAX_PROTECT_ITEMS) {
    const ids = [...groups.keys()].filter(Boolean)
    const title = `Checklist change: ${plural(groups.size, 'item')} weakened (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`
    const all = item(`${PROTECT_ID_PREFIX}-all-${fingerprint(guarded)}`, title, 'this pull request weakens many checklist items at once')
    return { items: [all], approvers, signers, coveredBy: new Map([...groups.keys()].map((key) => [key, all.id])) }
  }

  const coveredBy = new Map<string, string>()
  const items = [...groups.entries()].map(([itemId, group]) => {
    const what = group.map(describeChange).join('; ')
    const why = group.map((change) => change.why).join('; ')
    const protection =
      itemId === ''
        ? item(`${PROTECT_ID_PREFIX}-${fingerprint(group)}`, `Checklist change: ${what}`, why)
        : item(`${PROTECT_ID_PREFIX}-${itemId}-${fingerprint(group)}`, `Checklist change: \`${itemId}\` ${what}`, why)
    coveredBy.set(itemId, protection.id)
    return protection
  })
  return { items, approvers, signers, coveredBy }
}

/** The checklist with the protection items in a section of their own at the end, so the verdict sees them. */
export function withProtection(checklist: Checklist, protection: Protection): Checklist {
  if (protection.items.length === 0) return checklist
  return { ...checklist, sections: [...checklist.sections, { title: PROTECT_SECTION, items: protection.items }] }
}

/** Every approver named in the base checklist, once each (logins compare case-insensitively, as sign-offs do). */
function baseApprovers(base: Checklist | undefined): string[] {
  const seen = new Map<string, string>()
  for (const item of base ? allItems(base) : []) {
    if (item.kind !== 'manual') continue
    for (const approver of item.approvers) if (!seen.has(approver.toLowerCase())) seen.set(approver.toLowerCase(), approver)
  }
  return [...seen.values()]
}

/**
 * 64 bits of SHA-256 over what changed, so the id moves when the change does. Fewer would not do:
 * with 32 bits, an author could get a harmless change signed and then search (minutes on a laptop)
 * for a harmful one, such as a command with a varying comment, that lands on the same id.
 */
function fingerprint(changes: readonly ChecklistChange[]): string {
  const material = JSON.stringify(changes.map((change) => [change.itemId ?? '', change.kind, change.key ?? '', change.change, change.before ?? '', change.after ?? '']))
  return sha256Hex(material).slice(0, FINGERPRINT_HEX_DIGITS)
}

function clip(text: string, max: number): string {
  return text.length > max ? `${sliceSafe(text, max - 1)}…` : text
}
