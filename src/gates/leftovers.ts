/**
 * Finding and stopping what a gate left running. Killing the gate's process group is not enough:
 * `setsid -f`, a double fork or `nohup … &` in a subshell all leave the group, and such a daemon
 * could write to the runner's files after go-no-go restored them. Like the runner's own
 * RUNNER_TRACKING_ID, every gate process carries a tracking value; it also inherits a marker
 * descriptor, which survives a re-exec with a cleared environment (`env -i`). A process counts as
 * the gate's only on that evidence, or when its parent is one of the gate's: nothing else is
 * ever signalled.
 *
 * Linux only: it reads /proc. Elsewhere nothing is found and the process group kill remains.
 */
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs'

interface TrackingMarks {
  /** `NAME=value` in /proc/<pid>/environ. */
  variable: string
  value: string
  /** The inode of a file only the gate's processes hold open (unlinked, so nobody can open it by name). */
  marker?: { dev: number; ino: number }
}

interface LeftoverProcess {
  pid: number
  /** The kernel's short command name (/proc/<pid>/comm): gate-controlled text. */
  name: string
}

export interface LeftoverReport {
  stopped: LeftoverProcess[]
  /** Processes of the gate still alive after SIGKILL (another user's, or stuck in the kernel). */
  survivors: LeftoverProcess[]
}

interface StopOptions {
  procRoot?: string
  /** How long to wait for killed processes to disappear. */
  waitMs?: number
  /** Never signalled whatever they carry: this process and its ancestors. */
  exclude?: readonly number[]
}

/** Freezing rounds before giving up on a process that forks faster than it can be stopped. */
const MAX_FREEZE_ROUNDS = 64
const POLL_MS = 10
const DEFAULT_WAIT_MS = 3_000

interface ProcEntry {
  pid: number
  ppid: number
  state: string
  /** Clock ticks after boot: with the pid, it names one process even if the pid is reused. */
  startTime: string
  name: string
}

/**
 * Stops every live process that carries the gate's marks, and every descendant of one. They are
 * frozen with SIGSTOP first (a stopped process cannot fork) until a scan finds nothing new, then
 * killed together with SIGKILL, then waited for.
 */
export async function stopLeftovers(marks: TrackingMarks, options: StopOptions = {}): Promise<LeftoverReport> {
  const procRoot = options.procRoot ?? '/proc'
  const exclude = new Set([0, 1, process.pid, ...(options.exclude ?? [])])
  const frozen = new Map<number, ProcEntry>()
  for (let round = 0; round < MAX_FREEZE_ROUNDS; round++) {
    const fresh = findGateProcesses(procRoot, marks, exclude, frozen).filter((entry) => !frozen.has(entry.pid))
    if (fresh.length === 0) break
    for (const entry of fresh) {
      if (signalIfSame(procRoot, entry, 'SIGSTOP')) frozen.set(entry.pid, entry)
      else if (readEntry(procRoot, entry.pid)?.startTime === entry.startTime) frozen.set(entry.pid, entry)
    }
  }
  // Nothing found and no time passed since: another scan would only cost as much again.
  if (frozen.size === 0) return { stopped: [], survivors: [] }
  for (const entry of frozen.values()) signalIfSame(procRoot, entry, 'SIGKILL')
  await waitUntilGone(procRoot, [...frozen.values()], options.waitMs ?? DEFAULT_WAIT_MS)
  const alive = (entry: ProcEntry) => isAlive(readEntry(procRoot, entry.pid), entry)
  const remaining = [...frozen.values()].filter(alive)
  // Anything new now escaped the freeze (a fork bomb faster than the rounds): it is not stopped either.
  const late = findGateProcesses(procRoot, marks, exclude, new Map()).filter((entry) => !frozen.has(entry.pid))
  const survivors = [...remaining, ...late].map(describe)
  const stopped = [...frozen.values()].filter((entry) => !remaining.includes(entry)).map(describe)
  return { stopped, survivors }
}

/** "killed 2 processes left running: sleep (pid 41), sh (pid 40)" and the like, for the gate's result. */
export function describeLeftovers(report: LeftoverReport): string[] {
  const notes: string[] = []
  if (report.stopped.length > 0) notes.push(`killed ${countProcesses(report.stopped.length)} left running: ${nameProcesses(report.stopped)}`)
  if (report.survivors.length > 0) notes.push(`could not stop ${countProcesses(report.survivors.length)} left running: ${nameProcesses(report.survivors)}`)
  return notes
}

function countProcesses(count: number): string {
  return count === 1 ? '1 process' : `${count} processes`
}

function nameProcesses(processes: LeftoverProcess[]): string {
  const shown = processes.slice(0, 5).map((entry) => `${entry.name} (pid ${entry.pid})`)
  return `${shown.join(', ')}${processes.length > 5 ? `, and ${processes.length - 5} more` : ''}`
}

function describe(entry: ProcEntry): LeftoverProcess {
  return { pid: entry.pid, name: entry.name }
}

