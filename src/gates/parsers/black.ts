/**
 * `black --check`. Each `would reformat x.py` is a file that fails the gate; black closes with
 * `N files would be reformatted, M files would be left unchanged.` (or only the second part), and
 * that line must be there: `-q` prints nothing, and nothing shows black looked. `error: cannot
 * format x.py: Cannot parse…` (exit 123) means black could not check that file: an error unless
 * other files already fail. "No Python files are present" checked nothing: an error.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'
import { runsPythonTool } from './python-command.js'

const WOULD_REFORMAT = /^would reformat (.+)$/
const CANNOT_FORMAT = /^error: cannot format (.+?): (.+)$/
// `1 file would be reformatted, 2 files would be left unchanged, 1 file would fail to reformat.`
const SUMMARY = /^(?:\d+ files? would (?:be reformatted|be left unchanged|fail to reformat)(?:, |\.$))+$/
const NOTHING = /^No Python files are present to be formatted/

function createBlackParser(): OutputParser {
  const files = new BoundedList<string>()
  const findings = new BoundedList<Finding>()
  let reformat = 0
  let stated: number | undefined
  let cannot: string | undefined
  let nothing = false

  return {
    name: 'black',
    onLine(line) {
      const would = WOULD_REFORMAT.exec(line)
      if (would) {
        reformat++
        files.push(would[1])
        findings.push({ level: 'warning', message: 'needs formatting (black)', file: would[1], code: 'black' })
        return
      }
      const error = CANNOT_FORMAT.exec(line)
      if (error) {
        cannot ??= `${error[1]}: ${error[2]}`.slice(0, 300)
        findings.push({ level: 'error', message: `black cannot format: ${error[2]}`.slice(0, 300), file: error[1], code: 'black' })
        return
      }
      if (SUMMARY.test(line)) stated = Number(/(\d+) files? would be reformatted/.exec(line)?.[1] ?? 0)
      else if (NOTHING.test(line)) nothing = true
    },
    finish(process: ProcessOutcome): ParsedOutput {
      const problem = (message: string): ParsedOutput => ({ kind: 'format', counts: null, findings: findings.items, problem: { status: 'error', message } })
      if (nothing) return problem('black found no Python files to check')
      if (reformat === 0 && (stated ?? 0) > 0) {
        return { kind: 'format', counts: null, findings: [], problem: { status: 'fail', message: `black says ${stated} file(s) would be reformatted but named none` } }
      }
      if (reformat > 0) return { kind: 'format', counts: { files: files.items }, findings: findings.items }
      if (cannot) return problem(`black could not check: ${cannot}`)
      if (stated === undefined) return problem(`black printed no summary (exit ${process.exitCode ?? process.signal}; drop -q)`)
      return { kind: 'format', counts: { files: [] }, findings: findings.items }
    }
  }
}

export const black: ParserDescriptor<'black'> = {
  name: 'black',
  // Only the checking forms: plain `black .` rewrites files.
  detect: (invocation) => runsPythonTool(invocation, ['black'])?.args.some((arg) => arg === '--check' || arg === '--diff') === true,
  create: createBlackParser
}
