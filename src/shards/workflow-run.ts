/**
 * The fork pattern's second workflow (`workflow_run`, write token): before it posts anything, it
 * finds out through the API which run made the reports it downloaded and which pull request that
 * run was for, and refuses unless they agree:
 *
 * - the run is the one the event names, in this repository, started by a `pull_request` event,
 *   for the head commit the event names;
 * - exactly one open pull request has that commit as its head (a fork's run lists none in
 *   `pull_requests`, so it is looked up by the fork's owner and branch), and it has not moved on;
 * - a pull request from a fork does not change workflow files or local actions: its run would
 *   then have run its own workflow, which can upload any report it likes.
 *
 * The reports are then held to that run's id and attempt and that commit (see merge.ts).
 */
import { describeApiFailure } from '../github/api-failure.js'
import type { GitHubClient } from '../github/client.js'
import type { GitHubEnvironment } from '../github/context.js'
import type { RunProblem } from '../verdict.js'

export interface TriggeringRun {
  runId: string
  attempt: number
  headSha: string
  pull: { number: number; headSha: string; author?: string; baseSha?: string; headRepository: string }
  /** The environment with the pull request in it, so reading sign-offs and publishing find it as on `pull_request`. */
  github: GitHubEnvironment
}

export type TriggeringRunLookup = { ok: true; run: TriggeringRun } | { ok: false; problem: RunProblem }

/** Paths a fork may not change for its run's reports to count: what decides what that run executes. */
const PROTECTED_WORKFLOW_PATHS = ['.github/workflows/', '.github/actions/']

interface WorkflowRunPayload {
  id?: unknown
  head_sha?: unknown
}

interface PullSummary {
  number: number
  state?: string
  head: { sha: string; repo: { full_name: string } | null }
  base?: { sha?: string }
  user?: { login?: string } | null
}

export async function findTriggeringRun(client: GitHubClient, github: GitHubEnvironment): Promise<TriggeringRunLookup> {
  const refuse = (message: string): TriggeringRunLookup => ({ ok: false, problem: { code: 'workflow-run-unverified', message } })
  const payload = (github.eventPayload.workflow_run ?? {}) as WorkflowRunPayload
  const runId = payload.id
  if (typeof runId !== 'number' || !Number.isSafeInteger(runId) || runId <= 0 || typeof payload.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(payload.head_sha)) {
    return { ok: false, problem: { code: 'unreadable-event', message: 'The `workflow_run` event file has no valid `workflow_run.id` and `workflow_run.head_sha`.' } }
  }
  const { owner, repo } = github
  let run
  try {
    run = (await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data
  } catch (error) {
    return refuse(`${describeApiFailure(error, `read workflow run ${runId}, which made the reports`)} Without it nothing shows which pull request the reports are for.`)
  }
  if (run.id !== runId) return refuse(`the API answered for workflow run ${run.id}, not ${runId}`)
  if (run.repository.full_name !== github.repository) return refuse(`workflow run ${runId} ran in ${run.repository.full_name}, not in ${github.repository}`)
  if (run.head_sha !== payload.head_sha) return refuse(`workflow run ${runId} is for commit ${run.head_sha.slice(0, 12)}, but the event says ${payload.head_sha.slice(0, 12)}`)
  if (run.event !== 'pull_request')
    return refuse(`workflow run ${runId} was started by \`${run.event}\`, not by \`pull_request\`: this pattern posts the reports of pull request runs only`)
  const headRepository = run.head_repository?.full_name
  if (!headRepository) return refuse(`workflow run ${runId} does not say which repository its commit came from`)

  let candidates: PullSummary[]
  try {
    candidates = ((run.pull_requests ?? []) as unknown as PullSummary[]).filter((pull) => pull.head.sha === run.head_sha)
    // A fork's run lists no pull requests: look for the open one whose head is the fork's branch at that commit.
    if (candidates.length === 0 && run.head_branch) {
      const listed = await client.paginate(client.rest.pulls.list, { owner, repo, state: 'open', head: `${headRepository.split('/')[0]}:${run.head_branch}`, per_page: 100 })
      candidates = (listed as unknown as PullSummary[]).filter((pull) => pull.head.sha === run.head_sha && pull.head.repo?.full_name === headRepository)
    }
  } catch (error) {
    return refuse(describeApiFailure(error, `find the pull request of workflow run ${runId}`))
  }
  if (candidates.length === 0) return refuse(`no open pull request has commit ${run.head_sha.slice(0, 12)} of ${headRepository} as its head (closed, or pushed to since)`)
  if (candidates.length > 1)
    return refuse(
      `more than one pull request has commit ${run.head_sha.slice(0, 12)} as its head (${candidates.map((pull) => `#${pull.number}`).join(', ')}): which one the reports are for is not clear`
    )

  const number = candidates[0].number
  let pull: PullSummary
  try {
    pull = (await client.rest.pulls.get({ owner, repo, pull_number: number })).data as unknown as PullSummary
  } catch (error) {
    return refuse(describeApiFailure(error, `read pull request #${number}`))
  }
  if (pull.state !== undefined && pull.state !== 'open') return refuse(`pull request #${number} is ${pull.state}`)
  if (pull.head.sha !== run.head_sha)
    return refuse(
      `pull request #${number} has moved on to ${pull.head.sha.slice(0, 12)}; the reports are for ${run.head_sha.slice(0, 12)}, and the run for the new head will report`
    )

  if (headRepository !== github.repository) {
    let changed: string[]
    try {
      const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })
      changed = files.flatMap((file) => [file.filename, ...(file.previous_filename ? [file.previous_filename] : [])])
    } catch (error) {
      return refuse(describeApiFailure(error, `list the files pull request #${number} changes`))
    }
    const workflowFiles = changed.filter((file) => PROTECTED_WORKFLOW_PATHS.some((prefix) => file.startsWith(prefix)))
    if (workflowFiles.length > 0) {
      const shown = workflowFiles.slice(0, 3).map((file) => JSON.stringify(file.slice(0, 100)))
      return refuse(
        `pull request #${number} comes from a fork and changes ${shown.join(', ')}${workflowFiles.length > 3 ? ` and ${workflowFiles.length - 3} more` : ''}: its run ran the fork's own workflow, which can upload any report, so its reports prove nothing. A maintainer can run the gates instead`
      )
    }
  }

  const author = pull.user?.login
  const baseSha = pull.base?.sha
  return {
    ok: true,
    run: {
      runId: String(runId),
      attempt: typeof run.run_attempt === 'number' && run.run_attempt > 0 ? run.run_attempt : 1,
      headSha: run.head_sha,
      pull: { number, headSha: pull.head.sha, headRepository, ...(author ? { author } : {}), ...(baseSha ? { baseSha } : {}) },
      github: {
        ...github,
        eventPayload: {
          ...github.eventPayload,
          pull_request: {
            number,
            head: { sha: pull.head.sha, repo: { full_name: headRepository } },
            ...(baseSha ? { base: { sha: baseSha } } : {}),
            ...(author ? { user: { login: author } } : {})
          }
        }
      }
    }
  }
}
