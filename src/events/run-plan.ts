/** The plan types every event module returns, and the readers that check what an event must carry. */
import type { RunTarget } from '../checklist/source.js'
import type { EventPayload } from '../github/context.js'
import type { RunProblem } from '../verdict.js'

export type RunPlan = EvaluatePlan | NothingToDo | Refusal

/** Judge the checklist: run its gates, or reuse the results the last pull request run stored. */
export interface EvaluatePlan {
  action: 'evaluate'
  /**
   * `run`: run every gate on the checkout. `stored`: never run a gate; reuse the verified results
   * of the last pull request run (items without one are errors). `stored-if-current`: reuse them
   * when they are for the pull request's current head, otherwise run the gates. `reports`: never
   * run a gate; merge the shard reports (`reports` input) of the run `reportsFrom` names.
   */
  gates: 'run' | 'stored' | 'stored-if-current' | 'reports'
  /** Merge mode: the reports come from this workflow run (a job matrix), or from the run that triggered a `workflow_run`. */
  reportsFrom?: 'this-run' | 'triggering-run'
  /**
   * Read the checklist from the workflow's own commit, not the working tree: a privileged event
   * that runs no gate still must not let a pull request choose its checklist.
   */
  checklistAtWorkflowCommit?: boolean
  /** One sentence for the log on what this mode does and does not do, and why. */
  note?: string
  /**
   * The event has a write token and secrets: the checkout must be exactly the workflow's commit
   * before anything in it runs (see trusted-checkout.ts).
   */
  requireWorkflowCommit: boolean
  /** The pull request the run reports on; absent when the event has none (push, merge queue, schedule). */
  pullRequest?: {
    number: number
    /** Without the pull request there is nothing to judge: when it cannot be read, the run is NO-GO. */
    required: boolean
  }
  /** Read our last report on the pull request: stored gate results and tick sign-offs. */
  readPreviousReport: boolean
  /** Write the sticky comment (when the `comment` input allows it). */
  comment: boolean
  /** Write the check run (when the `check-run` input allows it). */
  checkRun: boolean
  /**
   * What the checked-out checklist belongs to, for `checklist-from` and `protect-checklist` (see
   * src/checklist/source.ts), and the commit it is compared with: `pull_request.base.sha` or
   * `merge_group.base_sha`, absent when the event carries no valid one.
   */
  checklist: { target: RunTarget; baseSha?: string }
}

/** The event is not about anything go-no-go judges: exit 0 with a notice, run and post nothing. */
interface NothingToDo {
  action: 'nothing-to-do'
  notice: string
}

/** The run cannot be judged: NO-GO with this problem, no gate run, nothing posted. */
interface Refusal {
  action: 'refuse'
  problem: RunProblem
}

export function refuseWith(code: RunProblem['code'], message: string): Refusal {
  return { action: 'refuse', problem: { code, message } }
}

/** A pull request as the event must carry it; anything else is an unreadable event, not "no pull request". */
export function readEventPullRequest(eventName: string, payload: EventPayload): { number: number; headSha: string; baseSha?: string } | Refusal {
  const pull = payload.pull_request
  if (!pull || typeof pull !== 'object') return refuseWith('unreadable-event', `The \`${eventName}\` event file has no \`pull_request\`.`)
  if (!isIssueNumber(pull.number)) return refuseWith('unreadable-event', `The \`${eventName}\` event file has no valid \`pull_request.number\`.`)
  const headSha = pull.head?.sha
  if (!isCommitSha(headSha)) return refuseWith('unreadable-event', `The \`${eventName}\` event file has no valid \`pull_request.head.sha\`.`)
  const baseSha = pull.base?.sha
  return { number: pull.number, headSha, ...(isCommitSha(baseSha) ? { baseSha } : {}) }
}

/** The checklist facts of a pull request's own checkout: compared with its base commit, when the event names one. */
export function pullRequestChecklist(pull: { baseSha?: string }): EvaluatePlan['checklist'] {
  return { target: 'pull-request', ...(pull.baseSha ? { baseSha: pull.baseSha } : {}) }
}

export function isIssueNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}

export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}$/.test(value)
}
