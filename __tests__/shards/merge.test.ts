/**
 * Merging shard reports made by running real gates: a whole, sound set gives exactly the single
 * run's results; every way a set can be partial, foreign or edited is a named NO-GO problem.
 */
import type { Checklist } from '../../src/checklist/types.js'
import type { JsonReport } from '../../src/report/json.js'
import { mergeShardReports, type MergeExpectation, type ReportFile } from '../../src/shards/merge.js'
import { decide } from '../../src/verdict.js'
import { makeShardReports, SHARD_COMMIT, SHARD_HEAD, SHARDED_CHECKLIST, shardWorkspace } from '../helpers/shards.js'

let checklist: Checklist
let sha256: string
let honest: JsonReport[]
let single: JsonReport

beforeAll(async () => {
  const made = await makeShardReports(shardWorkspace(SHARDED_CHECKLIST), 4)
  ;({ checklist, sha256, single } = made)
  honest = made.reports
}, 60_000)

const expected = (): MergeExpectation => ({
  repository: 'octo-org/octo-repo',
  runId: '4242',
  maxAttempt: 1,
  headSha: SHARD_HEAD,
  commitSha: SHARD_COMMIT,
  checklistSha256: sha256,
  source: 'pattern "reports/*.json"'
})
const files = (reports: unknown[]): ReportFile[] => reports.map((json, index) => ({ name: `"reports/shard-${index + 1}.json"`, content: { json } }))
const copies = (): JsonReport[] => structuredClone(honest)
const merge = (reports: unknown[], expectation = expected()) => mergeShardReports(checklist, files(reports), expectation)
const problems = (reports: unknown[], expectation?: MergeExpectation) => merge(reports, expectation).problems
const itemOf = (reports: JsonReport[], id: string) => {
  for (const report of reports) {
    const item = report.items.find((candidate) => candidate.id === id)
    if (item) return { report, item }
  }
  throw new Error(`no shard has ${id}`)
}

describe('a whole set of shard reports', () => {
  it('has no problem and gives every item the single run’s status, summary and reason', () => {
    const merged = merge(honest)
    expect(merged.problems).toEqual([])
    for (const item of single.items) {
      expect({
        id: item.id,
        status: merged.results.get(item.id)?.status,
        summary: merged.results.get(item.id)?.summary,
        reason: merged.results.get(item.id)?.reason ?? null
      }).toEqual({
        id: item.id,
        status: item.status,
        summary: item.summary,
        reason: item.reason
      })
    }
    expect(decide(checklist, merged.results).reasons).toEqual(single.reasons)
  })

  it('needs the shard reports in no particular order', () => {
    expect(merge([...honest].reverse()).problems).toEqual([])
  })
})

describe('a partial or doubled set', () => {
  it('a missing shard: named, and its items reported as in no report', () => {
    const found = problems([honest[0], honest[1], honest[3]])
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'report-missing', message: 'shard 3/4 is missing: no report for it was found' },
        { code: 'report-missing', message: expect.stringMatching(/in no shard's report/) }
      ])
    )
  })

  it('no report at all', () => {
    expect(problems([])).toEqual([{ code: 'report-missing', message: 'no shard report was found (pattern "reports/*.json"), so nothing was judged' }])
  })

  it('a shard counted twice, even when the set is otherwise whole', () => {
    expect(problems([...honest, honest[1]])).toEqual([{ code: 'report-duplicated', message: 'shard 2/4 is there 2 times: "reports/shard-2.json", "reports/shard-5.json"' }])
  })

  it('an item owned by two shards', () => {
    const reports = copies()
    const stolen = reports[0].items[0]
    reports[1].shard?.items.push(stolen.id)
    reports[1].items.push(stolen)
    reports[1].counts[stolen.status === 'pass' ? 'passed' : stolen.status === 'fail' ? 'failed' : 'errored']++
    expect(problems(reports)).toContainEqual({ code: 'report-duplicated', message: expect.stringContaining(`\`${stolen.id}\` is owned by shard 1/4 and shard 2/4`) })
  })
})

