/**
 * `gofmt -l` (and `-d`). gofmt exits 0 whether or not files need formatting: the listing is the
 * result, so any file listed is a FAIL. With -l each line is a file; with -d each diff starts
 * `diff -u a.go.orig a.go` (or `diff a.go.orig a.go`). A syntax error (`x.go:3:9: expected ')'`)
 * or any other complaint means gofmt could not check that file: an error, never formatted.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'
import { COMPILER_LINE } from './go-command.js'

const DIFF_HEADER = /^diff (?:-u )?(\S+)\.orig (\S+)$/
const LISTED_FILE = /^[^\s:][^:]*\.go$/

function createGofmtParser(): OutputParser {
  const files = new BoundedList<string>()
  const findings = new BoundedList<Finding>()
  let listed = 0
  let inDiff = false
  let problem: string | undefined

  const add = (file: string) => {
    if (files.includes(file)) return
    listed++
    files.push(file)
    findings.push({ level: 'warning', message: 'needs formatting (gofmt)', file, code: 'gofmt' })
  }

  return {
    name: 'gofmt',
    onLine(line) {
      const diff = DIFF_HEADER.exec(line)
      if (diff) {
        inDiff = true
        add(diff[2])
        return
      }
      // Inside a diff every line is the diff's; its hunks may hold anything.
      if (inDiff) return
      const error = COMPILER_LINE.exec(line)
      if (error) {
        problem ??= `${error[1]}:${error[2]}:${error[3]}: ${error[4]}`
        findings.push({ level: 'error', message: error[4], file: error[1], line: Number(error[2]), column: Number(error[3]), code: 'gofmt' })
        return
      }
      if (LISTED_FILE.test(line)) add(line)
      else if (line.trim() !== '') problem ??= line.trim().slice(0, 300)
    },
    finish(process: ProcessOutcome): ParsedOutput {
      // Files that need formatting fail the gate, whatever else gofmt could not read.
      if (listed === 0 && (problem !== undefined || process.exitCode !== 0)) {
        return {
          kind: 'format',
          counts: null,
          findings: findings.items,
          problem: { status: 'error', message: `gofmt could not check: ${problem ?? `exited ${process.exitCode ?? process.signal}`}` }
        }
      }
      return { kind: 'format', counts: { files: files.items }, findings: findings.items }
    }
  }
}

export const gofmt: ParserDescriptor<'gofmt'> = {
  name: 'gofmt',
  // Only the listing forms check; plain gofmt prints the formatted source and -w rewrites files.
  detect: (invocation) => invocation.program === 'gofmt' && invocation.args.some((arg) => /^-[a-z]*[ld]/.test(arg)) && !invocation.args.some((arg) => /^-[a-z]*w/.test(arg)),
  create: createGofmtParser
}
