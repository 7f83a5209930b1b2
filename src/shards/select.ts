/**
 * Splitting a checklist across a job matrix (`shard: K/N`). Pure and deterministic: every shard
 * job computes the same split from the same checklist and durations, then runs only its own part.
 *
 * Items joined by `needs` (in either direction, transitively) form one unit and stay in one shard:
 * an item can only run after its needs passed in the same run. Manual and file items are units
 * too, so each is owned by exactly one shard. Units go, heaviest first, to the shard with the
 * least weight so far (longest-processing-time first); ties go to the earlier unit and the lower
 * shard, so the split never depends on anything but its inputs.
 */
import { sha256Hex } from '../sha256.js'
import { allItems, type Checklist, type ChecklistItem } from '../checklist/types.js'
import type { ShardIdentity } from '../report/identity.js'

export interface ShardSpec {
  /** 1-based. */
  index: number
  total: number
}

/** More shards than this is a mistake (a job matrix has at most 256 jobs). */
export const MAX_SHARDS = 256

interface ShardSelection {
  /** The checklist with only this shard's items (sections that keep none are dropped). */
  checklist: Checklist
  identity: ShardIdentity
}

/**
 * Every shard's item ids, in checklist order within each shard.
 * @param durations milliseconds per item id from an earlier run; without them every command counts 1.
 */
export function splitChecklist(checklist: Checklist, total: number, durations?: ReadonlyMap<string, number>): string[][] {
  const items = allItems(checklist)
  const weigh = itemWeigher(items, durations)
  const units = needsUnits(items).map((unit) => ({ unit, weight: unit.reduce((sum, item) => sum + weigh(item), 0), first: items.indexOf(unit[0]) }))
  units.sort((a, b) => b.weight - a.weight || a.first - b.first)
  const loads = new Array<number>(total).fill(0)
  const owners = new Map<string, number>()
  for (const { unit, weight } of units) {
    let lightest = 0
    for (let shard = 1; shard < total; shard++) if (loads[shard] < loads[lightest]) lightest = shard
    loads[lightest] += weight
    for (const item of unit) owners.set(item.id, lightest)
  }
  const shards: string[][] = Array.from({ length: total }, () => [])
  for (const item of items) shards[owners.get(item.id) ?? 0].push(item.id)
  return shards
}

/** This shard's part of the checklist and what its report records about the split. */
export function selectShard(checklist: Checklist, spec: ShardSpec, durations?: ReadonlyMap<string, number>): ShardSelection {
  const shards = splitChecklist(checklist, spec.total, durations)
  const owned = new Set(shards[spec.index - 1])
  return {
    checklist: {
      ...checklist,
      title: spec.total === 1 ? checklist.title : `${checklist.title} — shard ${spec.index}/${spec.total}`,
      sections: checklist.sections.map((section) => ({ ...section, items: section.items.filter((item) => owned.has(item.id)) })).filter((section) => section.items.length > 0)
    },
    identity: {
      index: spec.index,
      total: spec.total,
      items: shards[spec.index - 1],
      balancedBy: durations && durations.size > 0 ? 'durations' : 'count',
      assignmentSha256: assignmentHash(shards)
    }
  }
}

/** The identity of a run that owns the whole checklist: shard 1 of 1. */
export function wholeChecklist(checklist: Checklist): ShardIdentity {
  const ids = allItems(checklist).map((item) => item.id)
  return { index: 1, total: 1, items: ids, balancedBy: 'count', assignmentSha256: assignmentHash([ids]) }
}

function assignmentHash(shards: readonly (readonly string[])[]): string {
  return sha256Hex(JSON.stringify(shards))
}

/**
 * Commands weigh their earlier duration, or the mean of the known ones when new (at least 1 ms,
 * so a split by durations still spreads them); manual and file items weigh nothing: they take no time.
 */
function itemWeigher(items: ChecklistItem[], durations: ReadonlyMap<string, number> | undefined): (item: ChecklistItem) => number {
  if (!durations || durations.size === 0) return (item) => (item.kind === 'command' ? 1 : 0)
  const known = items.filter((item) => item.kind === 'command' && durations.has(item.id)).map((item) => Math.max(1, durations.get(item.id) ?? 1))
  const fallback = known.length > 0 ? Math.max(1, Math.round(known.reduce((sum, value) => sum + value, 0) / known.length)) : 1
  return (item) => (item.kind === 'command' ? Math.max(1, Math.round(durations.get(item.id) ?? fallback)) : 0)
}

/** Items connected by `needs`, each group in checklist order, groups ordered by their first item. */
function needsUnits(items: ChecklistItem[]): ChecklistItem[][] {
  const parent = new Map(items.map((item) => [item.id, item.id]))
  const find = (id: string): string => {
    let root = id
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    // Path compression keeps long chains linear.
    for (let at = id; at !== root;) {
      const next = parent.get(at) ?? root
      parent.set(at, root)
      at = next
    }
    return root
  }
  for (const item of items) {
    for (const need of item.needs) if (parent.has(need)) parent.set(find(need), find(item.id))
  }
  const groups = new Map<string, ChecklistItem[]>()
  for (const item of items) {
    const root = find(item.id)
    const group = groups.get(root)
    if (group) group.push(item)
    else groups.set(root, [item])
  }
  return [...groups.values()]
}
