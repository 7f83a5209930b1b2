/**
 * A ticked box in a Markdown checklist (or a filled-in signature, a ✅ row) is a claim by whoever
 * committed it. Every such mark is attributed with git blame, and on a pull request a mark the
 * pull request itself added counts only as a sign-off by a person GitHub vouches for, judged by
 * the same rules as `/signoff` (src/signoff/apply.ts): approvers, write permission, not the pull
 * request's author unless `allow-author`.
 *
 * What can be trusted, and what cannot:
 * - A commit's author is whatever the committer typed (`git commit --author`), and the date too.
 *   GitHub links an author e-mail to an account but does not check who wrote the commit. Only a
 *   signature GitHub verified ties a commit to a person, and it is the committer's signature. So a
 *   mark from the pull request counts for its author's login only when GitHub verified the commit
 *   and its committer is that same login (or `web-flow`: GitHub committed an edit made in its web
 *   editor by the signed-in author). Otherwise it stays pending and says how to sign off instead.
 * - Whether a commit belongs to the base branch is checked against the base commit id from the
 *   event, never a ref, with replace refs and grafts ignored (see src/checklist/blame.ts).
 * - A mark that is in the base commit's checklist too was merged through review: it counts as it
 *   always did. One that blame places in the base's history but that the base checklist no longer
 *   has (a branch based on an older commit) is stale and does not count.
 * - A signed commit can be replayed: a pull request may include an approver's signed commit that
 *   ticked the box on another branch. The tick then counts for that approver, as a `/signoff` given
 *   on another pull request would not. Sign-offs by comment carry no such risk.
 */
import type { BlamedLine, ChecklistHistory, CommitAuthor } from '../checklist/blame.js'
import { UNCOMMITTED } from '../checklist/blame.js'
import { allItems, type Checklist, type ManualItem } from '../checklist/types.js'
import type { GateResult } from '../gates/types.js'
import { sliceSafe } from '../text/sanitize.js'
import type { AuditEntry, SignoffEvent } from './apply.js'

/** GitHub's view of a commit. */
export interface CommitIdentity {
  /** The account GitHub links the commit's author e-mail to (`author.login`). */
  authorLogin?: string
  /** The account GitHub links the committer to (`committer.login`); `web-flow` for its web editor. */
  committerLogin?: string
  /** GitHub verified the commit's signature (`commit.verification.verified`). */
  verified: boolean
}

/**
 * Who GitHub says made one of the pull request's commits; undefined for any other commit, or when
 * GitHub could not be asked (that mark then does not count). Build it from the pull request's own
 * commit list with identitiesFromPullCommits, not from `GET /commits/{sha}`: that endpoint also
 * answers for an approver's signed commit on another branch, which an earlier step of the job
 * could check out so that its tick would count here.
 */
export type CommitIdentityLookup = (commit: string) => Promise<CommitIdentity | undefined>

/** The fields go-no-go reads from an entry of `GET /repos/{owner}/{repo}/pulls/{number}/commits`. */
export interface PullCommitEntry {
  sha: string
  author?: { login?: string } | null
  committer?: { login?: string } | null
  commit: { verification?: { verified?: boolean } | null }
}

/**
 * The identity lookup for a pull request, from its commit list (`pulls.listCommits`, which GitHub
 * caps at 250 commits; a tick in a later commit then does not count). Pure.
 */
export function identitiesFromPullCommits(commits: readonly PullCommitEntry[]): CommitIdentityLookup {
  const known = new Map<string, CommitIdentity>()
  for (const entry of commits) {
    known.set(entry.sha, {
      ...(entry.author?.login ? { authorLogin: entry.author.login } : {}),
      ...(entry.committer?.login ? { committerLogin: entry.committer.login } : {}),
      verified: entry.commit.verification?.verified === true
    })
  }
  return async (commit) => known.get(commit)
}

/** What is known about the commit that last changed a signed item's line. */
interface TickEvidence {
  itemId: string
  line?: number
  blame?: BlamedLine
  author?: CommitAuthor
  /** The commit is the base commit or one of its ancestors; undefined when git could not tell. */
  inBase?: boolean
  identity?: CommitIdentity
  /** Why the line could not be attributed at all. */
  problem?: string
}

/** Marks beyond this are not attributed (a hostile checklist can tick 50,000 boxes); on a pull request they do not count. */
const MAX_ATTRIBUTED_TICKS = 2_000
/** Distinct commits whose ancestry and identity are looked up; each costs a git process or an API call. */
const MAX_LOOKED_UP_COMMITS = 200
const MAX_NAME_CHARS = 60

/** Items whose sign-off the checklist itself records, with the line that records it. */
function signedItems(checklist: Checklist): ManualItem[] {
  return allItems(checklist).filter((item): item is ManualItem => item.kind === 'manual' && item.signedOff)
}

