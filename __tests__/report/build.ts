/** Run reports built by hand for the renderer tests: items, results and outputs as a user's run would have them. */
import type { Checklist, ChecklistItem, ParserName, ItemSeverity } from '../../src/checklist/types.js'
import type { CapturedOutput, Finding, GateResult, GateStatus, ParsedOutput } from '../../src/gates/types.js'
import type { RunReport } from '../../src/report/model.js'
import type { AuditEntry } from '../../src/signoff/apply.js'
import { decide, type RunProblem } from '../../src/verdict.js'

export interface ItemSpec {
  id: string
  status: GateStatus
  section?: string
  severity?: ItemSeverity
  kind?: 'command' | 'manual' | 'file'
  title?: string
  run?: string
  summary?: string
  reason?: string
  durationMs?: number
  parsed?: ParsedOutput
  failingTests?: string[]
  findings?: Finding[]
  /** Everything the gate printed; kept whole in the head, as the capture does for small output. */
  output?: string
  /** Replaces the captured output entirely (to model a truncated capture). */
  captured?: CapturedOutput
  exitCode?: number | null
  notes?: string[]
  /** A manual item ticked in the checklist file itself. */
  signedOff?: boolean
  parser?: ParserName
}

export function item(spec: ItemSpec): ChecklistItem {
  const base = { id: spec.id, title: spec.title ?? `Check ${spec.id}`, severity: spec.severity ?? 'blocking', section: spec.section ?? 'Gates', needs: [] }
  if (spec.kind === 'manual') return { ...base, kind: 'manual', signedOff: spec.signedOff ?? false, approvers: [], minApprovals: 1, allowAuthor: false, paths: [] }
  if (spec.kind === 'file') return { ...base, kind: 'file', path: `docs/${spec.id}.md` }
  return { ...base, kind: 'command', run: spec.run ?? `npm run ${spec.id}`, timeoutMs: 60_000, workingDirectory: '.', env: {}, expect: {} }
}

export function captured(text: string): CapturedOutput {
  return {
    head: text,
    tail: '',
    totalBytes: Buffer.byteLength(text),
    totalLines: text.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '').length,
    truncated: false
  }
}

export function result(spec: ItemSpec): GateResult {
  const parsed: ParsedOutput | undefined =
    spec.parsed ??
    (spec.failingTests
      ? { kind: 'tests', counts: { passed: 2, failed: spec.failingTests.length, skipped: 0 }, failingTests: spec.failingTests, findings: spec.findings ?? [] }
      : spec.findings
        ? { kind: 'lint', counts: { warnings: spec.findings.length, errors: 0 }, findings: spec.findings }
        : undefined)
  const output = spec.captured ?? (spec.output !== undefined ? captured(spec.output) : undefined)
  return {
    id: spec.id,
    status: spec.status,
    summary: spec.summary ?? spec.status,
    ...(spec.reason !== undefined ? { reason: spec.reason } : {}),
    durationMs: spec.durationMs ?? 400,
    ...(spec.parser ? { parser: spec.parser } : {}),
    ...(parsed ? { parsed } : {}),
    ...(output
      ? {
          process: {
            exitCode: spec.exitCode !== undefined ? spec.exitCode : spec.status === 'pass' ? 0 : 1,
            signal: null,
            timedOut: false,
            cancelled: false,
            durationMs: spec.durationMs ?? 400,
            output
          }
        }
      : {}),
    ...(spec.notes ? { notes: spec.notes } : {})
  }
}

/** A report whose verdict is decided by the real rules from the items given. */
export function report(
  specs: ItemSpec[],
  options: { title?: string; runUrl?: string; cancelled?: boolean; durationMs?: number; runProblems?: RunProblem[]; signoffs?: AuditEntry[] } = {}
): RunReport {
  const sections = new Map<string, ChecklistItem[]>()
  for (const spec of specs) {
    const title = spec.section ?? 'Gates'
    sections.set(title, [...(sections.get(title) ?? []), item(spec)])
  }
  const checklist: Checklist = {
    title: options.title ?? 'Release 2.4',
    path: '.github/go-no-go.yml',
    format: 'yaml',
    sections: [...sections].map(([title, items]) => ({ title, items }))
  }
  const results = new Map(specs.map((spec) => [spec.id, result(spec)]))
  const cancelled: RunProblem[] = options.cancelled ? [{ code: 'cancelled', message: 'the run was cancelled before every gate finished' }] : []
  const verdict = decide(checklist, results, { runProblems: [...cancelled, ...(options.runProblems ?? [])] })
  return {
    checklist,
    results,
    verdict,
    ...(options.signoffs ? { signoffs: options.signoffs } : {}),
    startedAt: '2026-11-23T10:00:00.000Z',
    durationMs: options.durationMs ?? 63_000,
    cancelled: options.cancelled ?? false,
    ...(options.runUrl ? { runUrl: options.runUrl } : {})
  }
}

/** Splits Markdown into the lines outside code fences, and says whether a fence was left open. */
function scanFences(markdown: string): { prose: string[]; unclosed: boolean } {
  const prose: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    if (fence !== undefined) {
      if (line.trim().length >= fence.length && /^`+$/.test(line.trim())) fence = undefined
      continue
    }
    // Up to three spaces of indentation still open a fence (a fence inside a list item).
    const open = /^ {0,3}(`{3,})/.exec(line)
    if (open) fence = open[1]
    else prose.push(line)
  }
  return { prose, unclosed: fence !== undefined }
}

/** The Markdown with fenced code blocks removed: what a renderer reads as HTML and Markdown. */
export function outsideFences(markdown: string): string {
  return scanFences(markdown).prose.join('\n')
}

/** Counts of what must pair up for the page to render: code fences and <details>. */
export function structure(markdown: string): { fencesClosed: boolean; detailsOpen: number; detailsClose: number } {
  const { prose, unclosed } = scanFences(markdown)
  const text = prose.join('\n')
  return { fencesClosed: !unclosed, detailsOpen: (text.match(/<details[ >]/g) ?? []).length, detailsClose: (text.match(/<\/details>/g) ?? []).length }
}
