/**
 * `cargo clippy` in every message format (human, `short`, `json`). Warnings are counted from the
 * diagnostics themselves and cross-checked with cargo's own totals ("generated 3 warnings"): when
 * cargo says there were more than could be read, cargo's number stands, so a format we read badly
 * can only add warnings, never hide them. A clean run must still show that cargo checked something
 * (`Checking`/`Finished`, or JSON `build-finished`): silence proves nothing.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, LintCounts, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'
import { cargoSubcommand } from './cargo-command.js'
import { diagnosticIdentity, readCargoTotals, RustcDiagnosticReader } from './rustc-diagnostics.js'

/** Diagnostics remembered for de-duplication; past this, memory matters more than a double count. */
const MAX_REMEMBERED = 10_000

function createCargoClippyParser(): OutputParser {
  const counts: LintCounts = { warnings: 0, errors: 0 }
  const stated: LintCounts = { warnings: 0, errors: 0 }
  let sawTotals = false
  const reader = new RustcDiagnosticReader()
  const findings = new BoundedList<Finding>()
  const seen = new Set<string>()

  return {
    name: 'cargo-clippy',
    onLine(line) {
      const totals = readCargoTotals(line)
      if (totals) {
        sawTotals = true
        stated.warnings += totals.warnings
        // One failing target's count already covers the same errors in its test target.
        stated.errors = Math.max(stated.errors, totals.errors)
        return
      }
      const diagnostic = reader.onLine(line)
      if (!diagnostic) return
      // With --all-targets each target reports the same diagnostic; cargo folds them only in human output.
      const identity = diagnosticIdentity(diagnostic)
      if (seen.has(identity)) return
      if (seen.size < MAX_REMEMBERED) seen.add(identity)
      if (diagnostic.level === 'error') counts.errors++
      else counts.warnings++
      // The diagnostic itself, not a copy: a lint's name arrives in a note after its location.
      findings.push(diagnostic)
    },
    finish(process: ProcessOutcome): ParsedOutput {
      const read = { warnings: counts.warnings, errors: counts.errors }
      const total: LintCounts = { warnings: Math.max(read.warnings, stated.warnings), errors: Math.max(read.errors, stated.errors) }
      const sawDiagnostics = read.warnings + read.errors > 0 || sawTotals
      if (process.exitCode === 0 && !sawDiagnostics && !reader.sawBuild) {
        return {
          kind: 'lint',
          counts: null,
          findings: [],
          problem: { status: 'error', message: 'clippy printed no diagnostics and no cargo progress, so nothing shows it checked the code (drop -q/--quiet)' }
        }
      }
      if (process.exitCode !== 0 && total.warnings + total.errors === 0) {
        const first = reader.firstUnplacedError
        return {
          kind: 'lint',
          counts: null,
          findings: findings.items,
          problem: { status: 'error', message: first ? `clippy could not run: ${first}` : `clippy exited ${process.exitCode ?? process.signal} without reporting a diagnostic` }
        }
      }
      return { kind: 'lint', counts: total, findings: findings.items }
    }
  }
}

export const cargoClippy: ParserDescriptor<'cargo-clippy'> = {
  name: 'cargo-clippy',
  detect: (invocation) => invocation.program === 'cargo-clippy' || cargoSubcommand(invocation) === 'clippy',
  create: createCargoClippyParser
}
