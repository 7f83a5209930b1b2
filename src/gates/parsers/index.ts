/**
 * The registry: one descriptor per parser name. Detection, creation and command adjustment are all
 * derived from it, so a new tool is one descriptor file, its entry here and its name in
 * PARSER_NAMES (src/checklist/types.ts, which may not import from gates). The mapped type below makes
 * the compiler refuse a registry that misses a name, adds one, or files a descriptor under another's.
 */
import type { ParserName } from '../../checklist/types.js'
import type { OutputParser, ParserContext } from '../types.js'
import { cargoAudit } from './cargo-audit.js'
import { cargoClippy } from './cargo-clippy.js'
import { cargoFmt } from './cargo-fmt.js'
import { cargoTest } from './cargo-test.js'
import { soleInvocation, toolInvocations, type SoleInvocation } from './command-words.js'
import type { ParserDescriptor } from './descriptor.js'
import { black } from './black.js'
import { exitCode } from './exit-code.js'
import { gofmt } from './gofmt.js'
import { goTest } from './go-test.js'
import { goVet } from './go-vet.js'
import { govulncheck } from './govulncheck.js'
import { jest } from './jest.js'
import { mocha } from './mocha.js'
import { nodeTest } from './node-test.js'
import { npmAudit } from './npm-audit.js'
import { npmTest } from './npm-test.js'
import { mypy } from './mypy.js'
import { pipAudit } from './pip-audit.js'
import { pytest } from './pytest.js'
import { ruff } from './ruff.js'
import { vitest } from './vitest.js'

export const PARSERS: { readonly [Name in ParserName]: ParserDescriptor<Name> } = {
  'cargo-test': cargoTest,
  'cargo-clippy': cargoClippy,
  'cargo-fmt': cargoFmt,
  'cargo-audit': cargoAudit,
  'npm-audit': npmAudit,
  'node-test': nodeTest,
  jest,
  vitest,
  mocha,
  'npm-test': npmTest,
  pytest,
  ruff,
  black,
  mypy,
  'pip-audit': pipAudit,
  'go-test': goTest,
  'go-vet': goVet,
  gofmt,
  govulncheck,
  'exit-code': exitCode
}

const DESCRIPTORS: readonly ParserDescriptor[] = Object.values(PARSERS)

/** A fresh parser; each keeps state for one run of one gate. */
export function createParser(name: ParserName, context: ParserContext = { singleRun: false }): OutputParser {
  return PARSERS[name].create(context)
}

/**
 * The parser for a command, read from its text (see command-words.ts for how it is cut into simple
 * commands). Rule for chains: the LAST recognised tool decides (`cd api && cargo build && cargo
 * test` → cargo-test; `cargo fmt --check && cargo clippy` → cargo-clippy). Earlier steps are usually
 * set-up, and the output ends with the last tool's summary. Name `parser:` in the checklist to
 * choose otherwise. Anything unrecognised is judged by its exit code alone.
 */
export function detectParser(command: string): ParserName {
  let detected: ParserName = 'exit-code'
  for (const invocation of toolInvocations(command)) {
    const descriptor = DESCRIPTORS.find((candidate) => candidate.detect?.(invocation))
    if (descriptor) detected = descriptor.name
  }
  return detected
}

/**
 * The command as one plain run of the tool `name` reads, or undefined. Only then does the output
 * hold exactly one run of it, and only then may its command be adjusted.
 */
export function soleRunOf(command: string, name: ParserName): SoleInvocation | undefined {
  const invocation = soleInvocation(command)
  return invocation && PARSERS[name].detect?.(invocation) ? invocation : undefined
}
