/**
 * The run guard that holds gates to "a check must not change the code it checks", for the action
 * and the CLI alike. The looking is done by gates/working-tree.ts; this turns what it saw into
 * run problems (always NO-GO) that name the files and the gates that were running.
 */
import { execFile } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'
import { HARDENED_GIT_OPTIONS, hardenedGitEnvironment } from './checklist/git-env.js'
import type { ChecklistItem } from './checklist/types.js'
import type { RunGuard } from './engine.js'
import { batchOf, createShellGitBatch } from './gates/git-batch.js'
import type { GateResult } from './gates/types.js'
import { NotAGitCheckout, UnreadableBetweenGates, WorkingTreeWatch, type GitAccess, type GitRunner, type TreeReport } from './gates/working-tree.js'
import type { RunProblem } from './verdict.js'

const SHOWN_FILES = 10
/** A git that hangs (a network filesystem, a lock) must not hang the run: past this the tree counts as unreadable. */
const GIT_TIMEOUT_MS = 120_000
/** More output than this from one git is refused, not held in memory. */
const MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024
const SHOWN_PATH_CHARS = 200

export interface WorkingTreeGuard extends RunGuard {
  /**
   * Starts the first snapshot now, while the run does other things (loads the checklist), instead
   * of when the engine asks for it. Nothing it finds is said before the engine asks.
   */
  prepare(): void
}

/**
 * @param workspace where the gates run; its git repository is watched as a whole.
 * @param warn told once when the tree cannot be watched (not a git checkout, no git): the run goes on.
 * @param git runs git; the real one by default (a runner alone also answers a full snapshot's four questions, one process each).
 */
export function createWorkingTreeGuard(workspace: string, warn: (message: string) => void, git: GitRunner | GitAccess = realGit()): WorkingTreeGuard {
  let watch: WorkingTreeWatch | undefined
  let starting: Promise<{ watch: WorkingTreeWatch } | { problem: string }> | undefined
  const start = async (): Promise<{ watch: WorkingTreeWatch } | { problem: string }> => {
    const candidate = new WorkingTreeWatch(git, workspace)
    try {
      await candidate.start()
      return { watch: candidate }
    } catch (error) {
      if (!(error instanceof NotAGitCheckout)) {
        return { problem: `go-no-go cannot read the git working tree in ${workspace} (${describe(error)}), so it cannot check that the gates leave the code unchanged.` }
      }
      // git's own words only when they say more than "not a git repository" (git missing, a broken .git).
      const cause = /not a git repository/i.test(error.message) ? '' : ` (${error.message})`
      return { problem: `${workspace} is not a git checkout${cause}, so go-no-go cannot check that the gates leave the code unchanged.` }
    }
  }
  return {
    name: 'working tree',
    prepare() {
      starting ??= start()
    },
    async before(gates) {
      const started = await (starting ??= start())
      if ('problem' in started) return warn(started.problem)
      watch = started.watch
      watch.expectGates(gates.length)
    },
    async around(item: ChecklistItem, run: () => Promise<GateResult>) {
      if (!watch || item.kind !== 'command') return run()
      watch.gateStarted(item.id)
      try {
        return await run()
      } finally {
        await watch.gateFinished(item.id)
      }
    },
    async after(): Promise<RunProblem[]> {
      if (!watch) return []
      let report: TreeReport
      try {
        report = await watch.finish()
      } catch (error) {
        return [
          {
            code: 'working-tree-unreadable',
            message: `the git working tree could not be read after ${
              error instanceof UnreadableBetweenGates ? `${error.after.map((id) => `\`${id}\``).join(' or ')} (${cut(error.reason)})` : `the gates (${describe(error)})`
            }: a gate may have removed or damaged the checkout, so what was checked is unknown`
          }
        ]
      }
      const message = describeTreeReport(report)
      return message ? [{ code: 'working-tree-changed', message }] : []
    }
  }
}

/** One line for the report, or nothing when the tree is as it was. */
export function describeTreeReport(report: TreeReport): string | undefined {
  const parts: string[] = []
  if (report.changes.length > 0) {
    const shown = report.changes.slice(0, SHOWN_FILES).map((change) => `${cut(change.path)} (${change.change}${whoRan(report.suspects.get(change.path))})`)
    const more = report.changes.length > SHOWN_FILES ? ` and ${report.changes.length - SHOWN_FILES} more` : ''
    parts.push(`the gates changed the code they check: ${shown.join(', ')}${more}`)
  }
  if (report.restored.length > 0) {
    const shown = report.restored.slice(0, SHOWN_FILES).map((file) => `${cut(file)}${whoRan(report.suspects.get(file))}`)
    parts.push(`tracked files changed between gates and were put back before the end, so the gates in between checked other code: ${shown.join(', ')}`)
  }
  if (report.headRestored) {
    const { from, to, suspects } = report.headRestored
    parts.push(`HEAD moved from ${from.slice(0, 12)} to ${to.slice(0, 12)}${whoRan(suspects)} and was put back before the end, so the gates in between checked another commit`)
  }
  if (report.headMoved)
    parts.push(`HEAD moved from ${report.headMoved.from.slice(0, 12)} to ${report.headMoved.to.slice(0, 12)} during the gates (a gate committed, checked out or reset)`)
  if (report.hiddenChanged.length > 0) {
    parts.push(`the gates changed which files git ignores changes to (assume-unchanged / skip-worktree): ${report.hiddenChanged.slice(0, SHOWN_FILES).map(cut).join(', ')}`)
  }
  if (report.ignoreRulesChanged) parts.push('the gates changed what git ignores (`.git/info/exclude`, `core.excludesFile` or the global ignore file), which can hide new files')
  if (report.gitSetupChanged) parts.push("the gates changed the repository's git configuration or hooks (`.git/config`, `.git/hooks`), which can run code in a later git command")
  if (parts.length === 0) return undefined
  return `${parts.join('; ')}; a check must not modify the code — did you mean ${hintFor(report.changes.map((change) => change.path))}?`
}

