/**
 * Which commit's checklist decides a run, and which one it is compared with. Pure: the event's
 * facts in, a plan of what to read out; reading is src/checklist/from-git.ts and load.ts.
 *
 * On a pull request the checked-out checklist is the pull request's own, so it can delete a gate
 * and pass. `checklist-from: base` makes the base commit's checklist decide instead: its gates run
 * (on the pull request's code) and its rules judge sign-offs, while the pull request's checklist
 * is only read to show what it would change. `protect-checklist` keeps the pull request's
 * checklist deciding but turns every weakening change into an item that needs a sign-off.
 */

export const CHECKLIST_FROM_VALUES = ['head', 'base'] as const
export type ChecklistFrom = (typeof CHECKLIST_FROM_VALUES)[number]

export function isChecklistFrom(value: string): value is ChecklistFrom {
  return (CHECKLIST_FROM_VALUES as readonly string[]).includes(value)
}

/** Where to read a checklist: the workspace as checked out, or a commit's version of the same path. */
export type ChecklistRead = { from: 'workspace' } | { from: 'commit'; sha: string }

/** What the run judges: a pull request (its own checkout), a merge queue's group, or anything else (push, schedule). */
export type RunTarget = 'pull-request' | 'merge-group' | 'other'

export interface ChecklistSourceFacts {
  checklistFrom: ChecklistFrom
  protectChecklist: boolean
  target: RunTarget
  /**
   * The commit the change is compared with: `pull_request.base.sha`, or `merge_group.base_sha`.
   * Anything but a full commit id counts as absent.
   */
  baseSha?: string
  /**
   * Set when the trust check (src/trust.ts) requires the checklist to come from the workflow's own
   * commit (`pull_request_target` / `workflow_run` with `allow-untrusted-code`); it wins over all.
   */
  trustedSha?: string
}

export interface ChecklistPlan {
  /** The checklist whose gates run and whose rules decide; `unavailable` is NO-GO with the reason. */
  decide: ChecklistRead | { from: 'unavailable'; reason: string }
  /** Read both and diff them for the "Checklist changed in this pull request" section. */
  compare?: { base: ChecklistRead; head: ChecklistRead }
  /**
   * A pull request whose base commit is not known: nothing shows what it changed. With `protect`,
   * the caller adds baseUnavailableChange(baseMissing) so that a person must look.
   */
  baseMissing?: string
  /** Weakening changes become blocking items (only when the pull request's checklist decides). */
  protect: boolean
  /**
   * Ticks and signatures in a Markdown checklist are judged by who committed them (only when a
   * pull request's own checklist decides: every tick in a base checklist was merged through review).
   */
  judgeTicks: boolean
  /** One sentence for the report: where the checklist came from and why. */
  explanation: string
}

/**
 * Decides where the checklist comes from. Fail closed: with `base` the base commit's checklist
 * must be read, and when it cannot be (not fetched, not there) the run is NO-GO — the caller
 * reports the ChecklistError from loadChecklistAtCommit. It never falls back to the head.
 */
export function planChecklist(facts: ChecklistSourceFacts): ChecklistPlan {
  const workspace: ChecklistRead = { from: 'workspace' }
  const baseSha = facts.baseSha && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(facts.baseSha) ? facts.baseSha : undefined
  if (facts.trustedSha) {
    const trusted: ChecklistRead = { from: 'commit', sha: facts.trustedSha }
    return {
      decide: trusted,
      compare: { base: trusted, head: workspace },
      protect: false,
      judgeTicks: false,
      explanation: `the checklist comes from the workflow's own commit ${facts.trustedSha.slice(0, 12)}, because the checked-out code is not trusted under this event; the pull request's changes to it do not apply`
    }
  }
  if (facts.target === 'other') {
    return {
      decide: workspace,
      protect: false,
      judgeTicks: false,
      explanation:
        facts.checklistFrom === 'base'
          ? 'this event has no base commit, so the checked-out checklist decides (`checklist-from: base` applies to pull requests and merge queues)'
          : 'the checked-out checklist decides'
    }
  }
  if (facts.target === 'merge-group') {
    // A group enters the queue only after each pull request passed this check with its own changes judged.
    const fromBase = facts.checklistFrom === 'base' && baseSha !== undefined
    return {
      decide: fromBase ? { from: 'commit', sha: baseSha } : workspace,
      ...(baseSha ? { compare: { base: { from: 'commit' as const, sha: baseSha }, head: workspace } } : {}),
      protect: false,
      judgeTicks: false,
      explanation: fromBase
        ? `the gates and rules come from the merge queue's base commit ${baseSha.slice(0, 12)} (\`checklist-from: base\`)`
        : "the merge group's checklist decides; each pull request in it had its checklist changes and ticks judged on its own run"
    }
  }
  if (!baseSha) {
    const reason = 'the event names no base commit for the pull request'
    if (facts.checklistFrom === 'base')
      return {
        decide: { from: 'unavailable', reason: `${reason}, so the base checklist cannot be read (\`checklist-from: base\`)` },
        protect: false,
        judgeTicks: false,
        explanation: reason
      }
    return {
      decide: workspace,
      baseMissing: reason,
      protect: facts.protectChecklist,
      judgeTicks: true,
      explanation: `the pull request's checklist decides, and ${reason} to compare it with`
    }
  }
  const base: ChecklistRead = { from: 'commit', sha: baseSha }
  if (facts.checklistFrom === 'base') {
    return {
      decide: base,
      compare: { base, head: workspace },
      protect: false,
      judgeTicks: false,
      explanation: `the gates and rules come from the base commit ${baseSha.slice(0, 12)} (\`checklist-from: base\`); the pull request's changes to the checklist, ticks included, take effect once merged`
    }
  }
  return {
    decide: workspace,
    compare: { base, head: workspace },
    protect: facts.protectChecklist,
    judgeTicks: true,
    explanation: facts.protectChecklist
      ? `the pull request's checklist decides; every change that weakens it needs a sign-off from an approver named in the base commit ${baseSha.slice(0, 12)}'s checklist (\`protect-checklist\`)`
      : "the pull request's checklist decides (`checklist-from: head`)"
  }
}
