/** The decision. Pure: results in, verdict out. */
import type { Checklist, ChecklistItem } from './checklist/types.js'
import { allItems, isBeforeDeploy } from './checklist/types.js'
import type { FailOn } from './constants.js'
import type { GateResult, GateStatus } from './gates/types.js'

export type Decision = 'go' | 'conditional-go' | 'no-go'

export const DECISION_LABELS: Record<Decision, string> = {
  go: 'GO',
  'conditional-go': 'CONDITIONAL GO',
  'no-go': 'NO-GO'
}

export interface StatusCounts {
  passed: number
  failed: number
  errored: number
  pending: number
  cancelled: number
}

/**
 * Something wrong with the run as a whole rather than with one item: it was cancelled, or a gate
 * reached beyond itself. The gates' own results cannot be trusted after that, so it is always NO-GO.
 */
export interface RunProblem {
  code: RunProblemCode
  /** One line saying what happened and what to do, e.g. which files a gate changed. */
  message: string
}

export const RUN_PROBLEM_CODES = [
  'cancelled',
  /** An action input could not be read (an unknown `fail-on`, a `concurrency` that is not a number). */
  'invalid-input',
  /** The checklist could not be read, so nothing it asks for was checked. */
  'invalid-checklist',
  /** The event is not one go-no-go knows how to judge. */
  'unsupported-event',
  /** The event file is missing, is not JSON, or lacks what the event must carry. */
  'unreadable-event',
  /** A comment event whose pull request could not be read: there is nothing to judge. */
  'pull-request-unreadable',
  /** A privileged event (write token, secrets) whose checkout is not exactly the workflow's commit. */
  'untrusted-checkout',
  /** go-no-go itself failed; what it had judged cannot be trusted. */
  'internal-error',
  /** A gate wrote to GITHUB_ENV, GITHUB_OUTPUT, … (restored, but the gate reached the runner). */
  'runner-file-changed',
  /** A gate left a process that could not be killed, which may still act after the run. */
  'process-left-running',
  /** A gate changed the code it checks (files in `git status`, HEAD, index flags or ignore rules). */
  'working-tree-changed',
  /** The working tree could not be read after the gates, so whether a gate changed it is unknown. */
  'working-tree-unreadable',
  /** Merge mode: a shard report that cannot be read (not found, too large, not JSON, not a report go-no-go wrote). */
  'report-unreadable',
  /** Merge mode: a shard report of another repository, workflow run, commit, checklist or split. */
  'report-foreign',
  /** Merge mode: a shard, or an item, that no report covers. */
  'report-missing',
  /** Merge mode: a shard, or an item, covered more than once. */
  'report-duplicated',
  /** Merge mode: a report that contradicts itself or the checklist (counts, a status its evidence does not give, an item it does not own). */
  'report-tampered',
  /** Merge mode: a problem a shard's own run reported (cancelled, a gate changed the code, a refused input). */
  'shard-run-problem',
  /** Merge mode under `workflow_run`: the run that made the reports, or its pull request, could not be verified through the API. */
  'workflow-run-unverified'
] as const
export type RunProblemCode = (typeof RUN_PROBLEM_CODES)[number]

export interface Verdict {
  decision: Decision
  /** One line per reason the decision is not GO (empty for GO); run problems come first. */
  reasons: string[]
  counts: StatusCounts
  runProblems: RunProblem[]
}

interface DecideOptions {
  /** An empty checklist proves nothing, so it is NO-GO unless the user says otherwise. */
  allowEmpty?: boolean
  runProblems?: readonly RunProblem[]
}

/**
 * The verdict of a run stopped before any item was judged (a refused event, a bad input, an
 * invalid checklist, a cancel before the first gate): NO-GO, with the problems as its reasons.
 */
export function refuse(problems: readonly [RunProblem, ...RunProblem[]]): Verdict {
  return {
    decision: 'no-go',
    reasons: problems.map((problem) => problem.message),
    counts: countStatuses([]),
    runProblems: [...problems]
  }
}

/**
 * NO-GO if any blocking item is not a pass (failed, errored, pending, cancelled, or missing a
 * result); CONDITIONAL GO if only warning items are; otherwise GO. Info items never change it.
 * Only what must be true before deploying decides: deploy and post-deploy items are left out,
 * and so is an item whose alternative (`anyOf`) passed.
 */
export function decide(checklist: Checklist, results: ReadonlyMap<string, GateResult>, options: DecideOptions = {}): Verdict {
  const runProblems = [...(options.runProblems ?? [])]
  const verdict = decideItems(checklist, results, options)
  if (runProblems.length === 0) return verdict
  return { ...verdict, decision: 'no-go', reasons: [...runProblems.map((problem) => problem.message), ...verdict.reasons], runProblems }
}

