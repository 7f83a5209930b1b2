/** What the workflow run is about, read once from the runner's environment and event payload. */
import type { SourceLinks } from '../report/links.js'
import { readFileSync } from 'node:fs'

export interface GitHubEnvironment {
  eventName: string
  eventPayload: EventPayload
  /**
   * Why the event file could not be read, when it could not. A missing or malformed file is an
   * error of its own, never an event without a pull request: see src/events/plan.ts.
   */
  eventProblem?: string
  /** owner/repo */
  repository: string
  owner: string
  repo: string
  runId: string
  runAttempt: string
  /** GITHUB_SHA: on pull_request this is the merge commit, not the head. */
  sha: string
  serverUrl: string
  apiUrl: string
  runUrl?: string
}

export interface EventPayload {
  pull_request?: { number: number; head?: { sha?: string; repo?: { full_name?: string } }; base?: { sha?: string }; user?: { login?: string } }
  issue?: { number: number; pull_request?: unknown }
  merge_group?: { head_sha?: string; base_sha?: string }
  [key: string]: unknown
}

export function readGitHubEnvironment(env: NodeJS.ProcessEnv): GitHubEnvironment {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '')
  const runId = env.GITHUB_RUN_ID ?? ''
  const event = readEventPayload(env.GITHUB_EVENT_PATH)
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPayload: event.payload,
    ...(event.problem ? { eventProblem: event.problem } : {}),
    repository,
    owner,
    repo,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    sha: env.GITHUB_SHA ?? '',
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    ...(repository && runId ? { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` } : {})
  }
}

/** The parser's own message is left out: it quotes the file, which holds text anyone could write (a PR title). */
function readEventPayload(file: string | undefined): { payload: EventPayload; problem?: string } {
  if (!file) return { payload: {}, problem: 'GITHUB_EVENT_PATH is not set, so the event that started this run cannot be read' }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`
    return { payload: {}, problem: `the event file ${file} ${reason}` }
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch {
    return { payload: {}, problem: `the event file ${file} is not valid JSON` }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { payload: {}, problem: `the event file ${file} does not hold a JSON object` }
  return { payload: payload as EventPayload }
}

/** The pull request a run is about, if any: `merge_group` and `push` have none. */
export function pullRequestNumber(github: GitHubEnvironment): number | undefined {
  const payload = github.eventPayload
  if (payload.pull_request?.number) return payload.pull_request.number
  if (payload.issue?.pull_request && payload.issue.number) return payload.issue.number
  return undefined
}

/**
 * The commit a check run or status belongs to: the PR head (GITHUB_SHA is the merge commit there),
 * the merge group's head in a merge queue, otherwise the workflow's commit.
 */
export function headSha(github: GitHubEnvironment): string {
  return github.eventPayload.pull_request?.head?.sha ?? github.eventPayload.merge_group?.head_sha ?? github.sha
}

/**
 * Where a report's file:line references link to: the repository at the commit the gates judged
 * (the pull request's head, not the merge commit). `repositoryRoot` turns absolute paths in tool
 * output into repository paths.
 */
export function sourceLinks(github: GitHubEnvironment, repositoryRoot: string | undefined): SourceLinks | undefined {
  const sha = headSha(github)
  if (!github.repository || !sha) return undefined
  return { repositoryUrl: `${github.serverUrl}/${github.repository}`, headSha: sha, ...(repositoryRoot ? { workspace: repositoryRoot } : {}) }
}
