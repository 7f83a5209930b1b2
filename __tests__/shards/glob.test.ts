/** Finding downloaded reports: `*`, `?`, `**`, regular files only, never through a link, bounded. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expandGlobs, segmentMatcher } from '../../src/shards/glob.js'

function tree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-glob-'))
  for (const file of ['reports/shard-1/report.json', 'reports/shard-2/report.json', 'reports/shard-2/notes.txt', 'reports/report.json', 'reports/deep/a/b/report.json']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), '{}')
  }
  const outside = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-outside-'))
  mkdirSync(path.join(outside, 'evil'))
  writeFileSync(path.join(outside, 'evil', 'report.json'), '{}')
  symlinkSync(path.join(outside, 'evil'), path.join(root, 'reports', 'shard-9'))
  symlinkSync(path.join(outside, 'evil', 'report.json'), path.join(root, 'reports', 'shard-1', 'linked.json'))
  return root
}

describe('expandGlobs', () => {
  const root = tree()
  const relative = (files: string[]) => files.map((file) => path.relative(root, file))

  it('matches one directory level with *, any number with **, and never walks into a linked directory', () => {
    expect(relative(expandGlobs(['reports/*/report.json'], root).files)).toEqual(['reports/shard-1/report.json', 'reports/shard-2/report.json'])
    expect(relative(expandGlobs(['reports/**/report.json'], root).files)).toEqual([
      'reports/deep/a/b/report.json',
      'reports/report.json',
      'reports/shard-1/report.json',
      'reports/shard-2/report.json'
    ])
  })

  it('names a matching link instead of following it', () => {
    const found = expandGlobs(['reports/shard-1/*.json'], root)
    expect(relative(found.files)).toEqual(['reports/shard-1/report.json'])
    expect(relative(found.skipped)).toEqual(['reports/shard-1/linked.json'])
  })

  it('takes absolute patterns, several at once, each file once', () => {
    expect(relative(expandGlobs([path.join(root, 'reports/shard-?/report.json'), 'reports/shard-1/report.json'], '/').files)).toEqual([
      'reports/shard-1/report.json',
      'reports/shard-2/report.json'
    ])
  })

  it('stops at its limits and says so', () => {
    expect(expandGlobs(['reports/**/*.json'], root, { maxEntries: 3, maxMatches: 100 }).limitReached).toMatch(/looked at 3 directory entries/)
    expect(expandGlobs(['reports/**/*.json'], root, { maxEntries: 1000, maxMatches: 2 }).limitReached).toMatch(/found 2 files/)
  })

  it('matches segments without backtracking blow-ups', () => {
    const match = segmentMatcher('*a*a*a*a*a*a*a*b')
    expect(match('a'.repeat(5_000))).toBe(false)
    expect(segmentMatcher('shard-?.json')('shard-3.json')).toBe(true)
    expect(segmentMatcher('shard-?.json')('shard-10.json')).toBe(false)
  })
})
