/**
 * `go test`, as `-json` events when the command asks for them, else the plain lines.
 * - `-json`: test2json wraps everything a test prints in `output` events, so only the go command's
 *   own events count: a test's `pass`/`fail`/`skip`, and each package's closing event. A package
 *   whose events stop before that closing event did not finish: an error. A failed package's tests
 *   that never ended (a panic, a crash) are failures.
 * - plain: `--- PASS|FAIL|SKIP: Name` lines belong to the package whose `ok`/`FAIL` line follows.
 *   Without -v go test prints no line for a passing test, so a package that says `ok` with none
 *   counts as one passed test; a `FAIL` package with no failing test named is one failure. When the
 *   gate is one plain `go test`, go-no-go adds -v so every test is counted.
 * Top-level tests are counted; failing subtests are named. A package that does not build
 * (`[build failed]`) fails the gate by itself, named with its first compiler error; one whose
 * imports cannot be resolved (`[setup failed]`, `go: …`) means go test could not run: an error.
 * Failure locations (`    calc_test.go:13: message`) are relative to the test's package; the
 * module path in go.mod (ParserContext.goModule) turns them into paths from where go ran.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ParserContext, ProcessOutcome } from '../types.js'
import { COMPILER_LINE, GO_ERROR, goSubcommand, PACKAGE_HEADER } from './go-command.js'
import { TestTally } from './test-tally.js'

const TEST_LINE = /^(\s*)--- (PASS|FAIL|SKIP): (\S+) \((?:[\d.]+s|unknown)\)$/
const RUN_LINE = /^=== (?:RUN|CONT|PAUSE|NAME)\s+(\S+)$/
const OK_PACKAGE = /^ok\s+(\S+)\s+(?:\(cached\)|[\d.]+s)(.*)$/
const FAIL_PACKAGE = /^FAIL\s+(\S+)\s+(?:\(cached\)|[\d.]+s)$/
const BROKEN_PACKAGE = /^FAIL\s+(\S+) \[(build failed|setup failed)\]$/
const NO_TEST_FILES = /^\?\s+(\S+)\s+\[no test files\]$/
// `    calc_test.go:13: got 3, want 4`: t.Error's location, relative to the package directory.
const TEST_LOCATION = /^\s+([^\s:/][^\s:]*\.go):(\d+): ?(.*)$/

interface GoEvent {
  Action?: unknown
  Package?: unknown
  ImportPath?: unknown
  Test?: unknown
  Output?: unknown
  FailedBuild?: unknown
}

interface JsonPackage {
  running: Set<string>
  /** Parents with a failing subtest: the subtest is named instead. */
  failedParents: Set<string>
  closed: boolean
}

