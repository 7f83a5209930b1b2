/** Which parser reads a gate's output, chosen from its command unless the checklist says. */
import type { ParserName } from '../../checklist/types.js'
import type { OutputParser } from '../types.js'
import { createCargoAuditParser } from './cargo-audit.js'
import { createCargoClippyParser } from './cargo-clippy.js'
import { createCargoFmtParser } from './cargo-fmt.js'
import { createCargoTestParser } from './cargo-test.js'
import { createExitCodeParser } from './exit-code.js'
import { createJestParser } from './jest.js'
import { createNodeTestParser } from './node-test.js'
import { createNpmAuditParser } from './npm-audit.js'
import { createNpmTestParser } from './npm-test.js'

const FACTORIES: Record<ParserName, () => OutputParser> = {
  'cargo-test': createCargoTestParser,
  'cargo-clippy': createCargoClippyParser,
  'cargo-fmt': createCargoFmtParser,
  'cargo-audit': createCargoAuditParser,
  'npm-audit': createNpmAuditParser,
  'node-test': createNodeTestParser,
  jest: createJestParser,
  'npm-test': createNpmTestParser,
  'exit-code': createExitCodeParser
}

/** A fresh parser; each keeps state for one run of one gate. */
export function createParser(name: ParserName): OutputParser {
  return FACTORIES[name]()
}

const CARGO_SUBCOMMANDS: Record<string, ParserName> = { test: 'cargo-test', t: 'cargo-test', clippy: 'cargo-clippy', fmt: 'cargo-fmt', audit: 'cargo-audit' }
/** cargo's global options that take a separate value (`cargo --color never test`). */
const CARGO_VALUE_OPTIONS = new Set(['--color', '--config', '-Z', '-C', '--manifest-path'])
const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn'])
/** Programs that run the rest of their arguments as the command: `npx jest`, `timeout 600 cargo test`. */
const LAUNCHERS = new Set(['npx', 'bunx', 'env', 'time', 'command', 'exec', 'nice', 'nohup', 'sudo', 'timeout', 'xvfb-run'])
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash'])

/**
 * The parser for a command, read from its text. The command is cut into simple commands at
 * `&&`, `||`, `;`, `|`, `&`, newlines and parentheses; in each, environment assignments
 * (`RUST_BACKTRACE=1`), launchers (`npx`, `env`, `timeout 600`, `sh -c`) and quotes are skipped.
 *
 * Rule for chains: the LAST recognised tool decides (`cd api && cargo build && cargo test` →
 * cargo-test; `cargo fmt --check && cargo clippy` → cargo-clippy). Earlier steps are usually
 * set-up, and the output ends with the last tool's summary. Name `parser:` in the checklist to
 * choose otherwise. Anything unrecognised is judged by its exit code alone.
 */
export function detectParser(command: string): ParserName {
  let detected: ParserName = 'exit-code'
  // Quotes only group words here; dropping them lets `sh -c "cargo test"` read as its words.
  for (const segment of command.replace(/["'`]/g, ' ').split(/&&|\|\||[;|&\n()]/)) {
    const parser = detectSimpleCommand(segment.split(/\s+/).filter(Boolean))
    if (parser) detected = parser
  }
  return detected
}

function detectSimpleCommand(words: string[]): ParserName | undefined {
  let index = 0
  while (index < words.length) {
    const word = words[index]
    const program = word.slice(word.lastIndexOf('/') + 1)
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || word.startsWith('-') || /^\d+[smhd]?$/.test(word) || LAUNCHERS.has(program)) {
      index++
      continue
    }
    if (SHELLS.has(program)) {
      index++
      continue
    }
    return detectProgram(program, words.slice(index + 1))
  }
  return undefined
}

function detectProgram(program: string, args: string[]): ParserName | undefined {
  if (program === 'cargo-audit') return 'cargo-audit'
  if (program === 'cargo') {
    for (let i = 0; i < args.length; i++) {
      if (args[i].startsWith('+')) continue
      if (CARGO_VALUE_OPTIONS.has(args[i])) {
        i++
        continue
      }
      if (args[i].startsWith('-')) continue
      return CARGO_SUBCOMMANDS[args[i]]
    }
    return undefined
  }
  if (program === 'rustfmt') return 'cargo-fmt'
  if (program === 'jest' || program === 'vitest') return 'jest'
  if (program === 'node' || program === 'nodejs') return args.includes('--test') ? 'node-test' : undefined
  if (PACKAGE_MANAGERS.has(program)) {
    const [first, second] = args.filter((arg) => !arg.startsWith('-'))
    if (first === 'audit') return program === 'yarn' ? undefined : 'npm-audit'
    if (first === 'test' || first === 't' || first === 'tst') return 'npm-test'
    if ((first === 'run' || first === 'run-script') && second !== undefined && /^test(?::|$)/.test(second)) return 'npm-test'
    // `yarn jest`, `pnpm exec jest`, `pnpm dlx vitest`.
    const tool = first === 'exec' || first === 'dlx' ? second : first
    return tool === 'jest' || tool === 'vitest' ? 'jest' : undefined
  }
  return undefined
}
