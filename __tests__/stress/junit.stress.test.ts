/**
 * A 200 MB JUnit file read by the bundled action: sax streams it, so the action's memory stays flat
 * and every test case is counted. Its peak RSS is recorded with the other stress figures.
 *
 * Flat is judged against the same action reading a file a hundred times smaller on the same
 * runtime: Node 24's V8 keeps a larger heap than Node 20's for the same work (about 160 MB against
 * 120 MB here), so a fixed figure would test the runtime, not the reading.
 */
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { trackPeakMemory } from '../helpers/measure.js'
import { REPO_ROOT, runAction, workspaceFrom } from '../helpers/run-action.js'

const FIGURES = path.join(REPO_ROOT, '__tests__', '.tmp', 'figures.jsonl')
/** What a file a hundred times larger may cost over the small one: reading it whole would cost over 200 MB. */
const GROWTH_LIMIT_MB = 96
const CASES = 1_000_000

// Writes ~200 MB: a million test cases, every thousandth failing with a 100-byte message, and a
// few megabyte-long outputs, as a chatty suite's system-out would be.
const writerFor = (CASES: number) => `
const fs = require('fs');
const out = fs.createWriteStream('reports/junit.xml');
out.write('<?xml version="1.0" encoding="UTF-8"?>\\n<testsuites>\\n<testsuite name="huge" tests="${CASES}">\\n');
let i = 0;
const pad = 'x'.repeat(120);
function more() {
  let ok = true;
  while (i < ${CASES} && ok) {
    const n = i++;
    let xml = '<testcase classname="pkg.module_' + (n % 97) + '" name="test_' + n + '_' + pad + '" time="0.001">';
    if (n % 1000 === 0) xml += '<failure message="assert ' + n + ' == 0">tests/test_huge.py:' + (n % 500 + 1) + ': AssertionError ' + 'y'.repeat(60) + '</failure>';
    if (n % 250000 === 1) xml += '<system-out>' + 'log line\\n'.repeat(120000) + '</system-out>';
    ok = out.write(xml + '</testcase>\\n');
  }
  if (i < ${CASES}) out.once('drain', more);
  else out.end('</testsuite>\\n</testsuites>\\n');
}
more();
`

/** The action's peak RSS (MB) on a checklist whose one gate writes a JUnit file of `cases` test cases. */
async function junitRun(cases: number): Promise<{ peakMb: number; bytes: number; item: { id: string; status: string; summary: string } }> {
  const checklist = `version: 1
sections:
  - title: Volume
    items:
      - id: huge
        title: A huge JUnit report
        run: mkdir -p reports && node -e "$(cat writer.js)"
        junit: reports/junit.xml
        parser: exit-code
        timeout-minutes: 10
`
  const workspace = workspaceFrom(undefined, checklist)
  writeFileSync(path.join(workspace, 'writer.js'), writerFor(cases))
  let tracker: ReturnType<typeof trackPeakMemory> | undefined
  const run = await runAction({ workspace, onSpawn: (child) => (tracker = trackPeakMemory(child.pid!)) })
  const peakMb = tracker!.stop()
  const bytes = statSync(path.join(workspace, 'reports', 'junit.xml')).size
  mkdirSync(path.dirname(FIGURES), { recursive: true })
  appendFileSync(
    FIGURES,
    `${JSON.stringify({ kind: 'junit', scenario: `${Math.round(bytes / 1e6)} MB JUnit file`, peakRssMb: Math.round(peakMb), seconds: Math.round(run.durationMs / 100) / 10 })}\n`
  )
  const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { items: Array<{ id: string; status: string; summary: string }> }
  return { peakMb, bytes, item: report.items[0] }
}

describe('a gate whose JUnit file is 200 MB', () => {
  it(`is read whole, its peak RSS at most ${GROWTH_LIMIT_MB} MB over a file a hundred times smaller`, async () => {
    const small = await junitRun(CASES / 100)
    const large = await junitRun(CASES)
    expect(large.bytes).toBeGreaterThan(200_000_000)
    expect(small.item).toMatchObject({ id: 'huge', status: 'fail', summary: `${CASES / 100 - CASES / 100_000}/${CASES / 100} passed` })
    expect(large.item).toMatchObject({ id: 'huge', status: 'fail', summary: `${CASES - CASES / 1000}/${CASES} passed` })
    expect(large.peakMb - small.peakMb).toBeLessThanOrEqual(GROWTH_LIMIT_MB)
  })
})
