/**
 * The files an item's `junit:` glob names, as this gate's run left them. Only what the command
 * wrote while the gate ran counts: before the command starts, the files already matching are
 * noted (their size, times and inode); afterwards a file counts only if it is new or changed since,
 * and its modification time is not older than the gate's start. The margin on that time covers
 * file systems that keep coarse times (FAT: 2 s; ext4 and tmpfs keep nanoseconds); the snapshot
 * covers what the margin lets through, a file from an earlier run written just before this one.
 *
 * The glob is relative to the item's working directory and never leaves the workspace: the
 * checklist refuses `..` and absolute globs, the walk starts inside the workspace's real path and
 * does not follow links to folders, and a matched file that is a link is read only when its real
 * path is inside the workspace (a report linked to /proc/self/environ or ~/.ssh is refused).
 * Files are opened without following links and checked again by descriptor after opening.
 */
import { constants } from 'node:fs'
import { lstat, open, readdir, readlink, realpath, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import picomatch from 'picomatch'
import { isInside } from '../../paths.js'
import { readJunitXml } from './junit-xml.js'
import type { TestTally } from './test-tally.js'

/** How much older than the gate's start a file's time may be and still count as this run's. */
export const MTIME_MARGIN_MS = 2000
/** Files read for one gate, and entries looked at while walking: a glob is not a crawler. */
const MAX_JUNIT_FILES = 1000
const MAX_WALKED_ENTRIES = 100_000
/** Folders a walk with `**` skips unless the glob names them. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules'])

export interface JunitRequest {
  /** The item's `junit:` glob, relative to `cwd`. */
  pattern: string
  /** Where the command runs. */
  cwd: string
  workspace: string
}

interface Identity {
  size: number
  mtimeMs: number
  ctimeMs: number
  ino: number
}

/** What already matched before the command ran, by absolute path. */
type JunitSnapshot = Map<string, Identity>

interface JunitCollection {
  /** Files read (relative to the workspace). */
  read: string[]
  /** Files that matched but were left from an earlier run. */
  stale: string[]
  /** Why the reports cannot be trusted; the gate is then an error. */
  problem?: string
}

/** Notes the files that match before the command runs. Never throws: a walk that fails here fails again later, with a reason. */
export async function snapshotJunit(request: JunitRequest): Promise<JunitSnapshot> {
  const snapshot: JunitSnapshot = new Map()
  const found = await matchFiles(request).catch(() => undefined)
  for (const file of found?.files ?? []) {
    // Through a link, as the report is read later.
    const info = await stat(file).catch(() => undefined)
    if (info) snapshot.set(file, identity(info))
  }
  return snapshot
}

/**
 * Reads every report the command wrote into `tally`.
 * @param startedAtMs when the gate's command was started (Date.now())
 */
export async function collectJunit(request: JunitRequest, snapshot: JunitSnapshot, startedAtMs: number, tally: TestTally): Promise<JunitCollection> {
  const shown = (file: string) => path.relative(request.workspace, file) || file
  let matched: { files: string[]; realWorkspace: string }
  try {
    matched = await matchFiles(request)
  } catch (error) {
    return { read: [], stale: [], problem: (error as Error).message }
  }
  if (matched.files.length === 0) return { read: [], stale: [], problem: `no file matches junit: ${request.pattern} (the command wrote no JUnit report there)` }
  if (matched.files.length > MAX_JUNIT_FILES)
    return { read: [], stale: [], problem: `junit: ${request.pattern} matches more than ${MAX_JUNIT_FILES} files; name the reports more narrowly` }
  const read: string[] = []
  const stale: string[] = []
  for (const file of matched.files.sort()) {
    const info = await lstat(file).catch(() => undefined)
    if (!info) continue
    let target = file
    if (info.isSymbolicLink()) {
      const real = await realpath(file).catch(() => undefined)
      if (!real || !isInside(matched.realWorkspace, real)) return { read, stale, problem: `${shown(file)} is a link to a place outside the workspace; it was not read` }
      target = real
    }
    const targetInfo = target === file ? info : await lstat(target).catch(() => undefined)
    if (!targetInfo?.isFile()) return { read, stale, problem: `${shown(file)} is not a regular file` }
    const before = snapshot.get(file)
    const unchanged = before !== undefined && sameIdentity(before, identity(targetInfo))
    if (unchanged || targetInfo.mtimeMs < startedAtMs - MTIME_MARGIN_MS) {
      stale.push(shown(file))
      continue
    }
    const problem = await readOne(target, targetInfo.ino, matched.realWorkspace, tally)
    if (problem) return { read, stale, problem: `${shown(file)}: ${problem}` }
    read.push(shown(file))
  }
  if (read.length === 0) {
    return {
      read,
      stale,
      problem: `the ${stale.length === 1 ? 'file' : `${stale.length} files`} matching junit: ${request.pattern} ${stale.length === 1 ? 'was' : 'were'} written before this gate started (left from an earlier run: ${stale.slice(0, 3).join(', ')}); the command wrote no new report`
    }
  }
  return { read, stale }
}