/**
 * Blames every signed item's line and collects the facts to judge it. I/O only through `history`
 * and `identityOf`; never throws for a git or API failure (the mark then does not count on a pull request).
 */
export async function gatherTickEvidence(
  checklist: Checklist,
  history: ChecklistHistory,
  context: { baseSha?: string; identityOf?: CommitIdentityLookup } = {}
): Promise<TickEvidence[]> {
  const items = signedItems(checklist)
  if (items.length === 0) return []
  const attributed = new Set(items.slice(0, MAX_ATTRIBUTED_TICKS).filter((item) => item.source?.line !== undefined))
  const blame = await history.tryBlame(
    checklist.path,
    [...attributed].map((item) => item.source!.line)
  )
  const owners = 'lines' in blame ? blame.lines : new Map<number, BlamedLine>()
  const commits = [...new Set([...owners.values()].map((owner) => owner.commit).filter((commit) => commit !== UNCOMMITTED))].slice(0, MAX_LOOKED_UP_COMMITS)
  const authors = await history.authors(commits)
  const inBase = new Map<string, boolean | undefined>()
  const identities = new Map<string, CommitIdentity | undefined>()
  for (const commit of commits) {
    const reachable = context.baseSha ? await history.isAncestor(commit, context.baseSha) : undefined
    inBase.set(commit, reachable)
    // Only commits of the pull request are judged by who made them; asking about the rest costs API calls.
    if (context.identityOf && reachable === false) identities.set(commit, await safely(() => context.identityOf!(commit)))
  }

  return items.map((item) => {
    const line = item.source?.line
    if (!attributed.has(item)) {
      return {
        itemId: item.id,
        ...(line !== undefined ? { line } : {}),
        problem: line === undefined ? 'the checklist does not say which line records it' : `more than ${MAX_ATTRIBUTED_TICKS} marks to attribute`
      }
    }
    const owner = owners.get(line!)
    if (!owner) return { itemId: item.id, line, problem: 'problem' in blame ? blame.problem : 'git blame did not cover the line' }
    const author = authors.get(owner.commit)
    const reachable = inBase.get(owner.commit)
    const identity = identities.get(owner.commit)
    return {
      itemId: item.id,
      line,
      blame: owner,
      ...(author ? { author } : {}),
      ...(reachable !== undefined ? { inBase: reachable } : {}),
      ...(identity ? { identity } : {})
    }
  })
}

export interface TickContext {
  /**
   * Set on a pull request whose own checklist decides: marks it added must be earned. `baseChecklist`
   * is the base commit's checklist, undefined when it could not be read.
   */
  pullRequest?: { baseChecklist?: Checklist }
}

export interface TickNote {
  /** "ticked by @alice (Alice) on 2026-11-20 in abc1234" */
  attribution: string
  /** Why the mark does not count by itself; absent when it counts or is judged as a sign-off. */
  setAside?: string
  /** The mark became a sign-off event for applySignoffs. */
  claimedBy?: string
}

export interface TickJudgement {
  /** The checklist with every mark that does not count by itself turned back into a pending item. */
  checklist: Checklist
  /** Marks by people GitHub vouches for, as sign-offs for applySignoffs to accept or refuse. */
  events: SignoffEvent[]
  notes: Map<string, TickNote>
}

/**
 * Decides which marks count. Pure. Outside a pull request every mark counts (what was pushed to
 * the branch is what the branch says) and is only attributed. On a pull request a mark counts
 * when the base checklist has it too; a mark the pull request added becomes a sign-off event for
 * its author when GitHub vouches for the author, and is set aside otherwise, with the reason.
 */
export function judgeTicks(checklist: Checklist, evidence: readonly TickEvidence[], context: TickContext = {}): TickJudgement {
  const notes = new Map<string, TickNote>()
  const events: SignoffEvent[] = []
  const unticked = new Set<string>()
  const baseSigned = new Set(context.pullRequest?.baseChecklist ? signedItems(context.pullRequest.baseChecklist).map((item) => item.id) : [])
  const byItem = new Map(evidence.map((fact) => [fact.itemId, fact]))

  // Every signed item, not every piece of evidence: a mark nobody attributed must not count unjudged.
  for (const item of signedItems(checklist)) {
    const fact: TickEvidence = byItem.get(item.id) ?? { itemId: item.id, problem: 'it was not attributed' }
    const attribution = attribute(fact)
    if (!context.pullRequest || baseSigned.has(fact.itemId)) {
      notes.set(fact.itemId, { attribution: context.pullRequest ? `${attribution}; signed in the base branch's checklist too` : attribution })
      continue
    }
    unticked.add(fact.itemId)
    const verdict = claim(fact, context.pullRequest.baseChecklist !== undefined)
    if ('login' in verdict) {
      events.push({
        itemId: fact.itemId,
        action: 'signoff',
        login: verdict.login,
        at: isoTime(fact.author?.date),
        via: 'commit',
        ...(fact.blame ? { sha: fact.blame.commit } : {})
      })
      notes.set(fact.itemId, { attribution, claimedBy: verdict.login })
    } else {
      notes.set(fact.itemId, { attribution, setAside: verdict.reason })
    }
  }

  const judged: Checklist = {
    ...checklist,
    sections: checklist.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.kind === 'manual' && unticked.has(item.id) ? { ...item, signedOff: false } : item))
    }))
  }
  return { checklist: judged, events, notes }
}

