/** One run of go-no-go, shared by the action and the CLI: checklist in, report out. */
import type { Checklist, ChecklistItem } from './checklist/types.js'
import { allItems } from './checklist/types.js'
import { withSeparateCargoTargets } from './gates/cargo-target.js'
import type { GateRunner } from './gates/gate-runner.js'
import { runScheduled } from './gates/schedule.js'
import { longestFirst } from './gates/start-order.js'
import type { GateResult } from './gates/types.js'
import type { RunReport } from './report/model.js'
import { decide, type RunProblem } from './verdict.js'

/**
 * A check on the run as a whole, around every gate: it looks at the world before the first gate
 * starts and again after the last one (and whatever it left behind) is gone, and reports what a
 * gate changed that it must not (the code under test, the runner's files). Any problem is NO-GO.
 */
export interface RunGuard {
  name: string
  before(): Promise<void>
  /** Optional: runs each gate (by calling `run`), to look between gates and name the one behind a problem. */
  around?(item: ChecklistItem, run: () => Promise<GateResult>): Promise<GateResult>
  after(): Promise<RunProblem[]>
}

export interface EngineOptions {
  /** Checks around the whole run; `after` runs even when the run was cancelled. */
  guards?: readonly RunGuard[]
  concurrency: number
  allowEmpty: boolean
  signal?: AbortSignal
  runUrl?: string
  onGateFinished?: (result: GateResult) => void
  now?: () => number
  /** The environment the gates start from; read for CARGO_TARGET_DIR only (default: this process's). */
  parentEnv?: NodeJS.ProcessEnv
}

export async function runChecklist(checklist: Checklist, runGate: GateRunner, options: EngineOptions): Promise<RunReport> {
  const now = options.now ?? Date.now
  const started = now()
  const guards = options.guards ?? []
  for (const guard of guards) await guard.before()
  const guardedGate = guards.reduce<GateRunner>((inner, guard) => {
    const around = guard.around?.bind(guard)
    return around ? (item) => around(item, () => inner(item)) : inner
  }, runGate)
  const items = withSeparateCargoTargets(longestFirst(allItems(checklist)), options.concurrency, options.parentEnv ?? process.env)
  const results = await runScheduled(items, guardedGate, {
    concurrency: options.concurrency,
    signal: options.signal,
    onFinished: (result) => options.onGateFinished?.(result)
  })
  const runProblems: RunProblem[] = []
  for (const guard of guards) runProblems.push(...(await guard.after()))
  return buildReport(checklist, results, {
    started,
    finished: now(),
    cancelled: options.signal?.aborted ?? false,
    allowEmpty: options.allowEmpty,
    runUrl: options.runUrl,
    runProblems
  })
}

export function buildReport(
  checklist: Checklist,
  results: ReadonlyMap<string, GateResult>,
  run: { started: number; finished: number; cancelled: boolean; allowEmpty: boolean; runUrl?: string; runProblems?: readonly RunProblem[] }
): RunReport {
  const cancelled: RunProblem[] = run.cancelled ? [{ code: 'cancelled', message: 'the run was cancelled before every gate finished' }] : []
  const verdict = decide(checklist, results, { allowEmpty: run.allowEmpty, runProblems: [...cancelled, ...(run.runProblems ?? [])] })
  return {
    checklist,
    results,
    verdict,
    startedAt: new Date(run.started).toISOString(),
    durationMs: run.finished - run.started,
    cancelled: run.cancelled,
    ...(run.runUrl ? { runUrl: run.runUrl } : {})
  }
}

/** The report again after sign-offs changed some manual items: the verdict is decided anew. */
export function withSignoffs(report: RunReport, results: ReadonlyMap<string, GateResult>, signoffs: RunReport['signoffs'], allowEmpty: boolean): RunReport {
  const started = Date.parse(report.startedAt)
  const runProblems = report.verdict.runProblems.filter((problem) => problem.code !== 'cancelled')
  const rebuilt = buildReport(report.checklist, results, {
    started,
    finished: started + report.durationMs,
    cancelled: report.cancelled,
    allowEmpty,
    runUrl: report.runUrl,
    runProblems
  })
  return { ...rebuilt, ...(signoffs && signoffs.length > 0 ? { signoffs } : {}) }
}
