/** What both audit parsers build: vulnerabilities by severity, advisory warnings, and "no report" never read as clean. */
import type { AuditCounts, Finding, ParsedOutput } from '../types.js'
import { BoundedList } from './bounded.js'

export class AuditTally {
  readonly counts: AuditCounts = { bySeverity: {}, warnings: 0 }
  readonly findings = new BoundedList<Finding>()

  /** Counts `count` vulnerabilities of a severity (lower-cased; `unknown` when none was given). */
  addVulnerabilities(severity: string, count = 1, finding?: Finding): void {
    if (count <= 0) return
    const name = severity.toLowerCase() || 'unknown'
    this.counts.bySeverity[name] = (this.counts.bySeverity[name] ?? 0) + count
    if (finding) this.findings.push(finding)
  }

  addWarning(finding: Finding): void {
    this.counts.warnings++
    this.findings.push(finding)
  }

  get vulnerabilities(): number {
    return Object.values(this.counts.bySeverity).reduce((sum, count) => sum + count, 0)
  }

  toParsed(): ParsedOutput {
    return { kind: 'audit', counts: this.counts, findings: this.findings.items }
  }
}

/** The audit could not be read or did not happen: an error, with no counts that could look clean. */
export function auditProblem(message: string): ParsedOutput {
  return { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message } }
}

/** `name version: text`, with the gaps of missing parts closed. */
export function packageLabel(name: string | undefined, version: string | undefined, text: string): string {
  return `${name ?? '?'} ${version ?? ''}: ${text}`.replace(/ {2,}/g, ' ')
}
