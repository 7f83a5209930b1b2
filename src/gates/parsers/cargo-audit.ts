/**
 * `cargo audit`, `--json` or text. It exits non-zero for vulnerabilities AND when it cannot fetch
 * its advisory database: only a report we could read counts; anything else is an error, never clean.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { auditProblem, AuditTally, packageLabel } from './audit-report.js'
import { cargoSubcommand } from './cargo-command.js'
import { JsonCollector } from './collect-json.js'
import { severityFromCvss, severityFromScore } from './cvss.js'

const TEXT_FIELD = /^(Crate|Version|Title|ID|Severity|Warning):\s+(.*)$/
// cargo audit's closing lines: "error: 2 vulnerabilities found!", "warning: 1 allowed warning found",
// "error: 1 denied warning found!". They summarise the report; they are not failures to run.
const TEXT_VERDICT = /^(?:error|warning): (\d+) (vulnerabilit(?:y|ies)|(?:allowed |denied )?warnings?) found!?$/
const TEXT_SCANNING = /^\s*Scanning \S+ for vulnerabilities/

interface TextBlock {
  crate?: string
  version?: string
  title?: string
  id?: string
  severity?: string
  warning?: string
}

function createCargoAuditParser(): OutputParser {
  const json = new JsonCollector()
  const text = new AuditTally()
  let statedVulnerabilities: number | undefined
  let scanned = false
  let firstError: string | undefined
  let block: TextBlock | undefined

  const flush = () => {
    if (!block) return
    const current = block
    block = undefined
    if (current.warning) {
      text.addWarning({
        level: 'warning',
        message: packageLabel(current.crate, current.version, `${current.warning}${current.title ? ` — ${current.title}` : ''}`),
        ...(current.id ? { code: current.id } : {})
      })
      return
    }
    if (!current.id) return
    const severity = current.severity ?? 'unknown'
    text.addVulnerabilities(severity, 1, {
      level: 'error',
      message: packageLabel(current.crate, current.version, `${current.title ?? current.id} (${severity})`),
      code: current.id
    })
  }

  return {
    name: 'cargo-audit',
    onLine(line) {
      json.add(line)
      if (TEXT_SCANNING.test(line)) {
        scanned = true
        return
      }
      const field = TEXT_FIELD.exec(line)
      if (field) {
        const [, key, value] = field
        if (key === 'Crate') {
          flush()
          block = { crate: value.trim() }
        } else if (block) {
          if (key === 'Version') block.version = value.trim()
          else if (key === 'Title') block.title = value.trim()
          else if (key === 'ID') block.id = value.trim()
          else if (key === 'Severity') block.severity = textSeverity(value)
          else if (key === 'Warning') block.warning = value.trim().toLowerCase()
        }
        return
      }
      const verdict = TEXT_VERDICT.exec(line)
      if (verdict) {
        flush()
        if (verdict[2].startsWith('vulnerabilit')) statedVulnerabilities = Number(verdict[1])
        return
      }
      const error = /^error: (.+)$/.exec(line)
      if (error) firstError ??= error[1]
    },
    finish(process: ProcessOutcome): ParsedOutput {
      flush()
      const report = json.parse() as CargoAuditJson | undefined
      if (report && typeof report === 'object' && report.vulnerabilities && typeof report.vulnerabilities === 'object') return fromJson(report)
      if (firstError) return auditProblem(`cargo audit could not run: ${firstError}`)
      if (scanned) {
        // The closing line states the total; blocks we could not read still count, as `unknown`.
        const read = text.vulnerabilities
        const missing = (statedVulnerabilities ?? 0) - read
        text.addVulnerabilities('unknown', missing)
        if (process.exitCode === 0 || read > 0 || missing > 0 || text.counts.warnings > 0) return text.toParsed()
      }
      return auditProblem(`no audit report in the output (exit ${process.exitCode ?? process.signal})`)
    }
  }
}

export const cargoAudit: ParserDescriptor<'cargo-audit'> = {
  name: 'cargo-audit',
  detect: (invocation) => invocation.program === 'cargo-audit' || cargoSubcommand(invocation) === 'audit',
  create: createCargoAuditParser
}

/** Text reports say "7.5 (high)", "high" or "7.5". */
function textSeverity(value: string): string {
  const named = /\(([a-z]+)\)/i.exec(value)?.[1]
  if (named) return named.toLowerCase()
  const word = value.trim().split(/\s/)[0]
  const score = Number(word)
  return word !== '' && !Number.isNaN(score) ? severityFromScore(score) : word.toLowerCase() || 'unknown'
}

interface CargoAuditAdvisory {
  id?: string
  title?: string
  cvss?: unknown
  /** Not in cargo audit's own output; accepted from reports that carry a named severity. */
  severity?: unknown
}

interface CargoAuditJson {
  vulnerabilities?: { found?: boolean; count?: number; list?: Array<{ advisory?: CargoAuditAdvisory | null; package?: { name?: string; version?: string } }> }
  warnings?: Record<string, Array<{ kind?: string; advisory?: CargoAuditAdvisory | null; package?: { name?: string; version?: string } }>>
}

function fromJson(report: CargoAuditJson): ParsedOutput {
  const tally = new AuditTally()
  const list = Array.isArray(report.vulnerabilities?.list) ? report.vulnerabilities.list : []
  for (const entry of list) {
    const advisory = entry?.advisory ?? {}
    const severity = typeof advisory.severity === 'string' ? advisory.severity.toLowerCase() : severityFromCvss(advisory.cvss)
    tally.addVulnerabilities(severity, 1, {
      level: 'error',
      message: packageLabel(entry?.package?.name, entry?.package?.version, `${advisory.title ?? advisory.id ?? 'vulnerability'} (${severity})`),
      ...(typeof advisory.id === 'string' ? { code: advisory.id } : {})
    })
  }
  // A count above the list (a trimmed report) still counts, with no severity to allow it by.
  const stated = report.vulnerabilities?.count
  if (typeof stated === 'number' && stated > list.length) tally.addVulnerabilities('unknown', stated - list.length)
  for (const [kind, warnings] of Object.entries(report.warnings ?? {})) {
    if (!Array.isArray(warnings)) continue
    for (const warning of warnings) {
      const title = warning?.advisory?.title
      tally.addWarning({
        level: 'warning',
        message: packageLabel(warning?.package?.name, warning?.package?.version, `${kind}${title ? ` — ${title}` : ''}`),
        ...(warning?.advisory?.id ? { code: warning.advisory.id } : {})
      })
    }
  }
  return tally.toParsed()
}