/** One pass over /proc: the processes with a mark, then their descendants (by parent pid). */
function findGateProcesses(procRoot: string, marks: TrackingMarks, exclude: ReadonlySet<number>, known: ReadonlyMap<number, ProcEntry>): ProcEntry[] {
  const entries = readProcessTable(procRoot)
  const byPid = new Map(entries.map((entry) => [entry.pid, entry]))
  // A gate's processes all started after go-no-go did. Reading the environment and descriptors of
  // every older process (the runner's, the desktop's) was most of each gate's cost on a busy machine.
  const since = byPid.get(process.pid)?.startTime
  const older = (entry: ProcEntry) => since !== undefined && Number(entry.startTime) < Number(since)
  const found = new Map<number, ProcEntry>()
  for (const entry of entries) {
    if (exclude.has(entry.pid) || entry.state === 'Z' || entry.state === 'X' || older(entry)) continue
    if (carriesVariable(procRoot, entry.pid, marks) || holdsMarker(procRoot, entry.pid, marks)) found.set(entry.pid, entry)
  }
  // A child of one of the gate's processes was started by it; this catches `env -i` children of a live parent.
  const isGate = (pid: number) => found.has(pid) || isAlive(byPid.get(pid), known.get(pid))
  let grew = true
  while (grew) {
    grew = false
    for (const entry of entries) {
      if (found.has(entry.pid) || exclude.has(entry.pid) || entry.state === 'Z' || entry.state === 'X') continue
      if (isGate(entry.ppid)) {
        found.set(entry.pid, entry)
        grew = true
      }
    }
  }
  return [...found.values()]
}

function readProcessTable(procRoot: string): ProcEntry[] {
  let names: string[]
  try {
    names = readdirSync(procRoot)
  } catch {
    return []
  }
  const entries: ProcEntry[] = []
  for (const name of names) {
    if (!/^[0-9]+$/.test(name)) continue
    const entry = readEntry(procRoot, Number(name))
    if (entry) entries.push(entry)
  }
  return entries
}

/** Parses /proc/<pid>/stat. The name is in parentheses and may itself contain ") ", so the last one ends it. */
function readEntry(procRoot: string, pid: number): ProcEntry | undefined {
  let text: string
  try {
    text = readFileSync(`${procRoot}/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  const open = text.indexOf('(')
  const close = text.lastIndexOf(')')
  if (open === -1 || close < open) return undefined
  const fields = text.slice(close + 2).split(' ')
  // After the name: state (field 3), ppid (4), …, starttime (22).
  if (fields.length < 20) return undefined
  return { pid, name: text.slice(open + 1, close), state: fields[0], ppid: Number(fields[1]), startTime: fields[19] }
}

function isAlive(current: ProcEntry | undefined, original: ProcEntry | undefined): boolean {
  return current !== undefined && original !== undefined && current.startTime === original.startTime && current.state !== 'Z' && current.state !== 'X'
}

function carriesVariable(procRoot: string, pid: number, marks: TrackingMarks): boolean {
  let environ: Buffer
  try {
    environ = readFileSync(`${procRoot}/${pid}/environ`)
  } catch {
    return false
  }
  const needle = Buffer.from(`${marks.variable}=${marks.value}`)
  for (let at = environ.indexOf(needle); at !== -1; at = environ.indexOf(needle, at + 1)) {
    const starts = at === 0 || environ[at - 1] === 0
    const ends = at + needle.length === environ.length || environ[at + needle.length] === 0
    if (starts && ends) return true
  }
  return false
}

function holdsMarker(procRoot: string, pid: number, marks: TrackingMarks): boolean {
  const marker = marks.marker
  if (!marker) return false
  let fds: string[]
  try {
    fds = readdirSync(`${procRoot}/${pid}/fd`)
  } catch {
    return false
  }
  for (const fd of fds) {
    const link = `${procRoot}/${pid}/fd/${fd}`
    try {
      // The marker is an unlinked file; sockets, pipes and devices are passed over without a stat.
      if (!readlinkSync(link).endsWith(' (deleted)')) continue
      const info = statSync(link)
      if (info.dev === marker.dev && info.ino === marker.ino) return true
    } catch {
      // The descriptor was closed meanwhile, or the process is gone.
    }
  }
  return false
}

/** Signals `entry` only if its pid still names the same process (pids are reused). */
function signalIfSame(procRoot: string, entry: ProcEntry, signal: NodeJS.Signals): boolean {
  if (readEntry(procRoot, entry.pid)?.startTime !== entry.startTime) return false
  try {
    process.kill(entry.pid, signal)
    return true
  } catch {
    return false
  }
}

async function waitUntilGone(procRoot: string, entries: ProcEntry[], waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs
  let waiting = entries
  while (waiting.length > 0 && Date.now() < deadline) {
    waiting = waiting.filter((entry) => isAlive(readEntry(procRoot, entry.pid), entry))
    if (waiting.length > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
