/**
 * `cargo test`. libtest frames every test binary's run: `running N tests`, one line per test, the
 * failures, then `test result: … P passed; F failed; I ignored; M measured` with P+F+I+M = N. A run
 * counts only when its own result closes it; anything a test prints (even a whole nested
 * `cargo test`) sits inside that frame and is not a result. So:
 * - a binary that stops early (`process::exit`, a crash) leaves its frame open: an error naming it;
 * - a `test result:` whose numbers fit no open frame was printed by a test and is ignored, and one
 *   outside every frame means the output cannot be trusted: an error;
 * - compiler errors count only outside the frames: inside, they come from tests that run rustc;
 * - failing names come from the run's own `failures:` list and `... FAILED` lines, panic locations
 *   from each failing test's captured output (a helper thread's panic is that test's).
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ParseProblem, ProcessOutcome } from '../types.js'
import { cargoSubcommand } from './cargo-command.js'
import { RustcDiagnosticReader } from './rustc-diagnostics.js'
import { TestTally } from './test-tally.js'

const RUNNING_TESTS = /^running (\d+) tests?$/
const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored; (\d+) measured; \d+ filtered out(?:; finished in [\d.]+s)?$/
// `test a::b ... FAILED` (default format; doc tests have spaces in their names) and `a::b --- FAILED` (`-q`).
const FAILED_TEST = /^test (.+?) \.\.\. FAILED(?: <[\d.]+s>)?$/
const FAILED_QUIET = /^(\S.*?) --- FAILED$/
const LISTED_FAILURE = /^ {4}(\S.*)$/
const SECTION = /^---- (.+) std(?:out|err) ----$/
// Rust ≥1.73: `thread 'x' (123) panicked at src/lib.rs:10:9:` and the message on the next line;
// older: `thread 'x' panicked at 'message', src/lib.rs:10:9`.
const PANIC = /^thread '([^']*)'(?: \(\d+\))? panicked at ([^\s:'][^:]*):(\d+):(\d+):?$/
const OLD_PANIC = /^thread '([^']*)' panicked at '(.*)', ([^\s:][^:]*):(\d+):(\d+)$/
const NO_PANIC = /^note: test did not panic as expected(?: at ([^\s:][^:]*):(\d+):(\d+))?$/
const ERROR = /^error(?:\[E\d+\])?: (.+)$/
// cargo (stderr) names each binary before it runs it.
const RUNNING_BINARY = /^\s+Running (.+) \(([^()]+)\)$/
const DOC_TESTS = /^\s+Doc-tests (\S+)$/
const DIED = /process didn't exit successfully: `([^`]+)` \((?:signal: (\d+), (SIG[A-Z0-9]+)|exit status: (\d+))/
/** cargo's own `error:` lines after tests ran; none of them says cargo could not run. */
const CARGO_TEST_ERRORS = /^(?:test failed, to rerun|doctest failed, to rerun|\d+ targets? failed|could not compile|aborting due to)/
// `src/lib.rs - add (line 3)`: rustdoc names a doc test after its file and the line of its code block.
const DOC_TEST_NAME = /^(\S.*?) - (?:.* )?\(line (\d+)\)$/

const MAX_MESSAGE = 300

interface Binary {
  /** `unittests src/lib.rs`, `tests/it.rs`, `doc tests of x`. */
  source: string
  /** The executable cargo ran, when cargo named it. */
  path?: string
}

interface Frame {
  expected: number
  binary?: Binary
  /** Names from `... FAILED` lines. */
  failedLines: string[]
  /** The latest `failures:` list; it names the failures only if the result follows it directly. */
  list: string[] | undefined
  listOpen: boolean
  /** The captured-output section being read: `---- name stdout ----`. */
  section?: string
  /** First panic (or missing panic) per test, from its section. */
  panics: Map<string, Finding>
  awaitingMessage?: Finding
  /** cargo already said how the binary ended. */
  exited?: string
}

