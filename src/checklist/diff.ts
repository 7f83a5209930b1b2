/**
 * What a pull request changes in its checklist, item by item, and whether each change can make
 * the verdict easier to reach. Pure: the base commit's checklist and the pull request's, both
 * parsed, in; a list of changes out.
 *
 * Items are matched by id. A renamed id is therefore a removal plus an addition: the removal is
 * what a reviewer must agree to, so it is never folded into a harmless "renamed". Values are
 * compared as the gate will use them (defaults applied), so `pass-rate: 100` written out is no
 * change, while dropping `max-failures` can be.
 *
 * "Weakening" means the change could turn a NO-GO into a GO, or a blocking problem into a lesser
 * one. When that cannot be known from the checklist alone (a new command, a new parser, a changed
 * environment), the change counts as weakening and `why` says what could not be known.
 */
import { allItems, isBeforeDeploy, phaseOf, type Checklist, type ChecklistItem, type CommandItem, type Expectations, type ManualItem, type ItemSeverity } from './types.js'

export const CHANGE_KINDS = [
  'added',
  'removed',
  'kind',
  'severity',
  'phase',
  'any-of',
  'run',
  'parser',
  'junit',
  'expect',
  'working-directory',
  'env',
  'timeout',
  'needs',
  'file',
  'approvers',
  'min-approvals',
  'allow-author',
  'paths',
  'tick',
  'title',
  'section',
  'base-unavailable'
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export interface ChecklistChange {
  /** The item changed; absent for a change to the checklist as a whole. */
  itemId?: string
  /** The item's title in the base checklist (the head's for an added item). */
  title?: string
  kind: ChangeKind
  /** The threshold (`pass-rate`, …) of an `expect` change. */
  key?: string
  /** What happened, in a word or two: "removed", "lowered", "relaxed", "turned on". */
  change: string
  /** Values as the checklist has them, for display; untrusted text from the checklist. */
  before?: string
  after?: string
  /** For a removed item: an added item that looks like the same check under a new id. */
  renamedTo?: string
  weakening: boolean
  /** Why the change weakens a gate, or why it cannot. */
  why: string
}

const SEVERITY_RANK: Record<ItemSeverity, number> = { blocking: 2, warning: 1, info: 0 }
const INFO_NEVER_DECIDES = 'info items never change the decision, before or after this change'
const AFTER_GO_NEVER_DECIDES = 'steps after GO (deploy, post-deploy) never change the decision, before or after this change'

/**
 * Every difference between two checklists that matters to a reviewer, base order first, then the
 * items the head adds. Linear in the number of items, so a megabyte checklist costs nothing.
 */
export function diffChecklists(base: Checklist, head: Checklist): ChecklistChange[] {
  const baseItems = allItems(base)
  const headItems = allItems(head)
  const baseById = new Map(baseItems.map((item) => [item.id, item]))
  const headById = new Map(headItems.map((item) => [item.id, item]))
  const added = headItems.filter((item) => !baseById.has(item.id))
  const renameCandidates = new Map<string, string>()
  for (const item of added) {
    const key = renameKey(item)
    if (!renameCandidates.has(key)) renameCandidates.set(key, item.id)
  }

  const standsIn = standsInFor(headItems)
  const changes: ChecklistChange[] = []
  for (const before of baseItems) {
    const after = headById.get(before.id)
    if (after) changes.push(...itemChanges(before, after, standsIn))
    else changes.push(removedItem(before, renameCandidates.get(renameKey(before))))
  }
  for (const item of added) {
    const others = standsIn(item)
    changes.push({
      itemId: item.id,
      title: item.title,
      kind: 'added',
      change: 'added',
      after: describeItem(item),
      weakening: others.length > 0,
      why:
        others.length > 0
          ? `a new alternative in the group \`${item.anyOf}\`: ${others.map((other) => `\`${other.id}\``).join(', ')} now pass${others.length === 1 ? 'es' : ''} when this item passes`
          : 'a new item can only add a way to fail'
    })
  }
  return changes
}

/**
 * The deciding items whose result an item can stand in for: the other members of its alternative
 * group that are not info (src/verdict.ts waives them when it passes). Empty when it is not before
 * deploying, or when it is a manual item in a group that holds a gate (only a gate can stand in there).
 */
function standsInFor(items: readonly ChecklistItem[]): (item: ChecklistItem) => ChecklistItem[] {
  const groups = new Map<string, ChecklistItem[]>()
  for (const item of items) {
    if (item.anyOf === undefined || !isBeforeDeploy(item)) continue
    groups.set(item.anyOf, [...(groups.get(item.anyOf) ?? []), item])
  }
  return (item) => {
    const members = item.anyOf === undefined || !isBeforeDeploy(item) ? [] : (groups.get(item.anyOf) ?? [])
    if (item.kind === 'manual' && members.some((member) => member.kind !== 'manual')) return []
    return members.filter((member) => member !== item && member.severity !== 'info')
  }
}

/** The base commit's checklist could not be read, so nothing the pull request did to it can be seen. */
export function baseUnavailableChange(reason: string): ChecklistChange {
  return {
    kind: 'base-unavailable',
    change: 'the checklist cannot be compared with the base commit',
    before: reason,
    weakening: true,
    why: 'without the base checklist every gate may have been removed or relaxed; nothing shows otherwise'
  }
}

/** True when no change could make the verdict easier to reach. */
export function hasWeakening(changes: readonly ChecklistChange[]): boolean {
  return changes.some((change) => change.weakening)
}

/** One line of plain text for a change, e.g. "severity lowered (blocking → warning)". Untrusted values included as they are. */
export function describeChange(change: ChecklistChange): string {
  if (change.kind === 'base-unavailable') return `${change.change}: ${change.before ?? 'unknown reason'}`
  const subject = change.key ? `${change.kind} \`${change.key}\`` : change.kind === 'added' || change.kind === 'removed' ? '' : change.kind
  const values = change.before !== undefined && change.after !== undefined ? ` (${change.before} → ${change.after})` : ''
  return [subject, change.change].filter(Boolean).join(' ') + values
}

function removedItem(item: ChecklistItem, renamedTo: string | undefined): ChecklistChange {
  const weakening = item.severity !== 'info' && isBeforeDeploy(item)
  return {
    itemId: item.id,
    title: item.title,
    kind: 'removed',
    change: 'removed',
    before: describeItem(item),
    ...(renamedTo ? { renamedTo } : {}),
    weakening,
    why: weakening
      ? `a ${item.severity} item no longer has to pass${renamedTo ? `; a new item \`${renamedTo}\` looks like it under a new id, but is judged as a new item` : ''}`
      : isBeforeDeploy(item)
        ? INFO_NEVER_DECIDES
        : AFTER_GO_NEVER_DECIDES
  }
}

/** What makes two items look like the same check: the command, the evidence file, or a manual title. */
function renameKey(item: ChecklistItem): string {
  if (item.kind === 'command') return `command\u0000${item.run.trim()}`
  if (item.kind === 'file') return `file\u0000${item.path}`
  return `manual\u0000${item.title.trim().toLowerCase()}`
}

function describeItem(item: ChecklistItem): string {
  if (item.kind === 'command') return `the command ${item.run}`
  if (item.kind === 'file') return `the evidence file ${item.path}`
  return 'a manual sign-off'
}

function itemChanges(before: ChecklistItem, after: ChecklistItem, standsIn: (item: ChecklistItem) => ChecklistItem[]): ChecklistChange[] {
  const changes: ChecklistChange[] = []
  // An alternative decides for the other members of its group, whatever its own severity.
  const standsInForOthers = standsIn(after).length > 0
  const change = (fields: Omit<ChecklistChange, 'itemId' | 'title'>) => changes.push({ itemId: before.id, title: before.title, ...fields })

  const severity = SEVERITY_RANK[after.severity] - SEVERITY_RANK[before.severity]
  if (severity !== 0) {
    change({
      kind: 'severity',
      change: severity < 0 ? 'lowered' : 'raised',
      before: before.severity,
      after: after.severity,
      // Steps after GO never decided in the base, so lowering theirs loses nothing.
      weakening: severity < 0 && isBeforeDeploy(before),
      why:
        severity < 0
          ? `a failure now means ${after.severity === 'info' ? 'nothing' : 'CONDITIONAL GO'} instead of ${before.severity === 'blocking' ? 'NO-GO' : 'CONDITIONAL GO'}`
          : 'a failure now counts for more'
    })
  }
  if (phaseOf(before) !== phaseOf(after)) {
    const leaves = isBeforeDeploy(before) && !isBeforeDeploy(after)
    change({
      kind: 'phase',
      change: leaves ? 'moved after GO' : isBeforeDeploy(after) ? 'moved before deploying' : 'changed',
      before: phaseOf(before),
      after: `${phaseOf(after)}${after.phaseFrom ? ` (${after.phaseFrom})` : ''}`,
      weakening: (leaves && before.severity !== 'info') || (isBeforeDeploy(after) && standsInForOthers),
      why: leaves
        ? 'the item no longer decides anything: steps after GO never block and their gates are not run'
        : isBeforeDeploy(after)
          ? standsInForOthers
            ? `the item now decides before deploying, as an alternative: the other members of \`${after.anyOf}\` pass when it passes`
            : 'the item now decides before deploying'
          : AFTER_GO_NEVER_DECIDES
    })
  }
  if ((before.anyOf ?? '') !== (after.anyOf ?? '')) {
    const joins = after.anyOf !== undefined
    change({
      kind: 'any-of',
      change: joins ? (before.anyOf === undefined ? 'joined an alternative group' : 'moved to another alternative group') : 'left its alternative group',
      before: before.anyOf ?? 'none',
      after: after.anyOf ?? 'none',
      weakening: (joins && before.severity !== 'info' && isBeforeDeploy(after)) || standsInForOthers,
      why: joins
        ? standsInForOthers
          ? 'the item now passes when another item of its group passes, and the others pass when it passes'
          : 'the item now passes when another item of its group passes'
        : 'the item must now pass on its own'
    })
  }
  if (before.section !== after.section) {
    change({
      kind: 'section',
      change: 'moved',
      before: before.section,
      after: after.section,
      weakening: false,
      why: 'sections only group items in the report; a severity that follows from the section shows as its own change'
    })
  }

  const rest: ChecklistChange[] = []
  const other = (fields: Omit<ChecklistChange, 'itemId' | 'title'>) => rest.push({ itemId: before.id, title: before.title, ...fields })
  if (before.kind !== after.kind) {
    other({
      kind: 'kind',
      change: `turned from ${kindName(before)} into ${kindName(after)}`,
      before: describeItem(before),
      after: describeItem(after),
      weakening: true,
      why:
        after.kind === 'manual'
          ? "a machine check became a person's word (in a Markdown checklist, a ticked box)"
          : 'what proves the item is now chosen by the pull request; nothing shows it proves as much'
    })
  } else if (before.kind === 'command' && after.kind === 'command') {
    commandChanges(before, after, other)
  } else if (before.kind === 'file' && after.kind === 'file') {
    if (before.path !== after.path) {
      other({
        kind: 'file',
        change: 'changed',
        before: before.path,
        after: after.path,
        weakening: true,
        why: 'any non-empty file at the new path passes, and the pull request can add one'
      })
    }
  } else if (before.kind === 'manual' && after.kind === 'manual') {
    manualChanges(before, after, other)
  }
  if (before.kind === after.kind) needsChanges(before.needs, after.needs, other)

  // Where the base's item never decided (info), nothing it proved can be lost; where the head's
  // does not decide, its lowered severity is the weakening, reported above. Either way the rest is harmless.
  const harmless = standsInForOthers
    ? undefined
    : !isBeforeDeploy(before) && !isBeforeDeploy(after)
      ? AFTER_GO_NEVER_DECIDES
      : !isBeforeDeploy(after)
        ? 'the item no longer decides anything (after GO); that moved phase is the weakening'
        : !isBeforeDeploy(before)
          ? 'the base checklist never decided on this step after GO, so nothing it proved is lost'
          : before.severity === 'info' && after.severity === 'info'
            ? INFO_NEVER_DECIDES
            : before.severity === 'info'
              ? 'the base checklist never decided on this info item, so nothing it proved is lost'
              : after.severity === 'info'
                ? 'the item no longer decides anything (info); that lowered severity is the weakening'
                : undefined
  for (const entry of rest) changes.push(harmless ? { ...entry, weakening: false, why: harmless } : entry)
  return changes
}

