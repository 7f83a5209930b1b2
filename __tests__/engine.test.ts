import type { Checklist } from '../src/checklist/types.js'
import { runChecklist, type RunGuard } from '../src/engine.js'

const checklist: Checklist = {
  title: 'T',
  path: 'c.yml',
  format: 'yaml',
  sections: [{ title: 'S', items: [{ kind: 'file', id: 'doc', title: 'doc', severity: 'blocking', section: 'S', path: 'x', needs: [] }] }]
}

describe('runChecklist guards', () => {
  it('looks before the first gate and after the last, and a problem it finds makes a passing run NO-GO', async () => {
    const events: string[] = []
    const guard: RunGuard = {
      name: 'tree',
      before: async () => void events.push('before'),
      after: async () => {
        events.push('after')
        return [{ code: 'cancelled', message: 'a gate changed src/lib.rs' }]
      }
    }
    const report = await runChecklist(
      checklist,
      async (item) => {
        events.push(`gate ${item.id}`)
        return { id: item.id, status: 'pass', summary: 'file present', durationMs: 0 }
      },
      { concurrency: 1, allowEmpty: false, guards: [guard] }
    )
    expect(events).toEqual(['before', 'gate doc', 'after'])
    expect(report.verdict.decision).toBe('no-go')
    expect(report.verdict.reasons[0]).toBe('a gate changed src/lib.rs')
  })
})

describe('runChecklist guards around each gate', () => {
  it('lets a guard run each gate itself, to look between gates', async () => {
    const events: string[] = []
    const guard: RunGuard = {
      name: 'tree',
      before: async () => undefined,
      around: async (item, run) => {
        events.push(`start ${item.id}`)
        const result = await run()
        events.push(`end ${item.id} ${result.status}`)
        return result
      },
      after: async () => []
    }
    const report = await runChecklist(
      checklist,
      async (item) => {
        events.push(`gate ${item.id}`)
        return { id: item.id, status: 'pass', summary: 'file present', durationMs: 0 }
      },
      { concurrency: 1, allowEmpty: false, guards: [guard] }
    )
    expect(events).toEqual(['start doc', 'gate doc', 'end doc pass'])
    expect(report.verdict.decision).toBe('go')
  })
})
