/**
 * `issue_comment`: someone commented (`/signoff <id>`, `/revoke <id>`) or ticked a box in our
 * comment. The run checks out the default branch, not the pull request, so its gates would judge
 * the wrong code: they never run here. The verified results of the last pull request run are
 * judged again with the sign-offs, and the check run goes on the pull request's head.
 *
 * A comment on a plain issue is not about anything go-no-go judges: nothing runs, nothing is
 * posted, the step passes. A pull request that cannot be read (no token, API down) leaves nothing
 * to judge: NO-GO, and no gate runs in its place.
 */
import type { EventPayload } from '../github/context.js'
import { isIssueNumber, refuseWith, type RunPlan } from './run-plan.js'

export function planIssueComment(payload: EventPayload): RunPlan {
  const issue = payload.issue
  if (!issue || typeof issue !== 'object' || !isIssueNumber(issue.number)) return refuseWith('unreadable-event', 'The `issue_comment` event file has no valid `issue.number`.')
  if (!issue.pull_request)
    return { action: 'nothing-to-do', notice: `#${issue.number} is an issue, not a pull request: go-no-go has nothing to judge, so it ran nothing and posted nothing.` }
  return {
    action: 'evaluate',
    gates: 'stored',
    requireWorkflowCommit: false,
    pullRequest: { number: issue.number, required: true },
    readPreviousReport: true,
    comment: true,
    checkRun: true,
    // The checkout is the default branch: the checklist the pull request run judged comes from its stored state.
    checklist: { target: 'other' }
  }
}
