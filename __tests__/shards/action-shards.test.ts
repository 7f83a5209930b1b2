/**
 * The bundled action as a job matrix: four shard jobs, then a merge job, against the GitHub
 * stand-in. The merge must say, comment and check exactly what one job running every gate says;
 * a missing, doubled, foreign, tampered or oversized report must make it NO-GO and say why.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeCheckRun, type FakeGitHub } from '../github/fake-github.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { SHARDED_CHECKLIST, shardWorkspace } from '../helpers/shards.js'
import { readState } from '../../src/github/state.js'

const HEAD = 'c'.repeat(40)
const pullRequestEvent = (head = HEAD) => ({ pull_request: { number: 12, head: { sha: head, repo: { full_name: 'octo-org/octo-repo' } }, base: { sha: 'b'.repeat(40) } } })

const apis: FakeGitHub[] = []
afterAll(async () => Promise.all(apis.map((api) => api.close())))

async function fakeGitHub(): Promise<FakeGitHub> {
  const api = await startFakeGitHub()
  apis.push(api)
  return api
}

function job(workspace: string, api: FakeGitHub, options: { inputs?: Record<string, string>; runId: string; event?: unknown }): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: 'pull_request',
    event: options.event ?? pullRequestEvent(),
    inputs: options.inputs,
    env: { GITHUB_API_URL: api.url, GITHUB_RUN_ID: options.runId, GO_NO_GO_API_RETRY_UNIT_MS: '10', GO_NO_GO_API_MAX_WAIT_MS: '3000' }
  })
}

/** What differs between two runs of the same gates: times, run ids, and the stored state's hash (it holds the times). */
function normalise(text: string | undefined): string {
  return (text ?? '')
    .replace(/run=\d+/g, 'run=N')
    .replace(/actions\/runs\/\d+/g, 'actions/runs/N')
    .replace(/<!-- go-no-go:state [A-Za-z0-9_-]+ -->/g, '<!-- go-no-go:state STATE -->')
    .replace(/duration_ms:? [0-9.]+/g, 'duration_ms TIME')
    .replace(/\b\d+(\.\d)? s\b|\b\d+ m( \d+ s)?\b/g, 'TIME')
}

function storedStatuses(body: string): unknown {
  const state = readState(body)?.state as { results: Array<{ id: string; durationMs?: number }> } | undefined
  if (!state) throw new Error('the comment carries no readable stored state')
  // Gates finish in any order: the state lists them as they finished.
  const results = state.results.map((result) => ({ ...result, durationMs: 0 }))
  return { ...state, results: results.sort((a, b) => a.id.localeCompare(b.id)) }
}

function checkRunView(run: FakeCheckRun | undefined) {
  return (
    run && {
      name: run.name,
      head_sha: run.head_sha,
      conclusion: run.conclusion,
      title: run.output.title,
      summary: normalise(run.output.summary),
      annotations: run.output.annotations
    }
  )
}

let workspace: string
let reportsDir: string
let single: { run: ActionRun; api: FakeGitHub }
let shards: ActionRun[]
let shardApi: FakeGitHub

beforeAll(async () => {
  workspace = shardWorkspace(SHARDED_CHECKLIST)
  reportsDir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-reports-'))
  const singleApi = await fakeGitHub()
  single = { run: await job(workspace, singleApi, { runId: '100' }), api: singleApi }
  shardApi = await fakeGitHub()
  shards = []
  for (let index = 1; index <= 4; index++) {
    const shard = await job(workspace, shardApi, { inputs: { shard: `${index}/4` }, runId: '200' })
    shards.push(shard)
    mkdirSync(path.join(reportsDir, `go-no-go-shard-${index}`))
    copyFileSync(shard.outputs.report, path.join(reportsDir, `go-no-go-shard-${index}`, 'report.json'))
  }
}, 120_000)

/** A merge job of run 200 over the report directories given (all four by default). */
async function mergeJob(directories: string[] = ['go-no-go-shard-1', 'go-no-go-shard-2', 'go-no-go-shard-3', 'go-no-go-shard-4'], prepare?: (dir: string) => void) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-merge-'))
  for (const name of directories) {
    mkdirSync(path.join(dir, name))
    copyFileSync(path.join(reportsDir, name.replace(/-copy$/, ''), 'report.json'), path.join(dir, name, 'report.json'))
  }
  prepare?.(dir)
  const api = await fakeGitHub()
  const run = await job(workspace, api, { inputs: { reports: `${dir}/*/report.json` }, runId: '200' })
  return { run, api }
}

