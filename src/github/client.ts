/**
 * Octokit with retries (5xx) and throttling (secondary rate limits, retry-after), and one budget
 * for all the waiting they may do: past it, publishing stops and the job summary stands alone.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  apiUrl: string
  /** Total time the plugins may spend waiting to retry, across every request. */
  maxWaitMs: number
  /** Scales every retry delay (1000 = GitHub's seconds); tests shrink it. */
  retryUnitMs?: number
  onWait?: (message: string) => void
}

export class WaitBudget {
  private spentMs = 0
  constructor(private readonly limitMs: number) {}

  /** Whether waiting `ms` more is allowed; if so, it is counted as spent. */
  take(ms: number): boolean {
    if (this.spentMs + ms > this.limitMs) return false
    this.spentMs += ms
    return true
  }

  get exhausted(): boolean {
    return this.spentMs >= this.limitMs
  }
}

export function createGitHubClient(options: ClientOptions): { client: GitHubClient; budget: WaitBudget } {
  const unit = options.retryUnitMs ?? 1000
  const budget = new WaitBudget(options.maxWaitMs)
  const onLimit = (kind: string) => (retryAfterSeconds: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const waitMs = retryAfterSeconds * unit
    if (retryCount >= 3 || !budget.take(waitMs)) {
      options.onWait?.(`GitHub ${kind} on ${request.method} ${request.url}: giving up (wait budget spent)`)
      return false
    }
    options.onWait?.(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfterSeconds}s`)
    return true
  }
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      retry: { retries: 3, retryAfterBaseValue: unit },
      throttle: {
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      },
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
    },
    retry,
    throttling
  )
  return { client, budget }
}

/** GitHub says which permission a 403 wanted in this header; the message is for people. */
export function describeApiFailure(error: unknown, action: string): string {
  const failure = error as { status?: number; message?: string; response?: { headers?: Record<string, string | undefined> } }
  const accepted = failure.response?.headers?.['x-accepted-github-permissions']
  if (failure.status === 403 && accepted) {
    return `go-no-go could not ${action}: the token lacks ${accepted.split(/[;,]\s*/).join(' or ')} (read-only token? pull requests from forks get one). The verdict is unchanged; the job summary has the full report.`
  }
  if (failure.status === 403 || failure.status === 404) {
    return `go-no-go could not ${action}: ${failure.status} ${firstLine(failure.message)}. Check the workflow's permissions. The verdict is unchanged; the job summary has the full report.`
  }
  return `go-no-go could not ${action}: ${failure.status ?? ''} ${firstLine(failure.message)}. The verdict is unchanged; the job summary has the full report.`.replace(/ {2,}/g, ' ')
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0].slice(0, 200)
}