function kindName(item: ChecklistItem): string {
  return item.kind === 'command' ? 'a command' : item.kind === 'file' ? 'an evidence file' : 'a manual sign-off'
}

type Emit = (fields: Omit<ChecklistChange, 'itemId' | 'title'>) => void

function commandChanges(before: CommandItem, after: CommandItem, emit: Emit): void {
  if (before.run.trim() !== after.run.trim()) {
    emit({
      kind: 'run',
      change: 'changed',
      before: before.run,
      after: after.run,
      weakening: true,
      why: 'the command decides what the gate proves; a changed command can prove less (a filter, a flag, `|| true`)'
    })
  }
  if ((before.parser ?? '') !== (after.parser ?? '')) {
    emit({
      kind: 'parser',
      change: 'changed',
      before: before.parser ?? 'detected from the command',
      after: after.parser ?? 'detected from the command',
      weakening: true,
      why: 'the parser decides how the output is read; `exit-code` trusts the exit status alone and ignores thresholds'
    })
  }
  if ((before.junit ?? '') !== (after.junit ?? '')) {
    emit({
      kind: 'junit',
      change: before.junit === undefined ? 'added' : after.junit === undefined ? 'removed' : 'changed',
      before: before.junit ?? 'none (the printed output)',
      after: after.junit ?? 'none (the printed output)',
      weakening: true,
      why: 'the JUnit files named there give the counts instead of the printed output; other files can hold other results'
    })
  }
  for (const threshold of expectationChanges(before.expect, after.expect)) emit(threshold)
  if (before.workingDirectory !== after.workingDirectory) {
    emit({
      kind: 'working-directory',
      change: 'changed',
      before: before.workingDirectory,
      after: after.workingDirectory,
      weakening: true,
      why: 'the same command in another directory checks another project (an empty one passes)'
    })
  }
  const envNames = changedKeys(before.env, after.env)
  if (envNames.length > 0) {
    emit({
      kind: 'env',
      change: 'changed',
      before: Object.keys(before.env).sort().join(', ') || 'none',
      after: Object.keys(after.env).sort().join(', ') || 'none',
      key: envNames.join(', '),
      weakening: true,
      why: 'environment variables change what a command does (RUSTFLAGS, NODE_OPTIONS, a test filter)'
    })
  }
  if (before.timeoutMs !== after.timeoutMs) {
    emit({
      kind: 'timeout',
      change: after.timeoutMs < before.timeoutMs ? 'lowered' : 'raised',
      before: minutes(before.timeoutMs),
      after: minutes(after.timeoutMs),
      weakening: false,
      why: 'a gate that runs out of time is an error, never a pass'
    })
  }
}

