/**
 * Runs one gate's process: its own process group, no stdin, a timeout that takes down the whole
 * tree, and output captured with bounded memory while the full text streams to a log file.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, statSync, type Stats, type WriteStream } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import { OutputCapture, type CaptureLimits } from './capture.js'
import type { ProcessOutcome } from './types.js'

export interface ProcessRequest {
  /** Program and arguments; no shell of ours in between (gate-runner.ts makes a `run:` a bash script). */
  argv: readonly string[]
  /**
   * Written to the child's fd 3, which is then closed: for what the child must know but its own
   * children must not find in argv, the environment or a file (the step markers' tokens).
   */
  secretInput?: string
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  /** SIGTERM first; SIGKILL the group if it is still there after this long. */
  killGraceMs: number
  signal?: AbortSignal
  /** Every line printed; text returned replaces the line in the kept excerpt ('' drops it). */
  onLine: (line: string) => string | void
  logPath?: string
  /** The log file stops growing here; the capture keeps going. */
  maxLogBytes?: number
  limits?: CaptureLimits
  /** An open descriptor the command inherits as fd 4 (a marker that survives `env -i`, see leftovers.ts). */
  inheritFd?: number
  /** Runs once the command has exited, before its process group is killed: it finds, stops and names what the gate left running. */
  afterExit?: () => Promise<unknown>
}

/** How long to wait for stdio to close after the process exits: a grandchild may hold it open. */
const STDIO_DRAIN_MS = 1000
/** On cancellation the runner kills everything 10 s after its SIGINT, so gates get less grace then. */
const CANCEL_GRACE_MS = 2000

export async function runProcess(request: ProcessRequest): Promise<ProcessOutcome> {
  const started = Date.now()
  const capture = new OutputCapture(request.onLine, request.limits)
  const log = request.logPath ? createWriteStream(request.logPath) : undefined
  const failedToStart = (message: string): ProcessOutcome => ({
    exitCode: null,
    signal: null,
    timedOut: false,
    cancelled: false,
    spawnError: message,
    durationMs: Date.now() - started,
    output: capture.finish()
  })

  // Synchronous: an awaited stat waits its turn on the thread pool, on every gate's way to starting.
  const directory = statOrUndefined(request.cwd)
  if (!directory?.isDirectory()) {
    await closeLog(log)
    return failedToStart(`working directory ${request.cwd} does not exist`)
  }
  if (request.signal?.aborted) {
    await closeLog(log)
    return { ...failedToStart('cancelled before start'), spawnError: undefined, cancelled: true }
  }

  const [program, ...args] = request.argv
  const child = spawn(program, args, {
    cwd: request.cwd,
    env: request.env,
    detached: true,
    // fd 3 carries the secret input (bash closes it at once); fd 4 is the inherited marker, which every descendant keeps.
    stdio: ['ignore', 'pipe', 'pipe', request.secretInput === undefined ? 'ignore' : 'pipe', ...(request.inheritFd === undefined ? [] : [request.inheritFd])]
  })
  const stdout = child.stdio[1] as Readable
  const stderr = child.stdio[2] as Readable
  if (request.secretInput !== undefined) {
    const channel = child.stdio[3] as Writable
    // A child that exits without reading it (a syntax error) makes this EPIPE; that is its problem, not ours.
    channel.on('error', () => undefined)
    channel.end(request.secretInput)
  }

  let logBytes = 0
  const maxLogBytes = request.maxLogBytes ?? 64 * 1024 * 1024
  const accept = (stream: Readable) => (chunk: Buffer) => {
    capture.push(chunk)
    if (!log || logBytes >= maxLogBytes) return
    const room = maxLogBytes - logBytes
    const piece = chunk.length > room ? chunk.subarray(0, room) : chunk
    logBytes += piece.length
    // Backpressure: a gate printing faster than the disk takes it waits, instead of our memory growing.
    if (!log.write(piece)) {
      stream.pause()
      log.once('drain', () => stream.resume())
    }
  }
  stdout.on('data', accept(stdout))
  stderr.on('data', accept(stderr))

  let timedOut = false
  let cancelled = false
  let killTimer: NodeJS.Timeout | undefined
  const stopGroup = () => {
    signalGroup(child.pid, 'SIGTERM')
    killTimer ??= setTimeout(() => signalGroup(child.pid, 'SIGKILL'), cancelled ? Math.min(request.killGraceMs, CANCEL_GRACE_MS) : request.killGraceMs)
  }
  const timeout = setTimeout(() => {
    timedOut = true
    stopGroup()
  }, request.timeoutMs)
  const onAbort = () => {
    cancelled = true
    stopGroup()
  }
  request.signal?.addEventListener('abort', onAbort, { once: true })

  const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }))
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  clearTimeout(timeout)
  request.signal?.removeEventListener('abort', onAbort)

  await request.afterExit?.().catch(() => undefined)
  // The shell is gone; anything it left behind in its group (daemons, `(sleep 1000 &)`) goes too.
  signalGroup(child.pid, 'SIGKILL')
  if (killTimer) clearTimeout(killTimer)
  await drainOrDestroy([stdout, stderr], STDIO_DRAIN_MS)
  await closeLog(log)

  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT'
    return failedToStart(missing ? `${program} was not found on PATH (go-no-go runs each \`run:\` with it, as GitHub does)` : result.error.message)
  }
  return {
    exitCode: result.code,
    signal: result.signal,
    timedOut,
    cancelled,
    durationMs: Date.now() - started,
    output: capture.finish(request.logPath)
  }
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // ESRCH: the group is already gone.
  }
}

async function drainOrDestroy(streams: Readable[], waitMs: number): Promise<void> {
  const open = streams.filter((stream) => !stream.destroyed && !stream.readableEnded)
  if (open.length === 0) return
  let timer: NodeJS.Timeout | undefined
  await Promise.race([Promise.all(open.map((stream) => new Promise((resolve) => stream.once('close', resolve)))), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))])
  // A timer left pending after the streams closed kept the whole process alive for up to a second after the verdict.
  clearTimeout(timer)
  for (const stream of open) stream.destroy()
}

function closeLog(log: WriteStream | undefined): Promise<void> {
  if (!log) return Promise.resolve()
  return new Promise((resolve) => log.end(() => resolve()))
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}
