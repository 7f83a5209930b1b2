/**
 * The action's `previous-report` input: an earlier run's JSON report (restored from a cache) makes
 * the gate it measured longest start first. Start order is watched through the gates themselves
 * (each appends its name to a file outside the workspace); no timing is asserted.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, workspaceFrom } from './helpers/run-action.js'

function project(): { workspace: string; order: string } {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-order-'))
  const order = path.join(scratch, 'started.txt')
  const script = path.join(scratch, 'gate.js')
  writeFileSync(script, "require('fs').appendFileSync(process.argv[2], process.argv[3] + '\\n'); setTimeout(() => {}, Number(process.argv[4]))\n")
  const gate = (id: string, waitMs: number) => `      - id: ${id}\n        title: ${id}\n        run: node ${script} ${order} ${id} ${waitMs}\n`
  return { workspace: workspaceFrom(undefined, `version: 1\ntitle: Order\nsections:\n  - title: S\n    items:\n${gate('quick', 0)}${gate('slow', 1_500)}`), order }
}
const started = (order: string) => {
  const lines = readFileSync(order, 'utf8').split('\n').filter(Boolean)
  writeFileSync(order, '')
  return lines
}
const unusedLines = (stdout: string) => stdout.split('\n').filter((line) => line.includes('was not used'))

describe('previous-report orders the gates', () => {
  it('starts the gate the last run measured longest first', async () => {
    const { workspace, order } = project()
    const first = await runAction({ workspace, inputs: { concurrency: '1' } })
    expect(first.outputs.decision).toBe('go')
    expect(started(order)).toEqual(['quick', 'slow'])
    // As actions/cache would restore it: the last run's `report` output, somewhere on the runner.
    const restored = path.join(mkdtempSync(path.join(os.tmpdir(), 'go-no-go-restored-')), 'report.json')
    copyFileSync(first.outputs.report, restored)
    const second = await runAction({ workspace, inputs: { concurrency: '1', 'previous-report': restored } })
    expect(second.outputs.decision).toBe('go')
    expect(started(order)).toEqual(['slow', 'quick'])
    expect(unusedLines(second.stdout)).toEqual([])
  })

  it.each([
    ['missing (a cache miss)', undefined, /\(it does not exist\)/],
    ['planted with hostile values', '{"decision":"go","items":[{"id":"__proto__","kind":"command","command":"x","durationMs":1e999}]}', /item 1 has no usable `durationMs`/]
  ])('goes on in the usual order with one log line when the file is %s, and the verdict is the run’s own', async (_name, content, problem) => {
    const { workspace, order } = project()
    // A path relative to the workspace, as a pull request could fill it.
    if (content !== undefined) writeFileSync(path.join(workspace, 'last.json'), content)
    const failing = readFileSync(path.join(workspace, '.github', 'go-no-go.yml'), 'utf8').replace(/(slow) 1500/, '$1 0 && exit 3')
    writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), failing)
    const run = await runAction({ workspace, inputs: { concurrency: '1', 'previous-report': 'last.json' } })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.code).toBe(1)
    expect(started(order)).toEqual(['quick', 'slow'])
    const lines = unusedLines(run.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(problem)
    expect(lines[0]).toMatch(/^The previous report ".*last\.json" was not used \(.*\): gates start in the usual order\.$/)
  })
})
