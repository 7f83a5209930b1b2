/** The JSON report (output `report`, `--format json`): a stable shape for other tools. */
import { allItems } from '../checklist/types.js'
import type { RunReport } from './model.js'
import { createRedactor, type Redactor } from './redact.js'
import { stripControl } from './sanitize.js'

export const JSON_REPORT_VERSION = 1
const MAX_FINDINGS = 100

export function toJsonReport(report: RunReport, redactor: Redactor = createRedactor()) {
  const clean = (value: string) => redactor.redact(stripControl(value))
  return {
    schemaVersion: JSON_REPORT_VERSION,
    decision: report.verdict.decision,
    title: clean(report.checklist.title),
    checklist: report.checklist.path,
    format: report.checklist.format,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    cancelled: report.cancelled,
    counts: report.verdict.counts,
    reasons: report.verdict.reasons.map(clean),
    items: allItems(report.checklist).map((item) => {
      const result = report.results.get(item.id)
      const parsed = result?.parsed
      const output = result?.process?.output
      return {
        id: item.id,
        title: clean(item.title),
        section: clean(item.section),
        severity: item.severity,
        kind: item.kind,
        ...(item.kind === 'command' ? { command: clean(item.run) } : {}),
        ...(item.source ? { source: item.source } : {}),
        status: result?.status ?? 'error',
        summary: clean(result?.summary ?? 'no result'),
        ...(result?.reason ? { reason: clean(result.reason) } : {}),
        durationMs: result?.durationMs ?? 0,
        ...(result?.parser ? { parser: result.parser } : {}),
        ...(parsed && 'counts' in parsed && parsed.counts ? { counts: parsed.counts } : {}),
        ...(parsed?.kind === 'tests' ? { failingTests: parsed.failingTests.map(clean) } : {}),
        ...(parsed ? { findings: parsed.findings.slice(0, MAX_FINDINGS).map((finding) => ({ ...finding, message: clean(finding.message) })) } : {}),
        ...(result?.process
          ? {
              exitCode: result.process.exitCode,
              signal: result.process.signal,
              timedOut: result.process.timedOut,
              outputBytes: output?.totalBytes ?? 0,
              ...(output?.logPath ? { logPath: output.logPath } : {})
            }
          : {}),
        ...(result?.notes ? { notes: result.notes.map(clean) } : {})
      }
    })
  }
}
