/** A commit status for branch protection set-ups that use statuses rather than checks. */
import type { RunReport } from '../report/model.js'
import { verdictLine } from '../report/format.js'
import type { GitHubClient } from './client.js'

/** GitHub rejects long or non-ASCII descriptions with a 422 in some cases; keep well inside. */
const STATUS_DESCRIPTION_LIMIT = 140

/** The verdict line of the check run (report/format.ts), in ASCII: "CANCELLED - NO-GO: 2 not finished". */
export function statusDescription(report: RunReport): string {
  const text = verdictLine(report.verdict.decision, report.verdict.counts, report.cancelled)
    .replace(/—/g, '-')
    .replace(/[^\x20-\x7e]/g, '')
  return text.length > STATUS_DESCRIPTION_LIMIT ? `${text.slice(0, STATUS_DESCRIPTION_LIMIT - 3)}...` : text
}

export async function publishCommitStatus(
  client: GitHubClient,
  target: { owner: string; repo: string; sha: string; context: string; targetUrl?: string },
  report: RunReport
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    owner: target.owner,
    repo: target.repo,
    sha: target.sha,
    context: target.context,
    state: report.verdict.decision === 'no-go' ? 'failure' : 'success',
    description: statusDescription(report),
    ...(target.targetUrl ? { target_url: target.targetUrl } : {})
  })
}
