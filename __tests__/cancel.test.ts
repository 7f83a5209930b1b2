/** The runner cancels a job with SIGINT, then SIGTERM, then kills the tree: we must leave a summary and go first. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { eventually } from './helpers/eventually.js'
import { runAction, workspaceFrom } from './helpers/run-action.js'

function pidsRunning(marker: string): string {
  try {
    return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

describe.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('on %s', (signal) => {
  it('writes a CANCELLED summary at once, before any gate has ended, then stops every gate and exits non-zero', async () => {
    const marker = `go-no-go-cancel-${signal}-${process.pid}-${Date.now()}`
    const workspace = workspaceFrom(
      undefined,
      `version: 1
sections:
  - title: Slow
    items:
      - id: slow-a
        title: Slow A
        run: sh -c 'sleep 1000; echo ${marker}'
      - id: slow-b
        title: Slow B
        run: sh -c 'trap "" TERM; sleep 1000; echo ${marker}'
      - id: quick
        title: Quick
        run: "true"
`
    )
    const run = await runAction({
      workspace,
      inputs: { concurrency: '4' },
      onSpawn: (child) => {
        // Ready when the quick gate has finished: the slow ones are running then.
        let seen = ''
        const whenReady = (chunk: Buffer) => {
          seen += chunk.toString()
          if (!seen.includes('PASS quick')) return
          child.stdout?.off('data', whenReady)
          child.kill(signal)
        }
        child.stdout?.on('data', whenReady)
      }
    })
    expect(run.code).not.toBe(0)
    expect(run.summary).toMatch(/CANCELLED/)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toMatch(/slow-a/)
    expect(run.summary).not.toMatch(/could not be checked/)
    // Written at the signal, before any gate could end: the report written with the summary has no
    // exit code or signal for the gates the cancel stopped. Written once they ended, it would.
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { items: Array<{ id: string }> }
    for (const id of ['slow-a', 'slow-b']) expect(report.items.find((item) => item.id === id)).toMatchObject({ status: 'cancelled', exitCode: null, signal: null })
    await eventually(() => pidsRunning(marker) === '')
    expect(pidsRunning(marker)).toBe('')
  })
})

describe('a cancel as the run starts', () => {
  it('still leaves a NO-GO summary and the decision, whichever phase it lands in', async () => {
    const workspace = workspaceFrom(undefined, `version: 1\nsections:\n  - title: S\n    items:\n      - id: slow\n        title: Slow\n        run: sleep 30\n`)
    const run = await runAction({
      workspace,
      onSpawn: (child) => {
        const whenStarted = (chunk: Buffer) => {
          if (!chunk.toString().includes('::group::Plan the run')) return
          child.stdout?.off('data', whenStarted)
          child.kill('SIGTERM')
        }
        child.stdout?.on('data', whenStarted)
      }
    })
    expect(run.code).not.toBe(0)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toMatch(/^## ⏹️ CANCELLED — NO-GO/)
  })
})
