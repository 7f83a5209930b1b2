/**
 * Every GitHub surface for one run. Never throws and never touches the verdict: a reporting
 * problem becomes a notice, and the job summary and exit code still tell.
 */
import { CHECK_RUN_TEXT_MAX_CHARS, COMMENT_MAX_CHARS } from '../report/budget.js'
import { renderMarkdown, type SourceLinks } from '../report/markdown.js'
import type { RunReport } from '../report/model.js'
import type { Redactor } from '../text/redact.js'
import { decisionHeading } from '../report/format.js'
import { collectAnnotations, publishCheckRun } from './check-run.js'
import { describeApiFailure } from './api-failure.js'
import { createGitHubClient } from './client.js'
import { renderMarker, upsertStickyComment, wholeNumber } from './comment.js'
import { publishCommitStatus } from './commit-status.js'
import { headSha, pullRequestNumber, type GitHubEnvironment } from './context.js'
import { resolvePullRequest, type PullRequestFacts } from './pull-request.js'
import { NO_TOKEN_NOTICE, type GitHubSettings } from './settings.js'

export type PublishSettings = GitHubSettings & {
  redactor: Redactor
  /** Where file:line references in the comment and check run link to. */
  links?: SourceLinks
  /** Gate results for later sign-off events: a hidden comment line, and its hash for the check run. */
  state?: { line: string; hash: string }
}

interface PublishResult {
  commentUrl?: string
  checkRunUrl?: string
  notices: string[]
}

/** Seams for tests and other front ends; production uses the defaults. */
interface PublishDependencies {
  render?: typeof renderMarkdown
  createClient?: typeof createGitHubClient
  /** The pull request as the caller already found it, so it is not looked up again. */
  pull?: PullRequestFacts
}

export { readGitHubEnvironment, type GitHubEnvironment } from './context.js'

/** Room kept free under the comment limit for the marker and GitHub's own counting. */
const COMMENT_BUDGET = COMMENT_MAX_CHARS - 1_536

export const API_UNAVAILABLE_NOTICE =
  'GitHub API unavailable (rate limits or outages outlasted the wait budget); gave up publishing. The job summary holds the report and the verdict is unchanged.'

/**
 * Writes the sticky comment, check run and commit status for one run, as the event and settings
 * ask. Resolves with what was written and a notice for everything that was not; never rejects.
 */
export async function publishToGitHub(report: RunReport, settings: PublishSettings, github: GitHubEnvironment, deps: PublishDependencies = {}): Promise<PublishResult> {
  const result: PublishResult = { notices: [] }
  try {
    await publish(report, settings, github, deps, result)
  } catch (error) {
    // Nothing below should throw; if it does, the verdict must still stand.
    result.notices.push(describeApiFailure(error, 'publish to GitHub'))
  }
  return result
}

