/** Durations read back from an earlier JSON report: only what plainly is one is used; anything else is refused whole, with the reason. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Checklist, ChecklistItem, CommandItem } from '../../src/checklist/types.js'
import { runChecklist } from '../../src/engine.js'
import { MAX_EARLIER_ITEMS, MAX_JSON_DEPTH, MAX_JSON_VALUES, earlierDurationsFromReport, jsonCostProblem } from '../../src/gates/earlier-durations.js'
import { createGateRunner } from '../../src/gates/gate-runner.js'
import { longestFirst } from '../../src/gates/start-order.js'
import { toJsonReport } from '../../src/report/json.js'

function gate(id: string, run: string, needs: string[] = []): CommandItem {
  return { kind: 'command', id, title: id, severity: 'blocking', section: 'S', run, timeoutMs: 60_000, workingDirectory: '.', env: {}, needs, expect: {} }
}
const ran = (id: string, command: string, durationMs: number) => ({ id, kind: 'command', command, status: 'pass', durationMs, exitCode: 0, signal: null, timedOut: false })

describe('earlierDurationsFromReport', () => {
  it('reads the JSON report a real run wrote: every command that ran, with its command and time', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-earlier-'))
    const items: ChecklistItem[] = [
      gate('ok', 'node -e 0'),
      gate('broken', 'node -e "process.exit(3)"'),
      gate('skipped', 'node -e 0', ['broken']),
      { kind: 'file', id: 'doc', title: 'doc', severity: 'blocking', section: 'S', path: 'README.md', needs: [] }
    ]
    const checklist: Checklist = { title: 'T', path: 'go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items }] }
    const runGate = createGateRunner({ workspace, parentEnv: process.env, scratchDir: mkdtempSync(path.join(os.tmpdir(), 'go-no-go-scratch-')), killGraceMs: 1_000 })
    const report = await runChecklist(checklist, runGate, { concurrency: 1, allowEmpty: false, parentEnv: {} })
    const read = earlierDurationsFromReport(JSON.parse(JSON.stringify(toJsonReport(report))))
    if (!('durations' in read)) throw new Error(read.problem)
    // A failing gate's time counts as much as a passing one's; `skipped` never started, `doc` runs nothing.
    expect([...read.durations.keys()]).toEqual(['ok', 'broken'])
    expect(read.durations.get('broken')).toEqual({ command: 'node -e "process.exit(3)"', durationMs: report.results.get('broken')?.durationMs })
  })

  it('leaves out gates that were cancelled or never started, and keeps a timeout (it says the gate is long)', () => {
    const read = earlierDurationsFromReport({
      items: [
        { ...ran('cancelled', 'a', 50), status: 'cancelled', exitCode: null, signal: 'SIGTERM' },
        { ...ran('unstarted', 'b', 0), status: 'error', exitCode: null },
        { ...ran('timeout', 'c', 600_000), status: 'error', exitCode: null, signal: 'SIGKILL', timedOut: true }
      ]
    })
    expect('durations' in read && [...read.durations.keys()]).toEqual(['timeout'])
  })

  it.each([
    ['not an object', 'report', /no `items` list/],
    ['no items', { decision: 'go' }, /no `items` list/],
    ['items not a list', { items: { a: 1 } }, /no `items` list/],
    ['an item that is not an object', { items: [ran('a', 'x', 1), 'b'] }, /item 2 has no usable `id`/],
    ['an id that is a number', { items: [{ ...ran('a', 'x', 1), id: 7 }] }, /item 1 has no usable `id`/],
    ['an empty id', { items: [{ ...ran('a', 'x', 1), id: '' }] }, /item 1 has no usable `id`/],
    ['a duration that is text', { items: [{ ...ran('a', 'x', 1), durationMs: '100' }] }, /item 1 has no usable `durationMs`/],
    ['a negative duration', { items: [ran('a', 'x', -1)] }, /item 1 has no usable `durationMs`/],
    ['a NaN duration', { items: [ran('a', 'x', Number.NaN)] }, /item 1 has no usable `durationMs`/],
    ['an infinite duration (1e999 in JSON)', JSON.parse('{"items":[{"id":"a","kind":"command","command":"x","durationMs":1e999,"exitCode":0}]}'), /no usable `durationMs`/],
    ['a command that is not text', { items: [{ ...ran('a', 'x', 1), command: ['x'] }] }, /item 1 has no usable `command`/],
    ['an id twice', { items: [ran('a', 'x', 1), ran('a', 'y', 2)] }, /item 2 repeats an id/],
    ['more items than any checklist', { items: Array.from({ length: MAX_EARLIER_ITEMS + 1 }, (_, index) => ran(`g${index}`, 'x', 1)) }, /lists 10,001 items/]
  ])('refuses a report with %s', (_name, json, problem) => {
    expect(earlierDurationsFromReport(json)).toEqual({ problem: expect.stringMatching(problem) })
  })

  it('reads thousands of ids it does not need without harm: only the checklist’s own ids matter', () => {
    const json = {
      items: [
        ...Array.from({ length: MAX_EARLIER_ITEMS - 2 }, (_, index) => ran(`other-${index}`, 'cargo fmt', 900_000)),
        ran('fmt', 'cargo fmt', 90_000),
        ran('test', 'cargo test', 1_000)
      ]
    }
    const read = earlierDurationsFromReport(json)
    if (!('durations' in read)) throw new Error(read.problem)
    const order = longestFirst([gate('test', 'cargo test'), gate('fmt', 'cargo fmt')], read.durations)
    expect(order.map((item) => item.id)).toEqual(['fmt', 'test'])
  })

  it('treats prototype keys as plain ids and data: nothing is polluted, no other gate moves', () => {
    const text =
      '{"__proto__":{"items":[]},"items":[{"id":"__proto__","kind":"command","command":"cargo fmt","durationMs":99999,"exitCode":0},' +
      '{"id":"constructor","kind":"command","command":"cargo fmt","durationMs":99999,"exitCode":0},{"id":"hasOwnProperty","kind":"command","command":"x","durationMs":1,"exitCode":0}]}'
    const read = earlierDurationsFromReport(JSON.parse(text))
    if (!('durations' in read)) throw new Error(read.problem)
    expect(({} as Record<string, unknown>).items).toBeUndefined()
    const order = longestFirst([gate('fmt', 'cargo fmt'), gate('test', 'cargo test'), gate('constructor', 'cargo check')], read.durations)
    // `constructor` ran another command last time: a new gate, placed by its command among… nothing known.
    expect(order.map((item) => item.id)).toEqual(['test', 'constructor', 'fmt'])
    // A report whose only `items` sit behind `__proto__` has none of its own.
    expect(earlierDurationsFromReport(JSON.parse('{"__proto__":{"items":[]}}'))).toEqual({ problem: expect.stringContaining('no `items` list') })
  })
})

describe('jsonCostProblem', () => {
  const cost = (text: string) => jsonCostProblem(Buffer.from(text))

  it('passes a real report and counts only structure outside strings', () => {
    expect(cost(JSON.stringify({ items: [ran('a', 'echo "[[[[,,,,{{{{"', 1)] }))).toBeUndefined()
    // An escaped quote does not end the string: the brackets after it are still text.
    expect(cost(`{"s": "\\" ${'['.repeat(MAX_JSON_DEPTH + 1)}"}`)).toBeUndefined()
    expect(cost(`{"s": "\\\\"}${'['.repeat(MAX_JSON_DEPTH + 1)}`)).toMatch(/nested more than 64/)
  })

  it('refuses nesting past MAX_JSON_DEPTH and more than MAX_JSON_VALUES values', () => {
    expect(cost('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeUndefined()
    expect(cost('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1))).toBe('it is nested more than 64 levels deep')
    expect(cost(`[${'0,'.repeat(MAX_JSON_VALUES - 2)}0]`)).toBeUndefined()
    expect(cost(`[${'0,'.repeat(MAX_JSON_VALUES)}0]`)).toBe('it holds more than 300,000 values')
  })
})