function claim(fact: TickEvidence, baseKnown: boolean): { login: string } | { reason: string } {
  if (!fact.blame) return { reason: `who marked it cannot be told (${fact.problem ?? 'no blame'})` }
  const commit = fact.blame.commit
  const short = commit.slice(0, 7)
  if (commit === UNCOMMITTED) return { reason: 'only a committed mark can be attributed' }
  if (fact.blame.boundary) return { reason: `the fetched history ends at ${short}, so who marked it cannot be told; check out with fetch-depth: 0` }
  if (fact.inBase === undefined) return { reason: `whether ${short} is part of the base branch cannot be told (is the base commit fetched?)` }
  if (fact.inBase) {
    return {
      reason: baseKnown
        ? `${short} is on the base branch, whose checklist no longer has it marked: an old mark does not count again`
        : `${short} is on the base branch, and the base commit's checklist could not be read to confirm the mark is still there`
    }
  }
  const identity = fact.identity
  if (!identity) return { reason: `GitHub did not say who made commit ${short}` }
  if (!identity.authorLogin) return { reason: `GitHub links commit ${short} to no account` }
  if (!identity.verified) {
    return {
      reason: `commit ${short} has no signature GitHub verified, so anyone could have written it as @${identity.authorLogin}; sign off with \`/signoff ${fact.itemId}\` instead`
    }
  }
  if (identity.committerLogin !== identity.authorLogin && identity.committerLogin !== 'web-flow') {
    return {
      reason: `commit ${short} was signed by ${identity.committerLogin ? `@${identity.committerLogin}` : 'an unknown committer'}, not by its author @${identity.authorLogin}`
    }
  }
  return { login: identity.authorLogin }
}

function attribute(fact: TickEvidence): string {
  if (!fact.blame) return `who marked it is not known (${fact.problem ?? 'no blame'})`
  if (fact.blame.commit === UNCOMMITTED) return 'marked in a change that is not committed'
  const who = fact.identity?.authorLogin
    ? `@${fact.identity.authorLogin}${fact.author ? ` (${clip(fact.author.name)})` : ''}`
    : fact.author
      ? clip(fact.author.name) || 'an author with no name'
      : 'an unknown author'
  const when = fact.author ? ` on ${fact.author.date.slice(0, 10)}` : ''
  return `ticked by ${who}${when} in ${fact.blame.commit.slice(0, 7)}`
}

/**
 * The judged results with each mark's story: who ticked it, and when it does not count, why (the
 * reason applySignoffs gave, or why it was set aside). Call after applySignoffs.
 */
export function withTickNotes(results: ReadonlyMap<string, GateResult>, judgement: TickJudgement, audit: readonly AuditEntry[] = []): Map<string, GateResult> {
  const updated = new Map(results)
  const refusals = new Map<string, string>()
  for (const entry of audit) if (entry.via === 'commit' && !entry.accepted && entry.reason) refusals.set(entry.itemId, entry.reason)
  for (const [itemId, note] of judgement.notes) {
    const result = updated.get(itemId)
    if (!result) continue
    const why = note.setAside ?? (note.claimedBy ? refusals.get(itemId) : undefined)
    const story = why ? `${note.attribution}; it does not count: ${why}` : note.attribution
    updated.set(itemId, {
      ...result,
      notes: [...(result.notes ?? []), story],
      ...(why && result.status !== 'pass' ? { reason: `${note.attribution}, but ${why}` } : {})
    })
  }
  return updated
}

function isoTime(date: string | undefined): string {
  const time = date ? Date.parse(date) : Number.NaN
  // Unknown times sort first, so a later `/revoke` still applies.
  return new Date(Number.isFinite(time) ? time : 0).toISOString()
}

function clip(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_NAME_CHARS ? `${sliceSafe(flat, MAX_NAME_CHARS - 1)}…` : flat
}

async function safely<T>(lookup: () => Promise<T>): Promise<T | undefined> {
  try {
    return await lookup()
  } catch {
    return undefined
  }
}
