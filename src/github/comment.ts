/**
 * The sticky PR comment: one per checklist, found by a hidden marker among comments written by
 * our own identity only (anyone can paste the marker), updated in place, never overwritten by a
 * run older than the one that wrote it.
 */
import type { GitHubClient } from './client.js'

export interface Marker {
  key: string
  headSha: string
  runId: number
  /** GITHUB_RUN_ATTEMPT: a re-run keeps its run id. */
  attempt?: number
}

const MARKER_PREFIX = '<!-- go-no-go:'

/**
 * The key is user input: spaces would split the marker's fields and `>` could close the HTML
 * comment and show the rest, so those (and anything unusual) are percent-encoded. Plain keys
 * such as `.github/go-no-go.yml` stay readable.
 */
function encodeMarkerKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._/:@+=-]/g, (char) => encodeURIComponent(char))
}

export function renderMarker(marker: Marker): string {
  return `${MARKER_PREFIX}key=${encodeMarkerKey(marker.key)} head=${marker.headSha} run=${marker.runId}${marker.attempt ? ` attempt=${marker.attempt}` : ''} -->`
}

/** Exact-substring matching on the key: never a regex built from input. */
export function readMarker(body: string, key: string): Marker | undefined {
  const encoded = encodeMarkerKey(key)
  const start = body.indexOf(`${MARKER_PREFIX}key=${encoded} `)
  if (start === -1) return undefined
  const end = body.indexOf('-->', start)
  if (end === -1) return undefined
  const fields = Object.fromEntries(
    body
      .slice(start + MARKER_PREFIX.length, end)
      .trim()
      .split(' ')
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])
  )
  if (fields.key !== encoded) return undefined
  const attempt = wholeNumber(fields.attempt)
  return { key, headSha: fields.head ?? '', runId: wholeNumber(fields.run) ?? 0, ...(attempt ? { attempt } : {}) }
}

/** A run id or attempt as written by us; anything else counts as absent. */
export function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined
  return Number(text)
}

/**
 * Whether a run may replace the report in `previous`. A run for another head commit that started
 * before the one that wrote the report is stale (a slow run for an old push); on the same head,
 * any run may write, so re-running an older run refreshes the report.
 */
export function mayOverwrite(previous: Marker, ours: Marker): boolean {
  return previous.headSha === ours.headSha || previous.runId <= ours.runId
}

export interface IssueComment {
  id: number
  body?: string
  html_url: string
  user: { login: string; type: string } | null
}

interface StickyTarget {
  owner: string
  repo: string
  issueNumber: number
}

type StickyOutcome = { action: 'created' | 'updated'; url: string; removedDuplicates: number } | { action: 'skipped'; reason: string }

/**
 * Who we are. A PAT can read /user. Installation tokens (GITHUB_TOKEN, GitHub Apps) get a 403
 * there, and /app needs the App's own key, so then we only know we are some bot: comments by any
 * `[bot]` account that carry our marker count as ours, never a person's. The login is not
 * hard-coded, so an App token or a PAT finds its own comments.
 */
export async function findOwnIdentity(client: GitHubClient): Promise<{ login?: string }> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return { login: data.login }
  } catch (error) {
    // Only "not for this kind of token" means we are a bot; an outage must not make a PAT
    // forget its own comments and post a second one.
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return {}
    throw error
  }
}

function isOurs(comment: IssueComment, identity: { login?: string }): boolean {
  if (!comment.user) return false
  if (identity.login) return comment.user.login === identity.login
  return comment.user.type === 'Bot' && comment.user.login.endsWith('[bot]')
}

export async function listOurComments(client: GitHubClient, target: StickyTarget, key: string, identity: { login?: string }): Promise<IssueComment[]> {
  const all = (await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })) as IssueComment[]
  return all.filter((comment) => isOurs(comment, identity) && readMarker(comment.body ?? '', key)).sort((a, b) => a.id - b.id)
}

interface UpsertOptions {
  key: string
  marker: Marker
  body: string
  /** Used when GitHub refuses the full body (422): the verdict and a link only. */
  minimalBody: string
  /** on-failure mode with a GO: only refresh a comment that already exists. */
  onlyIfExists: boolean
}

export async function upsertStickyComment(client: GitHubClient, target: StickyTarget, options: UpsertOptions): Promise<StickyOutcome> {
  const identity = await findOwnIdentity(client)
  const ours = await listOurComments(client, target, options.key, identity)
  const existing = ours[0]
  if (existing) {
    const previous = readMarker(existing.body ?? '', options.key)
    if (previous && !mayOverwrite(previous, options.marker)) {
      return { action: 'skipped', reason: `a newer run (${previous.runId}) already reported on head ${previous.headSha.slice(0, 12)}` }
    }
  } else if (options.onlyIfExists) {
    return { action: 'skipped', reason: 'GO, and comment is on-failure' }
  }

  const write = async (body: string) =>
    existing
      ? (await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body })).data
      : (await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body })).data
  let written: IssueComment
  try {
    written = (await write(options.body)) as IssueComment
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error
    written = (await write(options.minimalBody)) as IssueComment
  }
  if (existing) return { action: 'updated', url: written.html_url, removedDuplicates: 0 }

  // Two runs that both found nothing both created one: keep the oldest, delete the rest.
  const selfIdentity = identity.login ? identity : { login: written.user?.login }
  const now = await listOurComments(client, target, options.key, selfIdentity)
  if (now.length <= 1) return { action: 'created', url: written.html_url, removedDuplicates: 0 }
  const [keep, ...extra] = now
  const kept = readMarker(keep.body ?? '', options.key)
  if (keep.id !== written.id && kept && mayOverwrite(kept, options.marker)) {
    await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: keep.id, body: written.body ?? options.body })
  }
  for (const duplicate of extra) {
    await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: duplicate.id }).catch(() => undefined)
  }
  return { action: 'created', url: keep.html_url, removedDuplicates: extra.length }
}