function decideItems(checklist: Checklist, results: ReadonlyMap<string, GateResult>, options: DecideOptions): Verdict {
  const runProblems: RunProblem[] = []
  const beforeDeploy = allItems(checklist).filter(isBeforeDeploy)
  const waived = waivedByAlternatives(beforeDeploy, results)
  const items = beforeDeploy.filter((item) => !waived.has(item.id))
  const counts = countStatuses(items.map((item) => statusOf(item, results)))
  const blockingReasons: string[] = []
  const warningReasons: string[] = []
  const othersOf = alternativesOf(items)

  for (const item of items) {
    const status = statusOf(item, results)
    if (status === 'pass' || item.severity === 'info') continue
    const others = othersOf(item)
    const alternatives = others.length > 0 ? `; no alternative passed either: ${others.map((other) => `\`${other.id}\``).join(', ')}` : ''
    const reason = `${item.id}: ${describeStatus(status)}${results.get(item.id)?.reason ? ` (${results.get(item.id)?.reason})` : ''}${alternatives}`
    if (item.severity === 'blocking') blockingReasons.push(reason)
    else warningReasons.push(reason)
  }

  const decisive = items.filter((item) => item.severity !== 'info')
  if (decisive.length === 0 && !options.allowEmpty) {
    const afterGo = allItems(checklist).length - beforeDeploy.length
    const reason =
      afterGo > 0
        ? `the checklist has no blocking or warning items before deploying (its ${afterGo} other item${afterGo === 1 ? ' is' : 's are'} after GO), so nothing was proven`
        : 'the checklist has no blocking or warning items, so nothing was proven'
    return { decision: 'no-go', reasons: [reason], counts, runProblems }
  }
  if (blockingReasons.length > 0) return { decision: 'no-go', reasons: [...blockingReasons, ...warningReasons], counts, runProblems }
  if (warningReasons.length > 0) return { decision: 'conditional-go', reasons: warningReasons, counts, runProblems }
  return { decision: 'go', reasons: [], counts, runProblems }
}

/**
 * Items whose alternative passed, each with the id of the member that passed. A group that holds
 * a gate (a command or evidence file) is satisfied only by one of its gates: a tick or a sign-off
 * cannot stand in for a check a machine runs. Pass in only the items that decide (before deploying).
 */
export function waivedByAlternatives(items: readonly ChecklistItem[], results: ReadonlyMap<string, GateResult>): Map<string, string> {
  const groups = anyOfGroups(items)
  const waived = new Map<string, string>()
  for (const members of groups.values()) {
    // One member alone is no alternative: it decides on its own.
    if (members.length < 2) continue
    const gates = members.filter((member) => member.kind !== 'manual')
    const candidates = gates.length > 0 ? gates : members
    const winner = candidates.find((member) => statusOf(member, results) === 'pass')
    if (!winner) continue
    for (const member of members) if (member !== winner && statusOf(member, results) !== 'pass') waived.set(member.id, winner.id)
  }
  return waived
}

/** Items by their `any-of` group name, in checklist order. */
function anyOfGroups(items: readonly ChecklistItem[]): Map<string, ChecklistItem[]> {
  const groups = new Map<string, ChecklistItem[]>()
  for (const item of items) {
    if (item.anyOf === undefined) continue
    const members = groups.get(item.anyOf) ?? []
    groups.set(item.anyOf, members)
    members.push(item)
  }
  return groups
}

/** The other members of each item's alternative group. */
function alternativesOf(items: readonly ChecklistItem[]): (item: ChecklistItem) => ChecklistItem[] {
  const groups = anyOfGroups(items)
  return (item) => (item.anyOf === undefined ? [] : (groups.get(item.anyOf) ?? []).filter((other) => other !== item))
}

/** An item with no result was never judged: treat it as an error, never as a pass. */
function statusOf(item: ChecklistItem, results: ReadonlyMap<string, GateResult>): GateStatus {
  return results.get(item.id)?.status ?? 'error'
}

function describeStatus(status: GateStatus): string {
  switch (status) {
    case 'fail':
      return 'failed'
    case 'error':
      return 'could not be checked'
    case 'pending':
      return 'awaiting sign-off'
    case 'cancelled':
      return 'cancelled'
    case 'pass':
      return 'passed'
  }
}

export function countStatuses(statuses: GateStatus[]): StatusCounts {
  const counts: StatusCounts = { passed: 0, failed: 0, errored: 0, pending: 0, cancelled: 0 }
  for (const status of statuses) {
    if (status === 'pass') counts.passed++
    else if (status === 'fail') counts.failed++
    else if (status === 'error') counts.errored++
    else if (status === 'pending') counts.pending++
    else counts.cancelled++
  }
  return counts
}

/** Whether the step fails for this decision under the `fail-on` policy. */
export function shouldFail(decision: Decision, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'conditional-go') return decision !== 'go'
  return decision === 'no-go'
}
