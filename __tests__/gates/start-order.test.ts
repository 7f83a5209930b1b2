/** Ready gates start longest first (test suites, then checks, then formatting), checklist order among equals. */
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Checklist, ChecklistItem, CommandItem } from '../../src/checklist/types.js'
import { runChecklist } from '../../src/engine.js'
import { createGateRunner } from '../../src/gates/gate-runner.js'
import { longestFirst, type EarlierDurations } from '../../src/gates/start-order.js'

function gate(id: string, run: string, needs: string[] = []): CommandItem {
  return { kind: 'command', id, title: id, severity: 'blocking', section: 'S', run, timeoutMs: 60_000, workingDirectory: '.', env: {}, needs, expect: {} }
}
const ids = (items: ChecklistItem[]) => items.map((item) => item.id)

describe('the order ready gates start in', () => {
  it('puts test suites before lints before formatting, whatever the checklist order', () => {
    const items = [gate('fmt', 'cargo fmt --check'), gate('clippy', 'cargo clippy -- -D warnings'), gate('test', 'cargo test'), gate('prettier', 'npx prettier --check .')]
    expect(ids(longestFirst(items))).toEqual(['test', 'clippy', 'fmt', 'prettier'])
  })

  it('keeps checklist order among gates it cannot tell apart, and puts evidence files and sign-offs last', () => {
    const items: ChecklistItem[] = [
      { kind: 'file', id: 'runbook', title: 'Runbook', severity: 'blocking', section: 'S', path: 'RUNBOOK.md' } as ChecklistItem,
      gate('a', './deploy-check.sh'),
      gate('b', 'make smoke'),
      gate('node-test', 'node --test'),
      gate('tsc', 'tsc --noEmit')
    ]
    expect(ids(longestFirst(items))).toEqual(['node-test', 'tsc', 'a', 'b', 'runbook'])
  })

  it('is the order a run with one slot starts them in, and `needs` still come first', async () => {
    const items = [gate('fmt', 'cargo fmt --check'), gate('test', 'cargo test', ['fmt']), gate('clippy', 'cargo clippy')]
    const checklist: Checklist = { title: 'T', path: 'go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items }] }
    const started: string[] = []
    await runChecklist(
      checklist,
      async (item) => {
        started.push(item.id)
        return { id: item.id, status: 'pass', summary: 'ok', durationMs: 0 }
      },
      { concurrency: 1, allowEmpty: false, parentEnv: {} }
    )
    expect(started).toEqual(['clippy', 'fmt', 'test'])
  })
})

describe('the order with durations from an earlier run', () => {
  const earlier = (entries: Record<string, [string, number]>): EarlierDurations =>
    new Map(Object.entries(entries).map(([id, [command, durationMs]]) => [id, { command, durationMs }]))

  it('starts the gate that took longest last time first, whatever its command suggests', () => {
    const items = [gate('test', 'cargo test'), gate('lint', 'cargo clippy'), gate('slow-fmt', 'cargo fmt --check')]
    const durations = earlier({ test: ['cargo test', 20_000], lint: ['cargo clippy', 5_000], 'slow-fmt': ['cargo fmt --check', 90_000] })
    expect(ids(longestFirst(items, durations))).toEqual(['slow-fmt', 'test', 'lint'])
  })

  it('takes a gate whose `run:` changed for a new one, placed by its command', () => {
    const items = [gate('a', './quick.sh'), gate('b', 'cargo test --all')]
    // Last time `b` ran something else that was quick; `cargo test --all` is new.
    expect(ids(longestFirst(items, earlier({ a: ['./quick.sh', 1_000], b: ['cargo test', 10] })))).toEqual(['b', 'a'])
    expect(ids(longestFirst(items, earlier({ a: ['./quick.sh', 1_000], b: ['cargo test --all', 10] })))).toEqual(['a', 'b'])
  })

  it('places a gate the report does not know among the known ones by what its command suggests', () => {
    // A new test suite: at least as long as the longest known cheaper gate. A new check: the mean of the known checks.
    const items = [gate('fmt', 'cargo fmt --check'), gate('clippy', 'cargo clippy'), gate('tsc', 'tsc --noEmit'), gate('new-test', 'cargo test'), gate('new-lint', 'eslint .')]
    const order = longestFirst(items, earlier({ fmt: ['cargo fmt --check', 400], clippy: ['cargo clippy', 30_000], tsc: ['tsc --noEmit', 10_000] }))
    expect(ids(order)).toEqual(['new-test', 'clippy', 'new-lint', 'tsc', 'fmt'])
    // A new formatter: at most as long as the shortest known costlier gate.
    const later = longestFirst(
      [gate('test', 'cargo test'), gate('clippy', 'cargo clippy'), gate('other', './x.sh'), gate('new-fmt', 'cargo fmt')],
      earlier({ test: ['cargo test', 60_000], clippy: ['cargo clippy', 30_000], other: ['./x.sh', 20_000] })
    )
    expect(ids(later)).toEqual(['test', 'clippy', 'other', 'new-fmt'])
  })

  it('starts a measured gate before a new one estimated at the same time', () => {
    const order = longestFirst([gate('new', './new-check.sh'), gate('known', './known-check.sh')], earlier({ known: ['./known-check.sh', 500] }))
    expect(ids(order)).toEqual(['known', 'new'])
  })

  it('keeps evidence files and sign-offs last, and ignores durations of items that are not commands', () => {
    const file = { kind: 'file', id: 'runbook', title: 'Runbook', severity: 'blocking', section: 'S', path: 'RUNBOOK.md', needs: [] } as ChecklistItem
    const order = longestFirst([file, gate('a', 'true')], earlier({ runbook: ['RUNBOOK.md', 99_999], a: ['true', 1] }))
    expect(ids(order)).toEqual(['a', 'runbook'])
  })

  it('matches a command the report stripped of control characters, as JSON reports do', () => {
    const items = [gate('a', 'cargo test'), gate('b', 'printf "\x1b[31mred"')]
    expect(ids(longestFirst(items, earlier({ b: ['printf "red"', 99_000], a: ['cargo test', 1] })))).toEqual(['b', 'a'])
  })

  it('gives a duration that is not a finite, non-negative number no weight', () => {
    const items = [gate('fmt', 'cargo fmt'), gate('other', './other.sh')]
    for (const bad of [Number.NaN, Infinity, -5]) expect(ids(longestFirst(items, earlier({ fmt: ['cargo fmt', bad], other: ['./other.sh', 100] })))).toEqual(['other', 'fmt'])
  })

  it('at one slot, starts the gates of a real run in that order, and `needs` still come first', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-order-'))
    const log = path.join(workspace, 'started.txt')
    const writes = (id: string) => `node -e "require('fs').appendFileSync('started.txt', '${id}\\n')"`
    const items = [gate('a', writes('a')), gate('b', writes('b')), gate('c', writes('c'), ['a'])]
    const checklist: Checklist = { title: 'T', path: 'go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items }] }
    const runGate = createGateRunner({ workspace, parentEnv: process.env, scratchDir: mkdtempSync(path.join(os.tmpdir(), 'go-no-go-scratch-')), killGraceMs: 1_000 })
    // `c` took longest last time but needs `a`; `b` took longer than `a`.
    const durations = earlier({ a: [writes('a'), 10], b: [writes('b'), 5_000], c: [writes('c'), 60_000] })
    const report = await runChecklist(checklist, runGate, { concurrency: 1, allowEmpty: false, parentEnv: {}, earlierDurations: durations })
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual(['b', 'a', 'c'])
    expect(report.verdict.decision).toBe('go')
  })
})
