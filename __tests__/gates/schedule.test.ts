import type { ChecklistItem } from '../../src/checklist/types.js'
import { runScheduled } from '../../src/gates/schedule.js'
import type { GateResult, GateStatus } from '../../src/gates/types.js'

function item(id: string, needs: string[] = []): ChecklistItem {
  return { kind: 'file', id, title: id, severity: 'blocking', section: 'S', path: `${id}.md`, needs }
}

function finishing(statuses: Record<string, GateStatus>, log: string[], delayMs = 20) {
  return async (entry: ChecklistItem): Promise<GateResult> => {
    log.push(`start ${entry.id}`)
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    log.push(`end ${entry.id}`)
    return { id: entry.id, status: statuses[entry.id] ?? 'pass', summary: '', durationMs: delayMs }
  }
}

describe('runScheduled', () => {
  it('runs independent gates in parallel up to the concurrency limit', async () => {
    const log: string[] = []
    let running = 0
    let peak = 0
    const results = await runScheduled(
      [item('a'), item('b'), item('c'), item('d')],
      async (entry) => {
        running++
        peak = Math.max(peak, running)
        await new Promise((resolve) => setTimeout(resolve, 30))
        running--
        log.push(entry.id)
        return { id: entry.id, status: 'pass', summary: '', durationMs: 30 }
      },
      { concurrency: 2 }
    )
    expect(peak).toBe(2)
    expect(results.size).toBe(4)
  })

  it('starts an item only after everything it needs has finished', async () => {
    const log: string[] = []
    await runScheduled([item('test', ['build']), item('build')], finishing({}, log), { concurrency: 4 })
    expect(log.indexOf('end build')).toBeLessThan(log.indexOf('start test'))
  })

  it('does not run an item whose needs failed, and reports it as an error rather than a pass', async () => {
    const log: string[] = []
    const results = await runScheduled([item('build'), item('test', ['build']), item('deploy-check', ['test'])], finishing({ build: 'fail' }, log), { concurrency: 4 })
    expect(log).not.toContain('start test')
    expect(results.get('test')).toMatchObject({ status: 'error', reason: expect.stringContaining('`build` did not pass') })
    expect(results.get('deploy-check')).toMatchObject({ status: 'error', reason: expect.stringContaining('`test`') })
  })

  it('turns a crash inside a gate into an error result', async () => {
    const results = await runScheduled(
      [item('a')],
      async () => {
        throw new Error('boom')
      },
      { concurrency: 1 }
    )
    expect(results.get('a')).toMatchObject({ status: 'error', reason: expect.stringContaining('boom') })
  })

  it('marks items that had not started as cancelled when the run is aborted', async () => {
    const abort = new AbortController()
    const log: string[] = []
    const finish = finishing({}, log)
    // The run is cancelled while the first item runs, whatever the machine's speed.
    const results = await runScheduled(
      [item('a'), item('b'), item('c')],
      (entry) => {
        abort.abort()
        return finish(entry)
      },
      { concurrency: 1, signal: abort.signal }
    )
    expect(log).toEqual(['start a', 'end a'])
    expect(results.get('b')?.status).toBe('cancelled')
    expect(results.get('c')?.status).toBe('cancelled')
  })
})
