/**
 * `cargo audit` and `npm audit`. Both exit non-zero for findings AND for "could not reach the
 * advisory database": only a report we could read counts; anything else is an error, never clean.
 */
import type { AuditCounts, Finding, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'

/** Collects the whole output for a JSON parse, up to a cap: audit reports are small, floods are not. */
class JsonCollector {
  private readonly parts: string[] = []
  private size = 0
  overflowed = false

  constructor(private readonly maxChars = 8 * 1024 * 1024) {}

  add(line: string): void {
    if (this.overflowed) return
    this.size += line.length + 1
    if (this.size > this.maxChars) {
      this.overflowed = true
      this.parts.length = 0
      return
    }
    this.parts.push(line)
  }

  /** The first top-level JSON object in the output (npm may print warnings before it). */
  parse(): unknown {
    const text = this.parts.join('\n')
    const start = text.indexOf('{')
    const end = text.lastIndexOf('}')
    if (start === -1 || end < start) return undefined
    try {
      return JSON.parse(text.slice(start, end + 1))
    } catch {
      return undefined
    }
  }
}

function severityFromCvss(score: number | undefined): string {
  if (score === undefined || Number.isNaN(score)) return 'unknown'
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'none'
}

/** CVSS v3 vectors carry no score; the advisory's `severity` field or a numeric cvss does. */
function cargoSeverity(advisory: Record<string, unknown>): string {
  if (typeof advisory.severity === 'string') return advisory.severity.toLowerCase()
  if (typeof advisory.cvss === 'number') return severityFromCvss(advisory.cvss)
  if (typeof advisory.cvss === 'string') {
    const score = Number(advisory.cvss)
    if (!Number.isNaN(score)) return severityFromCvss(score)
    return cvssVectorSeverity(advisory.cvss)
  }
  return 'unknown'
}

/** A rough reading of a CVSS 3 vector: confidentiality/integrity/availability impact and reach. */
function cvssVectorSeverity(vector: string): string {
  const metric = (name: string) => new RegExp(`(?:^|/)${name}:([A-Z])`).exec(vector)?.[1]
  const impacts = ['C', 'I', 'A'].map(metric)
  const highs = impacts.filter((impact) => impact === 'H').length
  const network = metric('AV') === 'N'
  if (highs >= 2 && network) return 'critical'
  if (highs >= 1) return 'high'
  if (impacts.some((impact) => impact === 'L')) return 'medium'
  return 'unknown'
}

/** "7.5 (high)", "high" or "7.5". */
function textSeverity(value: string): string {
  const named = /\((\w+)\)/.exec(value)?.[1]
  if (named) return named.toLowerCase()
  const score = Number(value.split(/\s/)[0])
  return Number.isNaN(score) ? value.split(/\s/)[0].toLowerCase() : severityFromCvss(score)
}

const CARGO_TEXT_VULN = /^(?:ID|Crate|Title|Severity|Solution)\s*:\s*(.*)$/
const CARGO_TEXT_WARNING = /^Warning:\s+(unmaintained|yanked|unsound|notice)/i
const CARGO_TEXT_FOUND = /^error: (\d+) vulnerabilit(?:y|ies) found!?/

export function createCargoAuditParser(): OutputParser {
  const json = new JsonCollector()
  const findings = new BoundedList<Finding>()
  const text: AuditCounts = { bySeverity: {}, warnings: 0 }
  let textVulns = 0
  let sawTextReport = false
  let firstError: string | undefined
  let current: { id?: string; crate?: string; title?: string; severity?: string } | undefined

  const flushText = () => {
    if (!current?.id) return
    const severity = (current.severity ?? 'unknown').toLowerCase()
    text.bySeverity[severity] = (text.bySeverity[severity] ?? 0) + 1
    textVulns++
    findings.push({ level: 'error', message: `${current.crate ?? '?'}: ${current.title ?? current.id}`, code: current.id })
    current = undefined
  }

  return {
    name: 'cargo-audit',
    onLine(line) {
      json.add(line)
      if (/^\s*(Scanning|Loaded|Fetching|Updating)\b/.test(line) || /Crate:|ID:/.test(line)) sawTextReport = true
      const field = CARGO_TEXT_VULN.exec(line)
      if (field) {
        const key = line.slice(0, line.indexOf(':')).trim()
        if (key === 'Crate') {
          flushText()
          current = { crate: field[1] }
        } else if (current) {
          if (key === 'ID') current.id = field[1]
          else if (key === 'Title') current.title = field[1]
          else if (key === 'Severity') current.severity = textSeverity(field[1])
        }
        return
      }
      if (CARGO_TEXT_WARNING.test(line)) {
        // An unmaintained/yanked crate is a warning, not a vulnerability: its block ends here.
        text.warnings++
        current = undefined
        return
      }
      if (CARGO_TEXT_FOUND.test(line)) return
      const error = /^error: (.+)$/.exec(line)
      if (error && !/vulnerabilit/.test(error[1])) firstError ??= error[1]
    },
    finish(process: ProcessOutcome): ParsedOutput {
      flushText()
      const report = json.parse() as CargoAuditJson | undefined
      if (report?.vulnerabilities) return fromCargoJson(report)
      if (firstError) return { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message: `cargo audit could not run: ${firstError}` } }
      if (sawTextReport && (process.exitCode === 0 || textVulns > 0)) return { kind: 'audit', counts: text, findings: findings.items }
      return { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message: `no audit report in the output (exit ${process.exitCode ?? process.signal})` } }
    }
  }
}

