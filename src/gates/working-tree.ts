/**
 * Whether the gates left the code as they found it. A check must not change the code it checks
 * (`cargo fmt` instead of `cargo fmt --check` "passes" by fixing the tree), so the state of the git
 * working tree is recorded before the first gate, after each gate, and after the last one.
 *
 * The state is what `git status` lists (tracked and untracked files, ignored ones excluded) with a
 * hash of each listed file's content (a file that was already modified can be modified again),
 * plus HEAD and the index flags that would hide a change from `git status`. Snapshots between
 * gates only serve to name the gates that were running when a file changed.
 */
import { contentDigest } from '../content-digest.js'
import { readAtMostSync } from '../read-bytes.js'
import { closeSync, constants, createReadStream, fstatSync, lstatSync, openSync, readlinkSync, type Stats } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { batchOf, type GitBatchRunner, type GitRunner } from './git-batch.js'

export type { GitBatchRunner, GitResult, GitRunner } from './git-batch.js'

/** How snapshots run git: one command at a time, and several at once (a full snapshot's four questions). */
export interface GitAccess {
  run: GitRunner
  batch: GitBatchRunner
}

/** A runner alone (what tests hand in) runs a batch as one process per command. */
function accessOf(git: GitRunner | GitAccess): GitAccess {
  return typeof git === 'function' ? { run: git, batch: batchOf(git) } : git
}

interface TreeState {
  /** The repository's top directory: the paths below are relative to it. */
  root: string
  /** Where git keeps the repository's data; only in full snapshots. */
  gitDir?: string
  head: string
  /** Path (from the repository root) → what git says about it and what the file holds. */
  entries: Map<string, string>
  /** Index entries marked assume-unchanged or skip-worktree, which `git status` does not look at; only in full snapshots. */
  hidden?: Set<string>
  /** The ignore rules outside the tree (`.git/info/exclude`, the user-wide file `core.excludesFile` names or git's default one), which could hide new files; only in full snapshots. */
  ignoreRules?: string
  /** The repository's git configuration and hooks, which a gate could use to run code in a later git command or change what it sees; only in full snapshots. */
  gitSetup?: string
}

interface TreeChange {
  path: string
  change: 'modified' | 'added' | 'deleted'
}

/** Where the repository keeps what a full snapshot looks at besides the tree: its own ignore rules, configuration and hooks. */
const GIT_PATHS = ['info/exclude', 'config', 'hooks'] as const

/** Files beyond this size, and files beyond this many in one snapshot, are compared by size and modification time only. */
const MAX_HASHED_FILE_BYTES = 16 * 1024 * 1024
const MAX_HASHED_FILES = 2_000
/**
 * The repository's own setup files (config, hooks, ignore rules) are compared by their bytes up to
 * this size, hashed past it: they are few and small, and every snapshot reads them, so a plain run
 * needs no `node:crypto` for them. Files `git status` lists are always hashed: they can be thousands.
 */
const KEPT_SETUP_BYTES = 64 * 1024

/** The directory is not in a git repository (or git cannot run): nothing can be watched. */
export class NotAGitCheckout extends Error {}

/** A snapshot between gates failed: a change made then and undone by a later gate went unseen. */
export class UnreadableBetweenGates extends Error {
  constructor(
    /** The gates that had just finished. */
    readonly after: readonly string[],
    readonly reason: string
  ) {
    super(`the working tree could not be read after ${after.join(', ')}: ${reason}`)
  }
}

/**
 * The working tree's state. A full snapshot is asked from any directory of the checkout and finds
 * the root itself; it also reads the index flags, ignore rules and git setup (slower on large
 * repositories). A quick one is asked from the root.
 */
