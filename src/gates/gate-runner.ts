/** Turns one checklist item into a judged result: runs commands, checks evidence files, reads sign-offs. */
import { closeSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, openSync, writeFileSync, type BigIntStats } from 'node:fs'
import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { ChecklistItem, CommandItem, FileItem, ManualItem } from '../checklist/types.js'
import { isInside } from '../paths.js'
import { buildChildEnv } from './child-env.js'
import { openIsolation, type IsolationReport } from './isolation.js'
import { evaluateGate } from './evaluate.js'
import { judgeSegments, type ScriptVerdict } from './judge-segments.js'
import { createParser, detectParser } from './parsers/index.js'
import { localFiles, planParsing } from './parsers/plan.js'
import { runProcess } from './process.js'
import { bashArgv, createRunScript } from './run-script.js'
import { createSegmentReader, type ToolCatalog } from './segments.js'
import type { GateResult, ParsedOutput, ProcessOutcome } from './types.js'

interface GateRunnerOptions {
  /** Root that every working directory and evidence path must stay inside. */
  workspace: string
  /**
   * The repository's root, when the workspace is a directory inside it (`working-directory`):
   * annotations and links need paths from there. Defaults to the workspace.
   */
  repositoryRoot?: string
  parentEnv: NodeJS.ProcessEnv
  /** Where logs and each gate's throwaway runner files go. */
  scratchDir: string
  killGraceMs: number
  signal?: AbortSignal
  /** Every line a gate prints, after control characters are stripped (used to learn `::add-mask::` values). */
  observeLine?: (line: string, item: CommandItem) => void
  /** Where each gate's private temporary directory is made (default: the system's). */
  privateTempParent?: string
  /** What each command gate left running, once it is stopped: a run guard judges the run by it. */
  onIsolationClosed?: (item: CommandItem, report: IsolationReport) => void
}

export type GateRunner = (item: ChecklistItem) => Promise<GateResult>

export function createGateRunner(options: GateRunnerOptions): GateRunner {
  return async (item) => {
    switch (item.kind) {
      case 'command':
        return runCommandGate(item, options)
      case 'file':
        return checkEvidenceFile(item, options.workspace)
      case 'manual':
        return readSignOff(item)
    }
  }
}

