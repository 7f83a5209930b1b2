/**
 * The checklist a pull request runs, and the ticks in it, through the bundled action: real git
 * repositories with a base commit and pull request commits by different people, and the GitHub
 * stand-in for everything GitHub would answer (who made a commit, who may sign off).
 */
import { readFileSync } from 'node:fs'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../github/fake-github.js'
import { ALICE, createGitRepo, MALLORY, shallowClone, type GitRepo } from '../helpers/git-repo.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'

const CHECKLIST_PATH = '.github/go-no-go.yml'
const BASE_CHECKLIST = `version: 1
title: Release
sections:
  - title: Gates
    items:
      - id: ready
        title: Release marker present
        run: test -f .ready
      - id: tests
        title: Test marker present
        run: test -f .tests-pass
  - title: People
    items:
      - id: review
        title: Security review
        manual: true
        approvers: [alice]
`
/** The pull request deletes the gate it would fail (there is no .tests-pass). */
const WITHOUT_TESTS = BASE_CHECKLIST.replace(/ {6}- id: tests\n.*\n.*\n/, '')

let api: FakeGitHub | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const at = (minute: number) => `2026-11-23T11:${String(minute).padStart(2, '0')}:00Z`
const person = (login: string) => ({ login, type: 'User' as const })
const jsonReport = (result: ActionRun) => JSON.parse(readFileSync(result.outputs.report, 'utf8'))
const item = (result: ActionRun, id: string | RegExp) => jsonReport(result).items.find((entry: { id: string }) => (typeof id === 'string' ? entry.id === id : id.test(entry.id)))
/** What a reader of the summary sees: Markdown backslash escapes and entities undone. */
const readable = (markdown: string) =>
  markdown
    .replace(/\\([\\`*_[\]~|#>+=()!-])/g, '$1')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\u200b/g, '')

/** A repository whose main branch has the base checklist, and a pull request branch `pr` with `files` committed by `author`. */
function pullRequestRepo(files: Record<string, string>, author = MALLORY, baseFiles: Record<string, string> = { [CHECKLIST_PATH]: BASE_CHECKLIST, '.ready': 'yes\n' }) {
  const repo = createGitRepo()
  const base = repo.commit(baseFiles, ALICE, { date: '2026-11-20T10:00:00Z' })
  repo.git('checkout', '-q', '-b', 'pr')
  const head = repo.commit(files, author, { date: '2026-11-22T10:00:00Z' })
  return { repo, base, head }
}

async function start(head: string, options: FakeGitHubOptions = {}) {
  api = await startFakeGitHub({
    permissions: { alice: 'write', bob: 'write', mallory: 'write' },
    pullAuthor: 'mallory',
    pullHeadSha: head,
    pullCommits: [{ sha: head, date: '2026-11-22T10:00:00Z', author: 'mallory', committer: 'mallory', verified: true }],
    ...options
  })
  return api
}

function pullRequestEvent(base: string, head: string) {
  return { pull_request: { number: 9, head: { sha: head, repo: { full_name: 'octo-org/octo-repo' } }, base: { sha: base }, user: { login: 'mallory' } } }
}

function runPullRequest(repo: GitRepo, base: string, head: string, inputs: Record<string, string> = {}, checkout = repo.dir) {
  return runAction({
    workspace: checkout,
    eventName: 'pull_request',
    event: pullRequestEvent(base, head),
    inputs,
    env: { GITHUB_SHA: head, GITHUB_API_URL: api!.url, GO_NO_GO_API_MAX_WAIT_MS: '5000' }
  })
}

describe('protect-checklist: a pull request that deletes its failing gate', () => {
  it('is NO-GO with a blocking "checklist change" item until an approver named in the base checklist signs it off; the author’s own sign-off does not count', async () => {
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: WITHOUT_TESTS })
    const github = await start(head)
    github.addComment(9, '/signoff review', person('alice'), at(1))

    const waiting = await runPullRequest(repo, base, head, { 'protect-checklist': 'true' })
    expect(waiting.outputs.decision).toBe('no-go')
    expect(waiting.code).toBe(1)
    const change = item(waiting, /^checklist-change-tests-[0-9a-f]{16}$/)
    expect(change).toMatchObject({ kind: 'manual', severity: 'blocking', section: 'Checklist changes', status: 'pending' })
    expect(jsonReport(waiting).reasons).toEqual([expect.stringMatching(new RegExp(`^${change.id}: awaiting sign-off`))])
    const summary = readable(waiting.summary)
    expect(summary).toContain('### Checklist changed in this pull request')
    expect(summary).toContain('| ⚠️ weakens | `tests` Test marker present | removed: was the command test -f .tests-pass |')
    expect(summary).toContain(`\`${change.id}\`: comment \`/signoff ${change.id}\``)
    expect(summary).toMatch(/needs a sign-off from an approver named in the base checklist \(alice\)/)
    // The section comes right after what blocks, before the roll-up and every folded list.
    expect(summary.indexOf('### Checklist changed')).toBeGreaterThan(summary.indexOf('### ⛔ Blocking'))
    expect(summary.indexOf('### Checklist changed')).toBeLessThan(summary.indexOf('### By section'))

    github.addComment(9, `/signoff ${change.id}`, person('mallory'), at(2))
    github.addComment(9, `/signoff ${change.id}`, person('bob'), at(3))
    const refused = await runPullRequest(repo, base, head, { 'protect-checklist': 'true' })
    expect(refused.outputs.decision).toBe('no-go')
    expect(item(refused, change.id).status).toBe('pending')
    const trail = jsonReport(refused)
    expect(trail.reasons).toEqual([expect.stringMatching(new RegExp(`^${change.id}: awaiting sign-off`))])
    expect(readable(refused.summary)).toMatch(
      /@mallory \| `checklist-change-tests-[0-9a-f]+` \| signed off by comment \| ❌ the pull request author cannot sign off their own change/
    )
    expect(readable(refused.summary)).toMatch(/@bob \| `checklist-change-tests-[0-9a-f]+` \| signed off by comment \| ❌ not one of the approvers \(alice\)/)

    github.addComment(9, `/signoff ${change.id}`, person('alice'), at(4))
    const signed = await runPullRequest(repo, base, head, { 'protect-checklist': 'true' })
    expect(signed.outputs.decision).toBe('go')
    expect(item(signed, change.id)).toMatchObject({ status: 'pass', summary: 'signed off by @alice' })
  })

  it('a /signoff comment turns it GO on the comment event, which judges the checklist the pull request run judged, not the default branch’s', async () => {
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: WITHOUT_TESTS })
    const github = await start(head)
    github.addComment(9, '/signoff review', person('alice'), at(1))
    const first = await runPullRequest(repo, base, head, { 'protect-checklist': 'true' })
    expect(first.outputs.decision).toBe('no-go')
    const change = item(first, /^checklist-change-tests-/)

    // issue_comment checks out the default branch, whose checklist still has the `tests` gate.
    repo.git('checkout', '-q', 'main')
    const comment = github.addComment(9, `LGTM\n/signoff ${change.id}`, person('alice'), at(5))
    const signed = await runAction({
      workspace: repo.dir,
      eventName: 'issue_comment',
      event: { action: 'created', issue: { number: 9, pull_request: {} }, comment: { id: comment.id, body: comment.body, user: { login: 'alice' } } },
      inputs: { 'protect-checklist': 'true' },
      env: { GITHUB_SHA: base, GITHUB_API_URL: github.url, GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    expect(signed.outputs.decision).toBe('go')
    expect(jsonReport(signed).items.map((entry: { id: string }) => entry.id)).toEqual(['ready', 'review', change.id])
    expect(readable(signed.summary)).toContain('### Checklist changed in this pull request')
    expect(github.checkRuns.at(-1)).toMatchObject({ head_sha: head, conclusion: 'success' })
  })

  it('a gate the pull request added and failed still fails on a comment event, whose checkout has no such gate', async () => {
    const added = BASE_CHECKLIST.replace('  - title: People', '      - id: migration\n        title: Migration marker present\n        run: test -f .migrated\n  - title: People')
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: added, '.tests-pass': 'yes\n' })
    const github = await start(head)
    const first = await runPullRequest(repo, base, head)
    expect(item(first, 'migration')).toMatchObject({ status: 'fail' })
    repo.git('checkout', '-q', 'main')
    const comment = github.addComment(9, '/signoff review', person('alice'), at(5))
    const again = await runAction({
      workspace: repo.dir,
      eventName: 'issue_comment',
      event: { action: 'created', issue: { number: 9, pull_request: {} }, comment: { id: comment.id, body: comment.body, user: { login: 'alice' } } },
      env: { GITHUB_SHA: base, GITHUB_API_URL: github.url, GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    expect(again.outputs.decision).toBe('no-go')
    expect(item(again, 'migration')).toMatchObject({ status: 'fail' })
    expect(item(again, 'review')).toMatchObject({ status: 'pass' })
  })

  it('a pull request that only adds a gate shows the section and is not blocked', async () => {
    const added = BASE_CHECKLIST.replace('  - title: People', '      - id: lint\n        title: Lint marker present\n        run: test -f .ready\n  - title: People')
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: added, '.tests-pass': 'yes\n' })
    const github = await start(head)
    github.addComment(9, '/signoff review', person('alice'), at(1))
    const result = await runPullRequest(repo, base, head, { 'protect-checklist': 'true' })
    expect(result.outputs.decision).toBe('go')
    const summary = readable(result.summary)
    expect(summary).toContain('### Checklist changed in this pull request')
    expect(summary).toContain('1 change, none weakens it')
    expect(summary).toMatch(/\| {2}\| `lint` Lint marker present \| added/)
    expect(jsonReport(result).items.some((entry: { id: string }) => entry.id.startsWith('checklist-change'))).toBe(false)
  })

  it('without protect-checklist the deletion passes, and the section still shows it', async () => {
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: WITHOUT_TESTS })
    const github = await start(head)
    github.addComment(9, '/signoff review', person('alice'), at(1))
    const result = await runPullRequest(repo, base, head)
    expect(result.outputs.decision).toBe('go')
    expect(readable(result.summary)).toContain('1 change, 1 can weaken it')
  })

  it('a checkout without the base commit (fetch-depth 1) needs a person to look, and says how to fix it', async () => {
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: WITHOUT_TESTS })
    const shallow = shallowClone(repo, 'pr')
    const github = await start(head)
    github.addComment(9, '/signoff review', person('alice'), at(1))
    const result = await runPullRequest(repo, base, head, { 'protect-checklist': 'true' }, shallow.dir)
    expect(result.outputs.decision).toBe('no-go')
    const change = item(result, /^checklist-change-[0-9a-f]{16}$/)
    expect(change).toMatchObject({ status: 'pending', severity: 'blocking' })
    expect(readable(result.summary)).toContain(`the base commit ${base.slice(0, 12)} is not in the checkout (check out with \`fetch-depth: 0\`)`)
    // No approver can be read from a base that is not there: anyone with write permission but the author.
    github.addComment(9, `/signoff ${change.id}`, person('bob'), at(2))
    expect((await runPullRequest(repo, base, head, { 'protect-checklist': 'true' }, shallow.dir)).outputs.decision).toBe('go')
  })
})