function whoRan(gates: string[] | undefined): string {
  return gates && gates.length > 0 ? ` while ${gates.map((id) => `\`${id}\``).join(' or ')} ran` : ''
}

/** The read-only check the author most likely meant, from the kind of files that changed. */
function hintFor(paths: string[]): string {
  if (paths.some((file) => file.endsWith('.rs'))) return '`cargo fmt --check`'
  if (paths.some((file) => /(?:^|\/)(?:package(?:-lock)?\.json|Cargo\.lock|yarn\.lock|pnpm-lock\.yaml)$/.test(file))) {
    return '`npm ci` instead of `npm install`, or `cargo … --locked`'
  }
  if (paths.some((file) => /\.(?:[cm]?[jt]sx?|json|css|scss|less|md|ya?ml|html|vue|svelte)$/.test(file))) return '`prettier --check`, or `eslint` without `--fix`'
  return 'the check’s read-only form (`--check`, without `--fix` or `--write`)'
}

function cut(text: string): string {
  const line = JSON.stringify(text).slice(1, -1)
  return line.length > SHOWN_PATH_CHARS ? `${line.slice(0, SHOWN_PATH_CHARS - 1)}…` : line
}

/**
 * `git status` believes a file unchanged when its cached stat data matches, and the user-wide
 * config (the gate's user's to write) says which stat data counts: with `core.trustctime=false` and
 * `core.checkStat=minimal` a same-size edit with its old mtime put back went unseen. The change
 * time, which no gate can set back, always counts here; nor may a cache of untracked files answer.
 */
const STAT_CHECK_OPTIONS: readonly string[] = ['-c', 'core.trustctime=true', '-c', 'core.checkStat=default', '-c', 'core.ignoreStat=false', '-c', 'core.untrackedCache=false']

/** The hardened environment, but with the system config kept: it may be where `safe.directory` lets git read the checkout. */
function guardGitEnvironment(): NodeJS.ProcessEnv {
  const { GIT_CONFIG_NOSYSTEM: _systemConfigOff, ...env } = hardenedGitEnvironment(process.env)
  return env
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0].slice(0, 200)
}

/**
 * git without taking the index lock (a gate may be running git at the same time) and without prompts.
 * A gate can write `.git/config`, and `git status` after it would run a `core.fsmonitor` command it
 * set: so fsmonitor is forced off, and git gets no token in its environment for whatever else runs.
 */
export const runGit: GitRunner = gitRunner('git')

function gitRunner(program: string): GitRunner {
  return (args, cwd) =>
    new Promise((resolve) => {
      execFile(
        program,
        [...HARDENED_GIT_OPTIONS, ...STAT_CHECK_OPTIONS, ...args],
        { cwd, encoding: 'utf8', maxBuffer: MAX_GIT_OUTPUT_BYTES, timeout: GIT_TIMEOUT_MS, env: guardGitEnvironment() },
        (error, stdout, stderr) => {
          const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : -1) : 0
          resolve({ code, stdout, stderr: stderr || (error && code === -1 ? error.message : '') })
        }
      )
    })
}

/**
 * The real git: a full snapshot's commands from one `/bin/sh` (one spawn of this big process
 * instead of four, on the way to every verdict), with the same options, environment, bounds and
 * timeout as one command alone. Windows has no `/bin/sh`: one process each there.
 */
function realGit(): GitAccess {
  // Found once, before any gate: a gate could put a `git` of its own earlier on PATH (`~/.local/bin`
  // comes first on GitHub's runners) that hides what it changed from the snapshot after it.
  const program = process.platform === 'win32' ? 'git' : (findOnPath('git', guardGitEnvironment().PATH) ?? 'git')
  const run = gitRunner(program)
  if (process.platform === 'win32') return { run, batch: batchOf(run) }
  return {
    run,
    batch: createShellGitBatch({
      program,
      leadingArgs: [...HARDENED_GIT_OPTIONS, ...STAT_CHECK_OPTIONS],
      env: guardGitEnvironment,
      timeoutMs: GIT_TIMEOUT_MS,
      maxOutputBytes: MAX_GIT_OUTPUT_BYTES,
      fallback: batchOf(run)
    })
  }
}

/** The first executable regular file called `name` in an absolute PATH directory (a relative one would be the workspace's). */
function findOnPath(name: string, searchPath: string | undefined): string | undefined {
  for (const directory of (searchPath ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(directory)) continue
    const candidate = path.join(directory, name)
    try {
      accessSync(candidate, constants.X_OK)
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // Not here.
    }
  }
  return undefined
}
