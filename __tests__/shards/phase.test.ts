/** A shard balancing by an earlier report: a file that cannot be used is one warning and a split by count. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { readGitHubEnvironment } from '../../src/github/context.js'
import * as jobModes from '../../src/shards/job-modes.js'
import { prepareJobPart } from '../../src/shards/phase.js'

const checklist = parseYamlChecklist(
  'version: 1\nsections:\n  - title: Checks\n    items:\n' + ['a', 'b', 'c', 'd'].map((id) => `      - id: ${id}\n        title: ${id}\n        run: echo ${id}\n`).join(''),
  'go-no-go.yml'
)
const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-shard-phase-'))

function shardWith(previousReport: string) {
  const info: string[] = []
  const warn: string[] = []
  prepareJobPart(
    {
      checklist,
      checklistSha256: 'x'.repeat(64),
      github: readGitHubEnvironment({ GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '1', GITHUB_SHA: 'a'.repeat(40) }),
      shard: { index: 1, total: 2 },
      shardPublish: false,
      previousReport,
      base: dir,
      checkName: 'go-no-go',
      failOn: 'no-go',
      info: (line) => void info.push(line),
      warn: (line) => void warn.push(line)
    },
    jobModes
  )
  return { info, warn }
}

describe('a shard reading the previous report', () => {
  it.each([
    [
      'a JSON bomb, refused before it is parsed',
      () => writeFileSync(path.join(dir, 'bomb.json'), '['.repeat(100_000) + ']'.repeat(100_000)),
      'bomb.json',
      /nested more than 64 levels deep/
    ],
    ['a link', () => symlinkSync('/etc/passwd', path.join(dir, 'link.json')), 'link.json', /symbolic link/],
    ['a directory', () => mkdirSync(path.join(dir, 'dir.json')), 'dir.json', /not a regular file/],
    ['no file', () => undefined, 'missing.json', /does not exist/]
  ])('%s: one warning, balanced by count', (_name, make, file, reason) => {
    make()
    const { info, warn } = shardWith(path.join(dir, file))
    expect(warn).toHaveLength(1)
    expect(warn[0]).toMatch(reason)
    expect(warn[0]).toMatch(/the shards are balanced by count\.$/)
    expect(info.join('\n')).toMatch(/balanced by count/)
  })
})

describe('a shard balanced by the previous report', () => {
  it('gives the longest gate a shard of its own, where a split by count would pair it with another', () => {
    // By count, a and c go together (every command weighs 1); by these durations, a alone outweighs b, c and d.
    const durations: Record<string, number> = { a: 5000, b: 10, c: 10, d: 4000 }
    const items = Object.entries(durations).map(([id, durationMs]) => ({
      id,
      kind: 'command',
      command: `echo ${id}`,
      status: 'pass',
      durationMs,
      exitCode: 0,
      signal: null,
      timedOut: false
    }))
    writeFileSync(path.join(dir, 'last.json'), JSON.stringify({ items }))
    const { info, warn } = shardWith(path.join(dir, 'last.json'))
    expect(warn).toEqual([])
    expect(info).toContain('Shard 1/2 owns 1 of 4 items, balanced by durations: a.')
  })

  it('splits by count without one', () => {
    const { info } = shardWith(path.join(dir, 'never-written.json'))
    expect(info).toContain('Shard 1/2 owns 2 of 4 items, balanced by count: a, c.')
  })
})

describe('a shard or merge job prepared without the code for it', () => {
  // The action loads that code only for such a job; a caller that forgot must not judge the whole checklist as if it were one job.
  it.each([
    ['a shard', { shard: { index: 1, total: 2 } }],
    ['a merge', { reports: ['reports/*.json'] }]
  ])('%s throws rather than judging the whole checklist', (_name, mode) => {
    const prepare = () =>
      prepareJobPart({
        checklist,
        checklistSha256: 'x'.repeat(64),
        github: readGitHubEnvironment({ GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '1', GITHUB_SHA: 'a'.repeat(40) }),
        shardPublish: false,
        base: dir,
        checkName: 'go-no-go',
        failOn: 'no-go',
        info: () => undefined,
        warn: () => undefined,
        ...mode
      })
    expect(prepare).toThrow('a shard or merge job was prepared without the code that prepares it')
  })
})
