/**
 * The reporter module go-no-go hands `node --test` (written into the gate's scratch directory and
 * passed as `--test-reporter`). It runs inside the user's test runner, so it is plain JavaScript for
 * any Node with custom reporters (≥ 18.17), never throws, and writes one JSON object per line with
 * only what the parser reads: results and the run's closing counts. What tests print
 * (`test:stdout`) is left out on purpose: it is not a result, whatever it looks like. What a test
 * file printed to stderr is kept, a few lines, because it says why a file failed to load.
 */
export const NODE_TEST_REPORTER_FILE = 'go-no-go-node-test-reporter.mjs'

export const NODE_TEST_REPORTER_SOURCE = `// Written by go-no-go: records node --test results as JSON lines for the gate's parser.
const MAX_TEXT = 300
const MAX_STDERR_PER_FILE = 20
const text = (value) => {
  try {
    return String(value ?? '').slice(0, MAX_TEXT)
  } catch {
    return ''
  }
}
const stderrLines = new Map()
function record(event) {
  const data = (event && event.data) || {}
  switch (event && event.type) {
    case 'test:pass':
    case 'test:fail': {
      const details = data.details || {}
      const error = details.error || {}
      const cause = error.cause || {}
      return {
        type: event.type === 'test:pass' ? 'pass' : 'fail',
        name: text(data.name),
        nesting: Number(data.nesting) || 0,
        file: data.file === undefined ? undefined : text(data.file),
        line: data.line,
        column: data.column,
        suite: details.type === 'suite',
        skip: data.skip !== undefined && data.skip !== false,
        todo: data.todo !== undefined && data.todo !== false,
        failureType: error.failureType === undefined ? undefined : text(error.failureType),
        message: event.type === 'test:fail' ? text((cause && cause.message) || error.message || cause) : undefined
      }
    }
    case 'test:plan':
      return data.file === undefined && !data.nesting ? { type: 'plan', count: data.count } : undefined
    case 'test:diagnostic':
      return data.file === undefined && !data.nesting ? { type: 'diagnostic', message: text(data.message) } : undefined
    case 'test:summary':
      return data.file === undefined ? { type: 'summary', counts: data.counts, success: data.success } : undefined
    case 'test:stderr': {
      const file = text(data.file)
      const seen = stderrLines.get(file) || 0
      if (seen >= MAX_STDERR_PER_FILE) return undefined
      stderrLines.set(file, seen + 1)
      return { type: 'stderr', file, message: text(data.message) }
    }
    default:
      return undefined
  }
}
export default async function* goNoGoReporter(source) {
  for await (const event of source) {
    let line
    try {
      const entry = record(event)
      if (entry) line = JSON.stringify(entry) + '\\n'
    } catch {
      line = undefined
    }
    if (line) yield line
  }
  yield JSON.stringify({ type: 'end' }) + '\\n'
}
`
