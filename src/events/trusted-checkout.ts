/**
 * Whether the checkout under a privileged event (`pull_request_target`, `workflow_run`) is exactly
 * the workflow's own commit, so running its gates hands the write token and secrets to nobody.
 * A different HEAD, a modified tracked file, an untracked file (an artifact from the pull request
 * unpacked into the workspace), a file hidden by an ignore file that is not in the commit, or a
 * working-directory leading outside that checkout (into a nested checkout of the pull request)
 * each make it untrusted. `assessCheckout` decides from facts; `inspectCheckout` gathers them with git.
 */
import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import type { RunProblem } from '../verdict.js'
import { isWithheldFromGates } from '../gates/child-env.js'

export interface CheckoutFacts {
  /** GITHUB_SHA: for these events, a commit of the base repository's own branch. */
  workflowSha: string
  /** working-directory, resolved (symbolic links too). */
  workingDirectory: string
  /** GITHUB_WORKSPACE, resolved. */
  workspaceRoot: string
  /** The git checkout that holds working-directory, when there is one. */
  checkout?: {
    topLevel: string
    /** The checkout that holds GITHUB_WORKSPACE, when that is a checkout too. */
    workspaceTopLevel?: string
    head: string
    /** Tracked files that differ from HEAD (staged or not), relative to the top level. */
    modified: string[]
    /** Untracked files and directories git does not ignore. */
    untracked: string[]
    /** Ignored files whose ignore rule comes from a file that is not in the commit (a self-ignoring `.gitignore`). */
    hiddenByUntrackedIgnoreFiles: string[]
  }
  /** Why git could not tell; then nothing can be vouched for. */
  inspectionError?: string
}

interface TrustContext {
  eventName: string
  allowUntrustedCode: boolean
  /** The pull request's head repository, when the event has one, and the base repository. */
  headRepository?: string
  baseRepository?: string
}

/** `run` with `readChecklistFrom`: the gates run, but the checklist comes from that commit, never the checkout. */
export type TrustDecision = { run: true; readChecklistFrom: string } | { run: false; problems: [RunProblem, ...RunProblem[]] }

const LISTED_PATHS = 5

/** The checkout's differences from the workflow's commit, one line each; empty when it is exactly that commit. */
function findUntrustedDifferences(facts: CheckoutFacts): string[] {
  const differences: string[] = []
  if (!/^[0-9a-f]{40}$/.test(facts.workflowSha)) differences.push(`GITHUB_SHA ${JSON.stringify(facts.workflowSha)} is not a commit`)
  if (!isInside(facts.workingDirectory, facts.workspaceRoot)) differences.push(`\`working-directory\` leads outside the workspace, to ${facts.workingDirectory}`)
  const checkout = facts.checkout
  if (!checkout) {
    differences.push(`${facts.workingDirectory} is not in a git checkout${facts.inspectionError ? ` (${facts.inspectionError})` : ''}`)
    return differences
  }
  if (checkout.workspaceTopLevel !== undefined && checkout.topLevel !== checkout.workspaceTopLevel) {
    differences.push(`\`working-directory\` leads into another git checkout, ${relativeTo(facts.workspaceRoot, checkout.topLevel)}, not the workflow's`)
  }
  if (checkout.head !== facts.workflowSha) differences.push(`HEAD is ${checkout.head.slice(0, 12) || 'unknown'}, not the workflow's commit ${facts.workflowSha.slice(0, 12)}`)
  if (checkout.modified.length > 0) differences.push(`${countFiles(checkout.modified, 'tracked file')} modified: ${listPaths(checkout.modified)}`)
  if (checkout.untracked.length > 0) differences.push(`${countFiles(checkout.untracked, 'untracked file')} that git does not ignore: ${listPaths(checkout.untracked)}`)
  if (checkout.hiddenByUntrackedIgnoreFiles.length > 0) {
    differences.push(
      `${countFiles(checkout.hiddenByUntrackedIgnoreFiles, 'file')} hidden by an ignore file that is not in the commit: ${listPaths(checkout.hiddenByUntrackedIgnoreFiles)}`
    )
  }
  if (facts.inspectionError) differences.push(`git could not inspect the checkout (${facts.inspectionError})`)
  return differences
}

