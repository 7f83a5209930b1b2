/**
 * What an earlier run left on the pull request: the gate results and tick sign-offs kept in our
 * sticky comment, trusted only when our check run on that commit carries the state's hash, and
 * the boxes a person just ticked or cleared (an `issue_comment` `edited` event on our comment).
 */
import type { SignoffEvent } from '../signoff/apply.js'
import { describeApiFailure } from './api-failure.js'
import type { GitHubClient } from './client.js'
import { findOwnIdentity, listOurComments } from './comment.js'
import type { GitHubEnvironment } from './context.js'
import { resolvePullRequest, type PullRequestFacts } from './pull-request.js'
import { readState, tickChanges, type StoredState } from './state.js'

export interface PreviousRun {
  pull: PullRequestFacts
  /** The verified state of the last run, when there is one. */
  state?: StoredState
  /** Why no verified state could be used, for the report. */
  unverifiedReason?: string
  /** Every tick sign-off so far, the new ones from this event included. */
  ticks: SignoffEvent[]
  notices: string[]
}

interface CommentEditPayload {
  action?: string
  comment?: { id?: number; body?: string; updated_at?: string }
  changes?: { body?: { from?: string } }
  sender?: { login?: string }
}

/** The earlier run, or why the pull request itself could not be read (which a comment event cannot do without). */
export type PreviousRunLookup = { found: true; run: PreviousRun } | { found: false; reason: string }

export async function readPreviousRun(client: GitHubClient, github: GitHubEnvironment, options: { commentKey: string; checkName: string }): Promise<PreviousRunLookup> {
  const run = await readRun(client, github, options)
  return 'reason' in run ? { found: false, reason: run.reason } : { found: true, run }
}

async function readRun(client: GitHubClient, github: GitHubEnvironment, options: { commentKey: string; checkName: string }): Promise<PreviousRun | { reason: string }> {
  const notices: string[] = []
  const pull = await resolvePullRequest(client, github, notices)
  // The notice's closing words ("the verdict is unchanged") hold for publishing, not for a reason not to judge.
  if (!pull) return { reason: notices.map((notice) => notice.replace(/ The verdict is unchanged;.*$/, '')).join(' ') || 'the event names no pull request' }
  const identity = await findOwnIdentity(client)
  const ours = await listOurComments(client, { owner: github.owner, repo: github.repo, issueNumber: pull.number }, options.commentKey, identity).catch((error: unknown) => {
    notices.push(describeApiFailure(error, 'read the sticky comment'))
    return []
  })
  const comment = ours[0]
  const stored = comment ? readState(comment.body ?? '') : undefined
  if (!stored) return { pull, ticks: [], notices, unverifiedReason: 'no earlier go-no-go report with gate results on this pull request' }

  let verified = false
  try {
    const { data } = await client.rest.checks.listForRef({ owner: github.owner, repo: github.repo, ref: stored.state.headSha, check_name: options.checkName, per_page: 100 })
    verified = data.check_runs.some((run) => run.external_id === stored.hash)
  } catch (error) {
    notices.push(describeApiFailure(error, 'read the check run that vouches for the stored results'))
  }

  const ticks = verified ? [...stored.state.ticks] : []
  const edit = github.eventPayload as CommentEditPayload
  if (
    github.eventName === 'issue_comment' &&
    edit.action === 'edited' &&
    comment &&
    edit.comment?.id === comment.id &&
    edit.changes?.body?.from !== undefined &&
    edit.sender?.login
  ) {
    for (const change of tickChanges(edit.changes.body.from, edit.comment.body ?? '')) {
      ticks.push({
        itemId: change.id,
        action: change.action,
        login: edit.sender.login,
        at: edit.comment.updated_at ?? new Date().toISOString(),
        via: 'tick',
        sha: pull.headSha,
        url: comment.html_url
      })
    }
  }

  if (!verified) return { pull, ticks, notices, unverifiedReason: 'the stored results in the go-no-go comment do not match the check run (edited, or the check run is missing)' }
  return { pull, state: stored.state, ticks, notices }
}
