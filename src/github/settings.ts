/** What the GitHub surfaces need to know from the action's inputs; the action's settings include it. */
import type { CommentMode } from '../constants.js'

export interface GitHubSettings {
  token: string
  comment: CommentMode
  commentKey: string
  checkName: string
  checkRun: boolean
  statusContext?: string
  /** Total wait for GitHub's API; not an input, but tunable by environment for tests and slow GHES. */
  maxApiWaitMs: number
  retryUnitMs?: number
}

/** Said when there is no token: kept apart from publish.ts so a run without one need not load the API client to say it. */
export const NO_TOKEN_NOTICE = 'No github-token: the PR comment and check run were skipped; the job summary has the report.'
