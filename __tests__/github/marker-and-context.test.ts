/** The pure parts: the hidden marker, who may overwrite whom, and reading the runner's environment. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mayOverwrite, readMarker, renderMarker } from '../../src/github/comment.js'
import { headSha, pullRequestNumber, readGitHubEnvironment } from '../../src/github/context.js'
import { statusDescription } from '../../src/github/commit-status.js'
import { makeReport } from '../helpers/reports.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)

describe('marker', () => {
  it('reads back what it wrote, for plain and awkward keys', () => {
    for (const key of ['.github/go-no-go.yml', 'release checks', 'x --> <img src=y>', 'ünïcode', 'k=v%20']) {
      const marker = { key, headSha: A, runId: 42, attempt: 3 }
      const body = `${renderMarker(marker)}\n## 🔴 NO-GO\n`
      expect(readMarker(body, key)).toEqual(marker)
      expect(body.split('\n')[0].match(/-->/g)).toHaveLength(1)
    }
  })

  it('does not confuse a key with another that starts the same way', () => {
    const body = renderMarker({ key: 'backend-extra', headSha: A, runId: 1 })
    expect(readMarker(body, 'backend')).toBeUndefined()
    expect(readMarker(renderMarker({ key: 'backend', headSha: A, runId: 1 }), 'backend-extra')).toBeUndefined()
  })

  it('treats a run id that is not a plain number as no run at all', () => {
    expect(readMarker('<!-- go-no-go:key=k head=x run=1e9 -->', 'k')?.runId).toBe(0)
    expect(readMarker('<!-- go-no-go:key=k head=x run=-5 -->', 'k')?.runId).toBe(0)
    expect(readMarker('<!-- go-no-go:key=k head=x run=77 -->', 'k')?.runId).toBe(77)
  })

  it('lets a later run or any run on the same head overwrite, but not an older run for another head', () => {
    expect(mayOverwrite({ key: 'k', headSha: A, runId: 200 }, { key: 'k', headSha: B, runId: 150 })).toBe(false)
    expect(mayOverwrite({ key: 'k', headSha: A, runId: 200 }, { key: 'k', headSha: B, runId: 250 })).toBe(true)
    expect(mayOverwrite({ key: 'k', headSha: A, runId: 200 }, { key: 'k', headSha: A, runId: 150, attempt: 2 })).toBe(true)
  })
})

describe('readGitHubEnvironment', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-env-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads the runner variables and the event payload', () => {
    const eventPath = path.join(dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 9, head: { sha: A } } }))
    const env = readGitHubEnvironment({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: '123',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SHA: B,
      GITHUB_SERVER_URL: 'https://ghe.example/',
      GITHUB_API_URL: 'https://ghe.example/api/v3/'
    })
    expect(env).toMatchObject({ eventName: 'pull_request', owner: 'octo-org', repo: 'octo-repo', runId: '123', runAttempt: '2', sha: B, apiUrl: 'https://ghe.example/api/v3' })
    expect(env.runUrl).toBe('https://ghe.example/octo-org/octo-repo/actions/runs/123')
    expect(pullRequestNumber(env)).toBe(9)
    // GITHUB_SHA is the merge commit on a pull request; the head is what checks belong to.
    expect(headSha(env)).toBe(A)
  })

  it('says why a missing or broken event file could not be read, instead of reading it as "no pull request"', () => {
    const broken = path.join(dir, 'broken.json')
    writeFileSync(broken, '{"title": "secret-ish text", not json')
    const array = path.join(dir, 'array.json')
    writeFileSync(array, '[]')
    const problemOf = (file: string | undefined) => readGitHubEnvironment({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file, GITHUB_SHA: B }).eventProblem
    expect(problemOf(broken)).toBe(`the event file ${broken} is not valid JSON`)
    expect(problemOf(array)).toBe(`the event file ${array} does not hold a JSON object`)
    expect(problemOf(path.join(dir, 'missing.json'))).toBe(`the event file ${path.join(dir, 'missing.json')} does not exist`)
    expect(problemOf(undefined)).toMatch(/^GITHUB_EVENT_PATH is not set/)
    expect(problemOf(dir)).toMatch(/cannot be read \(EISDIR\)/)
  })

  it('finds the pull request of a comment event, and none for a comment on an issue', () => {
    const base = readGitHubEnvironment({})
    expect(pullRequestNumber({ ...base, eventPayload: { issue: { number: 4, pull_request: {} } } })).toBe(4)
    expect(pullRequestNumber({ ...base, eventPayload: { issue: { number: 4 } } })).toBeUndefined()
    expect(headSha({ ...base, sha: B, eventPayload: { merge_group: { head_sha: A } } })).toBe(A)
  })
})

describe('commit status description', () => {
  it('stays within 140 ASCII characters', () => {
    const report = makeReport(Array.from({ length: 3_000 }, (_, index) => ({ id: `g${index}`, status: index % 2 ? ('fail' as const) : ('error' as const) })))
    const description = statusDescription(report)
    expect(description).toMatch(/^NO-GO: /)
    expect(description.length).toBeLessThanOrEqual(140)
    expect(description).toMatch(/^[\x20-\x7e]+$/)
  })
})
