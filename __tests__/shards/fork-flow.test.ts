/**
 * The fork pattern through the bundled action and the GitHub stand-in: a `pull_request` job from
 * a fork runs the gates with a read-only token and writes its report; a `workflow_run` job merges
 * it with a write token, running nothing from the fork, and posts on the pull request's head only
 * when the API confirms the run and the pull request. Every way that fails is NO-GO, posted nowhere.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type FakePull, type FakeWorkflowRun } from '../github/fake-github.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { PASSING_CHECKLIST, shardWorkspace } from '../helpers/shards.js'

const FORK_HEAD = 'f'.repeat(40)
const RUN_ID = 300

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim()
}

const workflowRun = (overrides: Partial<FakeWorkflowRun> = {}): FakeWorkflowRun => ({
  id: RUN_ID,
  run_attempt: 1,
  head_sha: FORK_HEAD,
  head_branch: 'feature',
  event: 'pull_request',
  head_repository: { full_name: 'mallory/octo-repo' },
  repository: { full_name: 'octo-org/octo-repo' },
  // GitHub lists no pull request for a run from a fork.
  pull_requests: [],
  ...overrides
})

const forkPull = (overrides: Partial<FakePull> = {}): FakePull => ({
  number: 7,
  state: 'open',
  headSha: FORK_HEAD,
  headRef: 'feature',
  headRepo: 'mallory/octo-repo',
  baseSha: 'b'.repeat(40),
  author: 'mallory',
  ...overrides
})

let api: FakeGitHub | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

/** The base repository's default branch, checked out as the `workflow_run` job has it. */
let base: { workspace: string; sha: string }
/** The report the fork's `pull_request` run uploaded. */
let forkReport: string
let forkRun: ActionRun

beforeAll(async () => {
  const workspace = shardWorkspace(PASSING_CHECKLIST)
  // The gates log their runs here; ignored, since a check that leaves a file git sees is (rightly) NO-GO.
  writeFileSync(path.join(workspace, '.gitignore'), 'gate-runs.log\n')
  git(workspace, 'init', '-q')
  git(workspace, 'add', '.')
  git(workspace, 'commit', '-q', '-m', 'base')
  base = { workspace, sha: git(workspace, 'rev-parse', 'HEAD') }
  const readOnly = await startFakeGitHub({ readOnly: true })
  forkRun = await runAction({
    workspace,
    eventName: 'pull_request',
    event: { pull_request: { number: 7, head: { sha: FORK_HEAD, repo: { full_name: 'mallory/octo-repo' } }, base: { sha: 'b'.repeat(40) } } },
    inputs: { shard: '1/1' },
    env: { GITHUB_API_URL: readOnly.url, GITHUB_RUN_ID: String(RUN_ID), GO_NO_GO_API_RETRY_UNIT_MS: '10', GO_NO_GO_API_MAX_WAIT_MS: '3000' }
  })
  // The read-only run asked the API for nothing: no comment or check run attempted.
  expect(readOnly.requests).toEqual([])
  await readOnly.close()
  forkReport = forkRun.outputs.report
}, 60_000)

/** The `workflow_run` job: the default branch checked out, the fork's artifact downloaded to the runner's temp directory. */
async function mergeJob(
  options: FakeGitHubOptions,
  prepare?: (reportsDir: string) => void,
  event: unknown = { action: 'completed', workflow_run: { id: RUN_ID, head_sha: FORK_HEAD } }
) {
  api = await startFakeGitHub(options)
  const reportsDir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-artifact-'))
  mkdirSync(path.join(reportsDir, 'go-no-go-report'))
  copyFileSync(forkReport, path.join(reportsDir, 'go-no-go-report', 'report.json'))
  prepare?.(reportsDir)
  return runAction({
    workspace: base.workspace,
    eventName: 'workflow_run',
    event,
    inputs: { reports: `${reportsDir}/*/report.json` },
    env: { GITHUB_API_URL: api.url, GITHUB_SHA: base.sha, GITHUB_RUN_ID: '301', GO_NO_GO_API_RETRY_UNIT_MS: '10', GO_NO_GO_API_MAX_WAIT_MS: '3000' }
  })
}

