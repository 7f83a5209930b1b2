/**
 * Who signed off what, decided from the pull request's sign-off events. Pure: the events and
 * the facts about people (repository permission, team membership, changed files) come in as data.
 */
import { allItems, type Checklist, type ManualItem } from '../checklist/types.js'
import type { GateResult } from '../gates/types.js'

export interface SignoffEvent {
  itemId: string
  action: 'signoff' | 'revoke'
  login: string
  /** ISO time; events are applied in this order. */
  at: string
  /** tick: a box in our PR comment; commit: a box ticked in the Markdown checklist by a pull request commit. */
  via: 'comment' | 'review' | 'tick' | 'commit'
  /** The pull request head when the sign-off was given, if known. */
  sha?: string
  url?: string
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

export interface SignoffFacts {
  pullRequestAuthor?: string
  headSha: string
  permissionOf: (login: string) => Permission
  /** Members of `org/slug` teams named in approvers, when the token could read them. */
  isTeamMember: (team: string, login: string) => boolean | undefined
  /** Files changed between a commit and the head; undefined when unknown. */
  changedSince: (sha: string) => string[] | undefined
}

export interface AuditEntry {
  itemId: string
  login: string
  at: string
  via: SignoffEvent['via']
  action: SignoffEvent['action']
  accepted: boolean
  reason?: string
  url?: string
}

interface SignoffOutcome {
  results: Map<string, GateResult>
  audit: AuditEntry[]
}

const CAN_SIGN = new Set<Permission>(['admin', 'maintain', 'write'])

export function applySignoffs(checklist: Checklist, results: ReadonlyMap<string, GateResult>, events: SignoffEvent[], facts: SignoffFacts): SignoffOutcome {
  const updated = new Map(results)
  const audit: AuditEntry[] = []
  const manualItems = new Map(
    allItems(checklist)
      .filter((item): item is ManualItem => item.kind === 'manual')
      .map((item) => [item.id, item])
  )
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at))
  const signers = new Map<string, Map<string, SignoffEvent>>()

  for (const event of ordered) {
    const item = manualItems.get(event.itemId)
    const record = (accepted: boolean, reason?: string) =>
      audit.push({
        itemId: event.itemId,
        login: event.login,
        at: event.at,
        via: event.via,
        action: event.action,
        accepted,
        ...(reason ? { reason } : {}),
        ...(event.url ? { url: event.url } : {})
      })
    if (!item) {
      record(false, `no manual item "${event.itemId}" in the checklist`)
      continue
    }
    const current = signers.get(item.id) ?? new Map<string, SignoffEvent>()
    signers.set(item.id, current)
    if (event.action === 'revoke') {
      if (current.delete(event.login)) record(true)
      else record(false, 'had not signed off')
      continue
    }
    const refusal = refuse(item, event, facts)
    if (refusal) {
      record(false, refusal)
      continue
    }
    current.set(event.login, event)
    record(true)
  }

  for (const item of manualItems.values()) {
    if (item.signedOff) continue
    const valid: SignoffEvent[] = []
    const notes: string[] = []
    for (const signoff of signers.get(item.id)?.values() ?? []) {
      const invalidation = invalidatedBy(item, signoff, facts)
      if (invalidation) notes.push(`signed by @${signoff.login} at ${signoff.sha?.slice(0, 7)}, invalidated by new changes to ${invalidation}`)
      else valid.push(signoff)
    }
    const previous = updated.get(item.id)
    const names = valid.map((signoff) => `@${signoff.login}`).join(', ')
    if (valid.length >= item.minApprovals) {
      updated.set(item.id, { id: item.id, status: 'pass', summary: `signed off by ${names}`, durationMs: 0, notes: [...(previous?.notes ?? []), ...notes] })
    } else if (valid.length > 0 || notes.length > 0) {
      const needed = item.minApprovals - valid.length
      updated.set(item.id, {
        id: item.id,
        status: 'pending',
        summary: valid.length > 0 ? `${valid.length}/${item.minApprovals} sign-offs (${names})` : 'awaiting sign-off',
        reason: `needs ${needed} more sign-off${needed === 1 ? '' : 's'}`,
        durationMs: 0,
        notes: [...(previous?.notes ?? []), ...notes]
      })
    }
  }
  return { results: updated, audit }
}

function refuse(item: ManualItem, event: SignoffEvent, facts: SignoffFacts): string | undefined {
  if (!item.allowAuthor && facts.pullRequestAuthor && event.login === facts.pullRequestAuthor) return 'the pull request author cannot sign off their own change'
  if (item.approvers.length > 0) {
    const named = item.approvers.some((approver) => {
      if (approver.startsWith('team:')) return facts.isTeamMember(approver.slice('team:'.length), event.login) === true
      return approver.toLowerCase() === event.login.toLowerCase()
    })
    if (!named) return `not one of the approvers (${item.approvers.join(', ')})`
  }
  const permission = facts.permissionOf(event.login)
  if (!CAN_SIGN.has(permission)) return `needs write permission to the repository (has ${permission})`
  return undefined
}

function invalidatedBy(item: ManualItem, signoff: SignoffEvent, facts: SignoffFacts): string | undefined {
  if (item.paths.length === 0 || !signoff.sha || signoff.sha === facts.headSha) return undefined
  const changed = facts.changedSince(signoff.sha)
  if (!changed) return undefined
  const matcher = item.paths.map(globToRegExp)
  const touched = changed.find((file) => matcher.some((pattern) => pattern.test(file)))
  return touched
}

/** `*` within a path segment, `**` across segments, `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let pattern = ''
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index]
    if (character === '*') {
      if (glob[index + 1] === '*') {
        pattern += '.*'
        index++
        if (glob[index + 1] === '/') index++
      } else {
        pattern += '[^/]*'
      }
    } else if (character === '?') pattern += '[^/]'
    else pattern += character.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${pattern}$`)
}