function manualChanges(before: ManualItem, after: ManualItem, emit: Emit): void {
  const lower = (values: string[]) => new Set(values.map((value) => value.toLowerCase()))
  const beforeApprovers = lower(before.approvers)
  const afterApprovers = lower(after.approvers)
  const approversAdded = after.approvers.filter((approver) => !beforeApprovers.has(approver.toLowerCase()))
  const approversRemoved = before.approvers.filter((approver) => !afterApprovers.has(approver.toLowerCase()))
  if (after.approvers.length === 0 && before.approvers.length > 0) {
    emit({
      kind: 'approvers',
      change: 'removed, so anyone with write permission may sign',
      before: before.approvers.join(', '),
      after: 'anyone with write permission',
      weakening: true,
      why: 'no approvers means anyone with write permission may sign off'
    })
  } else {
    if (approversAdded.length > 0) {
      emit({
        kind: 'approvers',
        change: 'added',
        before: before.approvers.join(', ') || 'anyone with write permission',
        after: after.approvers.join(', '),
        weakening: true,
        why: `${approversAdded.join(', ')} may now sign off`
      })
    }
    if (approversRemoved.length > 0) {
      emit({
        kind: 'approvers',
        change: 'removed',
        before: before.approvers.join(', '),
        after: after.approvers.join(', '),
        weakening: false,
        why: 'fewer people may sign off'
      })
    }
  }
  if (before.minApprovals !== after.minApprovals) {
    const lowered = after.minApprovals < before.minApprovals
    emit({
      kind: 'min-approvals',
      change: lowered ? 'lowered' : 'raised',
      before: String(before.minApprovals),
      after: String(after.minApprovals),
      weakening: lowered,
      why: lowered ? 'fewer sign-offs are needed' : 'more sign-offs are needed'
    })
  }
  if (before.allowAuthor !== after.allowAuthor) {
    emit({
      kind: 'allow-author',
      change: after.allowAuthor ? 'turned on' : 'turned off',
      before: String(before.allowAuthor),
      after: String(after.allowAuthor),
      weakening: after.allowAuthor,
      why: after.allowAuthor ? "the pull request's author may now sign off their own change" : 'the author may no longer sign off their own change'
    })
  }
  const afterPaths = new Set(after.paths)
  const beforePaths = new Set(before.paths)
  const pathsRemoved = before.paths.filter((glob) => !afterPaths.has(glob))
  const pathsAdded = after.paths.filter((glob) => !beforePaths.has(glob))
  if (pathsRemoved.length > 0 || pathsAdded.length > 0) {
    emit({
      kind: 'paths',
      change: pathsRemoved.length > 0 ? 'narrowed' : 'widened',
      before: before.paths.join(', ') || 'none',
      after: after.paths.join(', ') || 'none',
      weakening: pathsRemoved.length > 0,
      why:
        pathsRemoved.length > 0
          ? `a later commit touching ${pathsRemoved.join(', ')} no longer invalidates a sign-off (a changed glob counts as removed: which files it still covers cannot be told)`
          : 'more later commits invalidate a sign-off'
    })
  }
  if (before.signedOff !== after.signedOff) {
    emit({
      kind: 'tick',
      change: after.signedOff ? 'added' : 'removed',
      before: before.signedOff ? 'signed' : 'not signed',
      after: after.signedOff ? 'signed' : 'not signed',
      weakening: after.signedOff,
      why: after.signedOff ? "the item now passes on the checklist's word: whoever committed the tick claims the sign-off" : 'the item waits for a sign-off again'
    })
  }
  if (before.title.trim() !== after.title.trim()) {
    emit({
      kind: 'title',
      change: 'changed',
      before: before.title,
      after: after.title,
      weakening: true,
      why: 'the title is what a person signs off; sign-offs given before the change count for the new wording'
    })
  }
}

