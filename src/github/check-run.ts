/** The check run: a conclusion on the PR head commit, the report as its text, findings as annotations. */
import { allItems } from '../checklist/types.js'
import type { Finding } from '../gates/types.js'
import type { RunReport } from '../report/model.js'
import { sliceSafe, stripControl } from '../text/sanitize.js'
import { verdictLine } from '../report/format.js'
import type { Decision } from '../verdict.js'
import type { GitHubClient } from './client.js'

/** Titles longer than this are cut by GitHub anyway. */
const CHECK_TITLE_LIMIT = 255
/** GitHub takes at most 50 annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50
/** And we send at most this many in all: a flood of warnings helps nobody. */
const MAX_ANNOTATIONS = 1_000

interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  message: string
  title?: string
}

const LEVELS: Record<Finding['level'], Annotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' }

export function collectAnnotations(report: RunReport, redact: (text: string) => string): Annotation[] {
  const annotations: Annotation[] = []
  for (const item of allItems(report.checklist)) {
    for (const finding of report.results.get(item.id)?.parsed?.findings ?? []) {
      if (!finding.file || !finding.line || finding.file.startsWith('/') || finding.file.startsWith('..')) continue
      // A path with a secret in it cannot be shown, and a redacted one would point at no file.
      if (redact(finding.file) !== finding.file) continue
      if (annotations.length >= MAX_ANNOTATIONS) return annotations
      annotations.push({
        path: finding.file,
        start_line: finding.line,
        end_line: finding.line,
        annotation_level: LEVELS[finding.level],
        message: sliceSafe(redact(stripControl(finding.message)), 4_000) || finding.level,
        // The code is often the failing test's name: gate text, redacted like the message.
        title: sliceSafe(redact(stripControl(`${item.id}${finding.code ? `: ${finding.code}` : ''}`)), 255)
      })
    }
  }
  return annotations
}

function conclusionFor(decision: Decision): 'success' | 'neutral' | 'failure' {
  return decision === 'go' ? 'success' : decision === 'conditional-go' ? 'neutral' : 'failure'
}

/** The check run's title: the verdict line every surface shares (report/format.ts), within GitHub's limit. */
export function checkTitle(report: RunReport): string {
  return sliceSafe(verdictLine(report.verdict.decision, report.verdict.counts, report.cancelled), CHECK_TITLE_LIMIT)
}

interface CheckRunTarget {
  owner: string
  repo: string
  headSha: string
  name: string
  detailsUrl?: string
  /** Vouches for the state kept in the sticky comment (see state.ts). */
  externalId?: string
}

export async function publishCheckRun(client: GitHubClient, target: CheckRunTarget, report: RunReport, summary: string, annotations: Annotation[]): Promise<string> {
  const chunks: Annotation[][] = []
  for (let index = 0; index < annotations.length; index += ANNOTATIONS_PER_REQUEST) chunks.push(annotations.slice(index, index + ANNOTATIONS_PER_REQUEST))
  const title = checkTitle(report)
  const created = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    head_sha: target.headSha,
    status: 'completed',
    conclusion: conclusionFor(report.verdict.decision),
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    ...(target.externalId ? { external_id: target.externalId } : {}),
    output: { title, summary, ...(chunks[0] ? { annotations: chunks[0] } : {}) }
  })
  for (const chunk of chunks.slice(1)) {
    await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: created.data.id, output: { title, summary, annotations: chunk } })
  }
  return created.data.html_url ?? ''
}
