/**
 * Run guards that keep gates away from the runner. Throwaway GITHUB_ENV/GITHUB_OUTPUT/… in a
 * gate's environment are not enough: the real files are on disk for anyone to find
 * (`…/_temp/_runner_file_commands/set_env_<id>`, by walking up from the workspace). So each is
 * recorded before the first gate and put back byte for byte after the last gate and everything it
 * left running are gone, before go-no-go writes its own outputs and summary. Any change is a run
 * problem: the run is NO-GO and says which file.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdtempSync, openSync, readlinkSync, readSync, realpathSync, writeSync, type Stats } from 'node:fs'
import { lstat, mkdir, open, readlink, rm, symlink, unlink, type FileHandle } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { contentDigest } from './content-digest.js'
import type { RunGuard } from './engine.js'
import { RUNNER_COMMAND_FILES } from './gates/child-env.js'
import type { IsolationReport } from './gates/isolation.js'
import type { CommandItem } from './checklist/types.js'
import type { RunProblem } from './verdict.js'

interface RunnerFilesOptions {
  /** Files up to this size are kept in memory; larger ones are copied here (default: a new private directory). */
  snapshotParent?: string
  inMemoryLimitBytes?: number
}

export interface IsolationGuards {
  /** For the engine: the runner's files, then the processes gates left running. */
  guards: RunGuard[]
  /** For the gate runner (`onIsolationClosed`): what each gate left running. */
  onIsolationClosed: (item: CommandItem, report: IsolationReport) => void
}

/** Everything the action needs to keep gates away from the runner, in the order the engine should check it. */
export function createIsolationGuards(env: NodeJS.ProcessEnv, options: RunnerFilesOptions = {}): IsolationGuards {
  const leftovers = guardLeftovers()
  return { guards: [guardRunnerFiles(env, options), leftovers.guard], onIsolationClosed: leftovers.record }
}

/** A process a gate left that SIGKILL could not stop may write after the files are restored: the run cannot be trusted. */
export function guardLeftovers(): { guard: RunGuard; record: IsolationGuards['onIsolationClosed'] } {
  const problems: RunProblem[] = []
  return {
    guard: {
      name: 'processes left running',
      before: async () => undefined,
      after: async () => problems
    },
    record: (item, report) => {
      if (report.survivors.length === 0) return
      const named = report.survivors
        .slice(0, 5)
        .map((entry) => `${entry.name} (pid ${entry.pid})`)
        .join(', ')
      problems.push({ code: 'process-left-running', message: `gate ${item.id} left processes running that could not be stopped: ${named}` })
    }
  }
}

/**
 * The command files, and the event payload: gates may read it, but later steps of the job (and
 * other actions) trust what it says about the pull request.
 */
const GUARDED_FILES = [...RUNNER_COMMAND_FILES, 'GITHUB_EVENT_PATH'] as const
type GuardedFile = (typeof GUARDED_FILES)[number]

const DEFAULT_IN_MEMORY_LIMIT_BYTES = 256 * 1024
const CHUNK_BYTES = 64 * 1024
/** A file still changing after this many restores has a writer go-no-go could not stop. */
const RESTORE_ATTEMPTS = 3

type Baseline =
  | { kind: 'missing' }
  | { kind: 'file'; dev: number; ino: number; mode: number; uid: number; gid: number; size: number; hash: string; content?: Buffer; copy?: string }
  | { kind: 'link'; target: string }
  | { kind: 'other'; dev: number; ino: number; type: string }

interface Guarded {
  name: GuardedFile
  /** The path as the runner will open it. */
  path: string
  baseline: Baseline
  /** The directory holding it: a gate could swap that for a link to somewhere else. */
  parent?: { dev: number; ino: number }
}

/**
 * Records GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY and
 * GITHUB_EVENT_PATH (those set in `env`) before the gates and restores each afterwards, whatever a gate appended, truncated,
 * rewrote, deleted or replaced with a link. Memory stays bounded: a large file is compared and
 * copied in chunks, its copy kept on disk and trusted only while its hash matches.
 */