function needsChanges(before: string[], after: string[], emit: Emit): void {
  const afterSet = new Set(after)
  const beforeSet = new Set(before)
  const removed = before.filter((need) => !afterSet.has(need))
  const added = after.filter((need) => !beforeSet.has(need))
  if (removed.length > 0) {
    emit({
      kind: 'needs',
      change: 'removed',
      before: before.join(', '),
      after: after.join(', ') || 'none',
      weakening: true,
      why: `the item no longer waits for ${removed.join(', ')} to pass, so it can pass when they fail`
    })
  }
  if (added.length > 0) {
    emit({
      kind: 'needs',
      change: 'added',
      before: before.join(', ') || 'none',
      after: after.join(', '),
      weakening: false,
      why: 'an item whose needs do not pass is an error, never a pass'
    })
  }
}

/** Thresholds with the defaults src/gates/evaluate.ts applies, so only what a gate would see counts. */
interface Effective {
  passRate: number
  maxFailures: number
  minTests: number
  maxVulnerabilities: number
  maxErrors: number
  /** Unset means 0 for clippy and unlimited for audits; which one applies is not known here. */
  maxWarnings: number | undefined
  allowed: Set<string>
}

function effective(expect: Expectations): Effective {
  return {
    passRate: expect.passRate ?? (expect.maxFailures === undefined ? 100 : 0),
    maxFailures: expect.maxFailures ?? (expect.passRate === undefined ? 0 : Number.POSITIVE_INFINITY),
    minTests: expect.minTests ?? 1,
    maxVulnerabilities: expect.maxVulnerabilities ?? 0,
    maxErrors: expect.maxErrors ?? 0,
    maxWarnings: expect.maxWarnings,
    // The audit judge treats moderate and medium as one severity.
    allowed: new Set((expect.allowedSeverities ?? []).map((severity) => (severity === 'medium' ? 'moderate' : severity)))
  }
}