function createCargoTestParser(): OutputParser {
  const tally = new TestTally()
  const diagnostics = new RustcDiagnosticReader()
  const frames: Frame[] = []
  const reported = new Set<string>()
  let header: Binary | undefined
  let compileError: string | undefined
  let couldNotCompile: string | undefined
  let otherError: string | undefined
  let died: string | undefined
  let stray: string | undefined

  const open = (expected: number) => {
    frames.push({ expected, ...(header ? { binary: header } : {}), failedLines: [], list: undefined, listOpen: false, panics: new Map() })
    header = undefined
  }

  const close = (frame: Frame, passed: number, failed: number, ignored: number) => {
    tally.add(passed, failed, ignored)
    if (frame.binary?.path) reported.add(frame.binary.path)
    const names = [...frame.failedLines, ...(frame.list ?? [])].map(testName)
    for (const name of names) tally.addFailing(name)
    for (const [name, finding] of frame.panics) {
      if (failed > 0 && (names.length === 0 || names.includes(name))) tally.findings.push(finding)
    }
  }

  const readFrameLine = (frame: Frame, line: string) => {
    if (frame.awaitingMessage) {
      const pending = frame.awaitingMessage
      frame.awaitingMessage = undefined
      if (line.trim() !== '' && !line.startsWith('note: ') && !line.startsWith('stack backtrace:')) pending.message = truncate(`${pending.message}: ${line.trim()}`)
    }
    if (frame.listOpen) {
      const listed = LISTED_FAILURE.exec(line)
      if (listed) {
        frame.list?.push(listed[1])
        return
      }
      if (line === '' && frame.list?.length === 0) return
      frame.listOpen = false
      // Only a list that the result follows directly is the run's own.
      if (line !== '') frame.list = undefined
    } else if (line !== '' && frame.list !== undefined) {
      frame.list = undefined
    }
    if (line === 'failures:') {
      frame.list = []
      frame.listOpen = true
      frame.section = undefined
      return
    }
    const section = SECTION.exec(line)
    if (section) {
      frame.section = testName(section[1])
      return
    }
    const failed = frame.section === undefined ? (FAILED_TEST.exec(line) ?? FAILED_QUIET.exec(line)) : null
    if (failed) {
      frame.failedLines.push(failed[1])
      return
    }
    readPanic(frame, line)
  }

  const readPanic = (frame: Frame, line: string) => {
    const panic = PANIC.exec(line)
    const oldPanic = panic ? null : OLD_PANIC.exec(line)
    const noPanic = panic || oldPanic ? null : NO_PANIC.exec(line)
    if (!panic && !oldPanic && !noPanic) return
    // In a test's section every panic is that test's, whichever thread raised it; outside one
    // (`--nocapture`), libtest names the thread after the test.
    const owner = frame.section ?? panic?.[1] ?? oldPanic?.[1]
    if (!owner || frame.panics.has(owner)) return
    let finding: Finding
    if (panic) finding = panicFinding(owner, `${owner} panicked`, panic[2], panic[3], panic[4])
    else if (oldPanic) finding = panicFinding(owner, truncate(`${owner} panicked: ${oldPanic[2]}`), oldPanic[3], oldPanic[4], oldPanic[5])
    else finding = panicFinding(owner, `${owner} did not panic as expected`, noPanic![1], noPanic![2], noPanic![3])
    frame.panics.set(owner, finding)
    if (panic) frame.awaitingMessage = finding
  }

  const readOutside = (line: string) => {
    const diagnostic = diagnostics.onLine(line)
    if (diagnostic) {
      if (diagnostic.level === 'error') {
        compileError ??= `${diagnostic.message} at ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
        tally.findings.push(diagnostic)
      }
      return
    }
    const error = ERROR.exec(line)
    if (!error) return
    if (error[1].startsWith('could not compile')) couldNotCompile ??= error[1]
    else if (!CARGO_TEST_ERRORS.test(error[1])) otherError ??= error[1]
  }

  const readDeath = (death: RegExpExecArray) => {
    const path = death[1]
    const index = frames.findIndex((frame) => frame.binary?.path === path)
    const frame = index === -1 ? undefined : frames[index]
    // libtest's own "some tests failed" exit: cargo's line (stderr) can overtake the result (stdout)
    // on its way here, so the frame stays open for it; unclosed at the end, it is reported then.
    if (frame && death[4] === '101') {
      frame.exited = 'exited 101'
      return
    }
    const what = frame?.binary ? describe(frame.binary) : binaryName(path)
    if (index !== -1) frames.splice(index)
    const how = death[3] ? `was killed by ${death[3]} (signal ${death[2]})` : `exited ${death[4]}`
    // Exit 101 after the binary's own result is libtest's ordinary "some tests failed".
    if (frame) died ??= `test binary ${what} ${how} before reporting its result`
    else if (!(reported.has(path) && death[4] === '101')) died ??= `test binary ${what} ${how}${reported.has(path) ? ' after reporting its result' : ''}`
  }

  return {
    name: 'cargo-test',
    onLine(line) {
      const binary = RUNNING_BINARY.exec(line)
      if (binary) {
        header = { source: binary[1], path: binary[2] }
        return
      }
      const docTests = DOC_TESTS.exec(line)
      if (docTests) {
        header = { source: `doc tests of ${docTests[1]}` }
        return
      }
      const running = RUNNING_TESTS.exec(line)
      if (running) {
        open(Number(running[1]))
        return
      }
      const result = RESULT.exec(line)
      if (result) {
        const [passed, failed, ignored, measured] = result.slice(1, 5).map(Number)
        const index = innermost(frames, passed + failed + ignored + measured)
        if (index === -1) {
          if (frames.length === 0) stray ??= line
          return
        }
        const frame = frames[index]
        frames.splice(index)
        if (index === 0) close(frame, passed, failed, ignored)
        return
      }
      const death = DIED.exec(line)
      if (death) {
        readDeath(death)
        return
      }
      if (frames.length === 0) readOutside(line)
      else if (frames.length === 1) readFrameLine(frames[0], line)
    },
    finish(_process: ProcessOutcome): ParsedOutput {
      let problem: ParseProblem | undefined
      const notCompiled = compileError ?? couldNotCompile
      if (notCompiled !== undefined) problem = { status: 'fail', message: `does not compile: ${notCompiled}` }
      else if (died) problem = { status: 'error', message: `incomplete: ${died}` }
      else if (frames.length > 0) {
        const frame = frames[0]
        problem = {
          status: 'error',
          message: `incomplete: test binary ${frame.binary ? describe(frame.binary) : '(unnamed)'} printed \`running ${frame.expected} test${frame.expected === 1 ? '' : 's'}\` but never its \`test result:\` line (${frame.exited ? `it ${frame.exited}` : 'it exited early, e.g. process::exit, or crashed'})`
        }
      } else if (stray) problem = { status: 'error', message: `a \`test result:\` line outside any test run (printed by a test?): ${truncate(stray)}` }
      // No test ran and cargo said why (no Cargo.toml, unknown flag, registry down): the gate could not run.
      else if (tally.counts === null && otherError !== undefined) problem = { status: 'error', message: `cargo test could not run: ${otherError}` }
      return tally.toParsed(problem)
    }
  }
}