export function guardRunnerFiles(env: NodeJS.ProcessEnv, options: RunnerFilesOptions = {}): RunGuard {
  const inMemoryLimit = options.inMemoryLimitBytes ?? DEFAULT_IN_MEMORY_LIMIT_BYTES
  let guarded: Guarded[] = []
  let snapshotDir: string | undefined
  const copyDir = () => (snapshotDir ??= mkdtempSync(path.join(options.snapshotParent ?? os.tmpdir(), 'go-no-go-runner-files-')))
  // Numbered, not named after the file: two variables may name one file (or a link and the file behind it), each recorded on its own.
  let copies = 0
  const newCopyPath = (file: string) => path.join(copyDir(), `${++copies}-${path.basename(file)}`)

  return {
    name: "the runner's files",
    async before() {
      guarded = GUARDED_FILES.flatMap((name): Guarded[] => {
        const file = env[name]
        if (!file) return []
        const absolute = path.resolve(file)
        const baseline = record(absolute, inMemoryLimit, newCopyPath)
        const entry: Guarded = { name, path: absolute, baseline, parent: identity(path.dirname(absolute)) }
        // The runner writes through the link: the file it points at is guarded too.
        const real = baseline.kind === 'link' ? realOrUndefined(absolute) : undefined
        if (!real) return [entry]
        return [entry, { name, path: real, baseline: record(real, inMemoryLimit, newCopyPath), parent: identity(path.dirname(real)) }]
      })
    },
    async after() {
      const problems: RunProblem[] = []
      // A file that cannot even be read is as untrustworthy as a changed one, and must not crash the run.
      const changes = await Promise.all(
        guarded.map((entry) => describeChange(entry).catch((error: unknown) => `could not be checked: ${error instanceof Error ? error.message : String(error)}`))
      )
      // Put back one at a time: a link and the file it points at may both need it.
      for (const [index, entry] of guarded.entries()) {
        const change = changes[index]
        if (!change) continue
        const failure = await restore(entry)
        problems.push({
          code: 'runner-file-changed',
          message: `a gate wrote to the runner's ${entry.name === 'GITHUB_EVENT_PATH' ? 'event payload' : 'environment file'} ${entry.name} (${change}); ${failure ? `it could not be put back: ${failure}` : 'it was put back as it was before the gates ran'}`
        })
      }
      if (snapshotDir) await rm(snapshotDir, { recursive: true, force: true }).catch(() => undefined)
      return problems
    }
  }
}

function identity(file: string): { dev: number; ino: number } | undefined {
  try {
    const info = lstatSync(file)
    return { dev: info.dev, ino: info.ino }
  } catch {
    return undefined
  }
}

function realOrUndefined(file: string): string | undefined {
  try {
    return realpathSync.native(file)
  } catch {
    return undefined
  }
}

/**
 * The file as it is before the first gate. With synchronous calls: the command files are few and
 * nearly always small, and each awaited step waited for the checklist's loading and the first
 * working-tree snapshot to pause. A large one is copied to disk in chunks, so memory stays bounded.
 */
function record(file: string, inMemoryLimit: number, newCopyPath: (file: string) => string): Baseline {
  let info: Stats
  try {
    info = lstatSync(file)
  } catch {
    return { kind: 'missing' }
  }
  if (info.isSymbolicLink()) return { kind: 'link', target: readlinkSync(file) }
  // A FIFO or device is never opened: reading one could block the run forever.
  if (!info.isFile()) return { kind: 'other', dev: info.dev, ino: info.ino, type: typeOf(info) }
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    const stat = fstatSync(fd)
    const hash = contentDigest()
    const chunks: Buffer[] = []
    const copyPath = stat.size <= inMemoryLimit ? undefined : newCopyPath(file)
    const copy = copyPath === undefined ? undefined : openSync(copyPath, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600)
    let size = 0
    try {
      const buffer = Buffer.alloc(CHUNK_BYTES)
      for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null)) {
        const chunk = buffer.subarray(0, read)
        hash.update(chunk)
        size += read
        if (copy === undefined) chunks.push(Buffer.from(chunk))
        else for (let written = 0; written < read;) written += writeSync(copy, chunk, written)
      }
    } finally {
      if (copy !== undefined) closeSync(copy)
    }
    return {
      kind: 'file',
      dev: stat.dev,
      ino: stat.ino,
      mode: stat.mode & 0o7777,
      uid: stat.uid,
      gid: stat.gid,
      size,
      hash: hash.digest(),
      ...(copyPath === undefined ? { content: Buffer.concat(chunks) } : { copy: copyPath })
    }
  } finally {
    closeSync(fd)
  }
}

