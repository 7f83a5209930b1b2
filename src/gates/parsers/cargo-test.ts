/**
 * `cargo test`: a workspace prints one `test result:` per test binary (and doc tests), so every
 * one is summed. A compile error means no tests ran: that is a failure with the compiler's
 * message, never "0 failed".
 */
import type { Finding, OutputParser, ParsedOutput, ParseProblem, ProcessOutcome, TestCounts } from '../types.js'
import { BoundedList } from './bounded.js'

const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/
const FAILED_TEST = /^test (\S+) \.\.\. FAILED$/
const PANIC = /^thread '([^']*)' (?:\(\d+\) )?panicked at ([^:\s]+):(\d+):(\d+):?/
const COMPILE_ERROR = /^error(?:\[E\d+\])?: (.+)$/
const LOCATION = /^\s*--> ([^:\s]+):(\d+):(\d+)/
const CRASHED = /^error: test failed, to rerun pass `([^`]*)`/
const SIGNAL = /process didn't exit successfully: `([^`]+)` \((?:signal: (\d+), (SIG[A-Z]+)|exit status: (\d+))/

export function createCargoTestParser(): OutputParser {
  let counts: TestCounts | null = null
  const failing = new BoundedList<string>()
  const findings = new BoundedList<Finding>()
  // An `error:` line is only a compiler error once a `-->` location follows it.
  let candidateError: string | undefined
  let compileError: string | undefined
  let couldNotCompile: string | undefined
  let crash: string | undefined

  return {
    name: 'cargo-test',
    onLine(line) {
      const result = RESULT.exec(line)
      if (result) {
        counts ??= { passed: 0, failed: 0, skipped: 0 }
        counts.passed += Number(result[1])
        counts.failed += Number(result[2])
        counts.skipped += Number(result[3])
        return
      }
      const failed = FAILED_TEST.exec(line)
      if (failed) {
        if (!failing.includes(failed[1])) failing.push(failed[1])
        return
      }
      const panic = PANIC.exec(line)
      if (panic) {
        findings.push({ level: 'error', message: `test ${panic[1]} panicked`, file: panic[2], line: Number(panic[3]), column: Number(panic[4]), code: panic[1] })
        return
      }
      const signal = SIGNAL.exec(line)
      if (signal?.[3]) {
        crash ??= `test binary ${signal[1].split(' ')[0]} was killed by ${signal[3]} (signal ${signal[2]})`
        return
      }
      const location = candidateError !== undefined ? LOCATION.exec(line) : null
      if (location && candidateError !== undefined) {
        const message = `${candidateError} at ${location[1]}:${location[2]}:${location[3]}`
        compileError ??= message
        findings.push({ level: 'error', message: candidateError, file: location[1], line: Number(location[2]), column: Number(location[3]) })
        candidateError = undefined
        return
      }
      if (line.startsWith('error: could not compile')) {
        couldNotCompile ??= line.slice('error: '.length)
        return
      }
      const compile = COMPILE_ERROR.exec(line)
      if (compile && !CRASHED.test(line)) candidateError = compile[1]
    },
    finish(_process: ProcessOutcome): ParsedOutput {
      let problem: ParseProblem | undefined
      const notCompiled = compileError ?? couldNotCompile
      if (notCompiled !== undefined) problem = { status: 'fail', message: `does not compile: ${notCompiled}` }
      else if (crash) problem = { status: 'fail', message: crash }
      return { kind: 'tests', counts, failingTests: failing.items, findings: findings.items, ...(problem ? { problem } : {}) }
    }
  }
}
