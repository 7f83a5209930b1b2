/**
 * `npm audit` (and `pnpm audit`), `--json` or text. npm exits 1 for vulnerabilities AND when the
 * registry refuses the audit (E405 here, ENOTFOUND offline): only a report we could read counts.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { AuditCounts, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { auditProblem, AuditTally } from './audit-report.js'
import { JsonCollector } from './collect-json.js'

const NPM_ERROR = /^npm (?:ERR!|error) (.+)$/
const NPM_ERROR_NOISE = /^(?:A complete log|Log files|\s*$)/
// "found 0 vulnerabilities", "3 vulnerabilities (1 moderate, 2 high)", "1 high severity vulnerability".
const TEXT_TOTAL = /^(?:found )?(\d+) (?:([a-z]+) severity )?vulnerabilit(?:y|ies)(?: \(([a-z0-9, ]+)\))?(?: in \d+ scanned packages?)?$/

interface NpmAuditJson {
  error?: { code?: string; summary?: string; detail?: string } | null
  message?: string
  statusCode?: number
  metadata?: { vulnerabilities?: Record<string, unknown> }
  vulnerabilities?: Record<string, { name?: string; severity?: string }>
}

function createNpmAuditParser(): OutputParser {
  const json = new JsonCollector()
  let firstError: string | undefined
  let textCounts: AuditCounts | undefined

  return {
    name: 'npm-audit',
    onLine(line) {
      json.add(line)
      const error = NPM_ERROR.exec(line)
      if (error) {
        if (!NPM_ERROR_NOISE.test(error[1])) firstError ??= error[1]
        return
      }
      const total = TEXT_TOTAL.exec(line.trim())
      if (total) textCounts = fromTextTotal(Number(total[1]), total[2], total[3])
    },
    finish(process: ProcessOutcome): ParsedOutput {
      const report = json.parse() as NpmAuditJson | undefined
      if (report && typeof report === 'object') {
        if (report.error) {
          const detail = [report.error.code, report.error.summary || report.message?.split('\n')[0] || firstError].filter(Boolean).join(': ')
          return auditProblem(`npm audit could not reach the advisory service: ${detail || 'unknown error'}`)
        }
        const severities = report.metadata?.vulnerabilities
        if (severities && typeof severities === 'object') return fromJson(severities, report.vulnerabilities ?? {})
      }
      // An `npm error` line beats any count: npm prints "found 0 vulnerabilities" only after a real audit.
      if (firstError) return auditProblem(`npm audit could not run: ${firstError}`)
      if (textCounts) return { kind: 'audit', counts: textCounts, findings: [] }
      return auditProblem(`npm audit could not run: no audit report in the output (exit ${process.exitCode ?? process.signal})`)
    }
  }
}

function fromJson(severities: Record<string, unknown>, vulnerabilities: Record<string, { severity?: string }>): ParsedOutput {
  const tally = new AuditTally()
  for (const [severity, count] of Object.entries(severities)) {
    if (severity === 'total') continue
    // A count we cannot read is not zero.
    const value = typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 1
    tally.addVulnerabilities(severity === 'moderate' || severity === 'medium' ? 'moderate' : severity, value)
  }
  for (const [name, vulnerability] of Object.entries(vulnerabilities)) {
    tally.findings.push({ level: 'error', message: `${name}: ${vulnerability?.severity ?? 'unknown'} severity`, code: name })
  }
  return tally.toParsed()
}

function fromTextTotal(total: number, single: string | undefined, breakdown: string | undefined): AuditCounts {
  const counts: AuditCounts = { bySeverity: {}, warnings: 0 }
  if (total === 0) return counts
  if (single) {
    counts.bySeverity[single] = total
    return counts
  }
  let listed = 0
  for (const part of (breakdown ?? '').split(',')) {
    const [count, severity] = part.trim().split(' ')
    if (!severity || Number.isNaN(Number(count))) continue
    counts.bySeverity[severity] = (counts.bySeverity[severity] ?? 0) + Number(count)
    listed += Number(count)
  }
  if (listed < total) counts.bySeverity.unknown = total - listed
  return counts
}

export const npmAudit: ParserDescriptor<'npm-audit'> = {
  name: 'npm-audit',
  detect(invocation) {
    if (invocation.program !== 'npm' && invocation.program !== 'pnpm') return false
    return invocation.args.find((arg) => !arg.startsWith('-')) === 'audit'
  },
  create: createNpmAuditParser
}
