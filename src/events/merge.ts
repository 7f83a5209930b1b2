/**
 * Sharding and merging, on top of the event.
 *
 * A shard (`shard: K/N`) runs its part of the gates where the event's plan would run them, and
 * only there: on a sign-off event nothing runs, so there is nothing to shard. It reads nothing
 * from the pull request and posts no comment (one comment per checklist is the merge job's),
 * and no check run unless `shard-publish` asks: a shard's partial GO on the head commit would
 * read as the verdict.
 *
 * A merge (`reports`) runs no gate and executes nothing from the checkout: it reads the checklist
 * and the shard reports and decides. So under `workflow_run` and `pull_request_target` it does
 * not need the checkout to be exactly the workflow's commit (the refusal of untrusted checkouts
 * guards running code, and none runs); the checklist is still read from the workflow's own
 * commit, never the working tree. Under `workflow_run` (the fork pattern) the reports belong to
 * the run that triggered it, and its pull request is found and verified through the API.
 *
 * | event | reports from | pull request | checklist |
 * |---|---|---|---|
 * | `pull_request`, `push`, `merge_group`, `workflow_dispatch`, `schedule` | this workflow run (a job matrix) | from the event, if any | the checkout |
 * | `pull_request_target` | this workflow run | from the event | the workflow's commit |
 * | `workflow_run` | the run that triggered it | that run's, verified through the API | the workflow's commit |
 * | `pull_request_review`, `issue_comment`, anything else | refused: NO-GO | — | — |
 */
import type { EventPayload, GitHubEnvironment } from '../github/context.js'
import { isCommitSha, pullRequestChecklist, readEventPullRequest, refuseWith, type EvaluatePlan, type RunPlan } from './run-plan.js'

const NO_CODE_RUNS = 'merge mode: no gate runs and nothing from the checkout is executed, so the checkout need not be the workflow’s own commit'

export function planMerge(github: GitHubEnvironment): RunPlan {
  const merge = { action: 'evaluate', gates: 'reports', requireWorkflowCommit: false, checkRun: true } as const
  const payload: EventPayload = github.eventPayload
  switch (github.eventName) {
    case 'pull_request': {
      const pull = readEventPullRequest(github.eventName, payload)
      if ('action' in pull) return pull
      return {
        ...merge,
        reportsFrom: 'this-run',
        pullRequest: { number: pull.number, required: false },
        readPreviousReport: true,
        comment: true,
        // The same checklist the shards judged: the pull request's, with its protection items.
        checklist: pullRequestChecklist(pull),
        note: `${NO_CODE_RUNS}; it merges the reports of this run’s shards.`
      }
    }
    case 'merge_group':
      if (!isCommitSha(payload.merge_group?.head_sha)) return refuseWith('unreadable-event', 'The `merge_group` event file has no valid `merge_group.head_sha`.')
      return {
        ...merge,
        reportsFrom: 'this-run',
        readPreviousReport: false,
        comment: false,
        checklist: { target: 'merge-group', ...(isCommitSha(payload.merge_group?.base_sha) ? { baseSha: payload.merge_group.base_sha } : {}) },
        note: `${NO_CODE_RUNS}; it merges the reports of this run’s shards.`
      }
    case 'push':
    case 'workflow_dispatch':
    case 'schedule':
      return {
        ...merge,
        reportsFrom: 'this-run',
        readPreviousReport: false,
        comment: false,
        checklist: { target: 'other' },
        note: `${NO_CODE_RUNS}; it merges the reports of this run’s shards.`
      }
    case 'pull_request_target': {
      const pull = readEventPullRequest(github.eventName, payload)
      if ('action' in pull) return pull
      return {
        ...merge,
        reportsFrom: 'this-run',
        checklistAtWorkflowCommit: true,
        pullRequest: { number: pull.number, required: false },
        readPreviousReport: true,
        comment: true,
        checklist: { target: 'other' },
        note: `${NO_CODE_RUNS}; the checklist is read from that commit.`
      }
    }
    case 'workflow_run': {
      const run = payload.workflow_run as { id?: unknown; head_sha?: unknown } | undefined
      if (!run || typeof run !== 'object' || typeof run.id !== 'number' || !isCommitSha(run.head_sha))
        return refuseWith('unreadable-event', 'The `workflow_run` event file has no valid `workflow_run.id` and `workflow_run.head_sha`.')
      return {
        ...merge,
        reportsFrom: 'triggering-run',
        checklistAtWorkflowCommit: true,
        readPreviousReport: true,
        comment: true,
        checklist: { target: 'other' },
        note: `${NO_CODE_RUNS}; the checklist is read from that commit, and the reports must come from workflow run ${run.id} and its pull request, both verified through the API.`
      }
    }
    default:
      return refuseWith(
        'unsupported-event',
        `Merge mode (\`reports\`) runs where shard reports are made: on \`pull_request\`, \`push\`, \`merge_group\`, \`workflow_dispatch\`, \`schedule\`, \`pull_request_target\` or \`workflow_run\`, not on \`${github.eventName || '(unset)'}\`. Sign-offs on comments and reviews are judged by a job without \`reports\`, from the merged results stored on the pull request.`
      )
  }
}

/** The event's plan for a shard: the same gates, nothing read from or posted to the pull request but an optional check run. */
export function planShard(plan: RunPlan, eventName: string, shard: { index: number; total: number; publish: boolean }): RunPlan {
  if (plan.action !== 'evaluate') return plan
  if (plan.gates !== 'run')
    return refuseWith(
      'unsupported-event',
      `\`shard\` splits the gates of a run that runs them; on \`${eventName}\` no gate runs, so there is nothing to split. Run sign-off events in a job without \`shard\`.`
    )
  const shardPlan: EvaluatePlan = {
    ...plan,
    readPreviousReport: false,
    comment: false,
    checkRun: shard.publish && plan.checkRun,
    note: `shard ${shard.index}/${shard.total}: only this shard’s gates run; the merge job decides, comments and sets the check run${shard.publish ? ' (this shard also sets a check run of its own and fails by `fail-on`)' : ''}.`
  }
  return shardPlan
}
