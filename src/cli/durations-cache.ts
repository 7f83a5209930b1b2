/**
 * The CLI remembers what each gate took, so the next run on the same project starts the longest
 * first. One file per project and checklist in the user's cache directory, like the compile cache
 * (src/cli/start.ts): never inside the project, where the working-tree guard would see it and a
 * commit could carry it. It only orders gates, so a file that cannot be written is no error.
 */
import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { allItems } from '../checklist/types.js'
import { sha256Hex } from '../sha256.js'
import { randomHex } from '../random-bytes.js'
import { userCacheHome } from './cache-home.js'
import type { RunReport } from '../report/model.js'

/**
 * Where the durations of this project's checklist are kept, or undefined when the cache directory
 * is inside the project (a HOME or XDG_CACHE_HOME pointing into the checkout).
 */
export function durationsCacheFile(env: NodeJS.ProcessEnv, workspace: string, checklist: string): string | undefined {
  const cacheHome = userCacheHome(env)
  const project = realOrResolved(workspace)
  const directory = path.join(cacheHome, 'go-no-go', 'durations')
  if (isInside(path.join(realOrResolved(cacheHome), 'go-no-go', 'durations'), project) || isInside(path.resolve(directory), project)) return undefined
  const key = sha256Hex(JSON.stringify([project, path.resolve(project, checklist)])).slice(0, 32)
  return path.join(directory, `${key}.json`)
}

/**
 * The file's text: the JSON report's `items` shape (id, kind, command, status, duration, how the
 * process ended), so the reader of previous reports reads it, and so can `--previous-report`.
 * Only gates that ran this time: a cancelled or unstarted one's time says nothing.
 */
export function durationsFileContent(report: RunReport): string | undefined {
  const items = allItems(report.checklist).flatMap((item) => {
    const result = report.results.get(item.id)
    if (item.kind !== 'command' || !result?.process || result.process.cancelled || result.status === 'cancelled') return []
    const { exitCode, signal, timedOut } = result.process
    return [{ id: item.id, kind: item.kind, command: item.run, status: result.status, durationMs: result.durationMs, exitCode, signal, timedOut }]
  })
  return items.length > 0 ? `${JSON.stringify({ schemaVersion: 1, items })}\n` : undefined
}

/** Writes the file whole or not at all (a second run at the same time must not read half of it); failures are ignored. */
export function writeDurationsFile(file: string, content: string): void {
  const temporary = `${file}.${randomHex(6)}.tmp`
  let created = false
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
    // `wx`: a file or link planted under the temporary name is never written through.
    writeFileSync(temporary, content, { flag: 'wx', mode: 0o600 })
    created = true
    renameSync(temporary, file)
  } catch {
    if (created) rmSync(temporary, { force: true })
  }
}

function realOrResolved(directory: string): string {
  try {
    return realpathSync(directory)
  } catch {
    return path.resolve(directory)
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