async function publish(report: RunReport, settings: PublishSettings, github: GitHubEnvironment, deps: PublishDependencies, result: PublishResult): Promise<void> {
  const render = deps.render ?? renderMarkdown
  if (!settings.token) {
    result.notices.push(NO_TOKEN_NOTICE)
    return
  }
  if (!github.owner || !github.repo) return

  const connection = (deps.createClient ?? createGitHubClient)({
    token: settings.token,
    apiUrl: github.apiUrl,
    maxWaitMs: settings.maxApiWaitMs,
    retryUnitMs: settings.retryUnitMs
  })
  const { client, budget } = connection
  const redact = (text: string) => settings.redactor.redact(text)
  const gaveUp = () => budget.exhausted || connection.signal.aborted
  /** Runs one surface; once the API is given up on, the rest are skipped and one notice says so. */
  const attempt = async (action: string, write: () => Promise<void>) => {
    if (gaveUp()) return
    try {
      await write()
    } catch (error) {
      if (!gaveUp()) result.notices.push(describeApiFailure(error, action))
    }
  }

  const work = async () => {
    const issueNumber = pullRequestNumber(github)
    const pull = deps.pull ?? (gaveUp() ? undefined : await resolvePullRequest(client, github, result.notices))
    const sha = pull?.headSha ?? headSha(github)
    const wantsComment = settings.comment !== 'false' && issueNumber !== undefined && github.eventName !== 'merge_group'
    if (wantsComment) {
      const marker = {
        key: settings.commentKey,
        headSha: sha,
        runId: wholeNumber(github.runId) ?? 0,
        ...(wholeNumber(github.runAttempt) ? { attempt: wholeNumber(github.runAttempt) } : {})
      }
      const header = settings.state ? `${renderMarker(marker)}\n${settings.state.line}` : renderMarker(marker)
      const minimalBody = `${header}\n## ${decisionHeading(report.verdict.decision, report.cancelled)}\n\nThe full report did not fit in a comment${github.runUrl ? `: see the [job summary](${github.runUrl})` : ''}.\n`
      await attempt('write the PR comment', async () => {
        const outcome = await upsertStickyComment(
          client,
          { owner: github.owner, repo: github.repo, issueNumber },
          {
            key: settings.commentKey,
            marker,
            body: renderOr(
              minimalBody,
              () => render(report, { maxLength: COMMENT_BUDGET, redactor: settings.redactor, header, signoffBoxes: true, ...linksOf(settings) }),
              result.notices
            ),
            minimalBody,
            onlyIfExists: settings.comment === 'on-failure' && report.verdict.decision === 'go'
          }
        )
        if (outcome.action === 'skipped') result.notices.push(`PR comment not written: ${outcome.reason}.`)
        else result.commentUrl = outcome.url
      })
    }

    if (settings.checkRun) {
      await attempt('create the check run', async () => {
        const fallback = `## ${decisionHeading(report.verdict.decision, report.cancelled)}\n\n${github.runUrl ? `The report is in the [job summary](${github.runUrl}).` : 'The report is in the job summary.'}\n`
        const summary = renderOr(fallback, () => render(report, { maxLength: CHECK_RUN_TEXT_MAX_CHARS - 512, redactor: settings.redactor, ...linksOf(settings) }), result.notices)
        result.checkRunUrl = await publishCheckRun(
          client,
          {
            owner: github.owner,
            repo: github.repo,
            headSha: sha,
            name: settings.checkName,
            detailsUrl: github.runUrl,
            ...(settings.state ? { externalId: settings.state.hash } : {})
          },
          report,
          summary,
          collectAnnotations(report, redact)
        )
      })
    }

    if (settings.statusContext) {
      const context = settings.statusContext
      await attempt('set the commit status', () => publishCommitStatus(client, { owner: github.owner, repo: github.repo, sha, context, targetUrl: github.runUrl }, report))
    }
  }

  // The plugins' waits are budgeted; this bounds everything else (a connection that never
  // answers). Aborting makes every request still in flight, or yet to come, fail at once.
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), hardStopMs(settings.maxApiWaitMs))
  })
  const finished = await Promise.race([work().then(() => 'done' as const), deadline])
  if (timer) clearTimeout(timer)
  if (finished === 'timeout') connection.stop()
  if (gaveUp()) result.notices.push(API_UNAVAILABLE_NOTICE)
}

/** A report that cannot be rendered still gets its verdict published. */
function renderOr(fallback: string, render: () => string, notices: string[]): string {
  try {
    return render()
  } catch (error) {
    const notice = `go-no-go could not render the report for GitHub (${error instanceof Error ? error.message : String(error)}); posted the verdict only.`
    if (!notices.includes(notice)) notices.push(notice)
    return fallback
  }
}

/** The wall-clock limit on publishing: the wait budget plus as much again for the requests themselves, at most 10 s more. */
function hardStopMs(maxApiWaitMs: number): number {
  return maxApiWaitMs + Math.min(maxApiWaitMs, 10_000)
}

function linksOf(settings: PublishSettings): { links?: SourceLinks } {
  return settings.links ? { links: settings.links } : {}
}
