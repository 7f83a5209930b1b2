/**
 * mypy. Each `x.py:3: error: message  [code]` (with a column under --show-column-numbers) is an
 * error; `note:` lines explain the one before and do not count. mypy closes with `Found N errors in
 * M files (checked K source files)` or `Success: no issues found in K source files`; when it states
 * more errors than could be read, its number stands. Without either line (a crash, `mypy: error:`,
 * exit 2) mypy did not finish checking: an error, never clean.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, LintCounts, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'
import { runsPythonTool } from './python-command.js'

const DIAGNOSTIC = /^([^\s:][^:]*):(\d+)(?::(\d+))?(?::\d+:\d+)?: (error|warning|note): (.*?)(?: {2}\[([a-z0-9-]+)\])?$/
const FOUND = /^Found (\d+) errors? in \d+ files? \((?:checked \d+ source files?|errors prevented further checking)\)$/
const SUCCESS = /^Success: no issues found in \d+ source files?$/
const CRASH = /^(?:mypy: error: .+|usage: mypy .+|.*: error: INTERNAL ERROR.*|Traceback \(most recent call last\):)$/

function createMypyParser(): OutputParser {
  const read: LintCounts = { warnings: 0, errors: 0 }
  const findings = new BoundedList<Finding>()
  let stated: number | undefined
  let success = false
  let crash: string | undefined

  return {
    name: 'mypy',
    onLine(line) {
      const diagnostic = DIAGNOSTIC.exec(line)
      if (diagnostic) {
        const [, file, lineNumber, column, level, message, code] = diagnostic
        if (level === 'note') return
        if (level === 'error') read.errors++
        else read.warnings++
        findings.push({
          level: level as 'error' | 'warning',
          message: code ? `${message} [${code}]` : message,
          file,
          line: Number(lineNumber),
          ...(column ? { column: Number(column) } : {}),
          ...(code ? { code } : {})
        })
        if (/INTERNAL ERROR/.test(message)) crash ??= line.slice(0, 300)
        return
      }
      const found = FOUND.exec(line)
      if (found) stated = Number(found[1])
      else if (SUCCESS.test(line)) success = true
      else if (CRASH.test(line)) crash ??= line.slice(0, 300)
    },
    finish(process: ProcessOutcome): ParsedOutput {
      if (crash || process.exitCode === 2) {
        return { kind: 'lint', counts: null, findings: findings.items, problem: { status: 'error', message: `mypy could not check: ${crash ?? `exited ${process.exitCode}`}` } }
      }
      if (stated === undefined && !success && read.errors === 0) {
        return {
          kind: 'lint',
          counts: null,
          findings: findings.items,
          problem: { status: 'error', message: `mypy printed neither \`Found N errors\` nor \`Success:\` (exit ${process.exitCode ?? process.signal})` }
        }
      }
      return { kind: 'lint', counts: { warnings: read.warnings, errors: Math.max(read.errors, stated ?? 0) }, findings: findings.items }
    }
  }
}

export const mypy: ParserDescriptor<'mypy'> = {
  name: 'mypy',
  detect: (invocation) => runsPythonTool(invocation, ['mypy']) !== undefined,
  create: createMypyParser
}
