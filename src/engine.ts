/** One run of go-no-go, shared by the action and the CLI: checklist in, report out. */
import type { Checklist } from './checklist/types.js'
import { allItems } from './checklist/types.js'
import type { GateRunner } from './gates/gate-runner.js'
import { runScheduled } from './gates/schedule.js'
import type { GateResult } from './gates/types.js'
import type { RunReport } from './report/model.js'
import { decide } from './verdict.js'

export interface EngineOptions {
  concurrency: number
  allowEmpty: boolean
  signal?: AbortSignal
  runUrl?: string
  onGateFinished?: (result: GateResult) => void
  now?: () => number
}

export async function runChecklist(checklist: Checklist, runGate: GateRunner, options: EngineOptions): Promise<RunReport> {
  const now = options.now ?? Date.now
  const started = now()
  const results = await runScheduled(allItems(checklist), runGate, {
    concurrency: options.concurrency,
    signal: options.signal,
    onFinished: (result) => options.onGateFinished?.(result)
  })
  return buildReport(checklist, results, { started, finished: now(), cancelled: options.signal?.aborted ?? false, allowEmpty: options.allowEmpty, runUrl: options.runUrl })
}

export function buildReport(
  checklist: Checklist,
  results: ReadonlyMap<string, GateResult>,
  run: { started: number; finished: number; cancelled: boolean; allowEmpty: boolean; runUrl?: string }
): RunReport {
  const verdict = decide(checklist, results, { allowEmpty: run.allowEmpty })
  return {
    checklist,
    results,
    verdict: run.cancelled ? { ...verdict, decision: 'no-go', reasons: ['the run was cancelled before every gate finished', ...verdict.reasons] } : verdict,
    startedAt: new Date(run.started).toISOString(),
    durationMs: run.finished - run.started,
    cancelled: run.cancelled,
    ...(run.runUrl ? { runUrl: run.runUrl } : {})
  }
}

/** The report again after sign-offs changed some manual items: the verdict is decided anew. */
export function withSignoffs(report: RunReport, results: ReadonlyMap<string, GateResult>, signoffs: RunReport['signoffs'], allowEmpty: boolean): RunReport {
  const started = Date.parse(report.startedAt)
  const rebuilt = buildReport(report.checklist, results, { started, finished: started + report.durationMs, cancelled: report.cancelled, allowEmpty, runUrl: report.runUrl })
  return { ...rebuilt, ...(signoffs && signoffs.length > 0 ? { signoffs } : {}) }
}