type Direction = 'relaxed' | 'tightened' | 'same' | 'changed'

/** Larger is more lenient when `higherIsLenient`. */
function compare(before: number, after: number, higherIsLenient: boolean): Direction {
  if (before === after) return 'same'
  return after > before === higherIsLenient ? 'relaxed' : 'tightened'
}

function expectationChanges(before: Expectations, after: Expectations): Array<Omit<ChecklistChange, 'itemId' | 'title'>> {
  const was = effective(before)
  const now = effective(after)
  const shown = (value: number | undefined, fallback: string) => (value === undefined ? `unset (${fallback})` : String(value))
  const entries: Array<{ key: string; direction: Direction; before: string; after: string; why: string }> = [
    {
      key: 'pass-rate',
      direction: compare(was.passRate, now.passRate, false),
      before: shown(before.passRate, `${was.passRate}%`),
      after: shown(after.passRate, `${now.passRate}%`),
      why: 'the share of tests that must pass'
    },
    {
      key: 'max-failures',
      direction: compare(was.maxFailures, now.maxFailures, true),
      before: shown(before.maxFailures, infinite(was.maxFailures)),
      after: shown(after.maxFailures, infinite(now.maxFailures)),
      why: 'failed tests tolerated'
    },
    {
      key: 'min-tests',
      direction: compare(was.minTests, now.minTests, false),
      before: shown(before.minTests, '1'),
      after: shown(after.minTests, '1'),
      why: 'the fewest tests that must run'
    },
    {
      key: 'max-vulnerabilities',
      direction: compare(was.maxVulnerabilities, now.maxVulnerabilities, true),
      before: shown(before.maxVulnerabilities, '0'),
      after: shown(after.maxVulnerabilities, '0'),
      why: 'vulnerabilities tolerated'
    },
    {
      key: 'max-errors',
      direction: compare(was.maxErrors, now.maxErrors, true),
      before: shown(before.maxErrors, '0'),
      after: shown(after.maxErrors, '0'),
      why: 'lint errors tolerated'
    },
    {
      key: 'max-warnings',
      direction: warningsDirection(was.maxWarnings, now.maxWarnings),
      before: shown(before.maxWarnings, '0 for clippy, unlimited for audits'),
      after: shown(after.maxWarnings, '0 for clippy, unlimited for audits'),
      why: 'warnings tolerated'
    },
    {
      key: 'allowed-severities',
      direction: setDirection(was.allowed, now.allowed),
      before: (before.allowedSeverities ?? []).join(', ') || 'none',
      after: (after.allowedSeverities ?? []).join(', ') || 'none',
      why: 'audit severities that never fail the gate'
    }
  ]
  return entries
    .filter((entry) => entry.direction !== 'same')
    .map((entry) => ({
      kind: 'expect' as const,
      key: entry.key,
      change: entry.direction,
      before: entry.before,
      after: entry.after,
      weakening: entry.direction !== 'tightened',
      why:
        entry.direction === 'changed'
          ? `${entry.why}: unset means 0 for clippy but unlimited for audits, so whether this relaxes the gate depends on the command`
          : `${entry.why}: ${entry.direction === 'relaxed' ? 'more now passes' : 'less now passes'}`
    }))
}

