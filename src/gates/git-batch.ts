/**
 * Several git commands from one process spawn. Each spawn blocks the action's only thread for a
 * few milliseconds (a big node process forks, then execs), and a full working-tree snapshot asks
 * git four questions: asked from one `/bin/sh` that starts the four gits side by side, the snapshot
 * after the last gate, which every run waits for, costs one spawn instead of four.
 *
 * Each git's output goes to files in a fresh directory only this user may enter, made empty by node
 * before the shell starts and read back through node's own handles once every git has ended; the
 * exit statuses come back on the shell's standard output. Snapshots are taken while no gate runs,
 * but should anything still be about: a file swapped, linked or added there while git ran, and the
 * batch has no answer (the snapshot is unreadable), rather than one read from somewhere else.
 *
 * The files are made, checked and read with synchronous calls: a few dozen small system calls, where
 * each awaited step of the first snapshot waited for the checklist's loading to pause.
 */
import { spawn } from 'node:child_process'
import { closeSync, constants, fstatSync, lstatSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readAtMostSync } from '../read-bytes.js'

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
  /** The git to run: `git` (looked up on PATH each time) or a path found before the gates. */
  program?: string
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
  /** Asked instead when no private directory can be made there (a read-only or full temporary directory). */
  fallback: GitBatchRunner
}

/** What a git that is not there answers, in the words a single `execFile` of it would use. */
const gitMissing = (program: string) => `spawn ${program} ENOENT`
/** The script's own exit status when `command -v git` finds nothing (the script otherwise ends with `echo`'s 0). */
const GIT_MISSING_STATUS = 127

/** A batch through one `/bin/sh` (POSIX only). */
export function createShellGitBatch(options: ShellBatchOptions): GitBatchRunner {
  return async (commands, cwd) => {
    if (commands.length === 0) return []
    const program = options.program ?? 'git'
    const script = batchScript(
      commands.map((args) => [...options.leadingArgs, ...args]),
      options.maxOutputBytes,
      program
    )
    // Without a place for the outputs the snapshot is still taken, one process per command, rather than not at all.
    const directory = makePrivateDirectory(options.tmpdir ?? os.tmpdir())
    if (directory === undefined) return options.fallback(commands, cwd)
    const outputs: Output[] = []
    try {
      // Made here, before the shell starts, and only where nothing is: nothing planted earlier is written to or read.
      for (const index of commands.keys()) for (const name of [`${index}.out`, `${index}.err`]) outputs.push(createOutput(path.join(directory, name)))
      const ended = await runScript(script, directory, cwd, options)
      if ('spawnError' in ended) return commands.map(() => ({ code: -1, stdout: '', stderr: ended.spawnError }))
      if (ended.code === GIT_MISSING_STATUS) return commands.map(() => ({ code: -1, stdout: '', stderr: gitMissing(program) }))
      if (ended.code !== 0) throw new Error(`the git batch ended with ${ended.signal ?? `exit ${ended.code}`}${ended.stderr ? `: ${ended.stderr}` : ''}`)
      const codes = /^(\d{1,3}(?: \d{1,3})*)\n$/.exec(ended.stdout)?.[1].split(' ').map(Number)
      if (!codes || codes.length !== commands.length) throw tampered('its exit statuses are unreadable')
      checkDirectory(directory, outputs)
      return codes.map((code, index) => {
        const [stdout, stderr] = [readOutput(outputs[2 * index], options.maxOutputBytes), readOutput(outputs[2 * index + 1], options.maxOutputBytes)]
        if (stdout === undefined || stderr === undefined) {
          const which = stdout === undefined ? 'stdout' : 'stderr'
          return { code: -1, stdout: '', stderr: `git's ${which} is over ${Math.round(options.maxOutputBytes / 1024 / 1024)} MB (${which} maxBuffer length exceeded)` }
        }
        return { code, stdout, stderr: stderr === '' && code > 128 ? `git ended by signal ${signalName(code - 128)}` : stderr }
      })
    } finally {
      for (const output of outputs) closeSync(output.fd)
      removeDirectory(directory)
    }
  }
}

/** A shell word that means exactly `text`, whatever it holds. */
export function shellQuote(text: string): string {
  if (text.includes('\0')) throw new Error('a git argument holds a NUL byte, which no command line can carry')
  return `'${text.replaceAll("'", "'\\''")}'`
}

