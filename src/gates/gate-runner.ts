/** Turns one checklist item into a judged result: runs commands, checks evidence files, reads sign-offs. */
import { lstat, mkdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { ChecklistItem, CommandItem, FileItem, ManualItem } from '../checklist/types.js'
import { isInside } from '../paths.js'
import { stripControl } from '../text/sanitize.js'
import { buildChildEnv } from './child-env.js'
import { evaluateGate } from './evaluate.js'
import { localFiles, planParsing } from './parsers/plan.js'
import { runProcess } from './process.js'
import type { GateResult, ParsedOutput } from './types.js'

export interface GateRunnerOptions {
  /** Root that every working directory and evidence path must stay inside. */
  workspace: string
  parentEnv: NodeJS.ProcessEnv
  /** Where logs and each gate's throwaway runner files go. */
  scratchDir: string
  killGraceMs: number
  signal?: AbortSignal
  /** Every line a gate prints, after control characters are stripped (used to learn `::add-mask::` values). */
  observeLine?: (line: string, item: CommandItem) => void
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
  const gateDir = path.join(options.scratchDir, item.id)
  await mkdir(gateDir, { recursive: true })
  // The parser, and the command: when it is one plain run of a tool, also writing that tool's report.
  const plan = await planParsing(item.run, item.parser, gateDir, localFiles, { cwd, workspace: options.workspace, ...(item.junit ? { junit: item.junit } : {}) })
  const parser = plan.parser
  const outcome = await runProcess({
    command: plan.command,
    cwd,
    env: buildChildEnv(options.parentEnv, item.env, gateDir),
    timeoutMs: item.timeoutMs,
    killGraceMs: options.killGraceMs,
    signal: options.signal,
    logPath: path.join(gateDir, 'output.log'),
    onLine: (raw) => {
      const line = stripControl(raw)
      options.observeLine?.(line, item)
      parser.onLine(line)
    }
  })
  const parsed = relativeFindings(await plan.finish(outcome), options.workspace, cwd)
  const judged = evaluateGate(item, outcome, parsed)
  return { id: item.id, ...judged, durationMs: outcome.durationMs, parser: parser.name, parsed, process: outcome }
}

/** Tools print paths relative to where they ran, or absolute; annotations need them relative to the repository. */
function relativeFindings(parsed: ParsedOutput, workspace: string, cwd: string): ParsedOutput {
  const findings = parsed.findings.map((finding) => {
    if (!finding.file) return finding
    const absolute = path.resolve(cwd, finding.file)
    return isInside(workspace, absolute) ? { ...finding, file: path.relative(workspace, absolute) } : finding
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
