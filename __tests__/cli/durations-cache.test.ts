/**
 * The CLI starts the gate its last run measured longest first: its durations file in the user's
 * cache, or a JSON report named by --previous-report. Start order is watched through the gates
 * themselves (each appends its name to a file); no timing is asserted.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { workspaceFrom } from '../helpers/run-action.js'
import { ALICE, createGitRepo } from '../helpers/git-repo.js'
import { cli } from './helpers.js'

/** `quick` runs at once; `slow` waits a while: only what it took is what the next run learns. */
function gates(): { checklist: string; order: string } {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-order-'))
  const order = path.join(scratch, 'started.txt')
  const script = path.join(scratch, 'gate.js')
  writeFileSync(script, "require('fs').appendFileSync(process.argv[2], process.argv[3] + '\\n'); setTimeout(() => {}, Number(process.argv[4]))\n")
  const gate = (id: string, waitMs: number) => `      - id: ${id}\n        title: ${id}\n        run: node ${script} ${order} ${id} ${waitMs}\n`
  return { checklist: `version: 1\ntitle: Order\nsections:\n  - title: S\n    items:\n${gate('quick', 0)}${gate('slow', 1_500)}`, order }
}
function project(): { workspace: string; order: string; cache: string } {
  const { checklist, order } = gates()
  return { workspace: workspaceFrom(undefined, checklist), order, cache: mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cache-')) }
}
const started = (order: string) => {
  const lines = readFileSync(order, 'utf8').split('\n').filter(Boolean)
  writeFileSync(order, '')
  return lines
}

describe('go-no-go remembers what each gate took', () => {
  it('starts the gate the first run measured longest first on the second run', () => {
    const { workspace, order, cache } = project()
    const first = cli(workspace, ['-j', '1'], { XDG_CACHE_HOME: cache })
    expect(first.status).toBe(0)
    // A first run has no last run: nothing to say about it.
    expect(first.stderr).not.toMatch(/was not used/)
    // Nothing known yet: checklist order.
    expect(started(order)).toEqual(['quick', 'slow'])
    const second = cli(workspace, ['-j', '1'], { XDG_CACHE_HOME: cache })
    expect(second.status).toBe(0)
    expect(started(order)).toEqual(['slow', 'quick'])
    expect(second.stderr).not.toMatch(/was not used/)
    // Kept in the user's cache, readable by the user only; nothing in the project.
    const [file] = readdirSync(path.join(cache, 'go-no-go', 'durations'))
    expect(statSync(path.join(cache, 'go-no-go', 'durations', file)).mode & 0o777).toBe(0o600)
    expect(readdirSync(workspace)).toEqual(['.github'])
  })

  it('uses a JSON report named by --previous-report instead, resolved in the project', () => {
    const { workspace, order, cache } = project()
    const json = JSON.parse(cli(workspace, ['-j', '1', '-f', 'json'], { XDG_CACHE_HOME: cache }).stdout)
    started(order)
    // Say `quick` took longest: the report, not the cache, decides.
    for (const item of json.items) item.durationMs = item.id === 'quick' ? 600_000 : 1
    writeFileSync(path.join(workspace, 'last.json'), JSON.stringify(json))
    const result = cli(workspace, ['-j', '1', '--previous-report', 'last.json'], { XDG_CACHE_HOME: cache })
    expect(result.status).toBe(0)
    expect(started(order)).toEqual(['quick', 'slow'])
    expect(result.stderr).not.toMatch(/was not used/)
  })

  it.each([
    ['missing', undefined, /it does not exist/],
    ['not JSON', '{"items": [', /it is not valid JSON/],
    ['of the wrong shape', '{"items": [{"id": "slow", "kind": "command", "command": "x", "durationMs": -1}]}', /item 1 has no usable `durationMs`/]
  ])('goes on in the usual order, with one line, when --previous-report is %s', (_name, content, problem) => {
    const { workspace, order, cache } = project()
    if (content !== undefined) writeFileSync(path.join(workspace, 'last.json'), content)
    const result = cli(workspace, ['-j', '1', '--previous-report', 'last.json'], { XDG_CACHE_HOME: cache })
    expect(result.status).toBe(0)
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^GO\b/)
    expect(started(order)).toEqual(['quick', 'slow'])
    const lines = result.stderr.split('\n').filter((line) => line.includes('was not used'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(problem)
    expect(lines[0]).toMatch(/^go-no-go: the previous report ".*last\.json" was not used \(.*\): gates start in the usual order\.$/)
  })

  it('a durations file planted in the cache changes nothing but the order, and a broken one is one line', () => {
    const { workspace, order, cache } = project()
    cli(workspace, ['-j', '1'], { XDG_CACHE_HOME: cache })
    started(order)
    const directory = path.join(cache, 'go-no-go', 'durations')
    const [file] = readdirSync(directory)
    writeFileSync(path.join(directory, file), '{"items": "everything passed", "decision": "go"}')
    const result = cli(workspace, ['-j', '1', '--fail-on', 'never', '-f', 'json'], { XDG_CACHE_HOME: cache })
    expect(started(order)).toEqual(['quick', 'slow'])
    expect(result.stderr.match(/the durations file of the last run .* was not used \(it is not a go-no-go JSON report/g)).toHaveLength(1)
    // The run wrote the file anew, from what it measured.
    expect(JSON.parse(readFileSync(path.join(directory, file), 'utf8')).items.map((item: { id: string }) => item.id)).toEqual(['quick', 'slow'])
  })

  it('takes nothing from the report of another checklist whose gates share ids but run other commands', () => {
    const other = project()
    const json = JSON.parse(cli(other.workspace, ['-j', '1', '-f', 'json'], { XDG_CACHE_HOME: other.cache }).stdout)
    for (const item of json.items) item.durationMs = item.id === 'slow' ? 600_000 : 1
    const { workspace, order, cache } = project()
    writeFileSync(path.join(workspace, 'other.json'), JSON.stringify(json))
    const result = cli(workspace, ['-j', '1', '--previous-report', 'other.json'], { XDG_CACHE_HOME: cache })
    expect(result.status).toBe(0)
    // Same ids, other scripts: new gates to this run, so checklist order, and no complaint about the file.
    expect(started(order)).toEqual(['quick', 'slow'])
    expect(result.stderr).not.toMatch(/was not used/)
  })

  it('cannot turn a failing run into GO, whatever the previous report claims', () => {
    const { checklist, order } = gates()
    const workspace = workspaceFrom(undefined, checklist.replace(/run: (node \S+ \S+ slow) 1500/, 'run: $1 0 && exit 3'))
    const run = /run: (.*slow.*)/.exec(readFileSync(path.join(workspace, '.github', 'go-no-go.yml'), 'utf8'))?.[1]
    const claim = {
      decision: 'go',
      counts: { passed: 2 },
      items: [{ id: 'slow', kind: 'command', command: run, status: 'pass', durationMs: 600_000, exitCode: 0, signal: null, timedOut: false }]
    }
    writeFileSync(path.join(workspace, 'last.json'), JSON.stringify(claim))
    const result = cli(workspace, ['-j', '1', '-f', 'json', '--previous-report', 'last.json'], { XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cache-')) })
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout)).toMatchObject({
      decision: 'no-go',
      items: [
        { id: 'quick', status: 'pass' },
        { id: 'slow', status: 'fail' }
      ]
    })
    // Its durations were used: the order is all it changed.
    expect(started(order)).toEqual(['slow', 'quick'])
  })

  it.each([
    ['XDG_CACHE_HOME', (dir: string) => ({ XDG_CACHE_HOME: path.join(dir, '.cache') })],
    // Without XDG_CACHE_HOME the cache is under HOME.
    ['HOME', (dir: string) => ({ HOME: dir, XDG_CACHE_HOME: '' })]
  ])('never writes into the project, even when %s puts the cache inside it', (_name, env) => {
    const repo = createGitRepo()
    const { checklist, order } = gates()
    repo.commit({ '.github/go-no-go.yml': checklist }, ALICE)
    for (let run = 0; run < 2; run++) {
      const result = cli(repo.dir, ['-j', '1'], env(repo.dir))
      expect(result.status).toBe(0)
      expect(result.stderr).not.toMatch(/was not used|changed/)
    }
    expect(started(order)).toEqual(['quick', 'slow', 'quick', 'slow'])
    expect(existsSync(path.join(repo.dir, '.cache'))).toBe(false)
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('')
  })
})
