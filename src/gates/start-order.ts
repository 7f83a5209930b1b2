/**
 * Which ready gate starts first. With fewer slots than gates, the run ends when its longest gate
 * does: starting the long ones (test suites) first and the short ones (formatting) in the gaps
 * keeps every slot busy to the end instead of leaving one test suite running alone.
 */
import type { ChecklistItem } from '../checklist/types.js'

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

/** The items in the order ready ones should start: most expensive first, checklist order among equals. */
export function longestFirst(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items
    .map((item, index) => ({ item, index, cost: expectedCost(item) }))
    .sort((a, b) => b.cost - a.cost || a.index - b.index)
    .map(({ item }) => item)
}