describe('a report that belongs elsewhere', () => {
  it.each([
    ['another head commit', (report: JsonReport) => report.run && (report.run.headSha = 'd'.repeat(40)), 'is for commit dddddddddddd, not cccccccccccc'],
    ['another workflow run', (report: JsonReport) => report.run && (report.run.id = '999'), 'comes from workflow run "999", not run 4242'],
    ['another repository', (report: JsonReport) => report.run && (report.run.repository = 'mallory/fork'), 'comes from the repository "mallory/fork"'],
    ['a later attempt', (report: JsonReport) => report.run && (report.run.attempt = 2), 'comes from attempt 2 of the run, later than attempt 1'],
    ['another checkout', (report: JsonReport) => report.run && (report.run.commitSha = 'e'.repeat(40)), 'checked out commit eeeeeeeeeeee'],
    ['another checklist', (report: JsonReport) => (report.checklistSha256 = 'f'.repeat(64)), 'was made from another checklist']
  ])('%s', (_name, edit, message) => {
    const reports = copies()
    edit(reports[2])
    const found = problems(reports)
    expect(found).toContainEqual({ code: 'report-foreign', message: expect.stringContaining(`shard 3/4 ("reports/shard-3.json") ${message}`) })
    // Its items are not merged: none can pass.
    const merged = merge(reports)
    for (const id of reports[2].shard?.items ?? []) expect(merged.results.get(id)).toMatchObject({ status: 'error', summary: 'not merged' })
  })

  it('shards split another way (one balanced by durations)', () => {
    const reports = copies()
    if (reports[1].shard) {
      reports[1].shard.assignmentSha256 = '0'.repeat(64)
      reports[1].shard.balancedBy = 'durations'
    }
    expect(problems(reports)).toContainEqual({ code: 'report-foreign', message: expect.stringContaining('the shards split the checklist in different ways') })
  })

  it('a report of a split into another number of shards', () => {
    const reports = copies()
    if (reports[3].shard) reports[3].shard.total = 5
    expect(problems(reports)).toEqual(
      expect.arrayContaining([
        { code: 'report-foreign', message: 'shard 4/5 ("reports/shard-4.json") splits the checklist into 5, the other reports into 4' },
        { code: 'report-missing', message: 'shard 4/4 is missing: no report for it was found' }
      ])
    )
  })
})

describe('a tampered report', () => {
  it('edited counts', () => {
    const reports = copies()
    reports[0].counts.passed += 1
    expect(problems(reports)).toEqual([
      { code: 'report-tampered', message: expect.stringMatching(/^shard 1\/4 \("reports\/shard-1.json"\): its counts \(.*\) do not match its items/) }
    ])
  })

  it('a failed test run turned into a pass: its own evidence says fail', () => {
    const reports = copies()
    const { report, item } = itemOf(reports, 'unit-red')
    item.status = 'pass'
    report.counts.failed--
    report.counts.passed++
    const merged = merge(reports)
    expect(merged.problems).toEqual([
      { code: 'report-tampered', message: expect.stringContaining('`unit-red` says pass, but its own evidence (exit code 1; 1 passed, 1 failed, 0 skipped) says fail') }
    ])
    expect(merged.results.get('unit-red')).toMatchObject({ status: 'error', reason: 'its shard report contradicts its own evidence' })
  })

  it('a summary edited to read well', () => {
    const reports = copies()
    itemOf(reports, 'unit-red').item.summary = '2/2 passed'
    expect(problems(reports)).toEqual([{ code: 'report-tampered', message: expect.stringContaining('`unit-red` says "2/2 passed", but its own evidence') }])
  })

  it('evidence edited consistently (exit 0) re-judges as a pass: a report cannot prove what ran, only agree with itself', () => {
    const reports = copies()
    const { report, item } = itemOf(reports, 'fails')
    item.exitCode = 0
    item.status = 'pass'
    item.summary = 'exit 0'
    item.reason = null
    report.counts.failed--
    report.counts.passed++
    // Consistent edits re-judge as a pass: what a report cannot hide is a pass whose needs failed.
    const merged = merge(reports)
    expect(merged.results.get('fails')?.status).toBe('pass')
    expect(merged.problems).toEqual([])
  })

  it('a pass for an item whose need did not pass', () => {
    const reports = copies()
    const { report, item } = itemOf(reports, 'after-fail')
    Object.assign(item, {
      status: 'pass',
      summary: 'exit 0',
      reason: null,
      exitCode: 0,
      parser: 'exit-code',
      evidence: { parseProblem: null, spawnError: null, cancelled: false, output: { excerpt: '', totalLines: 0, truncated: false } }
    })
    report.counts.errored--
    report.counts.passed++
    const merged = merge(reports)
    expect(merged.problems).toEqual([{ code: 'report-tampered', message: '`after-fail` has a result although `fails` did not pass, so it cannot have run' }])
    expect(merged.results.get('after-fail')).toMatchObject({ status: 'error', summary: 'not run' })
  })

  it('a pass with no evidence that anything ran', () => {
    const reports = copies()
    const { report, item } = itemOf(reports, 'missing-tool')
    Object.assign(item, { status: 'pass', evidence: null, exitCode: null, parser: null })
    report.counts.errored--
    report.counts.passed++
    expect(problems(reports)).toEqual([{ code: 'report-tampered', message: expect.stringContaining('`missing-tool` says pass, but the report holds no evidence that it ran') }])
  })

  it('a result for an item the shard does not own', () => {
    const reports = copies()
    const { item } = itemOf(reports, 'build')
    const other = reports.find((report) => !report.shard?.items.includes('build'))
    other?.items.push({ ...item })
    if (other) other.counts.passed++
    expect(problems(reports)).toContainEqual({ code: 'report-tampered', message: expect.stringContaining('it has results for "build", which it does not own') })
  })

  it('an item dropped from a report', () => {
    const reports = copies()
    const { report } = itemOf(reports, 'unit-red')
    report.items = report.items.filter((item) => item.id !== 'unit-red')
    report.counts.failed--
    expect(problems(reports)).toContainEqual({ code: 'report-tampered', message: expect.stringContaining('it owns "unit-red" but has no result for them') })
  })

  it('a blocking item downgraded to info, or another parser chosen', () => {
    const reports = copies()
    itemOf(reports, 'fails').item.severity = 'info'
    const lint = itemOf(reports, 'lint').item
    lint.parser = 'exit-code'
    expect(problems(reports)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('`fails` is info in the report but blocking in the checklist') }),
      expect.objectContaining({ message: expect.stringContaining('`lint` was read by the "exit-code" parser, but the checklist\'s command is read by `cargo-clippy`') })
    ])
  })

  it('a manual item a shard says is signed off stays a sign-off for the merge job to judge', () => {
    const reports = copies()
    const { report, item } = itemOf(reports, 'security')
    item.status = 'pass'
    report.counts.pending--
    report.counts.passed++
    const merged = merge(reports)
    expect(merged.results.get('security')).toMatchObject({ status: 'pending' })
  })

  it('an evidence file said present with a summary no file check gives', () => {
    const reports = copies()
    itemOf(reports, 'runbook').item.summary = 'looks fine'
    expect(problems(reports)).toEqual([
      { code: 'report-tampered', message: expect.stringContaining('`runbook` says pass with a summary ("looks fine") an evidence check never gives') }
    ])
  })
})