/**
 * The script, run as `sh -c SCRIPT sh DIRECTORY`: every git in the background, its output appended
 * to `DIRECTORY/<n>.out` and `<n>.err` (made empty beforehand), then every exit status, in order, on
 * one line of its standard output.
 */
export function batchScript(commands: readonly (readonly string[])[], maxOutputBytes: number, program = 'git'): string {
  const blocks = Math.ceil(maxOutputBytes / 512) + 1
  const git = shellQuote(program)
  return [
    `command -v ${git} >/dev/null 2>&1 || exit ${GIT_MISSING_STATUS}`,
    // An output past the bound stops its git with a write error (EFBIG; the signal, whose default is a
    // core dump in the checkout, ignored) instead of filling the disk; node then refuses the file by its size.
    "trap '' XFSZ",
    `ulimit -f ${blocks} 2>/dev/null`,
    // Appended, not truncated: whatever a name leads to by the time git opens it, nothing is cut short.
    ...commands.map((args, index) => `${git} ${args.map(shellQuote).join(' ')} >>"$1/${index}.out" 2>>"$1/${index}.err" </dev/null & p${index}=$!`),
    ...commands.map((_, index) => `wait "$p${index}"; c${index}=$?`),
    `echo ${commands.map((_, index) => `"$c${index}"`).join(' ')}`
  ].join('\n')
}

interface Output {
  fd: number
  name: string
  dev: number
  ino: number
}

function makePrivateDirectory(parent: string): string | undefined {
  try {
    return mkdtempSync(path.join(parent, 'go-no-go-git-'))
  } catch {
    return undefined
  }
}

function createOutput(file: string): Output {
  const fd = openSync(file, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600)
  const { dev, ino } = fstatSync(fd)
  return { fd, name: path.basename(file), dev, ino }
}

/**
 * The directory holds the files made for the batch and nothing else, each under its own name: one
 * swapped for another file, a link or a FIFO while git ran means its output may be elsewhere.
 */
function checkDirectory(directory: string, outputs: readonly Output[]): void {
  const found = readdirSync(directory).sort()
  const expected = outputs.map((output) => output.name).sort()
  if (found.join('/') !== expected.join('/')) throw tampered(`its directory holds ${found.join(', ') || 'nothing'}`)
  outputs.forEach((output) => {
    const info = lstatSync(path.join(directory, output.name))
    if (!info.isFile() || info.dev !== output.dev || info.ino !== output.ino || info.nlink !== 1) throw tampered(`${output.name} is not the file made for it`)
  })
}

/** Left behind, it holds only git's own output, in a directory no one else may enter: not worth failing the snapshot for. */
function removeDirectory(directory: string): void {
  try {
    rmSync(directory, { recursive: true, force: true })
  } catch {
    // Kept.
  }
}

/** An output's text, or undefined when it is larger than `maxBytes`; no more than its size now is read, however it grows. */
function readOutput(output: Output, maxBytes: number): string | undefined {
  const { size } = fstatSync(output.fd)
  if (size > maxBytes) return undefined
  return readAtMostSync(output.fd, size).toString('utf8')
}

type Ended = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } | { spawnError: string }

/** Process groups of batches still running, killed if this process leaves first (a cancelled run exits). */
const running = new Set<number>()
let killOnExit = false

function runScript(script: string, directory: string, cwd: string, options: ShellBatchOptions): Promise<Ended> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout kills the gits with the shell.
    const child = spawn('/bin/sh', ['-c', script, 'go-no-go-git-batch', directory], { cwd, env: options.env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    // The shell's own words are short (the status line, an error of its own); more is not kept.
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      if (stdout.length < 4096) stdout += chunk
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid)
      // 'close' waits for the pipes, which nothing killed may hold open.
      child.stdout.destroy()
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
      else resolve({ code, signal, stdout, stderr: stderr.trim().split('\n')[0] ?? '' })
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

function tampered(detail: string): Error {
  return new Error(`the git batch's results cannot be trusted: ${detail}`)
}

function signalName(number: number): string {
  return Object.entries(os.constants.signals).find(([, value]) => value === number)?.[0] ?? `${number}`
}