async function runCommandGate(item: CommandItem, options: GateRunnerOptions): Promise<GateResult> {
  const cwd = path.resolve(options.workspace, item.workingDirectory)
  if (!isInside(options.workspace, cwd)) {
    return { id: item.id, status: 'error', summary: 'not run', reason: `working-directory ${item.workingDirectory} is outside the workspace`, durationMs: 0 }
  }
  // A name no other gate can guess, made by us: a gate running beside this one (it finds the scratch
  // directory from its own script's path) must not plant the script file, or a pipe in its place.
  // Synchronous, as are the script's few calls below: each awaited one waited its turn on the
  // thread pool, and together they were a few milliseconds before every gate started.
  mkdirSync(options.scratchDir, { recursive: true })
  const gateDir = mkdtempSync(path.join(options.scratchDir, `${item.id}-`))
  // The command: when it is one plain run of a tool, it also writes that tool's report to a file of ours.
  const plan = await planParsing(item.run, item.parser, gateDir, localFiles, { cwd, workspace: options.workspace, ...(item.junit ? { junit: item.junit } : {}) })
  // The one place the gate runner meets the parsers: how each command's tool is recognised and read.
  const tools: ToolCatalog = { detect: detectParser, create: (name) => createParser(name, { ...plan.context, singleRun: plan.singleRun && name === plan.parser.name }) }
  // As GitHub runs a `run:` step: a script file in the gate's own directory, run by bash with -e and pipefail.
  const script = createRunScript(plan.command)
  const scriptPath = path.join(gateDir, 'run.sh')
  const written = writeScript(scriptPath, script.text)
  const scriptPrefix = `${scriptPath}: `
  const reader = createSegmentReader({
    run: plan.command,
    tokens: script.tokens,
    catalog: tools,
    ...(item.parser ? { parser: item.parser } : {}),
    observe: (line) => options.observeLine?.(line, item)
  })
  const isolation = openIsolation(options.privateTempParent)
  const outcome = await runProcess({
    argv: bashArgv(scriptPath),
    secretInput: script.secret,
    cwd,
    env: buildChildEnv(options.parentEnv, item.env, isolation.place),
    inheritFd: isolation.markerFd,
    afterExit: isolation.stopLeftovers,
    timeoutMs: item.timeoutMs,
    killGraceMs: options.killGraceMs,
    signal: options.signal,
    logPath: path.join(gateDir, 'output.log'),
    onLine: (raw) => {
      // bash names our script file in its own errors ("/tmp/…/run.sh: line 1: x: command not found"); say `run:` instead.
      const line = raw.startsWith(scriptPrefix) ? `run: ${raw.slice(scriptPrefix.length)}` : raw
      const kept = reader.onLine(line)
      return kept ?? (line === raw ? undefined : line)
    }
  }).catch(async (error: unknown) => {
    await isolation.close()
    throw error
  })
  // Before the result exists: nothing the gate started may outlive it, or write after the run guards look.
  const closed = await isolation.close()
  options.onIsolationClosed?.(item, closed)
  const artifacts = await plan.artifacts()
  const tampered = scriptTampering(scriptPath, written)
  if (tampered) {
    return {
      id: item.id,
      status: 'error',
      summary: 'script replaced',
      reason: tampered,
      durationMs: outcome.durationMs,
      process: outcome,
      ...(closed.notes.length > 0 ? { notes: closed.notes } : {})
    }
  }
  const fromOutput = judgeSegments(item, outcome, reader.finish(), artifacts ? { [plan.parser.name]: artifacts } : {})
  const { parsed, notes, ...judged } = plan.junit ? await judgedByJunit(item, outcome, fromOutput, plan.junit) : fromOutput
  const allNotes = [...(notes ?? []), ...closed.notes]
  return {
    id: item.id,
    ...judged,
    durationMs: outcome.durationMs,
    parsed: relativeFindings(parsed, options.repositoryRoot ?? options.workspace, cwd),
    process: outcome,
    ...(allNotes.length > 0 ? { notes: allNotes } : {})
  }
}

/**
 * With `junit:` the reports give the result, but never a better one than the printed output: a
 * failure it shows still stands (code that does not compile writes no report), and a run it shows
 * unfinished or unreadable is not made a pass by a file the run itself could have written.
 */
async function judgedByJunit(
  item: CommandItem,
  outcome: ProcessOutcome,
  fromOutput: ScriptVerdict,
  junit: (printed: ParsedOutput) => Promise<ParsedOutput>
): Promise<ScriptVerdict> {
  const parsed = await junit(fromOutput.parsed)
  if (parsed === fromOutput.parsed) return fromOutput
  const fromReports = { ...fromOutput, ...evaluateGate(item, outcome, parsed), parsed }
  if (fromOutput.status === 'fail' && fromReports.status !== 'fail') return fromOutput
  if (fromOutput.status === 'error' && fromReports.status === 'pass') return fromOutput
  return fromReports
}

interface WrittenScript {
  dev: number
  ino: number
  ctimeNs: bigint
  size: number
}

/** Creates the script file, never opening one that is already there (a link, a pipe), and says which file it is. */
function writeScript(scriptPath: string, text: string): WrittenScript {
  const fd = openSync(scriptPath, 'wx', 0o600)
  try {
    writeFileSync(fd, text)
    const info = fstatSync(fd, { bigint: true })
    return { dev: Number(info.dev), ino: Number(info.ino), ctimeNs: info.ctimeNs, size: Number(info.size) }
  } finally {
    closeSync(fd)
  }
}