describe('files that are not reports', () => {
  it('invalid JSON, another shape, a refused run, a run that was cancelled', () => {
    const refused = {
      ...structuredClone(honest[0]),
      run: null,
      shard: null,
      checklistSha256: null,
      items: [],
      runProblems: [{ code: 'invalid-input', message: 'Invalid input \'shard\': "5/4".' }]
    }
    const cancelled = copies()
    cancelled[1].runProblems.push({ code: 'cancelled', message: 'the run was cancelled before every gate finished' })
    const merged = mergeShardReports(
      checklist,
      [
        { name: '"a.json"', content: { problem: 'is not valid JSON' } },
        { name: '"b.json"', content: { json: { hello: 'world' } } },
        { name: '"c.json"', content: { json: refused } },
        ...files(cancelled)
      ],
      expected()
    )
    expect(merged.problems).toEqual([
      { code: 'report-unreadable', message: '"a.json" is not valid JSON' },
      { code: 'report-unreadable', message: '"b.json" is not a report go-no-go wrote: it is not a go-no-go JSON report of schema version 1' },
      { code: 'shard-run-problem', message: '"c.json": its run judged nothing: Invalid input \'shard\': "5/4".' },
      { code: 'shard-run-problem', message: 'shard 2/4 ("reports/shard-2.json"): the run was cancelled before every gate finished' }
    ])
  })

  it('quotes and clips ids it does not know, and lists only a few', () => {
    const reports = copies()
    const hostile = ['<img src=x onerror=alert(1)>', '@octo-org/everyone', 'x'.repeat(500), 'd', 'e', 'f', 'g']
    reports[0].shard?.items.push(...hostile)
    const message = problems(reports).find((problem) => problem.message.includes('which the checklist does not have'))?.message ?? ''
    expect(message).toContain('"<img src=x onerror=alert(1)>"')
    expect(message).toContain(`"${'x'.repeat(60)}…"`)
    expect(message).toContain('and 2 more')
    expect(message.length).toBeLessThan(400)
  })

  it('a report with thousands of problems lists ten of a kind and counts the rest', () => {
    const reports = copies()
    reports[0].runProblems = Array.from({ length: 3_000 }, (_, index) => ({ code: 'cancelled', message: `problem ${index}` }))
    const found = problems(reports)
    expect(found.filter((problem) => problem.code === 'shard-run-problem')).toHaveLength(6)
  })
})
