/** Hand-built run reports for tests of the surfaces that render or publish them. */
import type { Checklist, ChecklistItem, ItemSeverity } from '../../src/checklist/types.js'
import { buildReport } from '../../src/engine.js'
import type { Finding, GateResult, GateStatus } from '../../src/gates/types.js'
import type { RunReport } from '../../src/report/model.js'

export interface ItemSpec {
  id: string
  status: GateStatus
  severity?: ItemSeverity
  kind?: 'command' | 'manual' | 'file'
  title?: string
  reason?: string
  summary?: string
  findings?: Finding[]
  failingTests?: string[]
  output?: string
}

export function makeReport(specs: ItemSpec[], options: { title?: string; runUrl?: string; cancelled?: boolean } = {}): RunReport {
  const items: ChecklistItem[] = specs.map((spec) => {
    const base = { id: spec.id, title: spec.title ?? `Check ${spec.id}`, severity: spec.severity ?? 'blocking', section: 'Gates', needs: [] }
    if (spec.kind === 'manual') return { ...base, kind: 'manual', signedOff: false, approvers: [], minApprovals: 1, allowAuthor: false, paths: [] }
    if (spec.kind === 'file') return { ...base, kind: 'file', path: `${spec.id}.md` }
    return { ...base, kind: 'command', run: `run-${spec.id}`, timeoutMs: 60_000, workingDirectory: '.', env: {}, needs: [], expect: {} }
  })
  const checklist: Checklist = { title: options.title ?? 'Release', path: '.github/go-no-go.yml', format: 'yaml', sections: [{ title: 'Gates', items }] }
  const results = new Map<string, GateResult>(
    specs.map((spec) => {
      const output = spec.output ?? ''
      const result: GateResult = {
        id: spec.id,
        status: spec.status,
        summary: spec.summary ?? spec.status,
        ...(spec.reason ? { reason: spec.reason } : spec.status === 'pass' ? {} : { reason: `${spec.id} did not pass` }),
        durationMs: 1200,
        ...(spec.findings || spec.failingTests
          ? {
              parsed: spec.failingTests
                ? { kind: 'tests' as const, counts: { passed: 1, failed: spec.failingTests.length, skipped: 0 }, failingTests: spec.failingTests, findings: spec.findings ?? [] }
                : { kind: 'lint' as const, counts: { warnings: spec.findings?.length ?? 0, errors: 0 }, findings: spec.findings ?? [] }
            }
          : {}),
        ...(output
          ? {
              process: {
                exitCode: spec.status === 'pass' ? 0 : 1,
                signal: null,
                timedOut: false,
                cancelled: false,
                durationMs: 1200,
                output: { head: output, tail: '', totalBytes: Buffer.byteLength(output), totalLines: output.split('\n').length, truncated: false }
              }
            }
          : {})
      }
      return [spec.id, result]
    })
  )
  return buildReport(checklist, results, {
    started: Date.parse('2026-11-23T10:00:00Z'),
    finished: Date.parse('2026-11-23T10:01:05Z'),
    cancelled: options.cancelled ?? false,
    allowEmpty: false,
    runUrl: options.runUrl
  })
}
