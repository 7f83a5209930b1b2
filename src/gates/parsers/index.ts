/** Which parser reads a gate's output, chosen from its command unless the checklist says. */
import type { ParserName } from '../../checklist/types.js'
import type { OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { createCargoAuditParser, createNpmAuditParser } from './audit.js'
import { createCargoClippyParser } from './cargo-clippy.js'
import { createCargoFmtParser } from './cargo-fmt.js'
import { createCargoTestParser } from './cargo-test.js'
import { createJestParser, createNodeTestParser, createNpmTestParser } from './js-tests.js'

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

export function createParser(name: ParserName): OutputParser {
  return FACTORIES[name]()
}

function createExitCodeParser(): OutputParser {
  return {
    name: 'exit-code',
    onLine: () => undefined,
    finish: (_process: ProcessOutcome): ParsedOutput => ({ kind: 'exit-code', findings: [] })
  }
}

/** Tool invocations in the order they are recognised; see detectParser. */
const DETECTORS: Array<{ parser: ParserName; pattern: RegExp }> = [
  { parser: 'cargo-test', pattern: /\bcargo(?:\s+\+\S+)?\s+(?:test|t)\b/ },
  { parser: 'cargo-clippy', pattern: /\bcargo(?:\s+\+\S+)?\s+clippy\b/ },
  { parser: 'cargo-fmt', pattern: /\b(?:cargo(?:\s+\+\S+)?\s+fmt|rustfmt)\b/ },
  { parser: 'cargo-audit', pattern: /\bcargo(?:\s+\+\S+)?\s+audit\b|\bcargo-audit\b/ },
  { parser: 'npm-audit', pattern: /\b(?:npm|pnpm)\s+audit\b/ },
  { parser: 'node-test', pattern: /\bnode\s+(?:\S+\s+)*--test\b/ },
  { parser: 'jest', pattern: /(?:^|[\s;&|])(?:jest|vitest)(?=\s|$)/ },
  { parser: 'npm-test', pattern: /\b(?:npm|pnpm|yarn)\s+(?:test|t|run\s+test)\b/ }
]

/**
 * The parser for a command. When a command chains several tools (`cargo build && cargo test`)
 * the one mentioned LAST decides: earlier steps are set-up, and the output ends with the last
 * tool's summary.
 */
export function detectParser(command: string): ParserName {
  let best: { parser: ParserName; at: number } | undefined
  for (const { parser, pattern } of DETECTORS) {
    const global = new RegExp(pattern.source, 'g')
    for (const match of command.matchAll(global)) {
      if (!best || match.index > best.at) best = { parser, at: match.index }
    }
  }
  return best?.parser ?? 'exit-code'
}
