/**
 * Finding the shard reports a workflow downloaded (`reports: reports/**\/*.json`). A small glob:
 * `*` and `?` within one path segment, `**` for any number of directories. Node 20 has no glob
 * of its own, and this one never follows a symbolic link, stops after a bounded walk, and
 * returns regular files only, so a downloaded artifact cannot point the merge elsewhere.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { formatNumber } from '../text/format.js'

interface GlobLimits {
  /** Directory entries looked at, over every pattern. */
  maxEntries: number
  /** Files returned. */
  maxMatches: number
}

interface GlobResult {
  /** Absolute paths of regular files, sorted, each once. */
  files: string[]
  /** Paths that matched but are not regular files (links, directories, devices). */
  skipped: string[]
  /** Set when a limit stopped the walk: the result may be incomplete. */
  limitReached?: string
}

const DEFAULT_LIMITS: GlobLimits = { maxEntries: 200_000, maxMatches: 1_000 }

/** Files matching any pattern; relative patterns are resolved against `base`. */
export function expandGlobs(patterns: readonly string[], base: string, limits: GlobLimits = DEFAULT_LIMITS): GlobResult {
  const found = new Set<string>()
  const skipped = new Set<string>()
  let entries = 0
  let limitReached: string | undefined

  const walk = (directory: string, segments: readonly string[]): void => {
    if (limitReached) return
    if (segments.length === 0) return
    const [segment, ...rest] = segments
    if (segment === '**') {
      // `**` matches no directory at all, or one more level and still `**`.
      walk(directory, rest)
      for (const entry of listDirectory(directory)) {
        if (++entries > limits.maxEntries) return void (limitReached = `looked at ${formatNumber(limits.maxEntries)} directory entries`)
        if (entry.isDirectory && !entry.name.startsWith('.')) walk(path.join(directory, entry.name), segments)
      }
      return
    }
    if (!hasWildcard(segment)) {
      const next = path.join(directory, segment)
      if (rest.length > 0) return walk(next, rest)
      return consider(next)
    }
    const matcher = segmentMatcher(segment)
    for (const entry of listDirectory(directory)) {
      if (++entries > limits.maxEntries) return void (limitReached = `looked at ${formatNumber(limits.maxEntries)} directory entries`)
      if (!matcher(entry.name)) continue
      const next = path.join(directory, entry.name)
      if (rest.length > 0) {
        if (entry.isDirectory) walk(next, rest)
      } else consider(next)
    }
  }

  const consider = (file: string): void => {
    let info
    try {
      info = lstatSync(file)
    } catch {
      return
    }
    if (!info.isFile()) {
      // A directory that `**/*` reaches is simply not a file; anything else is worth naming.
      if (!info.isDirectory()) skipped.add(file)
      return
    }
    if (found.size >= limits.maxMatches) return void (limitReached = `found ${formatNumber(limits.maxMatches)} files`)
    found.add(file)
  }

  for (const pattern of patterns) {
    const absolute = path.resolve(base, pattern)
    const root = path.parse(absolute).root
    const segments = absolute.slice(root.length).split(path.sep).filter(Boolean)
    // The directories the workflow named before the first wildcard may be links (a runner's temp
    // directory); what lies below them came from an artifact, and no link there is followed.
    const wildcard = segments.findIndex(hasWildcard)
    const literal = wildcard === -1 ? segments.length - 1 : wildcard
    let start: string
    try {
      start = realpathSync(path.join(root, ...segments.slice(0, literal)))
    } catch {
      continue
    }
    walk(start, segments.slice(literal))
  }
  return { files: [...found].sort(), skipped: [...skipped].sort(), ...(limitReached ? { limitReached } : {}) }
}

/** Entries of a directory that is not itself a link; nothing when it cannot be read. */
function listDirectory(directory: string): Array<{ name: string; isDirectory: boolean }> {
  try {
    if (!lstatSync(directory).isDirectory()) return []
    return readdirSync(directory, { withFileTypes: true })
      .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch {
    return []
  }
}

function hasWildcard(segment: string): boolean {
  return segment.includes('*') || segment.includes('?')
}

/** `*` any run of characters, `?` one; everything else literal. Compiled without a regex built from input. */
export function segmentMatcher(segment: string): (name: string) => boolean {
  return (name) => matchSegment(segment, 0, name, 0)
}

function matchSegment(pattern: string, p: number, name: string, n: number): boolean {
  // Iterative with one backtrack point for the last `*`: linear enough, and no catastrophic cases.
  let star = -1
  let starName = 0
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++
      n++
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++
      starName = n
    } else if (star !== -1) {
      p = star + 1
      n = ++starName
    } else return false
  }
  while (p < pattern.length && pattern[p] === '*') p++
  return p === pattern.length
}
