/**
 * The "load the checklist" phase: which checklist decides the run, what a pull request changed in
 * it, whose ticks count, and where the gate results will come from. Everything here happens before
 * the first gate runs, because a gate runs the pull request's code and can write to `.git`.
 *
 * - Gates run on the checkout: the checklist comes from where src/checklist/source.ts says
 *   (`checklist-from`, a privileged event's own commit), is compared with the base commit's, has
 *   its ticks attributed by git blame (and, on a pull request, un-ticked unless earned), and gets
 *   one blocking item per weakening change under `protect-checklist`.
 * - Gate results come from the last pull request run (a comment or review event): the checklist
 *   that run judged, with its ticks and changes, comes from the stored state too, so the event
 *   judges the same items. That checklist is only ever answered by the stored results.
 *
 * Reading is behind ChecklistSources, so this module decides and main.ts only does the I/O.
 */
import type { ChecklistHistory } from '../checklist/blame.js'
import { baseUnavailableChange, diffChecklists, type ChecklistChange } from '../checklist/diff.js'
import { planChecklist, type ChecklistFrom, type ChecklistPlan, type ChecklistRead } from '../checklist/source.js'
import { ChecklistError, formatProblem, type Checklist } from '../checklist/types.js'
import type { GateResult } from '../gates/types.js'
import type { PreviousRun } from '../github/reevaluate.js'
import type { PullCommitReader } from '../github/signoffs.js'
import { storedResults } from '../github/state.js'
import { restoreJudgement, type RestoredJudgement } from '../github/stored-judgement.js'
import type { ChecklistChangesView } from '../report/checklist-changes.js'
import type { SignoffEvent } from '../signoff/apply.js'
import { gatherTickEvidence, identitiesFromPullCommits, judgeTicks, type CommitIdentityLookup, type TickJudgement } from '../signoff/checklist-ticks.js'
import { protectChecklist, withProtection } from '../signoff/protect.js'
import type { RunProblem } from '../verdict.js'
import type { EvaluatePlan } from './run-plan.js'

/** The I/O this phase needs; main.ts gives the real ones (load.ts, from-git.ts, blame.ts, the API). */
export interface ChecklistSources {
  /**
   * The checklist as checked out. Throws ChecklistError. `deciding` is set for the read whose
   * checklist decides the run (its bytes identify the run's checklist, e.g. for shard reports).
   */
  readWorkspace(deciding: boolean): Promise<Checklist>
  /** The same path as a commit has it. Throws ChecklistError. */
  readAtCommit(sha: string, deciding: boolean): Promise<Checklist>
  /** Who last changed each line: of the checked-out file, or of a commit's version of it. */
  history(rev?: string): ChecklistHistory
  /** Whether the commit is in the checkout; undefined when git cannot tell. */
  hasCommit(sha: string): Promise<boolean | undefined>
  /** The pull request's own commits, when there is one and a token to ask with. */
  pullCommits?: PullCommitReader
}

interface ChecklistSettings {
  /** The checklist path as the user gave it, for messages. */
  path: string
  checklistFrom: ChecklistFrom
  protectChecklist: boolean
}

/** Where the gates' results come from. A stored source never runs anything. */
type GateSource = { from: 'checkout' } | { from: 'stored'; results?: ReadonlyMap<string, GateResult>; missingReason: string }

export interface PreparedChecklist {
  /** The checklist to judge: unearned ticks un-ticked, protection items added. */
  checklist: Checklist
  gates: GateSource
  /** Ticks that became sign-offs (`via: 'commit'`), judged by applySignoffs with every other. */
  tickEvents: SignoffEvent[]
  /** Who ticked what, for withTickNotes; absent when nothing was ticked. */
  ticks?: TickJudgement
  /** The "Checklist changed in this pull request" section; absent when nothing changed. */
  changes?: ChecklistChangesView
  /** What the log should say about where the checklist came from. */
  log: string[]
}

export type PrepareOutcome = ({ ok: true } & PreparedChecklist) | { ok: false; problems: [RunProblem, ...RunProblem[]] }

/**
 * Whether this run reuses the last pull request run's results (and checklist) instead of running
 * the gates, as the event's plan says: `stored` always, `stored-if-current` when they are for the
 * pull request's current head and were written by a go-no-go that keeps its checklist.
 */
