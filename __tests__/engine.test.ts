import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Checklist, CommandItem } from '../src/checklist/types.js'
import { runChecklist, type RunGuard } from '../src/engine.js'
import { createGateRunner } from '../src/gates/gate-runner.js'

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

  it('looks with every guard at once after the gates (the slowest one sets the wait), keeping their problems in guard order', async () => {
    // The first guard finishes only once the second has started looking: one after the other, this never ends.
    let secondStarted: () => void = () => undefined
    const second = new Promise<void>((resolve) => (secondStarted = resolve))
    const waiting: RunGuard = {
      name: 'runner files',
      before: async () => undefined,
      after: async () => {
        await second
        return [{ code: 'runner-file-changed', message: 'a gate wrote to GITHUB_ENV' }]
      }
    }
    const tree: RunGuard = {
      name: 'tree',
      before: async () => undefined,
      after: async () => {
        secondStarted()
        return [{ code: 'working-tree-changed', message: 'a gate changed src/lib.rs' }]
      }
    }
    const report = await runChecklist(checklist, async (item) => ({ id: item.id, status: 'pass', summary: 'file present', durationMs: 0 }), {
      concurrency: 1,
      allowEmpty: false,
      guards: [waiting, tree]
    })
    expect(report.verdict.runProblems.map((problem) => problem.message)).toEqual(['a gate wrote to GITHUB_ENV', 'a gate changed src/lib.rs'])
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

describe('the same command written twice runs once', () => {
  const run = (writes: string) => `node -e "require('fs').writeFileSync('r.xml', '${writes}'); console.log('all good')"`
  const report = `<testsuite name=\\"s\\" tests=\\"2\\" failures=\\"1\\"><testcase name=\\"a\\" classname=\\"c\\"/><testcase name=\\"b\\" classname=\\"c\\"><failure message=\\"boom\\"/></testcase></testsuite>`
  const gate = (id: string, fields: Partial<CommandItem> = {}): CommandItem => ({
    kind: 'command',
    id,
    title: id,
    severity: 'blocking',
    section: 'S',
    run: run(report),
    timeoutMs: 60_000,
    workingDirectory: '.',
    env: {},
    needs: [],
    expect: {},
    ...fields
  })

  it('but not when only one of them is judged by its JUnit report: a plain twin placed first cannot pass the gate', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-once-'))
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-scratch-'))
    const twins: Checklist = { title: 'T', path: 'c.yml', format: 'yaml', sections: [{ title: 'S', items: [gate('smoke'), gate('tests', { junit: 'r.xml' })] }] }
    const result = await runChecklist(twins, createGateRunner({ workspace, parentEnv: process.env, scratchDir: scratch, killGraceMs: 1_000 }), {
      concurrency: 1,
      allowEmpty: false,
      parentEnv: {}
    })
    expect(result.results.get('smoke')?.status).toBe('pass')
    expect(result.results.get('tests')).toMatchObject({ status: 'fail', reason: expect.stringContaining('c.b') })
    expect(result.verdict.decision).toBe('no-go')
  })
  it('but not when one of them waits for another gate first: it runs after that gate, as written', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-once-'))
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-scratch-'))
    writeFileSync(path.join(workspace, 'stale-build'), 'left by an earlier run')
    const check = 'test -f stale-build'
    const items = [gate('early', { run: check }), gate('clean', { run: 'rm stale-build' }), gate('after-clean', { run: check, needs: ['clean'] })]
    const ordered: Checklist = { title: 'T', path: 'c.yml', format: 'yaml', sections: [{ title: 'S', items }] }
    const result = await runChecklist(ordered, createGateRunner({ workspace, parentEnv: process.env, scratchDir: scratch, killGraceMs: 1_000 }), {
      concurrency: 1,
      allowEmpty: false,
      parentEnv: {}
    })
    expect(result.results.get('early')?.status).toBe('pass')
    expect(result.results.get('after-clean')?.status).toBe('fail')
    expect(result.verdict.decision).toBe('no-go')
  })
})