async function readOne(file: string, expectedInode: number, realWorkspace: string, tally: TestTally): Promise<string | undefined> {
  let handle: FileHandle
  try {
    // No following links and no waiting on a FIFO; what was checked above must be what is opened.
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    return `could not be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`
  }
  try {
    const info = await handle.stat()
    if (!info.isFile() || info.ino !== expectedInode) return 'changed while it was being read'
    // Linux names the opened file; a folder swapped for a link after the check shows here.
    const opened = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined)
    if (opened !== undefined && !isInside(realWorkspace, opened)) return 'resolves outside the workspace; it was not read'
    if (info.size === 0) return 'is empty'
    const result = await readJunitXml(textChunks(handle), tally)
    return result.problem
  } finally {
    await handle.close()
  }
}

/** The file's text in 64 KiB pieces, a character never split across two. */
async function* textChunks(handle: FileHandle): AsyncIterable<string> {
  const decoder = new StringDecoder('utf8')
  const buffer = Buffer.alloc(64 * 1024)
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) break
    yield decoder.write(buffer.subarray(0, bytesRead))
  }
  const rest = decoder.end()
  if (rest) yield rest
}

/** The files the glob matches now, walking only inside the workspace. Throws an Error whose message says why it cannot. */
async function matchFiles(request: JunitRequest): Promise<{ files: string[]; realWorkspace: string }> {
  const pattern = request.pattern.replace(/\\/g, '/')
  if (path.posix.isAbsolute(pattern) || pattern.split('/').includes('..')) throw new Error(`junit: ${request.pattern} must be a relative path inside the workspace`)
  const realWorkspace = await realpath(request.workspace)
  const segments = pattern.split('/').filter((segment) => segment !== '' && segment !== '.')
  const firstGlob = segments.findIndex((segment) => picomatch.scan(segment).isGlob)
  const fixed = firstGlob === -1 ? segments : segments.slice(0, firstGlob)
  const base = path.resolve(request.cwd, ...fixed)
  if (!isInside(request.workspace, base)) throw new Error(`junit: ${request.pattern} leads outside the workspace`)
  if (firstGlob === -1) {
    // A plain path: the file itself (it may be a link; the caller decides).
    const realParent = await realpath(path.dirname(base)).catch(() => undefined)
    if (realParent && !isInside(realWorkspace, realParent)) throw new Error(`junit: ${request.pattern} leads outside the workspace through a link`)
    const info = await lstat(base).catch(() => undefined)
    return { files: info ? [base] : [], realWorkspace }
  }
  const realBase = await realpath(base).catch(() => undefined)
  if (!realBase) return { files: [], realWorkspace }
  if (!isInside(realWorkspace, realBase)) throw new Error(`junit: ${request.pattern} leads outside the workspace through a link`)
  const matches = picomatch(segments.join('/'), { dot: true })
  const named = new Set(segments.filter((segment) => SKIPPED_FOLDERS.has(segment)))
  const files: string[] = []
  let walked = 0
  const queue = [base]
  while (queue.length > 0) {
    const dir = queue.shift()!
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (++walked > MAX_WALKED_ENTRIES) throw new Error(`junit: ${request.pattern} walks more than ${MAX_WALKED_ENTRIES} entries; name the report folder more narrowly`)
      const full = path.join(dir, entry.name)
      const relative = path.relative(request.cwd, full).split(path.sep).join('/')
      // Links to folders are not followed: they could lead anywhere.
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) || named.has(entry.name)) queue.push(full)
      } else if (matches(relative)) {
        files.push(full)
        if (files.length > MAX_JUNIT_FILES) return { files, realWorkspace }
      }
    }
  }
  return { files, realWorkspace }
}

function identity(info: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): Identity {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino }
}

function sameIdentity(a: Identity, b: Identity): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino
}
