/**
 * `junit:` reports: what real tools write, read as a stream; and the files a gate may read — only
 * this run's, only inside the workspace, only well-formed.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { collectJunit, MTIME_MARGIN_MS, snapshotJunit, type JunitRequest } from '../../../src/gates/parsers/junit-files.js'
import { readJunitXml } from '../../../src/gates/parsers/junit-xml.js'
import { TestTally } from '../../../src/gates/parsers/test-tally.js'
import type { ParsedOutput } from '../../../src/gates/types.js'
import { readCapture } from './real-captures.js'

async function* chunks(text: string, size = 7): AsyncIterable<string> {
  // Small, uneven pieces: a tag or an entity may be cut anywhere.
  for (let index = 0; index < text.length; index += size) yield text.slice(index, index + size)
}

async function read(xml: string) {
  const tally = new TestTally()
  const result = await readJunitXml(chunks(xml, 13), tally)
  return { result, parsed: tally.toParsed() as TestsOutput }
}

type TestsOutput = Extract<ParsedOutput, { kind: 'tests' }>

describe('JUnit XML from real tools', () => {
  it('pytest --junitxml (cachetools, one broken method): counts, names and the failing line', async () => {
    const { result, parsed } = await read(readCapture('ct-failing.junit.xml'))
    expect(result.problem).toBeUndefined()
    expect(parsed).toMatchObject({
      counts: { passed: 275, failed: 2, skipped: 2 },
      failingTests: ['tests.test_lru.LRUCacheTest.test_lru', 'tests.test_lru.LRUCacheTest.test_lru_clear']
    })
    expect(parsed.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['tests/test_lru.py:26', 'tests/test_lru.py:87'])
  })

  it('gotestsum (google/uuid, one broken format): a test that panicked is a failure too', async () => {
    const { result, parsed } = await read(readCapture('uuid-failing.junit.xml'))
    expect(result.problem).toBeUndefined()
    expect(parsed).toMatchObject({
      counts: { passed: 11, failed: 2, skipped: 0 },
      failingTests: ['github.com/google/uuid.TestJSON', 'github.com/google/uuid.TestNullUUIDMarshalJSON']
    })
    expect(parsed.findings[0]).toMatchObject({ file: 'json_test.go', line: 27 })
  })

  it('the shapes of cargo nextest, jest-junit and Surefire', async () => {
    const nextest = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="nextest-run" tests="3" failures="1" errors="0" uuid="x" timestamp="2026-01-01T00:00:00Z" time="0.01">
  <testsuite name="calc" tests="3" disabled="0" errors="0" failures="1">
    <testcase name="tests::adds" classname="calc" timestamp="t" time="0.001"></testcase>
    <testcase name="tests::subtracts" classname="calc" timestamp="t" time="0.001">
      <failure type="test failure with exit code 101">thread 'tests::subtracts' panicked at src/lib.rs:12:9:
assertion \`left == right\` failed</failure>
    </testcase>
    <testcase name="tests::later" classname="calc" timestamp="t" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>`
    expect((await read(nextest)).parsed).toMatchObject({
      counts: { passed: 1, failed: 1, skipped: 1 },
      failingTests: ['calc.tests::subtracts'],
      findings: [expect.objectContaining({ file: 'src/lib.rs', line: 12, column: 9 })]
    })
    const jestJunit = `<testsuites name="jest tests" tests="2" failures="1" errors="0" time="1">
  <testsuite name="math" errors="0" failures="1" skipped="0" timestamp="t" time="1" tests="2">
    <testcase classname="math adds" name="math adds" time="0.001"></testcase>
    <testcase classname="math subtracts" name="math subtracts" time="0.002">
      <failure>Error: expect(received).toBe(expected)
    at Object.&lt;anonymous&gt; (/work/app/math.test.js:9:17)
    at processTicksAndRejections (node:internal/process/task_queues:95:5)</failure>
    </testcase>
  </testsuite>
</testsuites>`
    expect((await read(jestJunit)).parsed).toMatchObject({
      failingTests: ['math subtracts'],
      findings: [expect.objectContaining({ file: '/work/app/math.test.js', line: 9, column: 17 })]
    })
    const surefire = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="com.example.CalcTest" time="0.05" tests="3" errors="1" skipped="0" failures="1">
  <properties><property name="java.version" value="17"/></properties>
  <testcase name="adds" classname="com.example.CalcTest" time="0.01"/>
  <testcase name="flaky" classname="com.example.CalcTest" time="0.01"><flakyFailure message="once" type="x"/></testcase>
  <testcase name="divides" classname="com.example.CalcTest" time="0.01">
    <error message="/ by zero" type="java.lang.ArithmeticException"><![CDATA[java.lang.ArithmeticException: / by zero
	at com.example.Calc.divide(Calc.java:7)
	at com.example.CalcTest.divides(CalcTest.java:21)]]></error>
  </testcase>
</testsuite>`
    const { parsed } = await read(surefire)
    expect(parsed).toMatchObject({ counts: { passed: 2, failed: 1, skipped: 0 }, failingTests: ['com.example.CalcTest.divides'] })
    expect(parsed.findings[0]).toMatchObject({ file: 'Calc.java', line: 7, message: 'com.example.CalcTest.divides: / by zero' })
  })
})

describe('what a JUnit file may not smuggle into the report', () => {
  it('a name or message with line breaks and escape codes becomes one plain line', async () => {
    const { parsed } = await read(
      '<testsuite tests="1"><testcase classname="suite" name="evil&#10;::error::forged&#127;[31m"><failure message="first&#10;::warning::second"/></testcase></testsuite>'
    )
    expect(parsed.failingTests).toEqual(['suite.evil ::error::forged [31m'])
    expect(parsed.findings[0].message).toBe('suite.evil ::error::forged [31m: first')
  })
})

describe('a JUnit file that cannot be trusted', () => {
  it.each([
    ['cut short', '<testsuites><testsuite tests="1"><testcase name="a"/>', /not well-formed XML/],
    ['not XML', 'ok 1 - a test\n', /not well-formed XML|no root element/],
    ['another root', '<html><body/></html>', /root element is <html>/],
    ['an undefined entity', '<testsuite tests="1"><testcase name="&evil;"/></testsuite>', /not well-formed XML/],
    ['a count its cases do not match', '<testsuite name="s" tests="3"><testcase name="a"/></testsuite>', /says tests="3" but lists 1 test case/],
    ['absurd nesting', `${'<testsuites>'.repeat(100)}${'</testsuites>'.repeat(100)}`, /nest more than 64 deep/],
    [
      'a billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
        `<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><testsuite tests="1"><testcase name="&lol3;"/></testsuite>`,
      /declares a DOCTYPE/
    ]
  ])('%s is refused with a reason', async (_name, xml, reason) => {
    const { result } = await read(xml)
    expect(result.problem).toMatch(reason)
  })
})

describe('which files a gate reads', () => {
  let workspace: string
  const request = (pattern: string, cwd = workspace): JunitRequest => ({ pattern, cwd, workspace })
  const passing = '<testsuite name="s" tests="1"><testcase name="ok"/></testsuite>'
  const failing = '<testsuite name="s" tests="1"><testcase name="broken"><failure message="no"/></testcase></testsuite>'

  beforeEach(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'junit-files-'))
    mkdirSync(path.join(workspace, 'reports'))
  })
  afterEach(() => rmSync(workspace, { recursive: true, force: true }))

  async function gate(pattern: string, command: () => void, cwd = workspace) {
    const snapshot = await snapshotJunit(request(pattern, cwd))
    const startedAtMs = Date.now()
    command()
    const tally = new TestTally()
    const collected = await collectJunit(request(pattern, cwd), snapshot, startedAtMs, tally)
    return { collected, parsed: tally.toParsed() as TestsOutput }
  }

  it('reads every report the command wrote, relative to the working directory', async () => {
    mkdirSync(path.join(workspace, 'api', 'reports'), { recursive: true })
    const { collected, parsed } = await gate(
      'reports/**/*.xml',
      () => {
        writeFileSync(path.join(workspace, 'api', 'reports', 'a.xml'), passing)
        mkdirSync(path.join(workspace, 'api', 'reports', 'nested'))
        writeFileSync(path.join(workspace, 'api', 'reports', 'nested', 'b.xml'), failing)
      },
      path.join(workspace, 'api')
    )
    expect(collected).toEqual({ read: ['api/reports/a.xml', 'api/reports/nested/b.xml'], stale: [] })
    expect(parsed).toMatchObject({ counts: { passed: 1, failed: 1, skipped: 0 }, failingTests: ['broken'] })
  })

  it('a file left from an earlier run is ignored; only stale files is an error', async () => {
    writeFileSync(path.join(workspace, 'reports', 'old.xml'), passing)
    const { collected } = await gate('reports/*.xml', () => undefined)
    expect(collected.problem).toMatch(/written before this gate started \(left from an earlier run: reports\/old\.xml\); the command wrote no new report/)
  })

  it('a stale file is ignored even when its time is inside the clock margin; a rewritten one counts', async () => {
    writeFileSync(path.join(workspace, 'reports', 'old.xml'), passing)
    writeFileSync(path.join(workspace, 'reports', 'rewritten.xml'), passing)
    const { collected, parsed } = await gate('reports/*.xml', () => writeFileSync(path.join(workspace, 'reports', 'rewritten.xml'), failing))
    expect(collected).toEqual({ read: ['reports/rewritten.xml'], stale: ['reports/old.xml'] })
    expect(parsed.failingTests).toEqual(['broken'])
  })

  it('a new file whose time is well before the gate started (restored from a cache) is stale', async () => {
    const { collected } = await gate('reports/*.xml', () => {
      const file = path.join(workspace, 'reports', 'restored.xml')
      writeFileSync(file, passing)
      const old = (Date.now() - MTIME_MARGIN_MS - 60_000) / 1000
      utimesSync(file, old, old)
    })
    expect(collected.problem).toMatch(/written before this gate started/)
  })

  it('no file is an error that names the glob', async () => {
    const { collected } = await gate('reports/*.xml', () => undefined)
    expect(collected.problem).toBe('no file matches junit: reports/*.xml (the command wrote no JUnit report there)')
  })

  it('a report that is a link to /proc/self/environ is not read, and nothing of it shows', async () => {
    process.env.GO_NO_GO_JUNIT_SECRET = 'hunter2-secret'
    try {
      const { collected, parsed } = await gate('reports/*.xml', () => symlinkSync('/proc/self/environ', path.join(workspace, 'reports', 'junit.xml')))
      expect(collected.problem).toBe('reports/junit.xml is a link to a place outside the workspace; it was not read')
      expect(JSON.stringify({ collected, parsed })).not.toContain('hunter2')
    } finally {
      delete process.env.GO_NO_GO_JUNIT_SECRET
    }
  })

  it('a folder that is a link out of the workspace is not walked', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'junit-outside-'))
    try {
      writeFileSync(path.join(outside, 'junit.xml'), passing)
      const { collected } = await gate('linked/*.xml', () => symlinkSync(outside, path.join(workspace, 'linked')))
      expect(collected.problem).toBe('junit: linked/*.xml leads outside the workspace through a link')
      const walked = await gate('**/*.xml', () => undefined)
      expect(walked.collected.problem).toMatch(/^no file matches/)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('a link inside the workspace is followed', async () => {
    const { collected, parsed } = await gate('reports/*.xml', () => {
      writeFileSync(path.join(workspace, 'real.xml'), failing)
      symlinkSync(path.join(workspace, 'real.xml'), path.join(workspace, 'reports', 'junit.xml'))
    })
    expect(collected.read).toEqual(['reports/junit.xml'])
    expect(parsed.failingTests).toEqual(['broken'])
  })

  it('a glob that climbs out is refused even if the checklist check were bypassed', async () => {
    const { collected } = await gate('../*.xml', () => undefined)
    expect(collected.problem).toBe('junit: ../*.xml must be a relative path inside the workspace')
  })

  it('a FIFO is not a report and does not hang the gate', async () => {
    const { collected } = await gate('reports/*.xml', () => execFileSync('mkfifo', [path.join(workspace, 'reports', 'pipe.xml')]))
    expect(collected.problem).toBe('reports/pipe.xml is not a regular file')
  })

  it('an empty or malformed report is an error that names the file', async () => {
    const empty = await gate('reports/*.xml', () => writeFileSync(path.join(workspace, 'reports', 'empty.xml'), ''))
    expect(empty.collected.problem).toBe('reports/empty.xml: is empty')
    rmSync(path.join(workspace, 'reports', 'empty.xml'))
    const bad = await gate('reports/*.xml', () => writeFileSync(path.join(workspace, 'reports', 'bad.xml'), '<testsuite><testcase name="a">'))
    expect(bad.collected.problem).toMatch(/^reports\/bad\.xml: not well-formed XML/)
  })
})
