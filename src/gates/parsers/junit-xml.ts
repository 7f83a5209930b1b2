/**
 * JUnit XML, as pytest --junitxml, gotestsum, cargo nextest, jest-junit and Maven Surefire write
 * it: `<testsuites>` or `<testsuite>` holding `<testcase>`s, each passed, or with a `<failure>` /
 * `<error>` (failed) or `<skipped>`. The file is read as a stream with `sax`, so memory stays flat
 * however large it is: text is kept only inside a failure, and only its first few kilobytes.
 * A report that is not well-formed XML, declares a DOCTYPE (the door to entity expansion), nests
 * absurdly deep, or whose suite states a test count its test cases do not match, is not a report
 * that can be trusted: the reader says why, and the gate is an error.
 */
import sax from 'sax'
import type { TestTally } from './test-tally.js'

/** sax refuses any single name, attribute value or comment longer than this (text is passed on in pieces). */
const MAX_TOKEN_CHARS = 1024 * 1024
/** Real reports nest suites a few levels deep. */
const MAX_DEPTH = 64
/** Of a failure's text, what is kept to find its message and location. */
const MAX_FAILURE_TEXT = 8 * 1024

interface JunitReadResult {
  /** Test cases read. */
  testcases: number
  /** Why the file cannot be trusted, when it cannot. */
  problem?: string
}

interface Suite {
  name: string
  declaredTests?: number
  direct: number
  hasChildSuite: boolean
}

interface Case {
  name: string
  classname: string
  file?: string
  line?: number
  outcome: 'passed' | 'failed' | 'skipped'
  message?: string
  text: string
  /** Inside a <failure>/<error> whose text is being kept. */
  inFailure: boolean
}

/**
 * Reads one JUnit file's text, chunk by chunk, into the tally.
 * @param chunks the file's text in pieces (a read stream with an encoding)
 */
export async function readJunitXml(chunks: AsyncIterable<string>, tally: TestTally): Promise<JunitReadResult> {
  // A module-wide setting of sax's; the default (64 KiB) is too small for some real failure messages.
  ;(sax as unknown as { MAX_BUFFER_LENGTH: number }).MAX_BUFFER_LENGTH = MAX_TOKEN_CHARS
  const parser = sax.parser(true, { trim: false, normalize: false, position: true })
  const stack: string[] = []
  const suites: Suite[] = []
  let current: Case | undefined
  let testcases = 0
  let sawRoot = false
  let problem: string | undefined
  const fail = (message: string) => {
    problem ??= `${message} (line ${parser.line + 1})`
  }

  parser.onerror = (error) => {
    fail(`not well-formed XML: ${error.message.split('\n')[0]}`)
  }
  parser.ondoctype = () => fail('it declares a DOCTYPE, which a JUnit report never needs (refused: it could define entities)')
  parser.onopentag = (tag) => {
    const name = tag.name
    const attributes = tag.attributes as Record<string, string>
    stack.push(name)
    if (stack.length > MAX_DEPTH) return fail(`elements nest more than ${MAX_DEPTH} deep`)
    if (!sawRoot) {
      sawRoot = true
      if (name !== 'testsuites' && name !== 'testsuite') return fail(`the root element is <${name.slice(0, 40)}>, not <testsuites> or <testsuite>`)
    }
    switch (name) {
      case 'testsuite': {
        const parent = suites[suites.length - 1]
        if (parent) parent.hasChildSuite = true
        const declared = attributes.tests === undefined ? undefined : Number(attributes.tests)
        suites.push({ name: attributes.name ?? '', direct: 0, hasChildSuite: false, ...(declared !== undefined && Number.isInteger(declared) ? { declaredTests: declared } : {}) })
        return
      }
      case 'testcase': {
        if (current) return fail('a <testcase> inside another <testcase>')
        const line = Number(attributes.line)
        current = {
          name: attributes.name ?? '',
          classname: attributes.classname ?? attributes.class ?? '',
          ...(attributes.file ? { file: attributes.file } : {}),
          ...(Number.isInteger(line) && line > 0 ? { line } : {}),
          outcome: 'passed',
          text: '',
          inFailure: false
        }
        return
      }
      case 'failure':
      case 'error':
        if (!current || stack[stack.length - 2] !== 'testcase') return
        current.outcome = 'failed'
        current.message ??= firstLine(attributes.message) ?? firstLine(attributes.type)
        current.inFailure = current.text === ''
        return
      case 'skipped':
        if (current && stack[stack.length - 2] === 'testcase' && current.outcome === 'passed') current.outcome = 'skipped'
        return
      // Surefire's flakyFailure/rerunFailure record retries; the test's own outcome is in failure/error.
    }
  }
  const keepText = (text: string) => {
    if (current?.inFailure && current.text.length < MAX_FAILURE_TEXT) current.text += text.slice(0, MAX_FAILURE_TEXT - current.text.length)
  }
  parser.ontext = keepText
  parser.oncdata = keepText
  parser.onclosetag = (name) => {
    stack.pop()
    if ((name === 'failure' || name === 'error') && current) current.inFailure = false
    if (name === 'testcase' && current) {
      const closed = current
      current = undefined
      testcases++
      const suite = suites[suites.length - 1]
      if (suite) suite.direct++
      recordCase(closed, tally)
    }
    if (name === 'testsuite') {
      const suite = suites.pop()
      if (suite && !suite.hasChildSuite && suite.declaredTests !== undefined && suite.declaredTests !== suite.direct) {
        fail(`suite "${suite.name.slice(0, 80)}" says tests="${suite.declaredTests}" but lists ${suite.direct} test case${suite.direct === 1 ? '' : 's'}`)
      }
    }
  }

  for await (const chunk of chunks) {
    if (problem) break
    parser.write(chunk)
  }
  if (!problem) parser.close()
  if (!problem && !sawRoot) problem = 'it has no root element (empty or not XML)'
  return { testcases, ...(problem ? { problem } : {}) }
}