/**
 * Why the script bash ran may not be ours, or nothing. Every write, rename, link or mode change
 * moves a file's change time, which no one but the kernel sets: a script swapped for another and
 * put back still shows it.
 */
function scriptTampering(scriptPath: string, written: WrittenScript): string | undefined {
  const info = lstatOrUndefined(scriptPath)
  const same = info?.isFile() && Number(info.dev) === written.dev && Number(info.ino) === written.ino && info.ctimeNs === written.ctimeNs && Number(info.size) === written.size
  return same ? undefined : 'its script file was replaced or changed while the gate ran (by another gate running beside it?), so what ran is not known'
}

/** Tools print paths relative to where they ran, or absolute; annotations and links need them relative to the repository's root. */
export function relativeFindings(parsed: ParsedOutput, repositoryRoot: string, cwd: string): ParsedOutput {
  const findings = parsed.findings.map((finding) => {
    if (!finding.file) return finding
    const absolute = path.resolve(cwd, finding.file)
    return isInside(repositoryRoot, absolute) ? { ...finding, file: path.relative(repositoryRoot, absolute) } : finding
  })
  return { ...parsed, findings } as ParsedOutput
}

async function checkEvidenceFile(item: FileItem, workspace: string): Promise<GateResult> {
  const started = Date.now()
  const result = (status: 'pass' | 'fail' | 'error', summary: string, reason?: string): GateResult => ({
    id: item.id,
    status,
    summary,
    ...(reason ? { reason } : {}),
    durationMs: Date.now() - started
  })
  const target = path.resolve(workspace, item.path)
  if (!isInside(workspace, target)) return result('error', 'not checked', `${item.path} is outside the workspace`)
  const info = await lstat(target).catch(() => undefined)
  if (!info) return result('fail', 'missing', `${item.path} does not exist`)
  if (info.isSymbolicLink()) {
    const real = await realpath(target).catch(() => undefined)
    const realWorkspace = await realpath(workspace).catch(() => workspace)
    if (!real || !isInside(realWorkspace, real)) return result('error', 'not checked', `${item.path} is a link that points outside the workspace`)
    const resolved = await lstat(real)
    return describeEvidence(resolved, item.path, result)
  }
  return describeEvidence(info, item.path, result)
}

function describeEvidence(
  info: { isFile(): boolean; size: number },
  shownPath: string,
  result: (status: 'pass' | 'fail' | 'error', summary: string, reason?: string) => GateResult
): GateResult {
  if (!info.isFile()) return result('fail', 'not a file', `${shownPath} is not a regular file`)
  if (info.size === 0) return result('fail', 'empty', `${shownPath} is empty`)
  return result('pass', 'file present')
}

export function readSignOff(item: ManualItem): GateResult {
  const notes = item.note ? [item.note] : undefined
  if (item.signedOff) return { id: item.id, status: 'pass', summary: 'signed off in the checklist', durationMs: 0, ...(notes ? { notes } : {}) }
  return { id: item.id, status: 'pending', summary: 'awaiting sign-off', reason: 'a person must sign off', durationMs: 0, ...(notes ? { notes } : {}) }
}

/**
 * Gates answered from an earlier run's results instead of being run: for sign-off events, whose
 * checkout is not the pull request. Without results, machine items are errors that say why.
 */
export function createStoredGateRunner(stored: ReadonlyMap<string, GateResult> | undefined, missingReason: string): GateRunner {
  return async (item) => {
    if (item.kind === 'manual') return readSignOff(item)
    const result = stored?.get(item.id)
    if (result) return result
    return { id: item.id, status: 'error', summary: 'not re-checked', reason: missingReason, durationMs: 0 }
  }
}

function lstatOrUndefined(file: string): BigIntStats | undefined {
  try {
    return lstatSync(file, { bigint: true })
  } catch {
    return undefined
  }
}