function createGoTestParser(context: ParserContext = { singleRun: false }): OutputParser {
  const tally = new TestTally()
  const module = context.goModule
  // Plain output: what belongs to the package whose result line comes next.
  let pending = { passed: 0, failed: 0, skipped: 0, failing: [] as string[] }
  let plainResults = 0
  const locations = new Map<string, Finding>()
  let current: string | undefined
  let awaiting: string | undefined
  // JSON events, by package.
  const packages = new Map<string, JsonPackage>()
  const jsonLocations = new Map<string, Finding>()
  let sawJson = false
  // Either mode: compiler output and the go command's own errors.
  let header: string | undefined
  const buildErrors = new Map<string, string>()
  const brokenPackages = new Map<string, 'build failed' | 'setup failed'>()
  let goError: string | undefined

  const fileIn = (pkg: string | undefined, file: string): string => {
    if (!pkg || !module) return file
    if (pkg === module) return file
    return pkg.startsWith(`${module}/`) ? `${pkg.slice(module.length + 1)}/${file}` : file
  }

  const readCompilerLine = (line: string): boolean => {
    const packageHeader = PACKAGE_HEADER.exec(line)
    if (packageHeader) {
      header = packageHeader[1]
      return true
    }
    const compiler = COMPILER_LINE.exec(line)
    if (compiler) {
      const [, file, lineNumber, column, message] = compiler
      if (header && !buildErrors.has(header)) buildErrors.set(header, `${file}:${lineNumber}:${column}: ${message}`)
      tally.findings.push({ level: 'error', message, file, line: Number(lineNumber), column: Number(column), code: 'go build' })
      return true
    }
    const broken = BROKEN_PACKAGE.exec(line)
    if (broken) {
      brokenPackages.set(broken[1], broken[2] as 'build failed' | 'setup failed')
      return true
    }
    if (GO_ERROR.test(line)) {
      goError ??= line.slice(0, 300)
      return true
    }
    return false
  }

  const readJson = (event: GoEvent) => {
    const action = typeof event.Action === 'string' ? event.Action : ''
    const pkgName = typeof event.Package === 'string' ? event.Package : typeof event.ImportPath === 'string' ? event.ImportPath.split(' ')[0] : ''
    if (action === 'build-output' && typeof event.Output === 'string') {
      for (const line of event.Output.split('\n')) readCompilerLine(line)
      return
    }
    if (action === 'build-fail') {
      brokenPackages.set(pkgName, 'build failed')
      return
    }
    if (!pkgName) return
    let pkg = packages.get(pkgName)
    if (!pkg) {
      pkg = { running: new Set(), failedParents: new Set(), closed: false }
      packages.set(pkgName, pkg)
    }
    const test = typeof event.Test === 'string' ? event.Test : undefined
    if (!test) {
      if (action === 'output' && typeof event.Output === 'string') readCompilerLine(event.Output.replace(/\n$/, ''))
      if (action === 'pass' || action === 'fail' || action === 'skip') {
        pkg.closed = true
        if (action === 'fail' && typeof event.FailedBuild === 'string') brokenPackages.set(pkgName, 'build failed')
        // A test still running when its package failed never finished: the binary crashed or panicked.
        for (const name of pkg.running) {
          if (!name.includes('/')) tally.add(0, 1, 0)
          tally.addFailing(`${name} (did not finish)`)
        }
        pkg.running.clear()
      }
      return
    }
    const key = `${pkgName}\u0000${test}`
    switch (action) {
      case 'run':
        pkg.running.add(test)
        return
      case 'output': {
        const location = typeof event.Output === 'string' ? TEST_LOCATION.exec(event.Output.replace(/\n$/, '')) : null
        if (location && !jsonLocations.has(key) && jsonLocations.size < 10_000) {
          jsonLocations.set(key, { level: 'error', message: `${test}: ${location[3]}`.slice(0, 300), file: fileIn(pkgName, location[1]), line: Number(location[2]), code: test })
        }
        return
      }
      case 'pass':
      case 'skip':
      case 'fail': {
        pkg.running.delete(test)
        const location = jsonLocations.get(key)
        jsonLocations.delete(key)
        const topLevel = !test.includes('/')
        if (action === 'fail') {
          if (topLevel) tally.add(0, 1, 0)
          else pkg.failedParents.add(test.slice(0, test.lastIndexOf('/')))
          if (!pkg.failedParents.has(test) && tally.addFailing(test) && location) tally.findings.push(location)
        } else if (topLevel) tally.add(action === 'pass' ? 1 : 0, 0, action === 'skip' ? 1 : 0)
        return
      }
    }
  }

  const readPlain = (line: string) => {
    const test = TEST_LINE.exec(line)
    if (test) {
      const [, indent, status, name] = test
      if (indent === '' && !name.includes('/')) {
        if (status === 'PASS') pending.passed++
        else if (status === 'FAIL') pending.failed++
        else pending.skipped++
      }
      current = name
      // Without -v a failure's messages follow its line; with -v they came before it, under `=== RUN`.
      awaiting = status === 'FAIL' ? name : undefined
      if (status === 'FAIL' && !pending.failing.includes(name) && pending.failing.length < 1000) pending.failing.push(name)
      return
    }
    const run = RUN_LINE.exec(line)
    if (run) {
      current = run[1]
      awaiting = undefined
      return
    }
    const location = TEST_LOCATION.exec(line)
    if (location) {
      const owner = awaiting ?? current
      if (owner && !locations.has(owner) && locations.size < 10_000) {
        locations.set(owner, { level: 'error', message: `${owner}: ${location[3]}`.slice(0, 300), file: location[1], line: Number(location[2]), code: owner })
      }
      return
    }
    const ok = OK_PACKAGE.exec(line)
    const failed = ok ? null : FAIL_PACKAGE.exec(line)
    const none = ok || failed ? null : NO_TEST_FILES.exec(line)
    if (!ok && !failed && !none) return
    const pkg = (ok ?? failed ?? none)![1]
    plainResults++
    if (ok && pending.passed + pending.failed + pending.skipped === 0 && !/\[no tests to run\]/.test(ok[2])) pending.passed = 1
    if (failed && pending.failed === 0) {
      pending.failed = 1
      pending.failing.push(`${pkg} (package failed)`)
    }
    tally.add(pending.passed, pending.failed, pending.skipped)
    for (const name of pending.failing) {
      // A parent fails with its subtest; the subtest is the one to name.
      if (pending.failing.some((other) => other.startsWith(`${name}/`))) continue
      const finding = locations.get(name)
      if (tally.addFailing(name) && finding) tally.findings.push({ ...finding, file: fileIn(pkg, finding.file!) })
    }
    pending = { passed: 0, failed: 0, skipped: 0, failing: [] }
    locations.clear()
    current = undefined
    awaiting = undefined
  }

  return {
    name: 'go-test',
    onLine(line) {
      if (line.startsWith('{')) {
        let event: GoEvent | undefined
        try {
          event = JSON.parse(line) as GoEvent
        } catch {
          event = undefined
        }
        if (event && typeof event === 'object' && typeof event.Action === 'string') {
          sawJson = true
          readJson(event)
          return
        }
      }
      if (readCompilerLine(line)) return
      // With -json every line of a test's own is inside an event: a bare result line is not go's.
      if (!sawJson) readPlain(line)
    },
    finish(_process: ProcessOutcome): ParsedOutput {
      for (const [pkg, kind] of brokenPackages) {
        const first = buildErrors.get(pkg)
        if (kind === 'setup failed') tally.markIncomplete(`go test could not load ${pkg} (setup failed)${first ? `: ${first}` : ''}`)
        else tally.addBrokenSuite(`${pkg} does not build${first ? `: ${first}` : ''}`)
      }
      if (sawJson) {
        const open = [...packages].filter(([, pkg]) => !pkg.closed).map(([name]) => name)
        if (open.length > 0) tally.markIncomplete(`go test never reported a result for ${open.slice(0, 3).join(', ')}${open.length > 3 ? ', …' : ''}`)
        else if (tally.counts === null && packages.size > 0) tally.add(0, 0, 0)
      } else if (plainResults === 0 && pending.passed + pending.failed + pending.skipped > 0) {
        tally.markIncomplete('go test printed test results but no package result (ok/FAIL) line')
      }
      if (tally.counts === null && brokenPackages.size === 0 && goError) tally.markIncomplete(`go test could not run: ${goError}`)
      return tally.toParsed()
    }
  }
}

/** Flags after which go-no-go leaves a go test command alone: it already lists tests, or runs none. */
const GO_TEST_OWN_OUTPUT = /^-(?:-?(?:json|v|c|o|list|h|help|args|exec))(?:=|$)/

export const goTest: ParserDescriptor<'go-test'> = {
  name: 'go-test',
  detect: (invocation) => goSubcommand(invocation) === 'test',
  create: createGoTestParser,
  adjustCommand(invocation) {
    if (invocation.program !== 'go' || invocation.viaNpx || invocation.args.some((arg) => GO_TEST_OWN_OUTPUT.test(arg))) return undefined
    // -v goes straight after `test`: words after -args belong to the test binary.
    const at = invocation.words.indexOf('test', invocation.programIndex + 1)
    if (at === -1) return undefined
    return { words: [...invocation.words.slice(0, at + 1), '-v', ...invocation.words.slice(at + 1)] }
  }
}
