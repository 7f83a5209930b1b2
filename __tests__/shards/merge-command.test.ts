/** `go-no-go merge REPORT…` from the bundled CLI: the same checks as the action, exit codes 0/1/2. */
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ACTION_RUNTIME, REPO_ROOT } from '../helpers/run-action.js'
import { makeShardReports, PASSING_CHECKLIST, SHARDED_CHECKLIST, shardWorkspace } from '../helpers/shards.js'

const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

async function merge(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(ACTION_RUNTIME, [cli, 'merge', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** Shard reports of a fresh run, written where a download would put them. */
async function downloaded(checklist: string, total: number, edit?: (reports: Array<Record<string, unknown>>) => void) {
  const workspace = shardWorkspace(checklist)
  const { reports } = await makeShardReports(workspace, total)
  edit?.(reports as unknown as Array<Record<string, unknown>>)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-downloads-'))
  reports.forEach((report, index) => writeFileSync(path.join(dir, `shard-${index + 1}.json`), JSON.stringify(report)))
  return { workspace, dir }
}

describe('go-no-go merge', () => {
  it('GO from a whole set of passing shards (exit 0), given as a glob', async () => {
    const { workspace, dir } = await downloaded(PASSING_CHECKLIST, 2)
    const result = await merge([`${dir}/*.json`], workspace)
    expect(result.stdout).toContain('GO')
    expect(result.stdout).not.toContain('NO-GO')
    expect(result.code).toBe(0)
  }, 60_000)

  it('NO-GO when a shard is missing (exit 1), naming it; JSON on request', async () => {
    const { workspace, dir } = await downloaded(PASSING_CHECKLIST, 3)
    const result = await merge(['--format', 'json', path.join(dir, 'shard-1.json'), path.join(dir, 'shard-3.json')], workspace)
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout)
    expect(json.decision).toBe('no-go')
    expect(json.runProblems).toContainEqual({ code: 'report-missing', message: 'shard 2/3 is missing: no report for it was found' })
  }, 60_000)

  it('NO-GO for a tampered report', async () => {
    const { workspace, dir } = await downloaded(SHARDED_CHECKLIST, 2, (reports) => {
      for (const report of reports) {
        const items = report.items as Array<{ id: string; status: string }>
        const red = items.find((item) => item.id === 'unit-red')
        if (red) red.status = 'pass'
      }
    })
    const result = await merge([`${dir}/*.json`], workspace)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('NO-GO')
    expect(result.stdout).toMatch(/unit-red.*says pass, but its own evidence/)
  }, 60_000)

  it('a usage error is exit 2', async () => {
    const result = await merge([], os.tmpdir())
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('name the shard reports to merge')
  })
})