export async function readTreeState(git: GitRunner | GitAccess, directory: string, full: boolean, env: NodeJS.ProcessEnv = process.env): Promise<TreeState> {
  const { run, batch } = accessOf(git)
  if (!full) {
    // A quick snapshot is one git process: the v2 format's header names HEAD too (a commit made by one
    // gate and undone by a later one leaves the end as it began, and the gates between checked it).
    const status = await run(['status', '--porcelain=v2', '-z', '--branch', '--no-ahead-behind', '--untracked-files=all', '--ignore-submodules=none'], directory)
    if (status.code !== 0) throw new Error(`git status failed: ${firstLine(status.stderr) ?? `exit ${status.code}`}`)
    const { head, entries } = parseStatusV2(status.stdout)
    return { root: directory, head, entries: await describeEntries(directory, entries) }
  }
  // Every git question at once, and as few as can be asked: one after another they were most of a
  // short run's time. One rev-parse answers the root, HEAD and the git paths.
  const answered = await batch(
    [
      ['rev-parse', '--show-toplevel', '--absolute-git-dir', ...GIT_PATHS.flatMap((name) => ['--git-path', name]), '--verify', '-q', 'HEAD'],
      ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=none'],
      // `:/` and --full-name: every index entry of the repository, named from its root, whichever directory asks.
      ['ls-files', '-v', '-z', '--full-name', '--', ':/'],
      ['config', '--get', 'core.excludesFile']
    ],
    directory
  )
  if (answered.length !== 4) throw new Error(`git answered ${answered.length} of 4 questions`)
  const [revParse, status, files, excludesFile] = answered
  const answers = revParse.stdout.split('\n')
  const root = answers[0].trim()
  if (root === '') throw new NotAGitCheckout(cut(firstLine(revParse.stderr) ?? `git exited ${revParse.code}`))
  if (status.code !== 0) throw new Error(`git status failed: ${firstLine(status.stderr) ?? `exit ${status.code}`}`)
  const entries = await describeEntries(root, parseStatus(status.stdout))
  const gitDir = answers[1]?.trim() ?? ''
  const paths = answers.slice(2, 2 + GIT_PATHS.length)
  // `--verify -q` prints nothing and exits 1 when HEAD names no commit (a repository before its first).
  const headLine = answers[2 + GIT_PATHS.length]?.trim() ?? ''
  const state: TreeState = { root, head: revParse.code === 0 && /^[0-9a-f]{40,64}$/.test(headLine) ? headLine : '(no commit)', entries }
  if (files.code !== 0) throw new Error(`git ls-files failed: ${firstLine(files.stderr) ?? `exit ${files.code}`}`)
  if (gitDir === '' || paths.length !== GIT_PATHS.length || paths.some((line) => line.trim() === ''))
    throw new Error(`git rev-parse failed: ${firstLine(revParse.stderr) ?? `exit ${revParse.code}`}`)
  state.gitDir = gitDir
  // Relative to the directory asked from.
  const [exclude, config, hooks] = paths.map((line) => path.resolve(directory, line.trim()))
  // `h path` (lower case: assume-unchanged) or `S path` (skip-worktree).
  state.hidden = new Set(files.stdout.split('\0').filter((entry) => /^(?:[a-z]|S) /.test(entry)))
  const globalExcludes = globalExcludesFile(excludesFile.stdout.trim(), root, env)
  const [excludeState, globalState, configState, hooksState] = await Promise.all([
    describeSetupFile(exclude),
    globalExcludes ? describeSetupFile(globalExcludes) : 'none',
    describeSetupFile(config),
    describeDirectory(hooks)
  ])
  state.ignoreRules = `${excludeState} | core.excludesFile=${excludesFile.stdout.trim()} | ${globalState}`
  state.gitSetup = `config ${configState} | hooks ${hooksState}`
  return state
}

/** Each path `git status` lists, with what it says about it and what the file holds. */
async function describeEntries(root: string, listed: Array<{ code: string; file: string }>): Promise<Map<string, string>> {
  const entries = new Map<string, string>()
  let hashed = 0
  for (const { code, file } of listed) entries.set(file, `${code} ${await describeFile(path.join(root, file), hashed++ < MAX_HASHED_FILES ? 0 : undefined)}`)
  return entries
}

/**
 * The file git reads ignore patterns from besides the repository's own: `core.excludesFile`
 * (`~/` is the home directory, a relative path the work tree's), else `$XDG_CONFIG_HOME/git/ignore`
 * or `~/.config/git/ignore`. A gate that adds a pattern there hides the files it writes next.
 */
function globalExcludesFile(setting: string, root: string, env: NodeJS.ProcessEnv): string | undefined {
  const home = env.HOME
  if (setting !== '') {
    if (setting.startsWith('~/')) return home ? path.join(home, setting.slice(2)) : undefined
    return path.resolve(root, setting)
  }
  if (env.XDG_CONFIG_HOME) return path.join(env.XDG_CONFIG_HOME, 'git', 'ignore')
  return home ? path.join(home, '.config', 'git', 'ignore') : undefined
}