describe('checklist-from: base', () => {
  it('runs the base commit’s gates although the pull request deleted one', async () => {
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: WITHOUT_TESTS })
    const github = await start(head)
    github.addComment(9, '/signoff review', person('alice'), at(1))
    const result = await runPullRequest(repo, base, head, { 'checklist-from': 'base' })
    expect(result.outputs.decision).toBe('no-go')
    expect(item(result, 'tests')).toMatchObject({ status: 'fail', command: 'test -f .tests-pass' })
    const summary = readable(result.summary)
    expect(summary).toContain('### Checklist changed in this pull request')
    expect(summary).toContain("None of these changes apply to this run: the base commit's checklist decides.")
  })

  it('runs the base’s command, not the one the pull request put in its place', async () => {
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: BASE_CHECKLIST.replace('run: test -f .tests-pass', 'run: "true"') })
    const github = await start(head)
    github.addComment(9, '/signoff review', person('alice'), at(1))
    const fromBase = await runPullRequest(repo, base, head, { 'checklist-from': 'base' })
    expect(item(fromBase, 'tests')).toMatchObject({ status: 'fail', command: 'test -f .tests-pass' })
    // The same pull request with its own checklist deciding passes: the input is what stops it.
    expect((await runPullRequest(repo, base, head)).outputs.decision).toBe('go')
  })

  it('is NO-GO, saying why, when the base commit is not in the checkout', async () => {
    const { repo, base, head } = pullRequestRepo({ [CHECKLIST_PATH]: WITHOUT_TESTS })
    await start(head)
    const result = await runPullRequest(repo, base, head, { 'checklist-from': 'base' }, shallowClone(repo, 'pr').dir)
    expect(result.outputs.decision).toBe('no-go')
    expect(jsonReport(result).runProblems).toEqual([
      {
        code: 'invalid-checklist',
        message: `the checklist ${CHECKLIST_PATH} could not be read, so no gate was run: the base commit ${base.slice(0, 12)} is not in the checkout (check out with \`fetch-depth: 0\`)`
      }
    ])
  })
})

