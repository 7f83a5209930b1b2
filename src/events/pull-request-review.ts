/**
 * `pull_request_review`: someone reviewed the pull request, perhaps approving with `/signoff <id>`.
 * The checkout is the pull request's merge commit, as on `pull_request`, so running the gates is
 * safe; but a sign-off should not cost a full run. The last pull request run's results are reused
 * when our check run vouches for them and they are for the current head; otherwise the gates run.
 */
import type { EventPayload } from '../github/context.js'
import { pullRequestChecklist, readEventPullRequest, type RunPlan } from './run-plan.js'

export function planPullRequestReview(payload: EventPayload): RunPlan {
  const pull = readEventPullRequest('pull_request_review', payload)
  if ('action' in pull) return pull
  return {
    action: 'evaluate',
    gates: 'stored-if-current',
    requireWorkflowCommit: false,
    pullRequest: { number: pull.number, required: false },
    readPreviousReport: true,
    comment: true,
    checkRun: true,
    // When the gates do run, the checkout is the pull request's, as on `pull_request`.
    checklist: pullRequestChecklist(pull)
  }
}
