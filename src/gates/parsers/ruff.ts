/**
 * `ruff check`, in its text formats and as JSON. Every diagnostic is an error in ruff's own count
 * ("Found 3 errors."), so they count as errors here (`expect.max-errors` allows some; a `severity`
 * of warning in JSON counts as a warning). Text comes as `file:row:col: CODE message` (concise, and
 * full before ruff 0.12) or as `CODE message` followed by ` --> file:row:col` (full since 0.12);
 * JSON as one array (`--output-format json`) or one object per line (`json-lines`). ruff's closing
 * line (`Found N errors.` / `All checks passed!`) must be there: when it states more than could be
 * read, its number stands; without it (`-q`, a crash) nothing shows that ruff checked. Exit 2
 * (`ruff failed`, a bad config) is an error, never clean.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, LintCounts, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'
import { JsonValueStream } from './json-stream.js'
import { runsPythonTool } from './python-command.js'

// `x.py:1:8: F401 [*] message`, `x.py:3:1: invalid-syntax: message`, `x.py:3:1: SyntaxError: message`.
const LOCATED = /^([^\s:][^:]*):(\d+):(\d+): ([A-Z]+[0-9]+|invalid-syntax:|SyntaxError:)(?: \[\*\])? (.+)$/
// `F401 [*] \`os\` imported but unused`, then ` --> input.py:1:8`.
const HEADER = /^([A-Z]+[0-9]+|invalid-syntax:|SyntaxError:)(?: \[\*\])? (.+)$/
const ARROW = /^\s*--> ([^\s:][^:]*):(\d+):(\d+)$/
const FOUND = /^Found (\d+) errors?(?: \((\d+) fixed, (\d+) remaining\))?\.$/
const CLEAN = /^All checks passed!$/
const FAILED = /^(?:ruff failed|error: .+|ruff: error: .+)$/
const NO_FILES = /^warning: No Python files found under the given path/

interface RuffJson {
  code?: unknown
  message?: unknown
  filename?: unknown
  location?: { row?: unknown; column?: unknown } | null
  severity?: unknown
}

function createRuffParser(): OutputParser {
  const read: LintCounts = { warnings: 0, errors: 0 }
  const findings = new BoundedList<Finding>()
  let stated: number | undefined
  let clean = false
  let sawJson = false
  let failure: string | undefined
  let noFiles = false
  let header: { code: string; message: string } | undefined

  const add = (level: 'error' | 'warning', code: string, message: string, file: string, line: number, column: number) => {
    if (level === 'error') read.errors++
    else read.warnings++
    findings.push({ level, message: `${code} ${message}`.slice(0, 300), file, line, column, code })
  }

  const readJson = (entry: unknown) => {
    if (!entry || typeof entry !== 'object') return
    const item = entry as RuffJson
    const row = Number(item.location?.row)
    const column = Number(item.location?.column)
    const code = typeof item.code === 'string' ? item.code : 'syntax-error'
    add(item.severity === 'warning' ? 'warning' : 'error', code, String(item.message ?? ''), String(item.filename ?? ''), row || 0, column || 0)
  }

  const json = new JsonValueStream({
    value(value) {
      if (Array.isArray(value)) {
        sawJson = true
        for (const entry of value) readJson(entry)
      } else if (value && typeof value === 'object' && 'filename' in value) {
        sawJson = true
        readJson(value)
      }
    },
    text(line) {
      const located = LOCATED.exec(line)
      if (located) {
        header = undefined
        add('error', located[4].replace(/:$/, ''), located[5], located[1], Number(located[2]), Number(located[3]))
        return
      }
      const arrow = header ? ARROW.exec(line) : null
      if (arrow && header) {
        add('error', header.code, header.message, arrow[1], Number(arrow[2]), Number(arrow[3]))
        header = undefined
        return
      }
      const start = HEADER.exec(line)
      if (start) {
        header = { code: start[1].replace(/:$/, ''), message: start[2] }
        return
      }
      const found = FOUND.exec(line)
      if (found) {
        stated = Number(found[3] ?? found[1])
        return
      }
      if (CLEAN.test(line)) clean = true
      else if (NO_FILES.test(line)) noFiles = true
      else if (FAILED.test(line)) failure ??= line.slice(0, 300)
    }
  })

  return {
    name: 'ruff',
    onLine: (line) => json.onLine(line),
    finish(process: ProcessOutcome): ParsedOutput {
      const problem = (message: string): ParsedOutput => ({ kind: 'lint', counts: null, findings: findings.items, problem: { status: 'error', message } })
      if (failure || process.exitCode === 2) return problem(`ruff could not check: ${failure ?? `exited ${process.exitCode}`}`)
      if (noFiles) return problem('ruff found no Python files to check')
      if (!sawJson && stated === undefined && !clean) {
        return problem(
          read.errors + read.warnings > 0
            ? 'ruff printed diagnostics but not its closing `Found N errors.` line, so the list may be cut short'
            : 'ruff printed no result (neither `All checks passed!` nor `Found N errors.`; drop -q)'
        )
      }
      if (json.unfinished || json.oversized > 0 || json.malformed > 0) return problem('ruff’s JSON report was cut short or could not be read')
      return { kind: 'lint', counts: { warnings: read.warnings, errors: Math.max(read.errors, stated ?? 0) }, findings: findings.items }
    }
  }
}

export const ruff: ParserDescriptor<'ruff'> = {
  name: 'ruff',
  detect(invocation) {
    const tool = runsPythonTool(invocation, ['ruff'])
    // `ruff check` (and the older bare `ruff .`); `ruff format` is a formatter, `ruff --fix` is not a check.
    const sub = tool?.args.find((arg) => !arg.startsWith('-'))
    return tool !== undefined && (sub === 'check' || (sub !== 'format' && sub !== 'server' && sub !== 'rule' && sub !== 'config'))
  },
  create: createRuffParser
}