/** Entries of `git status --porcelain=v1 -z`: `XY path`, and for renames and copies the old path after it. */
export function parseStatus(output: string): Array<{ code: string; file: string }> {
  const entries: Array<{ code: string; file: string }> = []
  const parts = output.split('\0')
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]
    if (part.length < 4) continue
    const code = part.slice(0, 2)
    entries.push({ code, file: part.slice(3) })
    if (code.includes('R') || code.includes('C')) {
      index++
      if (parts[index]) entries.push({ code, file: parts[index] })
    }
  }
  return entries
}

/** Fields before the path in `git status --porcelain=v2` entries: ordinary (1), renamed or copied (2), unmerged (u). */
const V2_FIELDS: Record<string, number> = { '1': 8, '2': 9, u: 10 }

/**
 * HEAD and the entries of `git status --porcelain=v2 -z --branch`, written as the v1 format writes
 * them (`.` is a space there, `?` is `??`), so a quick snapshot compares with a full one.
 */
export function parseStatusV2(output: string): { head: string; entries: Array<{ code: string; file: string }> } {
  let head = '(no commit)'
  const entries: Array<{ code: string; file: string }> = []
  const parts = output.split('\0')
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]
    if (part.startsWith('# branch.oid ')) {
      const oid = part.slice('# branch.oid '.length)
      if (/^[0-9a-f]{40,64}$/.test(oid)) head = oid
      continue
    }
    if (part.startsWith('? ') || part.startsWith('! ')) {
      entries.push({ code: part[0].repeat(2), file: part.slice(2) })
      continue
    }
    const fields = V2_FIELDS[part[0]]
    if (fields === undefined || part[1] !== ' ') continue
    let at = 0
    for (let field = 0; field < fields && at !== -1; field++) at = part.indexOf(' ', at + 1)
    if (at === -1) continue
    const code = part.slice(2, 4).replaceAll('.', ' ')
    entries.push({ code, file: part.slice(at + 1) })
    if (part[0] === '2') {
      index++
      if (parts[index]) entries.push({ code, file: parts[index] })
    }
  }
  return { head, entries }
}

/**
 * What a path holds, without following links or reading anything but regular files (a FIFO would block).
 * Looking is a few synchronous calls; a file of at most `readNowBytes` is read at once too, a larger
 * one through the thread pool, so that a huge file a gate planted never holds up the run.
 * @param keptBytes how much of its content is kept as it is before it is hashed; undefined: its size and time only.
 * @param readNowBytes up to this size the content is read synchronously (the setup files every snapshot reads).
 */
async function describeFile(file: string, keptBytes: number | undefined, readNowBytes = 0): Promise<string> {
  const info = lstatOrUndefined(file)
  if (!info) return 'absent'
  if (info.isSymbolicLink()) return `link ${readlinkOrUnknown(file)}`
  if (info.isDirectory()) return 'directory'
  if (!info.isFile()) return 'special'
  if (keptBytes === undefined || info.size > MAX_HASHED_FILE_BYTES) return `file ${info.size} ${info.mtimeMs}`
  let fd: number
  try {
    // Swapped for a link or a FIFO since lstat (a gate still running): not followed, not waited on.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch {
    return `unreadable ${info.size} ${info.mtimeMs}`
  }
  try {
    if (!fstatSync(fd).isFile()) return 'special'
    const digest = contentDigest(keptBytes)
    // One byte more than lstat said tells a file that grew since: that one is read the slower way.
    const now = info.size <= readNowBytes ? readAtMostSync(fd, info.size + 1) : undefined
    if (now && now.length <= info.size) digest.update(now)
    else for await (const chunk of createReadStream('', { fd, start: 0, autoClose: false })) digest.update(chunk as Buffer)
    return `file ${digest.digest()}`
  } finally {
    closeSync(fd)
  }
}

/** A setup file (config, ignore rules, a hook): every snapshot reads them, and they are nearly always small. */
function describeSetupFile(file: string): Promise<string> {
  return describeFile(file, KEPT_SETUP_BYTES, KEPT_SETUP_BYTES)
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}

function readlinkOrUnknown(file: string): string {
  try {
    return readlinkSync(file)
  } catch {
    return '?'
  }
}

/** A directory's entries and what each holds (hooks are few and small). */
async function describeDirectory(directory: string): Promise<string> {
  const names = await readdir(directory).catch(() => undefined)
  if (!names) return 'absent'
  const described = await Promise.all(names.sort().map(async (name) => `${name}=${await describeSetupFile(path.join(directory, name))}`))
  return described.join(',')
}

