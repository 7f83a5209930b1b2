/**
 * What a run does, decided from the event alone, in one switch. Each event's path is one small
 * module next to this one; main.ts carries the plan out (load the checklist, evaluate, write the
 * local outputs, publish) and never looks at the event name itself.
 *
 * | event | gates | pull request | comment |
 * |---|---|---|---|
 * | `pull_request`, `push`, `merge_group`, `workflow_dispatch`, `schedule` | run on the checkout | from the event, if any | on a pull request |
 * | `pull_request_review` | stored results for the current head, else run | from the event | yes |
 * | `issue_comment` on a pull request | stored results only, never run | read from the API; unreadable is NO-GO | yes |
 * | `issue_comment` on an issue | nothing to do | — | — |
 * | `pull_request_target`, `workflow_run` | run, only on exactly the workflow's commit | from the event, if any | on a pull request |
 * | anything else | refused: NO-GO | — | — |
 *
 * With `shard: K/N` the event's plan runs its gates as above, but reads and posts nothing on the
 * pull request (merge.ts); with `reports` the job is a merge and merge.ts plans it instead.
 */
import type { GitHubEnvironment } from '../github/context.js'
import { planIssueComment } from './issue-comment.js'
import { planMerge, planShard } from './merge.js'
import { planPullRequestOrPush } from './pull-request.js'
import { planPullRequestReview } from './pull-request-review.js'
import { planPrivilegedEvent } from './pull-request-target.js'
import { refuseWith, type RunPlan } from './run-plan.js'

export type { EvaluatePlan, RunPlan } from './run-plan.js'

export const SUPPORTED_EVENTS = [
  'pull_request',
  'push',
  'merge_group',
  'workflow_dispatch',
  'schedule',
  'pull_request_review',
  'issue_comment',
  'pull_request_target',
  'workflow_run'
] as const

/** Sharding and merging (`shard`, `reports`) change what a job does on top of its event: see merge.ts. */
interface RunMode {
  merge?: boolean
  shard?: { index: number; total: number; publish: boolean }
}

export function planRun(github: GitHubEnvironment, mode: RunMode = {}): RunPlan {
  if (github.eventProblem) return refuseWith('unreadable-event', `${github.eventProblem}; go-no-go cannot tell what to judge.`)
  if (mode.merge) return planMerge(github)
  const plan = planEvent(github)
  return mode.shard ? planShard(plan, github.eventName, mode.shard) : plan
}

function planEvent(github: GitHubEnvironment): RunPlan {
  switch (github.eventName) {
    case 'pull_request':
    case 'push':
    case 'merge_group':
    case 'workflow_dispatch':
    case 'schedule':
      return planPullRequestOrPush(github.eventName, github.eventPayload)
    case 'pull_request_review':
      return planPullRequestReview(github.eventPayload)
    case 'issue_comment':
      return planIssueComment(github.eventPayload)
    case 'pull_request_target':
    case 'workflow_run':
      return planPrivilegedEvent(github.eventName, github.eventPayload)
    default:
      return refuseWith(
        'unsupported-event',
        `go-no-go does not run on the \`${github.eventName || '(unset)'}\` event. Supported events: ${SUPPORTED_EVENTS.map((name) => `\`${name}\``).join(', ')}.`
      )
  }
}
