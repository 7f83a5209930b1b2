/**
 * pip-audit, `--format json` or its default table. pip-audit's advisories carry no severity, so
 * every vulnerability counts as `unknown`, which no allowed-severities setting can wave through.
 * JSON: `{"dependencies": [{name, version, vulns: [{id, fix_versions, aliases}]}, {name,
 * skip_reason}], "fixes": []}` (a bare list before pip-audit 2); a dependency it skipped was not
 * audited and counts as an advisory warning. Text: `Found N known vulnerabilities in M packages`
 * over a `Name Version ID Fix Versions` table, or `No known vulnerabilities found`. pip-audit logs
 * `ERROR:pip_audit…` (an unreachable PyPI or OSV, a requirement that will not resolve) and exits 1,
 * as it does for vulnerabilities: only a report we could read counts.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { auditProblem, AuditTally, packageLabel } from './audit-report.js'
import { JsonValueStream } from './json-stream.js'
import { runsPythonTool } from './python-command.js'

const FOUND = /^Found (\d+) known vulnerabilit(?:y|ies)(?:, ignored \d+)? in \d+ packages?/
const NONE = /^No known vulnerabilities found/
const TABLE_HEADER = /^Name\s+Version\s+ID\s+Fix Versions/
const TABLE_RULE = /^-+(?: +-+)+$/
const ERROR = /^(?:ERROR:pip_audit[^:]*:(.+)|pip-audit: error: (.+)|(\w+(?:Error|Exception): .+))$/

interface Dependency {
  name?: unknown
  version?: unknown
  vulns?: unknown
  skip_reason?: unknown
}

function createPipAuditParser(): OutputParser {
  const tally = new AuditTally()
  let report: Dependency[] | undefined
  let stated: number | undefined
  let none = false
  let table: 'header' | 'rows' | undefined
  let error: string | undefined

  const json = new JsonValueStream({
    value(value) {
      if (Array.isArray(value)) report ??= value as Dependency[]
      else if (value && typeof value === 'object' && Array.isArray((value as { dependencies?: unknown }).dependencies)) {
        report ??= (value as { dependencies: Dependency[] }).dependencies
      }
    },
    text(line) {
      const found = FOUND.exec(line)
      if (found) {
        stated = Number(found[1])
        return
      }
      if (NONE.test(line)) {
        none = true
        return
      }
      if (TABLE_HEADER.test(line)) {
        table = 'header'
        return
      }
      if (table === 'header' && TABLE_RULE.test(line)) {
        table = 'rows'
        return
      }
      if (table === 'rows') {
        const [name, version, id] = line.trim().split(/\s+/)
        if (name && version && id) {
          tally.addVulnerabilities('unknown', 1, { level: 'error', message: packageLabel(name, version, `${id} (severity not given)`), code: id })
          return
        }
        table = undefined
      }
      const failed = ERROR.exec(line)
      if (failed) error ??= (failed[1] ?? failed[2] ?? failed[3]).trim().slice(0, 300)
    }
  })

  return {
    name: 'pip-audit',
    onLine: (line) => json.onLine(line),
    finish(process: ProcessOutcome): ParsedOutput {
      if (report) {
        const fromJson = new AuditTally()
        for (const dependency of report) {
          if (!dependency || typeof dependency !== 'object') continue
          const name = typeof dependency.name === 'string' ? dependency.name : undefined
          const version = typeof dependency.version === 'string' ? dependency.version : undefined
          if (typeof dependency.skip_reason === 'string') {
            fromJson.addWarning({ level: 'warning', message: packageLabel(name, version, `not audited: ${dependency.skip_reason}`.slice(0, 300)), code: name ?? 'skipped' })
            continue
          }
          for (const vuln of Array.isArray(dependency.vulns) ? (dependency.vulns as Array<{ id?: unknown; fix_versions?: unknown }>) : []) {
            const id = typeof vuln?.id === 'string' ? vuln.id : 'unknown advisory'
            const fixes = Array.isArray(vuln?.fix_versions) && vuln.fix_versions.length > 0 ? `, fixed in ${vuln.fix_versions.join(', ')}` : ''
            fromJson.addVulnerabilities('unknown', 1, { level: 'error', message: packageLabel(name, version, `${id} (severity not given${fixes})`), code: id })
          }
        }
        // The stated count is pip-audit's own sum; a report that lists fewer is not the whole report.
        fromJson.addVulnerabilities('unknown', (stated ?? 0) - fromJson.vulnerabilities)
        return fromJson.toParsed()
      }
      if (error) return auditProblem(`pip-audit could not run: ${error}`)
      if (stated !== undefined) {
        tally.addVulnerabilities('unknown', stated - tally.vulnerabilities)
        return tally.toParsed()
      }
      if (none && process.exitCode === 0) return tally.toParsed()
      return auditProblem(`pip-audit could not run: no audit report in the output (exit ${process.exitCode ?? process.signal})`)
    }
  }
}

export const pipAudit: ParserDescriptor<'pip-audit'> = {
  name: 'pip-audit',
  detect: (invocation) => runsPythonTool(invocation, ['pip-audit', 'pip_audit']) !== undefined,
  create: createPipAuditParser
}
