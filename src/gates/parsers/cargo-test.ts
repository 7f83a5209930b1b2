/**
 * `cargo test`: a workspace prints one `test result:` per test binary and per crate's doc tests,
 * so every one is summed. A compile error means no tests ran: that is a failure with the
 * compiler's message, never "0 failed". A test binary that dies (abort, segfault) prints no
 * result of its own: that is a failure naming the binary, whatever the other binaries said.
 */
import type { Finding, OutputParser, ParsedOutput, ParseProblem, ProcessOutcome, TestCounts } from '../types.js'
import { BoundedList } from './bounded.js'

const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/
// `test a::b ... FAILED` (default format; doc tests have spaces in their names) and `a::b --- FAILED` (`-q`).
const FAILED_TEST = /^test (.+?) \.\.\. FAILED(?: <[\d.]+s>)?$/
const FAILED_QUIET = /^(\S.*?) --- FAILED$/
const LISTED_FAILURE = /^ {4}(\S.*)$/
// Rust ≥1.73: `thread 'x' (123) panicked at src/lib.rs:10:9:` and the message on the next line;
// older: `thread 'x' panicked at 'message', src/lib.rs:10:9`.
const PANIC = /^thread '([^']*)'(?: \(\d+\))? panicked at ([^\s:'][^:]*):(\d+):(\d+):?$/
const OLD_PANIC = /^thread '([^']*)' panicked at '(.*)', ([^\s:][^:]*):(\d+):(\d+)$/
const ERROR = /^error(?:\[(E\d+)\])?: (.+)$/
const LOCATION = /^\s*--> ([^:\s][^:]*):(\d+):(\d+)/
const RUNNING = /^\s+Running (.+) \(([^()]+)\)$/
const DIED = /process didn't exit successfully: `([^`]+)` \((?:signal: (\d+), (SIG[A-Z0-9]+)|exit status: (\d+))/
/** cargo's own `error:` lines after tests ran; none of them is a compiler error. */
const CARGO_TEST_ERRORS = /^(?:test failed, to rerun|\d+ targets? failed|could not compile|aborting due to)/

const MAX_MESSAGE = 300

export function createCargoTestParser(): OutputParser {
  let counts: TestCounts | null = null
  const failing = new BoundedList<string>()
  const findings = new BoundedList<Finding>()
  // An `error:` line is a compiler error only once a `-->` location follows it.
  let candidate: { message: string; code?: string } | undefined
  let compileError: string | undefined
  let couldNotCompile: string | undefined
  let otherError: string | undefined
  let died: string | undefined
  let inFailureList = false
  let panicAwaitingMessage: Finding | undefined
  let binary: { source: string; path: string; reported: boolean } | undefined

  const addFailing = (name: string) => {
    if (!failing.includes(name)) failing.push(name)
  }

  return {
    name: 'cargo-test',
    onLine(line) {
      if (panicAwaitingMessage) {
        const pending = panicAwaitingMessage
        panicAwaitingMessage = undefined
        if (line.trim() !== '' && !line.startsWith('note: ')) pending.message = truncate(`${pending.message}: ${line.trim()}`)
      }
      if (inFailureList) {
        const listed = LISTED_FAILURE.exec(line)
        if (listed) {
          addFailing(listed[1])
          return
        }
        // The first `failures:` heading is followed by a blank line and the captured output.
        if (line !== '') inFailureList = false
      }
      if (line === 'failures:') {
        inFailureList = true
        return
      }
      const result = RESULT.exec(line)
      if (result) {
        counts ??= { passed: 0, failed: 0, skipped: 0 }
        counts.passed += Number(result[1])
        counts.failed += Number(result[2])
        counts.skipped += Number(result[3])
        if (binary) binary.reported = true
        return
      }
      const failed = FAILED_TEST.exec(line) ?? FAILED_QUIET.exec(line)
      if (failed) {
        addFailing(failed[1])
        return
      }
      const panic = PANIC.exec(line)
      if (panic) {
        const finding: Finding = { level: 'error', message: `${panic[1]} panicked`, file: panic[2], line: Number(panic[3]), column: Number(panic[4]), code: panic[1] }
        findings.push(finding)
        panicAwaitingMessage = finding
        return
      }
      const oldPanic = OLD_PANIC.exec(line)
      if (oldPanic) {
        findings.push({
          level: 'error',
          message: truncate(`${oldPanic[1]} panicked: ${oldPanic[2]}`),
          file: oldPanic[3],
          line: Number(oldPanic[4]),
          column: Number(oldPanic[5]),
          code: oldPanic[1]
        })
        return
      }
      const running = RUNNING.exec(line)
      if (running) {
        binary = { source: running[1], path: running[2], reported: false }
        return
      }
      const death = DIED.exec(line)
      if (death) {
        const name = binaryName(death[1])
        const what = binary && binary.path === death[1] ? `${name} (${binary.source})` : name
        if (death[3]) died ??= `test binary ${what} was killed by ${death[3]} (signal ${death[2]})`
        // Exit 101 after a `test result:` is the ordinary "some tests failed"; anything else ended the binary early.
        else if (!(binary?.reported && death[4] === '101')) died ??= `test binary ${what} exited ${death[4]} before reporting a result`
        return
      }
      const location = candidate ? LOCATION.exec(line) : null
      if (location && candidate) {
        compileError ??= `${candidate.message} at ${location[1]}:${location[2]}:${location[3]}`
        findings.push({
          level: 'error',
          message: candidate.message,
          file: location[1],
          line: Number(location[2]),
          column: Number(location[3]),
          ...(candidate.code ? { code: candidate.code } : {})
        })
        candidate = undefined
        return
      }
      const error = ERROR.exec(line)
      if (!error) return
      if (error[2].startsWith('could not compile')) couldNotCompile ??= error[2]
      else if (!CARGO_TEST_ERRORS.test(error[2])) {
        candidate = { message: error[2], ...(error[1] ? { code: error[1] } : {}) }
        otherError ??= error[2]
      }
    },
    finish(_process: ProcessOutcome): ParsedOutput {
      let problem: ParseProblem | undefined
      const notCompiled = compileError ?? couldNotCompile
      if (notCompiled !== undefined) problem = { status: 'fail', message: `does not compile: ${notCompiled}` }
      else if (died) problem = { status: 'fail', message: died }
      // No test ran and cargo said why (no Cargo.toml, unknown flag, registry down): the gate could not run.
      else if (counts === null && otherError !== undefined) problem = { status: 'error', message: `cargo test could not run: ${otherError}` }
      return { kind: 'tests', counts, failingTests: failing.items, findings: findings.items, ...(problem ? { problem } : {}) }
    }
  }
}

/** `/target/debug/deps/my_crate-5b80b4e82d4c2004` → `my_crate`. */
function binaryName(binaryPath: string): string {
  const base = binaryPath.slice(binaryPath.lastIndexOf('/') + 1)
  return base.replace(/-[0-9a-f]{16}$/, '')
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text
}
