/**
 * `go vet`. Every finding is a line `pkg/x.go:12:2: self-assignment of x to x` under a `# pkg`
 * header (paths from where go ran), and each makes go vet fail, so each counts as an error;
 * `vet: file:line:col: …` is a package that does not type-check, also an error. go vet prints
 * nothing at all when the code is clean, so a silent exit 0 is clean; a non-zero exit with no
 * finding, or the go command's own complaint (`matched no packages`, no go.mod), means it could not
 * check: an error, never clean.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'
import { COMPILER_LINE, GO_ERROR, goSubcommand, PACKAGE_HEADER } from './go-command.js'

function createGoVetParser(): OutputParser {
  const findings = new BoundedList<Finding>()
  let errors = 0
  let goError: string | undefined
  let otherLine: string | undefined
  let pkg: string | undefined

  return {
    name: 'go-vet',
    onLine(line) {
      const header = PACKAGE_HEADER.exec(line)
      if (header) {
        pkg = header[1]
        return
      }
      const finding = COMPILER_LINE.exec(line)
      if (finding) {
        const [, file, lineNumber, column, message] = finding
        errors++
        findings.push({
          level: 'error',
          message,
          file,
          line: Number(lineNumber),
          column: Number(column),
          code: line.startsWith('vet: ') ? 'go vet (type check)' : `go vet${pkg ? ` ${pkg}` : ''}`
        })
        return
      }
      if (GO_ERROR.test(line)) goError ??= line.slice(0, 300)
      else if (line.trim() !== '') otherLine ??= line.trim().slice(0, 300)
    },
    finish(process: ProcessOutcome): ParsedOutput {
      if (goError && errors === 0) return { kind: 'lint', counts: null, findings: [], problem: { status: 'error', message: `go vet could not run: ${goError}` } }
      if (process.exitCode !== 0 && errors === 0) {
        return {
          kind: 'lint',
          counts: null,
          findings: [],
          problem: { status: 'error', message: `go vet exited ${process.exitCode ?? process.signal} without a finding${otherLine ? `: ${otherLine}` : ''}` }
        }
      }
      return { kind: 'lint', counts: { warnings: 0, errors }, findings: findings.items }
    }
  }
}

export const goVet: ParserDescriptor<'go-vet'> = {
  name: 'go-vet',
  detect: (invocation) => goSubcommand(invocation) === 'vet',
  create: createGoVetParser
}