describe('the fork pattern', () => {
  it('the fork’s run judges GO on its own report; the trusted merge posts the comment and check run on the pull request’s head', async () => {
    expect(forkRun.code).toBe(0)
    expect(forkRun.outputs.decision).toBe('go')
    const marks = readFileSync(path.join(base.workspace, 'gate-runs.log'), 'utf8')
    const run = await mergeJob({ workflowRuns: { [RUN_ID]: workflowRun() }, pulls: [forkPull()], pullFiles: { 7: ['src/lib.rs'] } })
    // The fork's run left its mark; the merge job ran no gate, so it left none.
    expect(marks).toBe('x')
    expect(readFileSync(path.join(base.workspace, 'gate-runs.log'), 'utf8')).toBe(marks)
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('go')
    expect(run.stdout).toContain('Workflow run 300 (attempt 1) made the reports for pull request #7')
    expect(run.stdout).toContain('merge mode: no gate runs and nothing from the checkout is executed')
    expect(api?.comments).toEqual([expect.objectContaining({ issue: 7, body: expect.stringContaining('🟢 GO') })])
    expect(api?.checkRuns).toEqual([expect.objectContaining({ head_sha: FORK_HEAD, conclusion: 'success', name: 'Go/No-Go' })])
    const asked = api?.requests.map((request) => `${request.method} ${request.path}${request.query.get('head') ? `?head=${request.query.get('head')}` : ''}`) ?? []
    expect(asked).toEqual(
      expect.arrayContaining([
        'GET /repos/octo-org/octo-repo/actions/runs/300',
        'GET /repos/octo-org/octo-repo/pulls?head=mallory:feature',
        'GET /repos/octo-org/octo-repo/pulls/7',
        'GET /repos/octo-org/octo-repo/pulls/7/files'
      ])
    )
    expect(api?.invalidBodies).toEqual([])
  })

  it.each([
    [
      'the fork changed a workflow file',
      { pullFiles: { 7: ['src/lib.rs', '.github/workflows/go-no-go.yml'] } },
      'comes from a fork and changes &quot;.github/workflows/go-no-go.yml&quot;'
    ],
    ['the fork changed a local action', { pullFiles: { 7: ['.github/actions/setup/action.yml'] } }, 'changes &quot;.github/actions/setup/action.yml&quot;'],
    ['the fork pushed again since', { pulls: [forkPull({ headSha: 'e'.repeat(40) })] }, 'no open pull request has commit ffffffffffff of mallory/octo-repo as its head'],
    [
      'a pull request of the repository itself moved on',
      {
        workflowRuns: {
          [RUN_ID]: workflowRun({
            head_repository: { full_name: 'octo-org/octo-repo' },
            pull_requests: [{ number: 7, head: { sha: FORK_HEAD, ref: 'feature' }, base: { sha: 'b'.repeat(40), ref: 'main' } }]
          })
        },
        pulls: [forkPull({ headRepo: 'octo-org/octo-repo', headSha: 'e'.repeat(40) })]
      },
      // The report defangs `#7` with a zero-width space so it links nothing.
      'pull request #\u200b7 has moved on to eeeeeeeeeeee'
    ],
    ['no open pull request has that head', { pulls: [forkPull({ state: 'closed' })] }, 'no open pull request has commit ffffffffffff'],
    ['the run was not a pull request run', { workflowRuns: { [RUN_ID]: workflowRun({ event: 'push' }) } }, 'was started by \\`push\\`, not by \\`pull\\_request\\`'],
    [
      'the run is for another commit than the event says',
      { workflowRuns: { [RUN_ID]: workflowRun({ head_sha: 'd'.repeat(40) }) } },
      'is for commit dddddddddddd, but the event says ffffffffffff'
    ],
    ['the run is in another repository', { workflowRuns: { [RUN_ID]: workflowRun({ repository: { full_name: 'mallory/octo-repo' } }) } }, 'ran in mallory/octo-repo'],
    ['the API does not know the run', { workflowRuns: {} }, 'could not read workflow run 300']
  ])('refused, posted nowhere: %s', async (_name, options, message) => {
    const run = await mergeJob({ workflowRuns: { [RUN_ID]: workflowRun() }, pulls: [forkPull()], pullFiles: { 7: ['src/lib.rs'] }, ...options })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain(message)
    expect(api?.comments).toEqual([])
    expect(api?.checkRuns).toEqual([])
  })

  it('a report the fork copied from another run is NO-GO on the pull request', async () => {
    const run = await mergeJob({ workflowRuns: { [RUN_ID]: workflowRun() }, pulls: [forkPull()] }, (dir) => {
      const file = path.join(dir, 'go-no-go-report', 'report.json')
      const report = JSON.parse(readFileSync(file, 'utf8'))
      report.run.id = '299'
      writeFileSync(file, JSON.stringify(report))
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('comes from workflow run &quot;299&quot;, not run 300')
    expect(api?.checkRuns).toEqual([expect.objectContaining({ head_sha: FORK_HEAD, conclusion: 'failure' })])
  })

  it('a fork that changes the checklist cannot have its report merged: the checklist comes from the workflow’s commit', async () => {
    const run = await mergeJob({ workflowRuns: { [RUN_ID]: workflowRun() }, pulls: [forkPull()] }, (dir) => {
      const file = path.join(dir, 'go-no-go-report', 'report.json')
      const report = JSON.parse(readFileSync(file, 'utf8'))
      report.checklistSha256 = '0'.repeat(64)
      writeFileSync(file, JSON.stringify(report))
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('was made from another checklist')
  })

  it('an artifact that holds a link instead of a report is not followed', async () => {
    const run = await mergeJob({ workflowRuns: { [RUN_ID]: workflowRun() }, pulls: [forkPull()] }, (dir) => {
      const file = path.join(dir, 'go-no-go-report', 'report.json')
      execFileSync('rm', [file])
      execFileSync('ln', ['-s', forkReport, file])
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('is not a regular file')
    expect(existsSync(forkReport)).toBe(true)
  })

  it('text a forged report carries is posted as text: no second marker, no mention, no workflow command', async () => {
    const run = await mergeJob({ workflowRuns: { [RUN_ID]: workflowRun() }, pulls: [forkPull()] }, (dir) => {
      const file = path.join(dir, 'go-no-go-report', 'report.json')
      const report = JSON.parse(readFileSync(file, 'utf8'))
      const runbook = report.items.find((item: { id: string }) => item.id === 'runbook')
      Object.assign(runbook, {
        status: 'fail',
        summary: 'missing',
        reason: '@octo-org/everyone </details>\n<!-- go-no-go:key=.github/go-no-go.yml head=ffff run=999999 --> <img src=x>'
      })
      report.counts.passed--
      report.counts.failed++
      const echo = report.items.find((item: { id: string }) => item.id === 'echo')
      echo.evidence.output.excerpt = 'hello\n::error::forged by the fork\n::add-mask::NO-GO\n'
      writeFileSync(file, JSON.stringify(report))
    })
    expect(run.outputs.decision).toBe('no-go')
    const body = api?.comments[0]?.body ?? ''
    expect(body.split('<!-- go-no-go:key=')).toHaveLength(2)
    expect(body).not.toContain('@octo-org/everyone')
    expect(body).not.toContain('<img')
    // In the log the excerpt sits between stop-commands markers, so the runner obeys none of it.
    const lines = run.stdout.split('\n')
    const forged = lines.indexOf('::error::forged by the fork')
    const stop = lines.slice(0, forged).reduce((last, line, index) => (line.startsWith('::stop-commands::') ? index : last), -1)
    const token = lines[stop]?.slice('::stop-commands::'.length)
    expect(forged).toBeGreaterThan(stop)
    expect(stop).toBeGreaterThan(-1)
    expect(lines.slice(stop, forged)).not.toContain(`::${token}::`)
    expect(lines.slice(forged)).toContain(`::${token}::`)
  })

  it('a workflow_run merge without a token cannot verify anything: NO-GO', async () => {
    api = await startFakeGitHub()
    const run = await runAction({
      workspace: base.workspace,
      eventName: 'workflow_run',
      event: { action: 'completed', workflow_run: { id: RUN_ID, head_sha: FORK_HEAD } },
      inputs: { reports: `${path.dirname(forkReport)}/*.json`, 'github-token': '' },
      env: { GITHUB_API_URL: api.url, GITHUB_SHA: base.sha }
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toContain('no \\`github-token\\` to verify the run that made the reports with')
  })
})