describe('ticks in a Markdown checklist', () => {
  const MARKDOWN = '# Release\n\n- [x] Changelog updated\n- [ ] Rollback plan written\n'
  const TICKED = MARKDOWN.replace('- [ ] Rollback', '- [x] Rollback')
  const markdownBase = { 'RELEASE.md': MARKDOWN }
  const run = (repo: GitRepo, base: string, head: string, checkout = repo.dir) =>
    runAction({
      workspace: checkout,
      eventName: 'pull_request',
      event: pullRequestEvent(base, head),
      inputs: { checklist: 'RELEASE.md' },
      env: { GITHUB_SHA: head, GITHUB_API_URL: api!.url, GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })

  it('a tick the pull request’s author added stays pending, with who ticked it and why it does not count', async () => {
    const { repo, base, head } = pullRequestRepo({ 'RELEASE.md': TICKED }, MALLORY, markdownBase)
    await start(head)
    const result = await run(repo, base, head)
    expect(result.outputs.decision).toBe('no-go')
    expect(item(result, 'rollback-plan-written')).toMatchObject({
      status: 'pending',
      reason: expect.stringMatching(/^ticked by @mallory \(Mallory Author\) on 2026-11-22 in [0-9a-f]{7}, but the pull request author cannot sign off their own change$/)
    })
    // A tick merged through review counts as it always did, and says who made it.
    expect(item(result, 'changelog-updated')).toMatchObject({
      status: 'pass',
      summary: 'signed off in the checklist',
      notes: [expect.stringMatching(/^ticked by Alice Approver on 2026-11-20 in [0-9a-f]{7}; signed in the base branch's checklist too$/)]
    })
  })

  it('a tick by an approver, in a commit GitHub verified, counts as their sign-off', async () => {
    const { repo, base, head } = pullRequestRepo({ 'RELEASE.md': TICKED }, ALICE, markdownBase)
    await start(head, { pullCommits: [{ sha: head, date: '2026-11-22T10:00:00Z', author: 'alice', committer: 'alice', verified: true }] })
    const result = await run(repo, base, head)
    expect(result.outputs.decision).toBe('go')
    expect(item(result, 'rollback-plan-written')).toMatchObject({
      status: 'pass',
      summary: 'signed off by @alice',
      notes: [expect.stringMatching(/^ticked by @alice \(Alice Approver\) on 2026-11-22 in [0-9a-f]{7}$/)]
    })
    expect(readable(result.summary)).toMatch(
      /- Rollback plan written \(`rollback-plan-written`\) — signed off by @alice — ticked by @alice \(Alice Approver\) on 2026-11-22 in [0-9a-f]{7}\n/
    )
  })

  it('on the merge commit GitHub checks out, the tick is still the pull request commit’s', async () => {
    const { repo, head } = pullRequestRepo({ 'RELEASE.md': TICKED }, ALICE, markdownBase)
    // The base branch moved on; GitHub's refs/pull/9/merge merges the pull request into it.
    repo.git('checkout', '-q', 'main')
    const moved = repo.commit({ 'OTHER.md': 'more\n' }, ALICE, { date: '2026-11-22T12:00:00Z' })
    repo.git('-c', 'user.name=GitHub', '-c', 'user.email=noreply@github.com', 'merge', '-q', '--no-ff', '-m', 'Merge pull request', 'pr')
    await start(head, { pullCommits: [{ sha: head, date: '2026-11-22T10:00:00Z', author: 'alice', committer: 'alice', verified: true }] })
    const result = await run(repo, moved, head)
    expect(item(result, 'rollback-plan-written')).toMatchObject({ status: 'pass', notes: [expect.stringContaining(`in ${head.slice(0, 7)}`)] })
    expect(result.outputs.decision).toBe('go')
  })

  it('a tick in a commit GitHub did not verify stays pending, even in the approver’s name', async () => {
    const { repo, base, head } = pullRequestRepo({ 'RELEASE.md': TICKED }, ALICE, markdownBase)
    await start(head, { pullCommits: [{ sha: head, date: '2026-11-22T10:00:00Z', author: 'alice', committer: 'alice', verified: false }] })
    const result = await run(repo, base, head)
    expect(result.outputs.decision).toBe('no-go')
    expect(item(result, 'rollback-plan-written').reason).toMatch(
      /has no signature GitHub verified, so anyone could have written it as @alice; sign off with `\/signoff rollback-plan-written` instead$/
    )
  })

  it('a shallow checkout cannot tell who ticked: pending, saying to fetch the history', async () => {
    const { repo, base, head } = pullRequestRepo({ 'RELEASE.md': TICKED }, ALICE, markdownBase)
    await start(head, { pullCommits: [{ sha: head, date: '2026-11-22T10:00:00Z', author: 'alice', committer: 'alice', verified: true }] })
    const result = await run(repo, base, head, shallowClone(repo, 'pr').dir)
    expect(result.outputs.decision).toBe('no-go')
    expect(item(result, 'rollback-plan-written').reason).toMatch(/check out with fetch-depth: 0/)
  })

  it('a comment event keeps what the pull request run judged: the author’s tick still does not count', async () => {
    const { repo, base, head } = pullRequestRepo({ 'RELEASE.md': TICKED }, MALLORY, markdownBase)
    const github = await start(head)
    expect((await run(repo, base, head)).outputs.decision).toBe('no-go')
    // The default branch is checked out; its checklist has the box unticked, the pull request's ticked.
    repo.git('checkout', '-q', 'main')
    const comment = github.addComment(9, 'checking in', person('bob'), at(6))
    const again = await runAction({
      workspace: repo.dir,
      eventName: 'issue_comment',
      event: { action: 'created', issue: { number: 9, pull_request: {} }, comment: { id: comment.id, body: comment.body, user: { login: 'bob' } } },
      inputs: { checklist: 'RELEASE.md' },
      env: { GITHUB_SHA: base, GITHUB_API_URL: github.url, GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    expect(again.outputs.decision).toBe('no-go')
    expect(item(again, 'rollback-plan-written')).toMatchObject({ status: 'pending', reason: expect.stringMatching(/^ticked by @mallory .*author cannot sign off/) })
    github.addComment(9, '/signoff rollback-plan-written', person('bob'), at(7))
    const signed = await runAction({
      workspace: repo.dir,
      eventName: 'issue_comment',
      event: { action: 'created', issue: { number: 9, pull_request: {} }, comment: { id: comment.id, body: '/signoff rollback-plan-written', user: { login: 'bob' } } },
      inputs: { checklist: 'RELEASE.md' },
      env: { GITHUB_SHA: base, GITHUB_API_URL: github.url, GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    expect(signed.outputs.decision).toBe('go')
  })
})
