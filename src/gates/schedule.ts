/** Runs items in parallel up to a limit, honouring `needs`. Pure scheduling: running an item is handed in. */
import type { ChecklistItem } from '../checklist/types.js'
import type { GateResult } from './types.js'

type RunItem = (item: ChecklistItem) => Promise<GateResult>

interface ScheduleOptions {
  concurrency: number
  signal?: AbortSignal
  onFinished?: (result: GateResult, item: ChecklistItem) => void
}

/**
 * Every item gets a result. An item whose `needs` did not all pass is not run: it is an error
 * (its check could not be made), never a pass. A cancelled run marks what had not started as cancelled.
 */
export async function runScheduled(items: ChecklistItem[], runItem: RunItem, options: ScheduleOptions): Promise<Map<string, GateResult>> {
  const results = new Map<string, GateResult>()
  const waiting = [...items]
  const running = new Map<string, Promise<void>>()
  const limit = Math.max(1, Math.floor(options.concurrency))

  const record = (item: ChecklistItem, result: GateResult) => {
    results.set(item.id, result)
    options.onFinished?.(result, item)
  }

  while (waiting.length > 0 || running.size > 0) {
    for (let index = 0; index < waiting.length && running.size < limit;) {
      const item = waiting[index]
      if (options.signal?.aborted) {
        waiting.splice(index, 1)
        record(item, { id: item.id, status: 'cancelled', summary: 'not started', reason: 'the run was cancelled', durationMs: 0 })
        continue
      }
      const blockers = item.needs.filter((need) => results.get(need)?.status !== 'pass')
      const unfinished = blockers.filter((need) => !results.has(need))
      if (unfinished.length > 0) {
        index++
        continue
      }
      waiting.splice(index, 1)
      if (blockers.length > 0) {
        record(item, {
          id: item.id,
          status: 'error',
          summary: 'not run',
          reason: `not run because ${blockers.map((id) => `\`${id}\``).join(', ')} did not pass`,
          durationMs: 0
        })
        continue
      }
      const task = runItem(item)
        .catch((error: unknown): GateResult => ({
          id: item.id,
          status: 'error',
          summary: 'crashed',
          reason: `internal error while running the gate: ${error instanceof Error ? error.message : String(error)}`,
          durationMs: 0
        }))
        .then((result) => {
          record(item, result)
          running.delete(item.id)
        })
      running.set(item.id, task)
    }
    if (running.size === 0) {
      // Only items whose needs can never finish are left (the checklist parser rejects cycles and unknown ids, so this is a guard).
      for (const item of waiting.splice(0)) {
        record(item, { id: item.id, status: 'error', summary: 'not run', reason: 'its `needs` can never be satisfied', durationMs: 0 })
      }
      break
    }
    await Promise.race(running.values())
  }
  return results
}