/** Paths whose state differs between two snapshots, in path order. */
export function changedPaths(before: TreeState, after: TreeState): TreeChange[] {
  const changes: TreeChange[] = []
  const paths = new Set([...before.entries.keys(), ...after.entries.keys()])
  for (const file of [...paths].sort()) {
    const was = before.entries.get(file)
    const now = after.entries.get(file)
    if (was !== now) changes.push({ path: file, change: classify(was, now) })
  }
  return changes
}

/** Not listed by `git status` means "as committed"; listed means different from the commit (`??`: untracked). */
function classify(was: string | undefined, now: string | undefined): TreeChange['change'] {
  if (now === undefined) return was?.startsWith('??') ? 'deleted' : 'modified'
  if (now.endsWith(' absent')) return 'deleted'
  if (was === undefined || was.endsWith(' absent')) return now.startsWith('??') || was !== undefined ? 'added' : 'modified'
  return 'modified'
}

export interface TreeReport {
  changes: TreeChange[]
  /** HEAD moved (a gate committed, checked out or reset). */
  headMoved?: { from: string; to: string }
  /** HEAD moved between gates and was back by the end: the gates in between checked another commit. */
  headRestored?: { from: string; to: string; suspects: string[] }
  /** Index entries newly hidden from `git status` (or no longer). */
  hiddenChanged: string[]
  /** `.git/info/exclude` or `core.excludesFile` changed: new files may be hidden. */
  ignoreRulesChanged?: true
  /** `.git/config` or `.git/hooks` changed: a later git command (ours, or the next workflow step's) could run a gate's code. */
  gitSetupChanged?: true
  /** Tracked files changed between gates and put back by the end: the gates in between checked other code. */
  restored: string[]
  /** For each changed path, the gates that were running when it was first seen changed (empty when unknown). */
  suspects: Map<string, string[]>
}

function cut(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text
}

function firstLine(text: string): string | undefined {
  return text
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim()
}

/**
 * Watches the tree across a run: a full snapshot before, a quick one after each gate (to know who
 * was running when a file changed), a full one after. Snapshots run one at a time.
 */
export class WorkingTreeWatch {
  private baseline: TreeState | undefined
  private latest: TreeState | undefined
  /** Logical clock: gates' start and end, and snapshots' start and end, in order. */
  private clock = 0
  private readonly running = new Map<string, number>()
  private readonly finished: Array<{ id: string; from: number; to: number }> = []
  private lastSnapshotStart = 0
  private readonly firstSeen = new Map<string, string[]>()
  /** The first other commit a snapshot between gates found at HEAD, and who could have put it there. */
  private headSeen: { head: string; suspects: string[] } | undefined
  /** Tracked files seen changed between gates: one put back by the end was still checked changed by the gates in between. */
  private readonly trackedChanged = new Set<string>()
  private queue: Promise<void> = Promise.resolve()
  /** The snapshot queued behind the one being taken, until it begins, and the gates it is taken after. */
  private waiting: Promise<void> | undefined
  private waitingAfter: string[] = []
  /** The first snapshot between gates that failed. */
  private unreadable: UnreadableBetweenGates | undefined
  /** Gates still expected to start: the snapshot after the last one is the end snapshot's to take. */
  private gatesToStart = Number.POSITIVE_INFINITY

  constructor(
    private readonly git: GitRunner | GitAccess,
    /** Any directory of the checkout: the whole repository is watched. */
    private readonly directory: string,
    /** Where HOME and XDG_CONFIG_HOME (the global ignore file) are read. */
    private readonly env: NodeJS.ProcessEnv = process.env
  ) {}

  /** Takes the first snapshot; throws NotAGitCheckout when there is no repository to watch. */
  async start(): Promise<void> {
    this.baseline = await readTreeState(this.git, this.directory, true, this.env)
    this.latest = this.baseline
  }

  /** How many gates the run means to start; without it every gate is followed by a snapshot. */
  expectGates(count: number): void {
    this.gatesToStart = count
  }

  gateStarted(id: string): void {
    this.running.set(id, ++this.clock)
    this.gatesToStart--
  }

