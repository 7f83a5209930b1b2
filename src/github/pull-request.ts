/** The pull request a run is about: number, head commit and author, from the event or the API. */
import { describeApiFailure } from './api-failure.js'
import type { GitHubClient } from './client.js'
import { pullRequestNumber, type GitHubEnvironment } from './context.js'

export interface PullRequestFacts {
  number: number
  headSha: string
  author?: string
}

/**
 * Comment and review events carry no head SHA, and GITHUB_SHA is then the default branch: a
 * check set there never reaches the pull request. Those ask the API.
 */
export async function resolvePullRequest(client: GitHubClient, github: GitHubEnvironment, notices: string[]): Promise<PullRequestFacts | undefined> {
  const number = pullRequestNumber(github)
  if (number === undefined) return undefined
  const fromEvent = github.eventPayload.pull_request
  if (fromEvent?.head?.sha) return { number, headSha: fromEvent.head.sha, ...(fromEvent.user?.login ? { author: fromEvent.user.login } : {}) }
  try {
    const { data } = await client.rest.pulls.get({ owner: github.owner, repo: github.repo, pull_number: number })
    return { number, headSha: data.head.sha, ...(data.user?.login ? { author: data.user.login } : {}) }
  } catch (error) {
    notices.push(describeApiFailure(error, `read pull request #${number} to find its head commit`))
    return undefined
  }
}
