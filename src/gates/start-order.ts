/**
 * Which ready gate starts first. With fewer slots than gates, the run ends when its longest gate
 * does: starting the long ones (test suites) first and the short ones (formatting) in the gaps
 * keeps every slot busy to the end instead of leaving one test suite running alone.
 *
 * What a gate took last time is the best guess of what it takes now; a guess from its command is
 * the fallback. Only the order changes: the scheduler still honours `needs` and `concurrency`,
 * and no result depends on which gate started first.
 */
import type { ChecklistItem } from '../checklist/types.js'
import { stripControl } from '../text/sanitize.js'

/** What one gate took in an earlier run, and the command it ran then. */
export interface EarlierDuration {
  command: string
  durationMs: number
}

/** Keyed by item id; plain data, read from an earlier report at the edge. */
export type EarlierDurations = ReadonlyMap<string, EarlierDuration>

/** Rough expected cost of a gate from its command, highest first; a guess, so ties keep checklist order. */
const COSTS: Array<[RegExp, number]> = [
  // Test suites build and then run everything.
  [/\b(?:cargo\s+(?:\+\S+\s+)?(?:test|nextest)|npm\s+(?:run\s+)?test|node\s+--test|jest|vitest|mocha|pytest|go\s+test)\b/, 3],
  // Whole-program checks and builds.
  [/\b(?:cargo\s+(?:\+\S+\s+)?(?:clippy|check|build|doc)|tsc|eslint|npm\s+run\s+(?:build|lint|typecheck)|go\s+vet)\b/, 2],
  // Formatting and quick looks.
  [/\b(?:fmt|prettier|audit)\b/, 1]
]

function expectedCost(item: ChecklistItem): number {
  if (item.kind !== 'command') return 0
  // An unknown command may be anything: between the checks and the formatters.
  return COSTS.find(([pattern]) => pattern.test(item.run))?.[1] ?? 1.5
}

/**
 * What the item took last time, when that run ran the same command under the same id. A changed
 * `run:` is another gate whose old time says nothing. Reports strip control characters from
 * commands, so the stripped command matches too.
 */
function measuredDuration(item: ChecklistItem, earlier: EarlierDurations): number | undefined {
  if (item.kind !== 'command') return undefined
  const known = earlier.get(item.id)
  if (!known || !Number.isFinite(known.durationMs) || known.durationMs < 0) return undefined
  return known.command === item.run || known.command === stripControl(item.run) ? known.durationMs : undefined
}

/**
 * The items in the order ready ones should start: longest first, checklist order among equals.
 * With earlier durations, a gate they know is weighed by its time; one they do not know is placed
 * by its guessed cost among the known ones: the mean time of known gates of the same cost, else at
 * least the longest known cheaper one, else at most the shortest known costlier one. Without any
 * known gate the guessed cost alone decides. Evidence files and sign-offs run nothing: last.
 * Among equal times a costlier command starts first, then a measured gate before an estimated one.
 *
 * @param earlier durations of an earlier run by item id (default: none).
 */
export function longestFirst(items: readonly ChecklistItem[], earlier: EarlierDurations = new Map()): ChecklistItem[] {
  const ranked = items.map((item, index) => ({ item, index, cost: expectedCost(item), measured: measuredDuration(item, earlier) }))
  const known = ranked.filter((entry) => entry.measured !== undefined) as Array<(typeof ranked)[number] & { measured: number }>
  const estimate = (entry: (typeof ranked)[number]): number => {
    if (entry.item.kind !== 'command') return -1
    if (entry.measured !== undefined) return entry.measured
    const same = known.filter((other) => other.cost === entry.cost)
    if (same.length > 0) return same.reduce((sum, other) => sum + other.measured, 0) / same.length
    const cheaper = known.filter((other) => other.cost < entry.cost)
    if (cheaper.length > 0) return cheaper.reduce((longest, other) => Math.max(longest, other.measured), 0)
    return known.reduce((shortest, other) => Math.min(shortest, other.measured), Infinity)
  }
  const keyed = ranked.map((entry) => ({ ...entry, key: known.length > 0 ? estimate(entry) : entry.cost }))
  const measuredFirst = (entry: (typeof ranked)[number]) => (entry.measured === undefined ? 1 : 0)
  return keyed.sort((a, b) => b.key - a.key || b.cost - a.cost || measuredFirst(a) - measuredFirst(b) || a.index - b.index).map(({ item }) => item)
}