function warningsDirection(before: number | undefined, after: number | undefined): Direction {
  if (before === after) return 'same'
  if (before !== undefined && after !== undefined) return compare(before, after, true)
  // Unset is 0 (clippy) or unlimited (audits): relaxed if either reading relaxes, tightened only if both tighten.
  const readings = [0, Number.POSITIVE_INFINITY].map((unset) => compare(before ?? unset, after ?? unset, true))
  if (readings.includes('relaxed')) return readings.includes('tightened') ? 'changed' : 'relaxed'
  return readings.includes('tightened') ? 'tightened' : 'same'
}

function setDirection(before: Set<string>, after: Set<string>): Direction {
  const added = [...after].some((value) => !before.has(value))
  const removed = [...before].some((value) => !after.has(value))
  if (added) return 'relaxed'
  return removed ? 'tightened' : 'same'
}

function changedKeys(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  // Own properties only: a variable named `__proto__` or `constructor` must not read the prototype.
  const value = (env: Record<string, string>, name: string) => (Object.hasOwn(env, name) ? env[name] : undefined)
  return [...names].filter((name) => value(before, name) !== value(after, name)).sort()
}

function infinite(value: number): string {
  return value === Number.POSITIVE_INFINITY ? 'unlimited' : String(value)
}

function minutes(ms: number): string {
  return `${Math.round((ms / 60_000) * 100) / 100} min`
}
