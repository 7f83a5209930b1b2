/**
 * Several git commands from one process spawn. Each spawn blocks the action's only thread for a
 * few milliseconds (a big node process forks, then execs), and a full working-tree snapshot asks
 * git four questions: asked from one `/bin/sh` that starts the four gits side by side, the snapshot
 * after the last gate, which every run waits for, costs one spawn instead of four.
 *
 * The shell writes each git's output to files in a directory only this process may use, and node
 * reads them back once every git has ended. Nothing a gate plants there is followed or believed:
 * an unexpected entry, a link, a file not ours, a bad exit-status line and the batch has no answer.
 */
import { spawn } from 'node:child_process'
import { constants } from 'node:fs'
import { lstat, mkdtemp, open, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs git in a directory; resolves with its exit code and output, never rejects for a non-zero exit. */
export type GitRunner = (args: readonly string[], cwd: string) => Promise<GitResult>

/**
 * Runs several git commands in a directory, side by side; resolves with each one's result, in the
 * order asked. Rejects only when the batch as a whole has no trustworthy answer (timed out, its
 * results tampered with).
 */
export type GitBatchRunner = (commands: readonly (readonly string[])[], cwd: string) => Promise<GitResult[]>

/** A batch of one process per command: where there is no `/bin/sh`, and for a runner tests hand in. */
export function batchOf(git: GitRunner): GitBatchRunner {
  return (commands, cwd) => Promise.all(commands.map((args) => git(args, cwd)))
}

export interface ShellBatchOptions {
  /** Arguments before every command's own (the `-c` options that harden git). */
  leadingArgs: readonly string[]
  /** The environment of the shell and of every git it starts. */
  env: () => NodeJS.ProcessEnv
  /** Past this the whole batch, shell and gits, is killed and the batch rejects. */
  timeoutMs: number
  /** An output (stdout or stderr) larger than this is not read: that command failed, as Node's `maxBuffer` would have it. */
  maxOutputBytes: number
  /** Where the private result directory is made; the system's temporary directory by default. */
  tmpdir?: string
}

/** What a git that is not on PATH answers, in the words a single `execFile('git')` would use. */
const GIT_MISSING = 'spawn git ENOENT'
/** The script's own exit status when `command -v git` finds nothing (the script otherwise ends with `wait`'s 0). */
const GIT_MISSING_STATUS = 127
const CODES_FILE = 'codes'

/** A batch through one `/bin/sh` (POSIX only). */
export function createShellGitBatch(options: ShellBatchOptions): GitBatchRunner {
  return async (commands, cwd) => {
    if (commands.length === 0) return []
    const script = batchScript(
      commands.map((args) => [...options.leadingArgs, ...args]),
      options.maxOutputBytes
    )
    const directory = await mkdtemp(path.join(options.tmpdir ?? os.tmpdir(), 'go-no-go-git-'))
    try {
      const ended = await runScript(script, directory, cwd, options)
      if ('spawnError' in ended) return commands.map(() => ({ code: -1, stdout: '', stderr: ended.spawnError }))
      if (ended.code === GIT_MISSING_STATUS) return commands.map(() => ({ code: -1, stdout: '', stderr: GIT_MISSING }))
      if (ended.code !== 0) throw new Error(`the git batch ended with ${ended.signal ?? `exit ${ended.code}`}${ended.stderr ? `: ${ended.stderr}` : ''}`)
      return await readResults(directory, commands.length, options.maxOutputBytes)
    } finally {
      await rm(directory, { recursive: true, force: true }).catch(() => undefined)
    }
  }
}

/** A shell word that means exactly `text`, whatever it holds. */
export function shellQuote(text: string): string {
  if (text.includes('\0')) throw new Error('a git argument holds a NUL byte, which no command line can carry')
  return `'${text.replaceAll("'", "'\\''")}'`
}

/**
 * The script, run as `sh -c SCRIPT sh DIRECTORY`: every git in the background, its output to
 * `DIRECTORY/<n>.out` and `<n>.err`, then every exit status, in order, on one line of `codes`.
 */
export function batchScript(commands: readonly (readonly string[])[], maxOutputBytes: number): string {
  const blocks = Math.ceil(maxOutputBytes / 512) + 1
  return [
    // `>` never opens a name that is already there (a link planted before the shell writes).
    'set -C',
    `command -v git >/dev/null 2>&1 || exit ${GIT_MISSING_STATUS}`,
    // An output past the bound stops its git with a write error (EFBIG; the signal, whose default is a
    // core dump in the checkout, ignored) instead of filling the disk; node then refuses the file by its size.
    "trap '' XFSZ",
    `ulimit -f ${blocks} 2>/dev/null`,
    ...commands.map((args, index) => `git ${args.map(shellQuote).join(' ')} >"$1/${index}.out" 2>"$1/${index}.err" & p${index}=$!`),
    ...commands.map((_, index) => `wait "$p${index}"; c${index}=$?`),
    `echo ${commands.map((_, index) => `"$c${index}"`).join(' ')} >"$1/${CODES_FILE}"`
  ].join('\n')
}

type Ended = { code: number | null; signal: NodeJS.Signals | null; stderr: string } | { spawnError: string }

/** Process groups of batches still running, killed if this process leaves first (a cancelled run exits). */
const running = new Set<number>()
let killOnExit = false

function runScript(script: string, directory: string, cwd: string, options: ShellBatchOptions): Promise<Ended> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout kills the gits with the shell.
    const child = spawn('/bin/sh', ['-c', script, 'go-no-go-git-batch', directory], { cwd, env: options.env(), detached: true, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid)
      // 'close' waits for the pipe, which nothing killed may hold open.
      child.stderr.destroy()
    }, options.timeoutMs)
    if (child.pid !== undefined) {
      running.add(child.pid)
      if (!killOnExit) {
        killOnExit = true
        process.on('exit', () => running.forEach(killGroup))
      }
    }
    const settle = () => {
      clearTimeout(timer)
      if (child.pid !== undefined) running.delete(child.pid)
    }
    child.once('error', (error) => {
      settle()
      resolve({ spawnError: error.message })
    })
    child.once('close', (code, signal) => {
      settle()
      // Whatever the shell left behind in its group goes too: no git outlives its batch.
      killGroup(child.pid)
      if (timedOut) reject(new Error(`git did not finish within ${Math.round(options.timeoutMs / 1000)} s`))
      else resolve({ code, signal, stderr: stderr.trim().split('\n')[0] ?? '' })
    })
  })
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** Every result file, after checking that the directory holds what the shell wrote and nothing else. */
async function readResults(directory: string, count: number, maxOutputBytes: number): Promise<GitResult[]> {
  const info = await lstat(directory)
  const uid = process.getuid?.()
  if (!info.isDirectory() || (info.mode & 0o077) !== 0 || (uid !== undefined && info.uid !== uid)) throw tampered('its directory is not the private one made for it')
  const expected = [CODES_FILE, ...Array.from({ length: count }, (_, index) => [`${index}.out`, `${index}.err`]).flat()].sort()
  const found = (await readdir(directory)).sort()
  if (found.join('/') !== expected.join('/')) throw tampered(`its directory holds ${found.join(', ') || 'nothing'}`)
  const codesText = await readOwnFile(path.join(directory, CODES_FILE), 64 * count)
  const codes = codesText === undefined ? undefined : /^(\d{1,3}(?: \d{1,3})*)\n$/.exec(codesText)?.[1].split(' ').map(Number)
  if (!codes || codes.length !== count) throw tampered('its exit statuses are unreadable')
  return Promise.all(
    codes.map(async (code, index) => {
      const [stdout, stderr] = await Promise.all([
        readOwnFile(path.join(directory, `${index}.out`), maxOutputBytes),
        readOwnFile(path.join(directory, `${index}.err`), maxOutputBytes)
      ])
      if (stdout === undefined || stderr === undefined) {
        const which = stdout === undefined ? 'stdout' : 'stderr'
        return { code: -1, stdout: '', stderr: `git's ${which} is over ${Math.round(maxOutputBytes / 1024 / 1024)} MB (${which} maxBuffer length exceeded)` }
      }
      return { code, stdout, stderr: stderr === '' && code > 128 ? `git ended by signal ${signalName(code - 128)}` : stderr }
    })
  )
}

/**
 * A result file's text, or undefined when it is larger than `maxBytes`. Throws unless it is a
 * regular file of ours with one name: a link is not followed, a FIFO not waited on, and no more
 * than its size when opened is read, however it grows.
 */
async function readOwnFile(file: string, maxBytes: number): Promise<string | undefined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => {
    throw tampered(`${path.basename(file)} cannot be opened as a file`)
  })
  try {
    const info = await handle.stat()
    const uid = process.getuid?.()
    if (!info.isFile() || info.nlink !== 1 || (uid !== undefined && info.uid !== uid)) throw tampered(`${path.basename(file)} is not a file it wrote`)
    if (info.size > maxBytes) return undefined
    if (info.size === 0) return ''
    const buffer = Buffer.alloc(info.size)
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled).toString('utf8')
  } finally {
    await handle.close()
  }
}

function tampered(detail: string): Error {
  return new Error(`the git batch's results cannot be trusted: ${detail}`)
}

function signalName(number: number): string {
  return Object.entries(os.constants.signals).find(([, value]) => value === number)?.[0] ?? `${number}`
}