describe('a job matrix of four shards', () => {
  it('each shard runs only its gates, writes its report, and posts nothing and fails nothing of its own', () => {
    const owned = shards.map((shard) => JSON.parse(readFileSync(shard.outputs.report, 'utf8')).shard.items as string[])
    expect(owned.flat().sort()).toEqual(['after-fail', 'build', 'fails', 'lint', 'missing-tool', 'noisy', 'runbook', 'security', 'unit-green', 'unit-red'])
    for (const shard of shards) expect(shard.code).toBe(0)
    expect(shards.some((shard) => shard.outputs.decision === 'no-go')).toBe(true)
    expect(shardApi.requests).toEqual([])
    expect(shards[0].summary).toContain('shard 1/4')
  })

  it('merges into exactly the single run’s decision, comment and check run', async () => {
    const merged = await mergeJob()
    expect(single.run.outputs.decision).toBe('no-go')
    expect({
      code: merged.run.code,
      decision: merged.run.outputs.decision,
      counts: [merged.run.outputs.passed, merged.run.outputs.failed, merged.run.outputs.errored, merged.run.outputs.pending]
    }).toEqual({
      code: single.run.code,
      decision: single.run.outputs.decision,
      counts: [single.run.outputs.passed, single.run.outputs.failed, single.run.outputs.errored, single.run.outputs.pending]
    })
    expect(merged.api.comments).toHaveLength(1)
    expect(normalise(merged.api.comments[0].body)).toBe(normalise(single.api.comments[0].body))
    expect(storedStatuses(merged.api.comments[0].body)).toEqual(storedStatuses(single.api.comments[0].body))
    expect(checkRunView(merged.api.checkRuns[0])).toEqual(checkRunView(single.api.checkRuns[0]))
    expect(merged.api.checkRuns[0].output.annotations).toHaveLength(2)
    expect(normalise(merged.run.summary)).toBe(normalise(single.run.summary))
    expect(merged.api.invalidBodies).toEqual([])
    // The merged report is a whole one: shard 1 of 1 with every item.
    expect(JSON.parse(readFileSync(merged.run.outputs.report, 'utf8')).shard).toMatchObject({ index: 1, total: 1 })
  })
})

describe('a shard asked to publish', () => {
  it('sets no status of its own unless asked, and then names its check run and status apart from the verdict’s', async () => {
    const quiet = await fakeGitHub()
    await job(workspace, quiet, { inputs: { shard: '2/4', 'status-context': 'go-no-go' }, runId: '400' })
    expect(quiet.requests).toEqual([])

    const loud = await fakeGitHub()
    const shard = await job(workspace, loud, { inputs: { shard: '2/4', 'status-context': 'go-no-go', 'shard-publish': 'true' }, runId: '400' })
    expect(loud.comments).toEqual([])
    expect(loud.checkRuns.map((run) => run.name)).toEqual(['Go/No-Go (shard 2/4)'])
    expect(loud.statuses.map((status) => status.body.context)).toEqual(['go-no-go (shard 2/4)'])
    // Its step fails by `fail-on` on its own items only.
    expect(shard.code).toBe(shard.outputs.decision === 'no-go' ? 1 : 0)
  })
})

describe('a merge that must not say GO', () => {
  it('a missing shard', async () => {
    const { run, api } = await mergeJob(['go-no-go-shard-1', 'go-no-go-shard-2', 'go-no-go-shard-4'])
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('shard 3/4 is missing: no report for it was found')
    expect(api.comments[0].body).toContain('shard 3/4 is missing')
    expect(api.checkRuns[0].conclusion).toBe('failure')
  })

  it('a shard counted twice', async () => {
    const { run } = await mergeJob(['go-no-go-shard-1', 'go-no-go-shard-1-copy', 'go-no-go-shard-2', 'go-no-go-shard-3', 'go-no-go-shard-4'])
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toMatch(/shard 1\/4 is there 2 times: &quot;\/.*\/go-no-go-shard-1-copy\/report\.json&quot;, &quot;\/.*\/go-no-go-shard-1\/report\.json&quot;/)
  })

  it('a report from another head commit', async () => {
    const api = await fakeGitHub()
    const stale = await job(workspace, api, { inputs: { shard: '2/4' }, runId: '200', event: pullRequestEvent('d'.repeat(40)) })
    const { run } = await mergeJob(['go-no-go-shard-1', 'go-no-go-shard-3', 'go-no-go-shard-4'], (dir) => {
      mkdirSync(path.join(dir, 'stale'))
      copyFileSync(stale.outputs.report, path.join(dir, 'stale', 'report.json'))
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('is for commit dddddddddddd, not cccccccccccc')
  })

  it('a tampered report: a failing gate edited to pass', async () => {
    const { run, api } = await mergeJob(undefined, (dir) => {
      for (let index = 1; index <= 4; index++) {
        const file = path.join(dir, `go-no-go-shard-${index}`, 'report.json')
        const report = JSON.parse(readFileSync(file, 'utf8'))
        const red = report.items.find((item: { id: string }) => item.id === 'unit-red')
        if (!red) continue
        red.status = 'pass'
        report.counts.failed--
        report.counts.passed++
        writeFileSync(file, JSON.stringify(report))
      }
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('unit-red\\` says pass, but its own evidence (exit code 1; 1 passed, 1 failed, 0 skipped) says fail')
    expect(api.comments[0].body).toContain('says pass, but its own evidence')
  })

  it('invalid JSON and a huge file, without reading it', async () => {
    const { run } = await mergeJob(undefined, (dir) => {
      writeFileSync(path.join(dir, 'go-no-go-shard-2', 'report.json'), '{"schemaVersion": 1, ')
      truncateSync(path.join(dir, 'go-no-go-shard-3', 'report.json'), 3 * 1024 * 1024 * 1024)
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('go-no-go-shard-2/report.json&quot; is not valid JSON')
    expect(run.summary).toContain('is 3072.0 MiB; a shard report may be at most 64.0 MiB')
  })

  it('no report found at all', async () => {
    const api = await fakeGitHub()
    const run = await job(workspace, api, { inputs: { reports: `${reportsDir}/nothing-here/*.json` }, runId: '200' })
    expect(run.code).toBe(1)
    expect(run.summary).toContain('no shard report was found')
  })

  it('a job asked to be a shard and a merge at once', async () => {
    const api = await fakeGitHub()
    const run = await job(workspace, api, { inputs: { shard: '1/2', reports: 'reports/*.json' }, runId: '200' })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain("Invalid input 'reports'")
  })
})