interface CargoAuditJson {
  vulnerabilities?: { count?: number; list?: Array<{ advisory?: Record<string, unknown>; package?: { name?: string; version?: string } }> }
  warnings?: Record<string, unknown[]>
}

function fromCargoJson(report: CargoAuditJson): ParsedOutput {
  const counts: AuditCounts = { bySeverity: {}, warnings: 0 }
  const findings = new BoundedList<Finding>()
  for (const entry of report.vulnerabilities?.list ?? []) {
    const advisory = entry.advisory ?? {}
    const severity = cargoSeverity(advisory)
    counts.bySeverity[severity] = (counts.bySeverity[severity] ?? 0) + 1
    findings.push({
      level: 'error',
      message: `${entry.package?.name ?? '?'} ${entry.package?.version ?? ''}: ${String(advisory.title ?? advisory.id ?? 'vulnerability')} (${severity})`.replace(/ {2,}/g, ' '),
      ...(typeof advisory.id === 'string' ? { code: advisory.id } : {})
    })
  }
  for (const [kind, list] of Object.entries(report.warnings ?? {})) {
    if (!Array.isArray(list)) continue
    counts.warnings += list.length
    for (const warning of list) {
      const advisory = (warning as { advisory?: { id?: string; title?: string } | null; package?: { name?: string } }) ?? {}
      findings.push({ level: 'warning', message: `${advisory.package?.name ?? '?'}: ${kind}${advisory.advisory?.title ? ` — ${advisory.advisory.title}` : ''}`, ...(advisory.advisory?.id ? { code: advisory.advisory.id } : {}) })
    }
  }
  return { kind: 'audit', counts, findings: findings.items }
}

interface NpmAuditJson {
  error?: { code?: string; summary?: string; detail?: string }
  message?: string
  metadata?: { vulnerabilities?: Record<string, number> }
  vulnerabilities?: Record<string, { name?: string; severity?: string; via?: unknown[] }>
}

export function createNpmAuditParser(): OutputParser {
  const json = new JsonCollector()
  let firstError: string | undefined
  return {
    name: 'npm-audit',
    onLine(line) {
      json.add(line)
      const error = /^npm (?:ERR!|error) (.+)$/.exec(line)
      if (error && !/^(?:A complete log|Log files|\s*$)/.test(error[1])) firstError ??= error[1]
    },
    finish(process: ProcessOutcome): ParsedOutput {
      const report = json.parse() as NpmAuditJson | undefined
      if (report?.error) {
        const detail = [report.error.code, report.error.summary || report.message?.split('\n')[0]].filter(Boolean).join(': ')
        return { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message: `npm audit could not reach the advisory service: ${detail || 'unknown error'}` } }
      }
      const severities = report?.metadata?.vulnerabilities
      if (!severities) {
        const reason = firstError ?? `no audit report in the output (exit ${process.exitCode ?? process.signal}); run npm audit with --json`
        return { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message: `npm audit could not run: ${reason}` } }
      }
      const counts: AuditCounts = { bySeverity: {}, warnings: 0 }
      for (const [severity, count] of Object.entries(severities)) {
        if (severity === 'total' || typeof count !== 'number' || count === 0) continue
        counts.bySeverity[severity] = count
      }
      const findings = new BoundedList<Finding>()
      for (const [name, vulnerability] of Object.entries(report?.vulnerabilities ?? {})) {
        findings.push({ level: 'error', message: `${name}: ${vulnerability.severity ?? 'unknown'} severity`, code: name })
      }
      return { kind: 'audit', counts, findings: findings.items }
    }
  }
}