/**
 * Runs the gates only on exactly the workflow's commit, unless the user accepts the risk; either
 * way the checklist is read from the workflow's commit, so the pull request cannot choose its gates.
 */
export function assessCheckout(facts: CheckoutFacts, context: TrustContext): TrustDecision {
  const differences = findUntrustedDifferences(facts)
  if (differences.length === 0 || context.allowUntrustedCode) return { run: true, readChecklistFrom: facts.workflowSha }
  const fork =
    context.headRepository && context.baseRepository && context.headRepository !== context.baseRepository ? `; the pull request comes from the fork ${context.headRepository}` : ''
  // One problem a line, so each difference is shown whole, however long the others are.
  const problem = (message: string): RunProblem => ({ code: 'untrusted-checkout', message })
  return {
    run: false,
    problems: [
      problem(`Refusing to run gates under \`${context.eventName}\`, which has a write token and secrets: the checkout is not exactly the workflow's commit${fork}`),
      ...differences.map(problem),
      problem(
        "To run them: check out the workflow's commit and keep downloaded artifacts outside the workspace (for example in $RUNNER_TEMP), use the `pull_request` event, or set `allow-untrusted-code: true` if you accept the risk"
      )
    ]
  }
}

/** How git answered: output, or why it failed. Named `try…` because failure is a value, not a throw. */
type GitResult = { ok: true; stdout: string } | { ok: false; error: string; exitCode?: number; stdout?: string }
export type GitRunner = (args: string[], cwd: string, input?: string) => Promise<GitResult>

/** Gathers the facts with git. Never throws: what cannot be read is an `inspectionError`, which refuses the run. */
export async function inspectCheckout(options: { workflowSha: string; workingDirectory: string; workspaceRoot: string }, git: GitRunner = tryGit): Promise<CheckoutFacts> {
  const workingDirectory = resolveReal(options.workingDirectory)
  const workspaceRoot = resolveReal(options.workspaceRoot)
  const facts: CheckoutFacts = { workflowSha: options.workflowSha, workingDirectory, workspaceRoot }
  const top = await git(['rev-parse', '--show-toplevel'], workingDirectory)
  if (!top.ok) return { ...facts, inspectionError: top.error }
  const topLevel = resolveReal(top.stdout.trim())
  const workspaceTop = await git(['rev-parse', '--show-toplevel'], workspaceRoot)
  const head = await git(['rev-parse', '--verify', 'HEAD'], topLevel)
  const status = await git(['status', '--porcelain=v1', '-z', '--untracked-files=normal', '--ignored=matching', '--ignore-submodules=none'], topLevel)
  if (!status.ok) return { ...facts, inspectionError: status.error }
  const entries = parseStatus(status.stdout)
  const hidden = await findHiddenByUntrackedIgnoreFiles(entries.ignored, topLevel, git)
  return {
    ...facts,
    checkout: {
      topLevel,
      ...(workspaceTop.ok ? { workspaceTopLevel: resolveReal(workspaceTop.stdout.trim()) } : {}),
      head: head.ok ? head.stdout.trim() : '',
      modified: entries.modified,
      untracked: entries.untracked,
      hiddenByUntrackedIgnoreFiles: hidden.paths
    },
    ...(hidden.error ? { inspectionError: hidden.error } : head.ok ? {} : { inspectionError: head.error })
  }
}