function recordCase(testcase: Case, tally: TestTally): void {
  if (testcase.outcome === 'passed') return tally.add(1, 0, 0)
  if (testcase.outcome === 'skipped') return tally.add(0, 0, 1)
  tally.add(0, 1, 0)
  const name = testName(testcase)
  // Past the listed names only the count matters: no time is spent locating what is not shown.
  const listed = tally.failing.items.length
  if (!tally.addFailing(name) || tally.failing.items.length === listed) return
  const message = testcase.message ?? firstLine(testcase.text)
  const where = testcase.file && testcase.line ? { file: testcase.file, line: testcase.line } : locate(testcase.text, testcase.file, testcase.classname)
  if (where) tally.addLocation(name, where.file, where.line, where.column, message)
  else tally.findings.push({ level: 'error', message: `${name}: ${message ?? 'failed'}`.slice(0, 300), ...(testcase.file ? { file: testcase.file } : {}), code: name })
}

/**
 * `classname.name` as most tools mean it; jest-junit repeats the describe title in the name.
 * Attributes may hold line breaks and control characters (`&#10;`, `&#27;`); a name is one plain line.
 */
function testName(testcase: Case): string {
  const classname = oneLine(testcase.classname)
  const name = oneLine(testcase.name)
  if (!classname || name.startsWith(classname) || classname === name) return name || classname || '(unnamed test)'
  return `${classname}.${name}`
}

// Rust's panic (nextest), a JS stack frame, Java's `at a.B.c(B.java:12)`, and `file.ext:line:` as pytest and Go print it.
const PANIC = /panicked at ([^\s:'][^:]*):(\d+):(\d+)/
const JS_FRAME = /\bat (?:.*\()?((?:\/|\.{1,2}\/)?[^\s():]+\.[cm]?[jt]sx?):(\d+):(\d+)\)?/
const JAVA_FRAME = /\bat [\w.$<>]+\(([\w$]+\.(?:java|kt|scala)):(\d+)\)/
const FILE_LINE = /^\s*((?:\/|\.{1,2}\/)?[^\s:]+\.[A-Za-z]{1,5}):(\d+):(?:(\d+):)?/

/**
 * Where a failure happened, read from its text. A line in the test's own file is preferred: the
 * `file` attribute, or the module its dotted classname names (pytest: `tests.test_lru.LRUCacheTest`).
 */
function locate(text: string, file: string | undefined, classname: string): { file: string; line: number; column?: number } | undefined {
  const panic = PANIC.exec(text)
  if (panic) return { file: panic[1], line: Number(panic[2]), column: Number(panic[3]) }
  let fallback: { file: string; line: number; column?: number } | undefined
  // Lines are cut short before matching, so a hostile failure text cannot make a pattern crawl.
  for (const line of text.split('\n').map((part) => part.slice(0, 500))) {
    const frame = JS_FRAME.exec(line) ?? JAVA_FRAME.exec(line) ?? FILE_LINE.exec(line)
    if (!frame || frame[1].includes('node_modules') || frame[1].startsWith('/usr/')) continue
    const found = { file: frame[1], line: Number(frame[2]), ...(frame[3] ? { column: Number(frame[3]) } : {}) }
    if (file && (found.file === file || found.file.endsWith(`/${file}`))) return found
    const module = found.file.replace(/\.py$/, '').replace(/^\.\//, '').split('/').join('.')
    if (!file && found.file.endsWith('.py') && (classname === module || classname.startsWith(`${module}.`))) return found
    // pytest ends a long traceback with the line that raised; keep the last frame of the project.
    fallback = JS_FRAME.test(line) || JAVA_FRAME.test(line) ? (fallback ?? found) : found
  }
  return fallback
}

function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300)
}

function firstLine(text: string | undefined): string | undefined {
  const line = text
    ?.split('\n')
    .map((part) => oneLine(part))
    .find(Boolean)
  return line ? line.slice(0, 200) : undefined
}
