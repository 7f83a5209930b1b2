/** Which cargo subcommand an invocation runs: `cargo +nightly --color never test` → `test`. */
import type { ToolInvocation } from './command-words.js'

/** cargo's global options that take a separate value (`cargo --color never test`). */
const CARGO_VALUE_OPTIONS = new Set(['--color', '--config', '-Z', '-C', '--manifest-path'])
const ALIASES: Record<string, string> = { t: 'test' }

export function cargoSubcommand(invocation: ToolInvocation): string | undefined {
  if (invocation.program !== 'cargo') return undefined
  const args = invocation.args
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('+')) continue
    if (CARGO_VALUE_OPTIONS.has(args[i])) {
      i++
      continue
    }
    if (args[i].startsWith('-')) continue
    return ALIASES[args[i]] ?? args[i]
  }
  return undefined
}
