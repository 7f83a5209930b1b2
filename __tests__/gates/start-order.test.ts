/** Ready gates start longest first (test suites, then checks, then formatting), checklist order among equals. */
import type { Checklist, ChecklistItem, CommandItem } from '../../src/checklist/types.js'
import { runChecklist } from '../../src/engine.js'
import { longestFirst } from '../../src/gates/start-order.js'

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
