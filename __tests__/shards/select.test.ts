/** Splitting a checklist across shards: deterministic, every item once, needs chains together. */
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { allItems } from '../../src/checklist/types.js'
import { earlierDurationsFromReport } from '../../src/gates/earlier-durations.js'
import { selectShard, splitChecklist } from '../../src/shards/select.js'

function checklistOf(items: string): ReturnType<typeof parseYamlChecklist> {
  return parseYamlChecklist(`version: 1\ntitle: Release\nsections:\n  - title: First\n    items:\n${items}`, '.github/go-no-go.yml')
}

const command = (id: string, extra = '') => `      - id: ${id}\n        title: ${id}\n        run: echo ${id}\n${extra}`

describe('splitChecklist', () => {
  const text = [
    command('a'),
    command('b', '        needs: [a]\n'),
    command('c'),
    command('d'),
    command('e', '        needs: [b]\n'),
    command('f'),
    '      - id: runbook\n        title: Runbook\n        file: docs/ROLLBACK.md\n',
    '      - id: signoff\n        title: Sign-off\n        manual: true\n',
    command('g'),
    command('h')
  ].join('')
  const checklist = checklistOf(text)

  it('owns every item exactly once, whatever the number of shards', () => {
    for (const total of [1, 2, 3, 4, 7, 10, 13]) {
      const owned = splitChecklist(checklist, total).flat()
      expect(owned.sort()).toEqual(
        allItems(checklist)
          .map((item) => item.id)
          .sort()
      )
    }
  })

  it('keeps a needs chain (a → b → e) in one shard', () => {
    for (const total of [2, 3, 4, 8]) {
      const shards = splitChecklist(checklist, total)
      const holder = shards.findIndex((ids) => ids.includes('a'))
      expect(shards[holder]).toEqual(expect.arrayContaining(['a', 'b', 'e']))
    }
  })

  it('balances by count: a chain of 3 and 5 single gates over 4 shards are 3, 2, 2 and 1', () => {
    const shards = splitChecklist(checklist, 4)
    const commands = shards.map((ids) => ids.filter((id) => !['runbook', 'signoff'].includes(id)).length)
    expect(commands.sort()).toEqual([1, 2, 2, 3])
  })

  it('is the same split every time, and another with durations', () => {
    expect(splitChecklist(checklist, 3)).toEqual(splitChecklist(checklistOf(text), 3))
    const slow = new Map([
      ['c', 60_000],
      ['d', 1_000],
      ['f', 1_000],
      ['g', 1_000],
      ['h', 1_000],
      ['a', 1_000],
      ['b', 1_000],
      ['e', 1_000]
    ])
    const byTime = splitChecklist(checklist, 2, slow)
    // The one slow gate gets a shard to itself (with the items that take no time).
    expect(byTime.find((ids) => ids.includes('c'))?.filter((id) => !['runbook', 'signoff'].includes(id))).toEqual(['c'])
    expect(byTime).not.toEqual(splitChecklist(checklist, 2))
  })

  it('selects one shard: its items only, empty sections dropped, and what it owns recorded with the split', () => {
    const two = checklistOf(command('a')).sections[0]
    const withSections = { ...checklist, sections: [checklist.sections[0], { title: 'Second', items: [{ ...two.items[0], id: 'z' }] }] }
    const first = selectShard(withSections, { index: 1, total: 3 })
    const second = selectShard(withSections, { index: 2, total: 3 })
    expect(first.identity).toMatchObject({ index: 1, total: 3, balancedBy: 'count' })
    expect(allItems(first.checklist).map((item) => item.id)).toEqual(first.identity.items)
    expect(first.identity.assignmentSha256).toBe(second.identity.assignmentSha256)
    expect(first.checklist.title).toBe('Release — shard 1/3')
    for (const section of [...first.checklist.sections, ...second.checklist.sections]) expect(section.items.length).toBeGreaterThan(0)
  })

  it('gives a shard with nothing left to own an empty part, not an error', () => {
    const small = checklistOf(command('only'))
    expect(splitChecklist(small, 3)).toEqual([['only'], [], []])
    expect(selectShard(small, { index: 3, total: 3 }).checklist.sections).toEqual([])
  })
})

/** Milliseconds per id, as shard balancing takes them from the reader start order shares. */
function durationsFromReport(json: unknown): Map<string, number> | { problem: string } {
  const read = earlierDurationsFromReport(json)
  return 'durations' in read ? new Map([...read.durations].map(([id, earlier]) => [id, earlier.durationMs])) : read
}

describe('durations for balancing shards', () => {
  it('keeps what commands took, not cancelled or never-started ones; a timeout counts', () => {
    const durations = durationsFromReport({
      items: [
        { id: 'ran', kind: 'command', command: 'cargo test', status: 'pass', durationMs: 1200, exitCode: 0, signal: null, timedOut: false },
        { id: 'slow', kind: 'command', command: 'cargo test --release', status: 'error', durationMs: 600_000, exitCode: null, signal: 'SIGKILL', timedOut: true },
        { id: 'not-run', kind: 'command', command: 'npm test', status: 'error', durationMs: 0, exitCode: null, signal: null, timedOut: false },
        { id: 'stopped', kind: 'command', command: 'sleep 9', status: 'cancelled', durationMs: 40, exitCode: null, signal: 'SIGTERM', timedOut: false },
        { id: 'file', kind: 'file', status: 'pass', durationMs: 1 }
      ]
    })
    expect(durations).toEqual(
      new Map([
        ['ran', 1200],
        ['slow', 600_000]
      ])
    )
    expect(durationsFromReport({ nope: true })).toEqual({ problem: expect.stringContaining('not a go-no-go JSON report') })
  })
})
