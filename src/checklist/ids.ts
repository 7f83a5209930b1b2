/**
 * Item ids made from titles, the same way for both readers: a Markdown box and a YAML item that
 * leaves out `id` get the id of their title, so an imported checklist keeps every id (and every
 * sign-off given under it) without writing each one out.
 */
import { MAX_ID_CHARS } from './limits.js'

/** "Verify: npm audit shows 0 vulnerabilities" → `verify-npm-audit-shows-0-vulnerabilities`; long titles end at a whole word. */
export function slug(text: string): string {
  const full = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  if (full.length <= MAX_ID_CHARS) return full
  const cut = full.slice(0, MAX_ID_CHARS + 1)
  const lastDash = cut.lastIndexOf('-')
  // A single word longer than the limit is cut; anything else ends at a whole word.
  return (lastDash > 0 ? cut.slice(0, lastDash) : full.slice(0, MAX_ID_CHARS)).replace(/-$/, '')
}

/**
 * Ids from titles, unique across the checklist and deterministic: the second "Dashboards reviewed"
 * is `dashboards-reviewed-2`. `taken` are ids already used (a YAML file's explicit ids).
 */
export function idMaker(taken: Iterable<string> = []): (title: string) => string {
  const ids = new Set<string>(taken)
  const nextSuffix = new Map<string, number>()
  return (title) => {
    const base = slug(title) || 'item'
    let id = base
    // Remembering the last suffix per base keeps thousands of same-titled items linear.
    let suffix = nextSuffix.get(base) ?? 2
    while (ids.has(id)) id = `${base}-${suffix++}`
    nextSuffix.set(base, suffix)
    ids.add(id)
    return id
  }
}