async function* readChunks(handle: FileHandle): AsyncGenerator<Buffer> {
  const buffer = Buffer.alloc(CHUNK_BYTES)
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) return
    yield buffer.subarray(0, bytesRead)
  }
}

/** What a gate did to the file, in words, or undefined when it is exactly as recorded. */
async function describeChange(entry: Guarded): Promise<string | undefined> {
  const parent = identity(path.dirname(entry.path))
  if (entry.parent && (!parent || parent.dev !== entry.parent.dev || parent.ino !== entry.parent.ino)) return 'replaced the directory that holds it'
  const baseline = entry.baseline
  const info = await lstat(entry.path).catch(() => undefined)
  switch (baseline.kind) {
    case 'missing':
      return info ? `created it as ${typeOf(info)}` : undefined
    case 'link':
      if (!info) return 'deleted it'
      if (!info.isSymbolicLink()) return `replaced it with ${typeOf(info)}`
      return (await readlink(entry.path).catch(() => '')) === baseline.target ? undefined : 'pointed the link somewhere else'
    case 'other':
      if (!info) return 'deleted it'
      return info.dev === baseline.dev && info.ino === baseline.ino ? undefined : `replaced it with ${typeOf(info)}`
    case 'file': {
      if (!info) return 'deleted it'
      if (!info.isFile()) return `replaced it with ${typeOf(info)}`
      if (info.dev !== baseline.dev || info.ino !== baseline.ino) return 'replaced it with another file'
      if (info.size < baseline.size) return `cut it from ${baseline.size} to ${info.size} bytes`
      // Only as many bytes as were recorded are read: a gate that appended gigabytes costs no more.
      const now = await measure(entry.path, baseline.size)
      if (!now) return 'replaced it while it was being checked'
      if (now.hash !== baseline.hash) return 'rewrote it'
      if (info.size > baseline.size || !now.complete) return `appended ${Math.max(info.size, now.size) - baseline.size} bytes`
      return undefined
    }
  }
}

/**
 * The hash of the file's first `limit` bytes (all of it when undefined), read in chunks without
 * following a link; `complete` says whether the file ended there.
 */
async function measure(file: string, limit?: number): Promise<{ size: number; hash: string; complete: boolean } | undefined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined)
  if (!handle) return undefined
  try {
    const hash = contentDigest()
    let size = 0
    for await (const chunk of readChunks(handle)) {
      const room = limit === undefined ? chunk.length : limit - size
      hash.update(chunk.subarray(0, Math.min(chunk.length, room)))
      size += chunk.length
      if (limit !== undefined && size > limit) return { size, hash: hash.digest(), complete: false }
    }
    return { size, hash: hash.digest(), complete: true }
  } finally {
    await handle.close()
  }
}

/**
 * Puts the file back, then checks it; a writer still at work gets a few more tries before the
 * restore is declared failed. Returns why it failed, or undefined once the file is as recorded.
 */
async function restore(entry: Guarded): Promise<string | undefined> {
  let failure = 'it kept changing'
  for (let attempt = 0; attempt < RESTORE_ATTEMPTS; attempt++) {
    try {
      await putBack(entry)
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
      continue
    }
    const verified = await verify(entry)
    if (verified === true) return undefined
    failure = verified
  }
  return failure
}