export function chooseStoredRun(plan: EvaluatePlan, previous: PreviousRun | undefined): { restored?: StoredRun; why: string } | undefined {
  if (plan.gates === 'run') return undefined
  const state = previous?.state && previous.state.headSha === previous.pull.headSha ? previous.state : undefined
  const judgement = state ? restoreJudgement(state.judged) : undefined
  if (plan.gates === 'stored-if-current' && !judgement) return undefined
  const why = !previous?.state
    ? (previous?.unverifiedReason ?? 'no earlier report')
    : !state
      ? 'the pull request has new commits since its last report'
      : 'the last report was written by an older go-no-go, which did not keep the checklist it judged'
  return state && judgement ? { restored: { ...judgement, results: storedResults(state) }, why } : { why }
}

type StoredRun = RestoredJudgement & { results: ReadonlyMap<string, GateResult> }

/** The checklist phase. Never throws for a checklist or git problem: those are the outcome's problems. */
export async function prepareChecklist(
  settings: ChecklistSettings,
  run: { checklist: EvaluatePlan['checklist']; trustedSha?: string; stored?: { restored?: StoredRun; why: string } },
  sources: ChecklistSources
): Promise<PrepareOutcome> {
  if (run.stored) return fromStoredRun(settings, run.stored, sources)

  const plan = planChecklist({
    checklistFrom: settings.checklistFrom,
    protectChecklist: settings.protectChecklist,
    target: run.checklist.target,
    ...(run.checklist.baseSha ? { baseSha: run.checklist.baseSha } : {}),
    ...(run.trustedSha ? { trustedSha: run.trustedSha } : {})
  })
  const log = [`Checklist: ${plan.explanation}.`]
  if (plan.decide.from === 'unavailable') return refuse(settings, plan.decide.reason)

  let decided: Checklist
  try {
    decided = await read(plan.decide, sources, true)
  } catch (error) {
    if (!(error instanceof ChecklistError)) throw error
    if (plan.decide.from === 'commit') return refuse(settings, await unreadableAtCommit(plan.decide.sha, error, sources))
    return { ok: false, problems: invalid(settings, error) }
  }

  const sides = await compare(plan, decided, settings, sources, log)
  // Blame now, before any gate: a gate runs the pull request's code, which can write to `.git`.
  const baseSha = plan.compare?.base.from === 'commit' ? plan.compare.base.sha : undefined
  const evidence = await gatherTickEvidence(decided, sources.history(plan.decide.from === 'commit' ? plan.decide.sha : undefined), {
    ...(baseSha ? { baseSha } : {}),
    ...(plan.judgeTicks && sources.pullCommits ? { identityOf: lookupIdentities(sources.pullCommits) } : {})
  })
  const ticks = judgeTicks(decided, evidence, plan.judgeTicks ? { pullRequest: sides.base ? { baseChecklist: sides.base } : {} } : {})
  const protection = plan.protect ? protectChecklist(sides.changes, sides.base, decided, { ticksJudged: plan.judgeTicks }) : undefined
  const changes: ChecklistChangesView | undefined =
    sides.changes.length > 0
      ? {
          path: settings.path,
          ...(baseSha ? { baseSha } : {}),
          checklistFrom: plan.decide.from === 'commit' ? 'base' : 'head',
          explanation: plan.explanation,
          changes: sides.changes,
          ...(protection ? { protection } : {})
        }
      : undefined
  return {
    ok: true,
    checklist: protection ? withProtection(ticks.checklist, protection) : ticks.checklist,
    gates: { from: 'checkout' },
    tickEvents: ticks.events,
    ...(ticks.notes.size > 0 ? { ticks } : {}),
    ...(changes ? { changes } : {}),
    log
  }
}

async function fromStoredRun(settings: ChecklistSettings, stored: { restored?: StoredRun; why: string }, sources: ChecklistSources): Promise<PrepareOutcome> {
  const missingReason = `not re-checked on a sign-off event: ${stored.why}; re-run the pull request's workflow`
  const restored = stored.restored
  if (restored) {
    return {
      ok: true,
      checklist: restored.checklist,
      gates: { from: 'stored', results: restored.results, missingReason },
      tickEvents: restored.commitTicks,
      ...(restored.ticks.notes.size > 0 ? { ticks: restored.ticks } : {}),
      ...(restored.changes ? { changes: restored.changes } : {}),
      log: ['Checklist: as the last pull request run judged it (kept with its results, which our check run vouches for).']
    }
  }
  // Nothing to reuse: the checked-out checklist's machine items become errors that say why.
  try {
    const checklist = await sources.readWorkspace(true)
    return { ok: true, checklist, gates: { from: 'stored', missingReason }, tickEvents: [], log: [`Checklist: the checked-out one; no stored results to reuse (${stored.why}).`] }
  } catch (error) {
    if (!(error instanceof ChecklistError)) throw error
    return { ok: false, problems: invalid(settings, error) }
  }
}

