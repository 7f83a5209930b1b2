/**
 * Every GitHub surface for one run. Never throws and never touches the verdict: a reporting
 * problem becomes a notice, and the job summary and exit code still tell.
 */
import { renderMarkdown } from '../report/markdown.js'
import type { RunReport } from '../report/model.js'
import type { Redactor } from '../report/redact.js'
import type { ActionSettings } from '../settings.js'
import { DECISION_LABELS } from '../verdict.js'
import { collectAnnotations, CHECK_TEXT_LIMIT, publishCheckRun } from './check-run.js'
import { createGitHubClient, describeApiFailure } from './client.js'
import { COMMENT_LIMIT, renderMarker, upsertStickyComment } from './comment.js'
import { publishCommitStatus } from './commit-status.js'
import { headSha, pullRequestNumber, type GitHubEnvironment } from './context.js'
import { resolvePullRequest } from './pull-request.js'

export type GitHubSettings = Pick<ActionSettings, 'token' | 'comment' | 'commentKey' | 'checkName' | 'checkRun' | 'statusContext' | 'maxApiWaitMs'> &
  Partial<Pick<ActionSettings, 'retryUnitMs'>> & {
    redactor: Redactor
    /** Gate results for later sign-off events: a hidden comment line, and its hash for the check run. */
    state?: { line: string; hash: string }
  }

export interface PublishResult {
  commentUrl?: string
  checkRunUrl?: string
  notices: string[]
}

/** Room kept free under the comment limit for the marker and GitHub's own counting. */
const COMMENT_BUDGET = COMMENT_LIMIT - 1_536

export async function publishToGitHub(report: RunReport, settings: GitHubSettings, github: GitHubEnvironment): Promise<PublishResult> {
  const result: PublishResult = { notices: [] }
  if (!settings.token) {
    result.notices.push('No github-token: the PR comment and check run were skipped; the job summary has the report.')
    return result
  }
  if (!github.owner || !github.repo) return result

  const { client, budget } = createGitHubClient({ token: settings.token, apiUrl: github.apiUrl, maxWaitMs: settings.maxApiWaitMs, retryUnitMs: settings.retryUnitMs })
  const redact = (text: string) => settings.redactor.redact(text)

  const work = async () => {
    const issueNumber = pullRequestNumber(github)
    const sha = (await resolvePullRequest(client, github, result.notices))?.headSha ?? headSha(github)
    const wantsComment = settings.comment !== 'false' && issueNumber !== undefined && github.eventName !== 'merge_group'
    if (wantsComment) {
      const marker = { key: settings.commentKey, headSha: sha, runId: Number(github.runId) || 0 }
      const header = settings.state ? `${renderMarker(marker)}\n${settings.state.line}` : renderMarker(marker)
      try {
        const outcome = await upsertStickyComment(
          client,
          { owner: github.owner, repo: github.repo, issueNumber },
          {
            key: settings.commentKey,
            marker,
            body: renderMarkdown(report, { maxLength: COMMENT_BUDGET, redactor: settings.redactor, header, signoffBoxes: true }),
            minimalBody: `${header}\n## ${DECISION_LABELS[report.verdict.decision]}\n\nThe full report did not fit in a comment${github.runUrl ? `: see the [job summary](${github.runUrl})` : ''}.\n`,
            onlyIfExists: settings.comment === 'on-failure' && report.verdict.decision === 'go'
          }
        )
        if (outcome.action === 'skipped') result.notices.push(`PR comment not written: ${outcome.reason}.`)
        else result.commentUrl = outcome.url
      } catch (error) {
        result.notices.push(describeApiFailure(error, 'write the PR comment'))
      }
    }

    if (settings.checkRun) {
      try {
        const summary = renderMarkdown(report, { maxLength: CHECK_TEXT_LIMIT - 512, redactor: settings.redactor })
        result.checkRunUrl = await publishCheckRun(
          client,
          { owner: github.owner, repo: github.repo, headSha: sha, name: settings.checkName, detailsUrl: github.runUrl, ...(settings.state ? { externalId: settings.state.hash } : {}) },
          report,
          summary,
          collectAnnotations(report, redact)
        )
      } catch (error) {
        result.notices.push(describeApiFailure(error, 'create the check run'))
      }
    }

    if (settings.statusContext) {
      try {
        await publishCommitStatus(client, { owner: github.owner, repo: github.repo, sha, context: settings.statusContext, targetUrl: github.runUrl }, report)
      } catch (error) {
        result.notices.push(describeApiFailure(error, 'set the commit status'))
      }
    }
  }

  // The plugins' own waits are budgeted; this guards everything else (a hung connection).
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), settings.maxApiWaitMs + 30_000)
    timer.unref()
  })
  const finished = await Promise.race([work().then(() => 'done' as const), deadline])
  if (timer) clearTimeout(timer)
  if (finished === 'timeout' || budget.exhausted) {
    result.notices.push('GitHub API did not answer in time (rate limits or outages); gave up waiting. The job summary holds the report and the exit code is unchanged.')
  }
  return result
}