async function putBack(entry: Guarded): Promise<void> {
  const baseline = entry.baseline
  await ensureParent(entry)
  const info = await lstat(entry.path).catch(() => undefined)
  switch (baseline.kind) {
    case 'missing':
      if (info) await removeAnything(entry.path, info)
      return
    case 'link':
      if (info) await removeAnything(entry.path, info)
      await symlink(baseline.target, entry.path)
      return
    case 'other':
      throw new Error(`it was ${baseline.type}, which go-no-go does not copy`)
    case 'file': {
      // Without a trustworthy copy the file is left empty: whatever a gate wrote must not reach the runner.
      let unusable: unknown
      const content = await baselineContent(baseline).catch((error: unknown) => {
        unusable = error
        return Buffer.alloc(0)
      })
      // Written in place only into the very same file: a hard link put there by a gate would carry our write elsewhere.
      const sameFile = info?.isFile() && info.dev === baseline.dev && info.ino === baseline.ino
      if (info && !sameFile) await removeAnything(entry.path, info)
      const handle = sameFile
        ? await open(entry.path, constants.O_WRONLY | constants.O_NOFOLLOW)
        : await open(entry.path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, baseline.mode)
      try {
        await handle.truncate(0)
        await writeAll(handle, content)
        await handle.chmod(baseline.mode)
        if (process.getuid?.() === 0) await handle.chown(baseline.uid, baseline.gid).catch(() => undefined)
      } finally {
        await handle.close()
      }
      if (unusable) throw unusable
      return
    }
  }
}

/** The directory may be gone or swapped for a link; the runner will look for the file at this path. */
async function ensureParent(entry: Guarded): Promise<void> {
  const parent = path.dirname(entry.path)
  const info = await lstat(parent).catch(() => undefined)
  if (info && !info.isDirectory()) await unlink(parent)
  if (!info || !info.isDirectory()) await mkdir(parent, { recursive: true, mode: 0o755 })
}

async function removeAnything(file: string, info: { isDirectory(): boolean }): Promise<void> {
  if (info.isDirectory()) await rm(file, { recursive: true, force: true })
  else await unlink(file)
}

/** The recorded content: from memory, or from the copy on disk once its hash shows nobody changed it. */
async function baselineContent(baseline: Extract<Baseline, { kind: 'file' }>): Promise<Buffer | string> {
  if (baseline.content) return baseline.content
  const copy = baseline.copy ?? ''
  const measured = await measure(copy)
  if (!measured || measured.hash !== baseline.hash) throw new Error('the copy go-no-go kept of it was changed as well')
  return copy
}

/** Writes a buffer, or streams the copy at `source` in chunks. */
async function writeAll(target: FileHandle, content: Buffer | string): Promise<void> {
  if (Buffer.isBuffer(content)) {
    await target.write(content, 0, content.length, 0)
    return
  }
  const source = await open(content, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    let position = 0
    for await (const chunk of readChunks(source)) {
      await target.write(chunk, 0, chunk.length, position)
      position += chunk.length
    }
  } finally {
    await source.close()
  }
}

async function verify(entry: Guarded): Promise<true | string> {
  const baseline = entry.baseline
  const info = await lstat(entry.path).catch(() => undefined)
  switch (baseline.kind) {
    case 'missing':
      return info ? 'something recreated it' : true
    case 'link':
      return info?.isSymbolicLink() && (await readlink(entry.path).catch(() => '')) === baseline.target ? true : 'the link changed again'
    case 'other':
      return 'not restorable'
    case 'file': {
      if (!info?.isFile()) return 'it was replaced again'
      const now = await measure(entry.path)
      return now && now.size === baseline.size && now.hash === baseline.hash ? true : 'something kept writing to it'
    }
  }
}

function typeOf(info: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean; isFIFO(): boolean }): string {
  if (info.isSymbolicLink()) return 'a symbolic link'
  if (info.isDirectory()) return 'a directory'
  if (info.isFIFO()) return 'a named pipe'
  if (info.isFile()) return 'a file'
  return 'a special file'
}