/** `git status --porcelain=v1 -z`: `XY path`, and a rename or copy is followed by its original path. */
export function parseStatus(output: string): { modified: string[]; untracked: string[]; ignored: string[] } {
  const result = { modified: [] as string[], untracked: [] as string[], ignored: [] as string[] }
  const records = output.split('\0')
  for (let index = 0; index < records.length; index++) {
    const record = records[index]
    if (record.length < 4) continue
    const code = record.slice(0, 2)
    const file = record.slice(3)
    if (code === '??') result.untracked.push(file)
    else if (code === '!!') result.ignored.push(file)
    else {
      result.modified.push(file)
      if (code[0] === 'R' || code[0] === 'C') index++
    }
  }
  return result
}

/**
 * An unpacked directory can carry a `.gitignore` that ignores itself and everything beside it,
 * and `git status` then shows nothing. Every ignored path must be ignored by a rule from a file
 * in the commit (or from outside the work tree: `.git/info/exclude`, the user's excludes file).
 */
async function findHiddenByUntrackedIgnoreFiles(ignored: string[], topLevel: string, git: GitRunner): Promise<{ paths: string[]; error?: string }> {
  if (ignored.length === 0) return { paths: [] }
  const answer = await git(['check-ignore', '--verbose', '--non-matching', '-z', '--stdin'], topLevel, `${ignored.join('\0')}\0`)
  // Exit 1 only says that no path matched a rule: then every one is hidden by something git cannot name.
  if (!answer.ok && answer.exitCode !== 1) return { paths: [], error: answer.error }
  // Four fields per path: source, line number, pattern, path (the first three empty when no rule matched).
  const fields = (answer.stdout ?? '').split('\0')
  const sourceOf = new Map<string, string>()
  for (let index = 0; index + 3 < fields.length; index += 4) sourceOf.set(fields[index + 3], fields[index])
  const sources = [...new Set([...sourceOf.values()].filter((source) => source !== '' && isWorkTreePath(source)))]
  const tracked = new Set<string>()
  if (sources.length > 0) {
    const listed = await git(['ls-files', '-z', '--full-name', '--', ...sources.map((source) => `:(literal)${source}`)], topLevel)
    if (!listed.ok) return { paths: [], error: listed.error }
    for (const file of listed.stdout.split('\0')) if (file) tracked.add(file)
  }
  const paths = ignored.filter((file) => {
    const source = sourceOf.get(file)
    if (source === undefined || source === '') return true
    return isWorkTreePath(source) && !tracked.has(source)
  })
  return { paths }
}

function isWorkTreePath(source: string): boolean {
  return !path.isAbsolute(source) && !source.startsWith('.git/')
}

/**
 * The system git with nothing from the environment steering it (GIT_DIR, GIT_WORK_TREE, …), and
 * without the fsmonitor hook a checkout's own config could name: looking must never run code.
 */
function tryGit(args: string[], cwd: string, input?: string): Promise<GitResult> {
  // Nor our token: whatever git does run (a filter a checkout's config names) must not be handed it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_') && !isWithheldFromGates(name)))
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      ['-c', 'core.fsmonitor=false', ...args],
      { cwd, env: { ...env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const exitCode = typeof error.code === 'number' ? error.code : undefined
          resolve({ ok: false, error: `git ${args[0]}: ${firstLine(stderr) || error.message}`, stdout, ...(exitCode !== undefined ? { exitCode } : {}) })
        } else resolve({ ok: true, stdout })
      }
    )
    // A command that reads no input may exit before taking it: that broken pipe is no failure.
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(input)
  })
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}

function resolveReal(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

function relativeTo(root: string, file: string): string {
  return isInside(file, root) ? path.relative(root, file) || '.' : file
}

function countFiles(files: string[], noun: string): string {
  return `${files.length} ${noun}${files.length === 1 ? '' : 's'}`
}

function listPaths(files: string[]): string {
  const shown = files.slice(0, LISTED_PATHS).map((file) => JSON.stringify(file))
  return files.length > LISTED_PATHS ? `${shown.join(', ')} and ${files.length - LISTED_PATHS} more` : shown.join(', ')
}
