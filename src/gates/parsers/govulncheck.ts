/**
 * govulncheck, `-json` (or `-format json`) and text. Only vulnerabilities the code calls count, as
 * govulncheck's own exit code 3 does; those in imported packages or required modules that nothing
 * calls are advisory warnings. Go's database gives no severity, so a vulnerability is `unknown`
 * unless its OSV entry carries a CVSS score.
 * - JSON since v1.0: a stream of indented objects, `{"config"}`, `{"osv"}`, `{"finding": {osv,
 *   trace}}`; a finding whose first trace frame names a function is called.
 * - JSON before v1.0: one `{"Vulns": [{OSV, Modules: [{Packages: [{CallStacks}]}]}]}`.
 * - text: `Vulnerability #1: GO-2021-0265` under `=== Symbol Results ===` (or before any section
 *   in older releases) and `Your code is affected by N vulnerabilities`, or `No vulnerabilities found.`
 * A database that cannot be reached (`govulncheck: … dial tcp …`) or any other `govulncheck:`
 * complaint is an error, never clean.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { auditProblem, AuditTally } from './audit-report.js'
import { severityFromCvss } from './cvss.js'
import { JsonValueStream } from './json-stream.js'

const FAILED = /^govulncheck: (.+)$/
const NO_VULNERABILITIES = /^No vulnerabilities found\.?$/
const AFFECTED = /^Your code is affected by (\d+) vulnerabilit(?:y|ies)/
const SECTION = /^=== (\w+) Results ===$/
const VULNERABILITY = /^Vulnerability #\d+: (\S+)$/

interface Osv {
  id?: unknown
  summary?: unknown
  details?: unknown
  severity?: Array<{ type?: unknown; score?: unknown }>
}

interface Frame {
  module?: unknown
  version?: unknown
  package?: unknown
  function?: unknown
  receiver?: unknown
  position?: { filename?: unknown; line?: unknown; column?: unknown } | null
}

interface OldVuln {
  OSV?: Osv
  Modules?: Array<{ Path?: unknown; FoundVersion?: unknown; FixedVersion?: unknown; Packages?: Array<{ Path?: unknown; CallStacks?: unknown[] }> }>
}

function createGovulncheckParser(): OutputParser {
  const osvs = new Map<string, Osv>()
  /** Per vulnerability: whether the code calls it, and where, with the module's found/fixed versions. */
  const found = new Map<string, { called: boolean; module?: string; version?: string; fixed?: string; where?: Pick<Finding, 'file' | 'line' | 'column'> }>()
  let sawConfig = false
  let oldReport = false
  let failure: string | undefined
  let clean = false
  let statedCalled: number | undefined
  let section: string | undefined
  const textCalled = new Set<string>()

  const note = (id: string, called: boolean, details: { module?: string; version?: string; fixed?: string; where?: Pick<Finding, 'file' | 'line' | 'column'> }) => {
    const known = found.get(id)
    if (!known) found.set(id, { called, ...details })
    else if (called && !known.called) found.set(id, { ...known, called, ...details })
  }

  const json = new JsonValueStream({
    value(value) {
      if (!value || typeof value !== 'object') return
      const message = value as { config?: unknown; osv?: Osv; finding?: { osv?: unknown; fixed_version?: unknown; trace?: Frame[] }; Vulns?: OldVuln[] | null }
      if (message.config) sawConfig = true
      if (message.osv && typeof message.osv.id === 'string') osvs.set(message.osv.id, message.osv)
      if (message.finding && typeof message.finding.osv === 'string') {
        const trace = Array.isArray(message.finding.trace) ? message.finding.trace : []
        const vulnerable = trace[0]
        // The frame in the user's code is the last one of a call trace.
        const caller = trace.length > 1 ? trace[trace.length - 1] : undefined
        const position = caller?.position
        note(message.finding.osv, typeof vulnerable?.function === 'string', {
          ...(typeof vulnerable?.module === 'string' ? { module: vulnerable.module } : {}),
          ...(typeof vulnerable?.version === 'string' ? { version: vulnerable.version } : {}),
          ...(typeof message.finding.fixed_version === 'string' ? { fixed: message.finding.fixed_version } : {}),
          ...(position && typeof position.filename === 'string'
            ? { where: { file: position.filename, line: Number(position.line) || undefined, column: Number(position.column) || undefined } }
            : {})
        })
      }
      if ('Vulns' in message) {
        oldReport = true
        for (const vuln of Array.isArray(message.Vulns) ? message.Vulns : []) readOldVuln(vuln)
      }
    },
    text(line) {
      const failed = FAILED.exec(line)
      if (failed) {
        failure ??= failed[1].slice(0, 300)
        return
      }
      if (NO_VULNERABILITIES.test(line)) {
        clean = true
        return
      }
      const affected = AFFECTED.exec(line)
      if (affected) {
        statedCalled = Number(affected[1])
        return
      }
      const heading = SECTION.exec(line)
      if (heading) {
        section = heading[1]
        return
      }
      const vulnerability = VULNERABILITY.exec(line)
      if (vulnerability && (section === undefined || section === 'Symbol')) textCalled.add(vulnerability[1])
    }
  })

  const readOldVuln = (vuln: OldVuln) => {
    const id = typeof vuln?.OSV?.id === 'string' ? vuln.OSV.id : undefined
    if (!id) return
    osvs.set(id, vuln.OSV!)
    for (const module of Array.isArray(vuln.Modules) ? vuln.Modules : []) {
      const stacks = (module.Packages ?? []).flatMap((pkg) => (Array.isArray(pkg.CallStacks) ? pkg.CallStacks : []))
      const first = stacks[0] as { Frames?: Array<{ Position?: { Filename?: unknown; Line?: unknown; Column?: unknown } }> } | undefined
      const position = first?.Frames?.[0]?.Position
      note(id, stacks.length > 0, {
        ...(typeof module.Path === 'string' ? { module: module.Path } : {}),
        ...(typeof module.FoundVersion === 'string' ? { version: module.FoundVersion } : {}),
        ...(typeof module.FixedVersion === 'string' ? { fixed: module.FixedVersion } : {}),
        ...(position && typeof position.Filename === 'string'
          ? { where: { file: position.Filename, line: Number(position.Line) || undefined, column: Number(position.Column) || undefined } }
          : {})
      })
    }
  }

  return {
    name: 'govulncheck',
    onLine: (line) => json.onLine(line),
    finish(process: ProcessOutcome): ParsedOutput {
      if (failure) return auditProblem(`govulncheck could not run: ${failure}`)
      const tally = new AuditTally()
      if (sawConfig || oldReport) {
        if (json.unfinished || json.oversized > 0 || json.malformed > 0) return auditProblem('govulncheck’s JSON output was cut short or could not be read')
        for (const [id, vuln] of found) {
          const osv = osvs.get(id)
          const title = typeof osv?.summary === 'string' && osv.summary ? osv.summary : typeof osv?.details === 'string' ? osv.details.split('\n')[0] : ''
          const module = vuln.module ? `${vuln.module}${vuln.version ? `@${vuln.version}` : ''}` : ''
          const text = `${id}${module ? ` in ${module}` : ''}${vuln.fixed ? ` (fixed in ${vuln.fixed})` : ''}${title ? `: ${title}` : ''}`.slice(0, 300)
          if (!vuln.called) {
            tally.addWarning({ level: 'warning', message: `${text} — imported or required, not called`.slice(0, 300), code: id })
            continue
          }
          const where = vuln.where?.file
            ? { file: vuln.where.file, ...(vuln.where.line ? { line: vuln.where.line } : {}), ...(vuln.where.column ? { column: vuln.where.column } : {}) }
            : {}
          tally.addVulnerabilities(severityOf(osv), 1, { level: 'error', message: text, code: id, ...where })
        }
        return tally.toParsed()
      }
      if (statedCalled !== undefined || textCalled.size > 0) {
        for (const id of textCalled) tally.addVulnerabilities('unknown', 1, { level: 'error', message: id, code: id })
        tally.addVulnerabilities('unknown', (statedCalled ?? 0) - textCalled.size)
        return tally.toParsed()
      }
      if (clean && process.exitCode === 0) return tally.toParsed()
      return auditProblem(`govulncheck could not run: no report in the output (exit ${process.exitCode ?? process.signal})`)
    }
  }
}

/** A CVSS score in the OSV entry when there is one; Go's own database gives none. */
function severityOf(osv: Osv | undefined): string {
  for (const entry of Array.isArray(osv?.severity) ? osv.severity : []) {
    const severity = severityFromCvss(entry?.score)
    if (severity !== 'unknown') return severity
  }
  return 'unknown'
}

export const govulncheck: ParserDescriptor<'govulncheck'> = {
  name: 'govulncheck',
  detect: (invocation) => invocation.program === 'govulncheck' || (invocation.program === 'go' && invocation.args[0] === 'run' && /govulncheck/.test(invocation.args[1] ?? '')),
  create: createGovulncheckParser
}
