/** One run of go-no-go, shared by the action and the CLI: checklist in, report out. */
import type { Checklist, ChecklistItem } from './checklist/types.js'
import { allItems, isBeforeDeploy, phaseOf } from './checklist/types.js'
import { withSeparateCargoTargets } from './gates/cargo-target.js'
import type { GateRunner } from './gates/gate-runner.js'
import { loadJunitSupport } from './gates/parsers/plan.js'
import { runScheduled } from './gates/schedule.js'
import { longestFirst, type EarlierDurations } from './gates/start-order.js'
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
  /** @param gates the command gates the run means to start (some may not start: a cancel, a failed `needs`). */
  before(gates: readonly ChecklistItem[]): Promise<void>
  /** Optional: runs each gate (by calling `run`), to look between gates and name the one behind a problem. */
  around?(item: ChecklistItem, run: () => Promise<GateResult>): Promise<GateResult>
  after(): Promise<RunProblem[]>
}

interface EngineOptions {
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
  /** What each gate took in an earlier run: only the order ready gates start in depends on it. */
  earlierDurations?: EarlierDurations
}

export async function runChecklist(checklist: Checklist, runGate: GateRunner, options: EngineOptions): Promise<RunReport> {
  const now = options.now ?? Date.now
  const started = now()
  const guards = options.guards ?? []
  const items = withSeparateCargoTargets(longestFirst(allItems(checklist), options.earlierDurations), options.concurrency, options.parentEnv ?? process.env)
  const gates = items.filter((item) => item.kind === 'command' && isBeforeDeploy(item))
  // Code a gate needs that is not in the main bundle is loaded now, while no gate can have touched it.
  if (gates.some((item) => item.kind === 'command' && item.junit)) await loadJunitSupport()
  // Each looks at something of its own: none waits for another.
  await Promise.all(guards.map((guard) => guard.before(gates)))
  const guardedGate = guards.reduce<GateRunner>((inner, guard) => {
    const around = guard.around?.bind(guard)
    return around ? (item) => around(item, () => inner(item)) : inner
  }, runGate)
  const results = await runScheduled(items, beforeDeployOnly(onceEach(guardedGate)), {
    concurrency: options.concurrency,
    signal: options.signal,
    onFinished: (result) => options.onGateFinished?.(result)
  })
  // As before the gates, each looks at its own thing, and nothing of the gates' is left running now.
  const runProblems: RunProblem[] = (await Promise.all(guards.map((guard) => guard.after()))).flat()
  return buildReport(checklist, results, {
    started,
    finished: now(),
    cancelled: options.signal?.aborted ?? false,
    allowEmpty: options.allowEmpty,
    runUrl: options.runUrl,
    runProblems
  })
}

/**
 * Gates of deploy and post-deploy items (commands and evidence files) are not run: the decision is
 * about what must be true before deploying, and a deploy step is not a check. Reading a sign-off
 * runs nothing, so those are still judged, for the "After GO" list.
 */
function beforeDeployOnly(runGate: GateRunner): GateRunner {
  return (item) => (item.kind !== 'manual' && !isBeforeDeploy(item) ? Promise.resolve(notRunAfterGo(item)) : runGate(item))
}

function notRunAfterGo(item: ChecklistItem): GateResult {
  const phase = phaseOf(item)
  return {
    id: item.id,
    status: 'pending',
    summary: 'not run: after GO',
    reason: `a ${phase} step: its gate is not run before the decision${item.phaseFrom ? ` (${phase}: ${item.phaseFrom})` : ''}`,
    durationMs: 0
  }
}

/**
 * The same command written several times (a Markdown checklist names `cargo test` under three
 * headings) runs once: every item with the same run settings shares the one result, with a note
 * naming the item that ran it. The first caller runs it; the others wait for it.
 */
function onceEach(runGate: GateRunner): GateRunner {
  const running = new Map<string, { id: string; result: Promise<GateResult> }>()
  return async (item) => {
    if (item.kind !== 'command') return runGate(item)
    // Everything that changes what runs, when, or how its result is read: `junit:` reports replace the printed
    // counts, and an item that `needs` another gate runs after it (which may have built or removed something).
    const key = JSON.stringify([item.run, item.workingDirectory, item.env, item.parser ?? null, item.junit ?? null, item.expect, item.timeoutMs, [...item.needs].sort()])
    const first = running.get(key)
    if (!first) {
      const result = runGate(item)
      running.set(key, { id: item.id, result })
      return result
    }
    const shared = await first.result
    const note = `shares the result of \`${first.id}\`: the same command runs once`
    return { ...shared, id: item.id, notes: [...new Set([...(shared.notes ?? []), note])] }
  }
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