  /**
   * Takes a snapshot after a gate; resolves when it has been compared (never rejects). After the
   * last gate, with none running, the end snapshot comes next and names the same suspects: this
   * one is skipped (two git processes less on every run's way to its verdict).
   */
  gateFinished(id: string): Promise<void> {
    this.finished.push({ id, from: this.running.get(id) ?? 0, to: ++this.clock })
    this.running.delete(id)
    if (this.gatesToStart <= 0 && this.running.size === 0) return this.queue
    // A snapshot queued and not yet begun will look after this gate too: one is enough.
    if (this.waiting) {
      this.waitingAfter.push(id)
      return this.waiting
    }
    const after = [id]
    this.waitingAfter = after
    const next = this.queue
      .then(() => {
        this.waiting = undefined
        return this.snapshot()
      })
      // Never rejects (a gate awaits it), but is not forgotten: what the gates after it checked is unknown.
      .catch((error: unknown) => {
        this.unreadable ??= new UnreadableBetweenGates(after, (error instanceof Error ? error.message : String(error)).split('\n')[0])
      })
    this.waiting = next
    this.queue = next
    return next
  }

  private async snapshot(): Promise<void> {
    if (!this.baseline) return
    const started = ++this.clock
    const state = await readTreeState(this.git, this.baseline.root, false)
    this.compare(state, started, ++this.clock)
  }

  /** Who could have made each change first seen in `state`, read between clock times `started` and `to`. */
  private compare(state: TreeState, started: number, to: number): void {
    if (!this.latest) return
    const from = this.lastSnapshotStart
    this.lastSnapshotStart = started
    // Whoever ran at any moment between the previous snapshot's start and this one's end could have done it.
    const suspects = [
      ...this.finished.filter((gate) => gate.to >= from && gate.from <= to).map((gate) => gate.id),
      ...[...this.running.entries()].filter(([, since]) => since <= to).map(([id]) => id)
    ]
    if (!this.headSeen && this.baseline && state.head !== this.baseline.head) this.headSeen = { head: state.head, suspects: [...new Set(suspects)].sort() }
    for (const change of changedPaths(this.latest, state)) {
      if (!this.firstSeen.has(change.path)) this.firstSeen.set(change.path, [...new Set(suspects)].sort())
      const entry = state.entries.get(change.path) ?? this.latest.entries.get(change.path)
      if (entry !== undefined && !entry.startsWith('??')) this.trackedChanged.add(change.path)
    }
    this.latest = state
  }

  /** Compares the end state with the start; throws when the tree cannot be read any more, or could not be between gates. */
  async finish(): Promise<TreeReport> {
    await this.queue
    if (this.unreadable) throw this.unreadable
    if (!this.baseline) return { changes: [], hiddenChanged: [], restored: [], suspects: new Map() }
    const started = ++this.clock
    const end = await readTreeState(this.git, this.baseline.root, true, this.env)
    // git finds the repository by looking up from the directory: with `.git` moved away it finds one
    // above (a gate's clean copy), or another through a `.git` file. What that one says is no answer.
    if (end.root !== this.baseline.root) throw new Error(`git now finds the repository at ${end.root}, not at ${this.baseline.root}`)
    if (end.gitDir !== this.baseline.gitDir) throw new Error(`git now reads the repository from ${end.gitDir}, not from ${this.baseline.gitDir}`)
    this.compare(end, started, ++this.clock)
    const changes = changedPaths(this.baseline, end)
    const before = this.baseline.hidden ?? new Set<string>()
    const after = end.hidden ?? new Set<string>()
    const hiddenChanged = [...new Set([...before, ...after])].filter((entry) => before.has(entry) !== after.has(entry)).map((entry) => entry.slice(2))
    return {
      changes,
      ...(end.head !== this.baseline.head ? { headMoved: { from: this.baseline.head, to: end.head } } : {}),
      ...(end.head === this.baseline.head && this.headSeen ? { headRestored: { from: this.baseline.head, to: this.headSeen.head, suspects: this.headSeen.suspects } } : {}),
      ...(end.ignoreRules !== this.baseline.ignoreRules ? { ignoreRulesChanged: true as const } : {}),
      ...(end.gitSetup !== this.baseline.gitSetup ? { gitSetupChanged: true as const } : {}),
      hiddenChanged,
      restored: [...this.trackedChanged].filter((file) => !changes.some((change) => change.path === file)).sort(),
      suspects: new Map([...this.firstSeen.keys()].map((file) => [file, this.firstSeen.get(file) ?? []]))
    }
  }
}
