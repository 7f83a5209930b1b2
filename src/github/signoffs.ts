/**
 * Gathers sign-offs for a pull request: `/signoff` and `/revoke` comments and approving reviews
 * that say `/signoff <id>`, with the facts needed to judge them (repository permission, team
 * membership, files changed since). Read fresh every run, so nothing a person can edit later
 * (such as our own comment) is trusted as a record.
 */
import { allItems, type Checklist } from '../checklist/types.js'
import type { Permission, SignoffEvent, SignoffFacts } from '../signoff/apply.js'
import type { PullCommitEntry } from '../signoff/checklist-ticks.js'
import { parseSignoffCommands } from '../signoff/commands.js'
import { describeApiFailure } from './api-failure.js'
import type { GitHubClient } from './client.js'
import type { GitHubEnvironment } from './context.js'
import type { PullRequestFacts } from './pull-request.js'

interface CollectedSignoffs {
  events: SignoffEvent[]
  facts: SignoffFacts
  notices: string[]
}

/** One of the pull request's commits as `pulls.listCommits` gives it: who made it (ticks) and when (sign-offs). */
type PullCommit = PullCommitEntry & { commit: { committer?: { date?: string } | null } }

/** The pull request's commits, or why GitHub could not list them. */
type PullCommitList = { commits: PullCommit[] } | { problem: string }
export type PullCommitReader = () => Promise<PullCommitList>

/**
 * Lists the pull request's commits at most once, however often asked: judging ticks (before the
 * gates) and placing sign-offs on a head (after them) share one answer. Never rejects.
 */
export function pullCommitsOnce(client: GitHubClient, target: { owner: string; repo: string; pullNumber: number }): PullCommitReader {
  let listed: Promise<PullCommitList> | undefined
  return () =>
    (listed ??= client
      .paginate(client.rest.pulls.listCommits, { owner: target.owner, repo: target.repo, pull_number: target.pullNumber, per_page: 100 })
      .then((commits): PullCommitList => ({ commits: commits as PullCommit[] }))
      .catch((error: unknown): PullCommitList => ({ problem: describeApiFailure(error, 'list the pull request commits') })))
}

