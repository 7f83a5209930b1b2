/**
 * Command adjustment: a tool run directly is asked for a machine-readable report in a file go-no-go
 * owns, but only when that cannot change what the user's command does; everything else runs as written.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ParserName } from '../../../src/checklist/types.js'
import { PARSER_NAMES } from '../../../src/checklist/types.js'
import { PARSERS } from '../../../src/gates/parsers/index.js'
import { localFiles, planParsing, type ReportFiles } from '../../../src/gates/parsers/plan.js'
import type { ReportFile } from '../../../src/gates/types.js'
import { outcome } from './helpers.js'

const DIR = '/gate/dir'

function fakeFiles(reports: Record<string, ReportFile> = {}) {
  const written: Record<string, string> = {}
  const removed: string[] = []
  const files: ReportFiles = {
    write: async (file, text) => {
      written[file] = text
    },
    remove: async (file) => {
      removed.push(file)
    },
    read: async (file) => reports[file] ?? { path: file, problem: 'no report file was written' }
  }
  return { files, written, removed }
}

async function plan(run: string, chosen?: ParserName) {
  const { files, written, removed } = fakeFiles()
  const result = await planParsing(run, chosen, DIR, files)
  return { ...result, written, removed }
}

describe('which commands are adjusted', () => {
  it.each([
    ['npx jest --ci', "npx jest --ci --json --outputFile='/gate/dir/go-no-go-report-jest'"],
    ['NODE_ENV=test npx jest', "NODE_ENV=test npx jest --json --outputFile='/gate/dir/go-no-go-report-jest'"],
    ['./node_modules/.bin/jest src', "./node_modules/.bin/jest src --json --outputFile='/gate/dir/go-no-go-report-jest'"],
    ['npx vitest run --reporter=dot', "npx vitest run --reporter=dot --reporter=json --outputFile.json='/gate/dir/go-no-go-report-vitest'"]
  ])('%s → %s', async (run, adjusted) => {
    const result = await plan(run)
    expect(result.command).toBe(adjusted)
    expect(result.reportPath).toBeDefined()
    // A report left from an earlier run must never be read as this one's.
    expect(result.removed).toEqual([result.reportPath])
  })

  it('node --test gets its options right after `node` (node reads none after a file name), and its reporter module', async () => {
    const result = await plan('node --test test/')
    expect(result.command).toBe(
      "node --test-reporter=spec --test-reporter-destination=stdout --test-reporter='/gate/dir/go-no-go-node-test-reporter.mjs' --test-reporter-destination='/gate/dir/go-no-go-report-node-test' --test test/"
    )
    expect(Object.keys(result.written)).toEqual(['/gate/dir/go-no-go-node-test-reporter.mjs'])
    expect(result.written['/gate/dir/go-no-go-node-test-reporter.mjs']).toContain('export default async function*')
  })

  it.each([
    [
      'node --test --test-reporter=dot test/',
      "node --test --test-reporter=dot --test-reporter-destination=stdout --test-reporter='/gate/dir/go-no-go-node-test-reporter.mjs' --test-reporter-destination='/gate/dir/go-no-go-report-node-test' test/"
    ],
    [
      'node --test --test-reporter=junit --test-reporter-destination=junit.xml',
      "node --test --test-reporter=junit --test-reporter-destination=junit.xml --test-reporter='/gate/dir/go-no-go-node-test-reporter.mjs' --test-reporter-destination='/gate/dir/go-no-go-report-node-test'"
    ]
  ])('the user’s own node reporters keep printing where they did, ours goes after them: %s', async (run, adjusted) => {
    expect((await plan(run)).command).toBe(adjusted)
  })

  it.each([
    ['npx jest --json', 'the user asked for JSON already'],
    ['npx jest --outputFile=out.json', 'the user named an output file'],
    ['npx jest --watch', 'watch mode'],
    ['npx jest -- --ci', 'arguments after --'],
    ['yarn jest', 'a launcher whose flag handling we do not control'],
    ['npx jest "src/a b"', 'quotes'],
    ['npx jest $ARGS', 'a variable'],
    ['npx jest > out.txt', 'a redirection'],
    ['npx jest # with a comment', 'a comment that would swallow what we add'],
    ['npx jest && echo done', 'a chain'],
    ['npx jest\nnpx jest', 'several lines'],
    ['npx vitest run', 'vitest.config may choose the reporters; ours would replace them'],
    ['npx vitest run --reporter=dot --outputFile=out.xml', 'the user named an output file'],
    ['npx vitest bench --reporter=dot', 'not a test run'],
    ['node --test --test-reporter tap', 'a reporter in the spaced form, which we do not pair'],
    ['node --test --test-reporter=dot --test-reporter=tap', 'two reporters and no destination: node would refuse it, not us'],
    ['node --test --watch', 'watch mode'],
    ['npx node --test', 'node through npx'],
    ['npx mocha', 'mocha has one reporter: adding ours would replace the user’s'],
    ['npm test', 'the script is not visible'],
    ['cargo test', 'libtest has no stable report'],
    ['node scripts/test.js', 'not a tool we read']
  ])('%s stays as written (%s)', async (run) => {
    const result = await plan(run)
    expect(result.command).toBe(run)
    expect(result.reportPath).toBeUndefined()
    expect(result.written).toEqual({})
  })

  it('a parser named in the checklist adjusts only a command that runs that tool', async () => {
    expect((await plan('./scripts/run-tests.sh', 'jest')).command).toBe('./scripts/run-tests.sh')
    expect((await plan('npx jest', 'exit-code')).command).toBe('npx jest')
    expect((await plan('npx jest', 'jest')).reportPath).toBeDefined()
  })
})

describe('reading the report', () => {
  it('a missing report makes the run incomplete', async () => {
    const result = await planParsing('npx jest', undefined, DIR, fakeFiles().files)
    expect(await result.finish(outcome(0))).toMatchObject({ problem: { status: 'error', message: 'incomplete: jest did not write its report (no report file was written)' } })
  })

  it('the report decides, not what was printed', async () => {
    const report = JSON.stringify({ numPassedTests: 1, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0, numTotalTests: 2, testResults: [] })
    const { files } = fakeFiles({ '/gate/dir/go-no-go-report-jest': { path: '/gate/dir/go-no-go-report-jest', text: report } })
    const result = await planParsing('npx jest', undefined, DIR, files)
    for (const line of ['Test Suites: 1 passed, 1 total', 'Tests:       2 passed, 2 total', 'Snapshots:   0 total']) result.parser.onLine(line)
    expect(await result.finish(outcome(1))).toMatchObject({ counts: { passed: 1, failed: 1 } })
  })

  it('a report too large to read falls back to what the tool printed', async () => {
    const { files } = fakeFiles({ '/gate/dir/go-no-go-report-jest': { path: '/gate/dir/go-no-go-report-jest', problem: 'too large', tooLarge: true } })
    const result = await planParsing('npx jest', undefined, DIR, files)
    for (const line of ['Test Suites: 1 passed, 1 total', 'Tests:       2 passed, 2 total', 'Snapshots:   0 total']) result.parser.onLine(line)
    expect(await result.finish(outcome(0))).toMatchObject({ counts: { passed: 2, failed: 0 } })
  })

  it('the local files: missing, empty, too large, readable', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-report-'))
    try {
      const file = path.join(dir, 'report')
      expect(await localFiles.read(file, 100)).toMatchObject({ problem: 'no report file was written' })
      writeFileSync(file, '')
      expect(await localFiles.read(file, 100)).toMatchObject({ problem: 'the report file is empty' })
      writeFileSync(file, 'x'.repeat(101))
      expect(await localFiles.read(file, 100)).toMatchObject({ tooLarge: true })
      writeFileSync(file, '{}')
      expect(await localFiles.read(file, 100)).toEqual({ path: file, text: '{}' })
      await localFiles.remove(file)
      expect(await localFiles.read(file, 100)).toMatchObject({ problem: 'no report file was written' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('paths in the adjusted command', () => {
  it('reach the tool intact whatever the gate directory is called', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "go no-go's $HOME `x` "))
    try {
      const result = await planParsing('npx jest', undefined, dir, localFiles)
      // The shell sees the adjusted command; printf shows the words it got.
      const words = execFileSync('sh', ['-c', `set -- ${result.command.replace(/^npx jest /, '')}; printf '%s\\n' "$@"`], { encoding: 'utf8' }).split('\n')
      expect(words).toContain(`--outputFile=${path.join(dir, 'go-no-go-report-jest')}`)
      const node = await planParsing('node --test', undefined, dir, localFiles)
      const reporter = path.join(dir, 'go-no-go-node-test-reporter.mjs')
      expect(readFileSync(reporter, 'utf8')).toContain('go-no-go')
      expect(node.command).toContain(`--test-reporter='${dir.replace(/'/g, `'\\''`)}/go-no-go-node-test-reporter.mjs'`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the registry', () => {
  it('has one descriptor per parser name, filed under its own name', () => {
    expect(Object.keys(PARSERS).sort()).toEqual([...PARSER_NAMES].sort())
    for (const name of PARSER_NAMES) expect(PARSERS[name].name).toBe(name)
  })
})
