/**
 * `pull_request`, `push`, `merge_group`, `workflow_dispatch`, `schedule`: the checkout is the code
 * to judge (the pull request's merge commit, the pushed commit, the merge queue's group), and the
 * token can do no more than the code's own authors could, so the gates simply run.
 *
 * A pull request also gets the sticky comment, and our last report on it is read for the boxes
 * people ticked. A merge queue has no pull request: no comment, the check run goes on the group's
 * head, and the exit code decides.
 */
import type { EventPayload } from '../github/context.js'
import { isCommitSha, pullRequestChecklist, readEventPullRequest, refuseWith, type RunPlan } from './run-plan.js'

export function planPullRequestOrPush(eventName: 'pull_request' | 'push' | 'merge_group' | 'workflow_dispatch' | 'schedule', payload: EventPayload): RunPlan {
  const runGates = { action: 'evaluate', gates: 'run', requireWorkflowCommit: false, checkRun: true } as const
  switch (eventName) {
    case 'pull_request': {
      const pull = readEventPullRequest(eventName, payload)
      if ('action' in pull) return pull
      return { ...runGates, pullRequest: { number: pull.number, required: false }, readPreviousReport: true, comment: true, checklist: pullRequestChecklist(pull) }
    }
    case 'merge_group':
      if (!isCommitSha(payload.merge_group?.head_sha)) return refuseWith('unreadable-event', 'The `merge_group` event file has no valid `merge_group.head_sha`.')
      return {
        ...runGates,
        readPreviousReport: false,
        comment: false,
        checklist: { target: 'merge-group', ...(isCommitSha(payload.merge_group.base_sha) ? { baseSha: payload.merge_group.base_sha } : {}) }
      }
    case 'push':
    case 'workflow_dispatch':
    case 'schedule':
      return { ...runGates, readPreviousReport: false, comment: false, checklist: { target: 'other' } }
  }
}