/**
 * The other side of the comparison and what differs. A base that cannot be read is itself a
 * change (nothing shows what the pull request did) when the commit is there but its checklist is
 * not, or when `protect-checklist` needs someone to look; an unfetched commit without protection
 * is only logged, since it says nothing about this pull request.
 */
async function compare(
  plan: ChecklistPlan,
  decided: Checklist,
  settings: ChecklistSettings,
  sources: ChecklistSources,
  log: string[]
): Promise<{ base?: Checklist; changes: ChecklistChange[] }> {
  const baseUnreadable = (reason: string) => {
    if (plan.protect) return { changes: [baseUnavailableChange(reason)] }
    log.push(`The checklist was not compared with the base commit: ${reason}.`)
    return { changes: [] }
  }
  if (plan.baseMissing) return baseUnreadable(plan.baseMissing)
  if (!plan.compare) return { changes: [] }
  const sameAsDecided = (side: ChecklistRead) => side.from === plan.decide.from && (side.from === 'workspace' || (plan.decide.from === 'commit' && side.sha === plan.decide.sha))

  let base: Checklist
  try {
    base = sameAsDecided(plan.compare.base) ? decided : await read(plan.compare.base, sources, false)
  } catch (error) {
    if (!(error instanceof ChecklistError) || plan.compare.base.from !== 'commit') throw error
    const sha = plan.compare.base.sha
    if ((await sources.hasCommit(sha)) !== true) return baseUnreadable(notFetched(sha))
    return { changes: [baseUnavailableChange(firstProblem(error))] }
  }
  let head: Checklist
  try {
    head = sameAsDecided(plan.compare.head) ? decided : await read(plan.compare.head, sources, false)
  } catch (error) {
    if (!(error instanceof ChecklistError)) throw error
    // The base decides; the pull request's own checklist is only shown, so its problems are only logged.
    log.push(`The pull request's ${settings.path} could not be read to show what it changes: ${firstProblem(error)}.`)
    return { base, changes: [] }
  }
  return { base, changes: diffChecklists(base, head) }
}

function read(source: ChecklistRead, sources: ChecklistSources, deciding: boolean): Promise<Checklist> {
  return source.from === 'workspace' ? sources.readWorkspace(deciding) : sources.readAtCommit(source.sha, deciding)
}

/** Identities from the pull request's own commit list, asked for once and only when a tick needs one. */
function lookupIdentities(pullCommits: PullCommitReader): CommitIdentityLookup {
  let lookup: Promise<CommitIdentityLookup | undefined> | undefined
  return async (commit) => {
    lookup ??= pullCommits().then((listed) => ('commits' in listed ? identitiesFromPullCommits(listed.commits) : undefined))
    const identities = await lookup
    return identities ? identities(commit) : undefined
  }
}

async function unreadableAtCommit(sha: string, error: ChecklistError, sources: ChecklistSources): Promise<string> {
  return (await sources.hasCommit(sha)) === true ? firstProblem(error) : notFetched(sha)
}

function notFetched(sha: string): string {
  return `the base commit ${sha.slice(0, 12)} is not in the checkout (check out with \`fetch-depth: 0\`)`
}

function firstProblem(error: ChecklistError): string {
  const [first, ...rest] = error.problems
  return first ? `${formatProblem(first)}${rest.length > 0 ? ` (and ${rest.length} more)` : ''}` : error.message
}

function refuse(settings: ChecklistSettings, reason: string): PrepareOutcome {
  return { ok: false, problems: [{ code: 'invalid-checklist', message: `the checklist ${settings.path} could not be read, so no gate was run: ${reason}` }] }
}

function invalid(settings: ChecklistSettings, error: ChecklistError): [RunProblem, ...RunProblem[]] {
  return [
    { code: 'invalid-checklist', message: `the checklist ${settings.path} is invalid, so no gate was run` },
    ...error.problems.map((problem): RunProblem => ({ code: 'invalid-checklist', message: formatProblem(problem) }))
  ]
}
