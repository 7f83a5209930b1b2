/** The runner cancels a job with SIGINT, then SIGTERM, then kills the tree: we must leave a summary and go first. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { runAction, workspaceFrom } from './helpers/run-action.js'

function pidsRunning(marker: string): string {
  try {
    return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

describe.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('on %s', (signal) => {
  it('stops every gate, writes a CANCELLED summary within 1 s, and exits non-zero within 7 s', async () => {
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
    let sentAt = 0
    let summaryAfterMs = Infinity
    const run = await runAction({
      workspace,
      inputs: { concurrency: '4' },
      onSpawn: (child, files) => {
        // Ready when the quick gate has finished: the slow ones are running then.
        let seen = ''
        const whenReady = (chunk: Buffer) => {
          seen += chunk.toString()
          if (!seen.includes('PASS quick')) return
          child.stdout?.off('data', whenReady)
          sentAt = Date.now()
          child.kill(signal)
          const look = () => {
            if (summaryAfterMs === Infinity && readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8').includes('CANCELLED')) summaryAfterMs = Date.now() - sentAt
          }
          const poll = setInterval(look, 25)
          child.once('exit', () => {
            look()
            clearInterval(poll)
          })
        }
        child.stdout?.on('data', whenReady)
      }
    })
    const exitedAfter = Date.now() - sentAt
    expect(summaryAfterMs).toBeLessThan(1_000)
    expect(run.code).not.toBe(0)
    expect(exitedAfter).toBeLessThan(7_000)
    expect(run.summary).toMatch(/CANCELLED/)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toMatch(/slow-a/)
    expect(run.summary).not.toMatch(/could not be checked/)
    await new Promise((resolve) => setTimeout(resolve, 300))
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