async function collectSignoffs(
  client: GitHubClient,
  target: { owner: string; repo: string; pullNumber: number; headSha: string; author?: string },
  checklist: Checklist,
  earlierEvents: SignoffEvent[] = [],
  readCommits: PullCommitReader = pullCommitsOnce(client, target)
): Promise<CollectedSignoffs> {
  const notices: string[] = []
  const { owner, repo, pullNumber } = target
  const events: SignoffEvent[] = [...earlierEvents]

  const listed = await readCommits()
  if ('problem' in listed) notices.push(listed.problem)
  const commits = 'commits' in listed ? listed.commits : []
  const headAt = (time: string) => {
    let sha: string | undefined
    for (const commit of commits) if ((commit.commit.committer?.date ?? '') <= time) sha = commit.sha
    return sha
  }

  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pullNumber, per_page: 100 }).catch((error: unknown) => {
    notices.push(describeApiFailure(error, 'read sign-off comments'))
    return []
  })
  for (const comment of comments) {
    if (!comment.user || !comment.body) continue
    for (const command of parseSignoffCommands(comment.body)) {
      for (const itemId of command.ids) {
        const sha = headAt(comment.created_at)
        events.push({ itemId, action: command.action, login: comment.user.login, at: comment.created_at, via: 'comment', url: comment.html_url, ...(sha ? { sha } : {}) })
      }
    }
  }

  const reviews = await client.paginate(client.rest.pulls.listReviews, { owner, repo, pull_number: pullNumber, per_page: 100 }).catch((error: unknown) => {
    notices.push(describeApiFailure(error, 'read reviews'))
    return []
  })
  for (const review of reviews) {
    if (review.state !== 'APPROVED' || !review.user || !review.body) continue
    for (const command of parseSignoffCommands(review.body)) {
      for (const itemId of command.ids) {
        events.push({
          itemId,
          action: command.action,
          login: review.user.login,
          at: review.submitted_at ?? '',
          via: 'review',
          url: review.html_url,
          ...(review.commit_id ? { sha: review.commit_id } : {})
        })
      }
    }
  }

  const permissions = new Map<string, Permission>()
  for (const login of new Set(events.filter((event) => event.action === 'signoff').map((event) => event.login))) {
    try {
      const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login })
      permissions.set(login, toPermission(data.role_name ?? data.permission))
    } catch (error) {
      // Unknown permission is no permission: a sign-off we cannot check does not count.
      permissions.set(login, 'none')
      if ((error as { status?: number }).status !== 404) notices.push(describeApiFailure(error, `read @${login}'s permission`))
    }
  }

  const teams = new Map<string, boolean | undefined>()
  const teamsNamed = new Set(
    allItems(checklist).flatMap((item) => (item.kind === 'manual' ? item.approvers.filter((approver) => approver.startsWith('team:')).map((approver) => approver.slice(5)) : []))
  )
  for (const team of teamsNamed) {
    const [org, slug] = team.split('/')
    for (const login of permissions.keys()) {
      try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login })
        teams.set(`${team}|${login}`, data.state === 'active')
      } catch (error) {
        const status = (error as { status?: number }).status
        teams.set(`${team}|${login}`, status === 404 ? false : undefined)
        if (status !== 404) notices.push(describeApiFailure(error, `read membership of team ${team} (the token needs members:read)`))
      }
    }
  }

  const changed = new Map<string, string[] | undefined>()
  const needsPaths = allItems(checklist).some((item) => item.kind === 'manual' && item.paths.length > 0)
  if (needsPaths) {
    for (const sha of new Set(events.map((event) => event.sha).filter((sha): sha is string => !!sha && sha !== target.headSha))) {
      try {
        const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${sha}...${target.headSha}` })
        changed.set(
          sha,
          (data.files ?? []).map((file) => file.filename)
        )
      } catch (error) {
        changed.set(sha, undefined)
        notices.push(describeApiFailure(error, `compare ${sha.slice(0, 7)} with the head`))
      }
    }
  }

  return {
    events,
    notices,
    facts: {
      ...(target.author ? { pullRequestAuthor: target.author } : {}),
      headSha: target.headSha,
      permissionOf: (login) => permissions.get(login) ?? 'none',
      isTeamMember: (team, login) => teams.get(`${team}|${login}`),
      changedSince: (sha) => changed.get(sha)
    }
  }
}

function toPermission(value: string | undefined): Permission {
  switch (value) {
    case 'admin':
    case 'maintain':
    case 'write':
    case 'triage':
    case 'read':
      return value
    default:
      return 'none'
  }
}

/**
 * Sign-offs for the run's pull request, on the run's one GitHub connection. undefined when no
 * manual item is left to sign. Never throws: a failure leaves every sign-off pending, with a notice.
 */
export async function gatherSignoffs(
  client: GitHubClient,
  github: GitHubEnvironment,
  pull: PullRequestFacts,
  checklist: Checklist,
  ticks: SignoffEvent[],
  readCommits?: PullCommitReader
): Promise<CollectedSignoffs | undefined> {
  if (!allItems(checklist).some((item) => item.kind === 'manual' && !item.signedOff)) return undefined
  try {
    const target = { owner: github.owner, repo: github.repo, pullNumber: pull.number, headSha: pull.headSha, author: pull.author }
    return await collectSignoffs(client, target, checklist, ticks, readCommits)
  } catch (error) {
    const facts: SignoffFacts = { headSha: pull.headSha, permissionOf: () => 'none', isTeamMember: () => undefined, changedSince: () => undefined }
    return { events: [], facts, notices: [describeApiFailure(error, 'read sign-offs')] }
  }
}
