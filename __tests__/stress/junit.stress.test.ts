/**
 * A 200 MB JUnit file read by the bundled action: sax streams it, so the action's memory stays flat
 * and every test case is counted. Its peak RSS is recorded with the other stress figures.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { trackPeakMemory } from '../helpers/measure.js'
import { REPO_ROOT, runAction, workspaceFrom } from '../helpers/run-action.js'

const FIGURES = path.join(REPO_ROOT, '__tests__', '.tmp', 'figures.jsonl')
const PEAK_RSS_LIMIT_MB = 150
const CASES = 1_000_000

// Writes ~200 MB: a million test cases, every thousandth failing with a 100-byte message, and a
// few megabyte-long outputs, as a chatty suite's system-out would be.
const writer = `
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

describe('a gate whose JUnit file is 200 MB', () => {
  it(`is read whole with peak RSS ≤ ${PEAK_RSS_LIMIT_MB} MB`, async () => {
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
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(workspace, 'writer.js'), writer)
    let tracker: ReturnType<typeof trackPeakMemory> | undefined
    const run = await runAction({ workspace, onSpawn: (child) => (tracker = trackPeakMemory(child.pid!)) })
    const peakMb = tracker!.stop()
    const bytes = (await import('node:fs')).statSync(path.join(workspace, 'reports', 'junit.xml')).size
    mkdirSync(path.dirname(FIGURES), { recursive: true })
    appendFileSync(
      FIGURES,
      `${JSON.stringify({ kind: 'junit', scenario: `${Math.round(bytes / 1e6)} MB JUnit file`, peakRssMb: Math.round(peakMb), seconds: Math.round(run.durationMs / 100) / 10 })}\n`
    )
    expect(bytes).toBeGreaterThan(200_000_000)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { items: Array<{ id: string; status: string; summary: string }> }
    expect(report.items[0]).toMatchObject({ id: 'huge', status: 'fail', summary: `${CASES - CASES / 1000}/${CASES} passed` })
    expect(peakMb).toBeLessThanOrEqual(PEAK_RSS_LIMIT_MB)
  })
})