export const cargoTest: ParserDescriptor<'cargo-test'> = {
  name: 'cargo-test',
  detect: (invocation) => cargoSubcommand(invocation) === 'test',
  create: createCargoTestParser
}

/** The innermost open frame a result of `total` tests can close, or -1. */
function innermost(frames: Frame[], total: number): number {
  for (let index = frames.length - 1; index >= 0; index--) if (frames[index].expected === total) return index
  return -1
}

/** libtest adds ` - should panic` to a `#[should_panic]` test's line but not to its other mentions. */
function testName(name: string): string {
  return name.replace(/ - should panic$/, '').trim()
}

/** A doc test's location is its code block in the documented file, whatever the panic line says. */
function panicFinding(test: string, message: string, file: string | undefined, line: string | undefined, column: string | undefined): Finding {
  const doc = DOC_TEST_NAME.exec(test)
  if (doc) return { level: 'error', message, file: doc[1], line: Number(doc[2]), code: test }
  return {
    level: 'error',
    message,
    ...(file ? { file, line: Number(line), column: Number(column) } : {}),
    code: test
  }
}

function describe(binary: Binary): string {
  return binary.path ? `${binaryName(binary.path)} (${binary.source})` : binary.source
}

/** `/target/debug/deps/my_crate-5b80b4e82d4c2004` → `my_crate`. */
function binaryName(binaryPath: string): string {
  const base = binaryPath.slice(binaryPath.lastIndexOf('/') + 1)
  return base.replace(/-[0-9a-f]{16}$/, '')
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text
}
