/**
 * Octokit with retries (5xx) and throttling (secondary rate limits, retry-after), and one budget
 * for all the waiting they may do: past it, every further request fails at once, publishing
 * stops and the job summary stands alone.
 */
import { getOctokit } from '@actions/github'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * The time the client spaces its writes and waits out rate limits by. Tests pass one that records
 * each wait it is asked for and returns at once, so pacing is checked by what the client asked,
 * not by gaps measured on a busy machine.
 */
export interface Clock {
  now(): number
  /** Resolves after `ms`, or as soon as `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>
}

const systemClock: Clock = { now: () => Date.now(), sleep: abortableSleep }

export interface ClientOptions {
  token: string
  apiUrl: string
  /** Total time the plugins may spend waiting to retry, across every request. */
  maxWaitMs: number
  /** Scales every retry delay and the spacing of writes (1000 = GitHub's seconds); tests shrink it. */
  retryUnitMs?: number
  onWait?: (message: string) => void
  /** Every wait the client makes: pacing, rate limits, server-error retries (default: real time). */
  clock?: Clock
}

class WaitBudget {
  private spentMs = 0
  private refused = false
  constructor(private readonly limitMs: number) {}

  /** Whether waiting `ms` more is allowed; if so, it is counted as spent. A refusal is final. */
  take(ms: number): boolean {
    if (this.refused || this.spentMs + ms > this.limitMs) {
      this.refused = true
      return false
    }
    this.spentMs += ms
    return true
  }

  /** Marks the budget as spent, e.g. when a request outlived the hard deadline. */
  exhaust(): void {
    this.refused = true
  }

  get exhausted(): boolean {
    return this.refused || this.spentMs >= this.limitMs
  }
}

export interface GitHubConnection {
  client: GitHubClient
  budget: WaitBudget
  /** Aborted once the budget is spent (or `stop` is called): every request from then on fails at once. */
  signal: AbortSignal
  stop(): void
}

/** How many retries of a server error (or a failed connection) a request gets; retry n waits n² units. */
const SERVER_ERROR_RETRIES = 3
/** Client errors that another try cannot fix; 429 and 403 rate limits are the throttling plugin's. */
const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451]
/** Retries of one request after a rate limit, whatever the budget says. */
const RATE_LIMIT_RETRIES = 3

export function createGitHubClient(options: ClientOptions): GitHubConnection {
  const unit = options.retryUnitMs ?? 1000
  const clock = options.clock ?? systemClock
  const budget = new WaitBudget(options.maxWaitMs)
  const controller = new AbortController()
  const stop = () => {
    budget.exhaust()
    if (!controller.signal.aborted) controller.abort(new Error('GitHub API wait budget spent'))
  }

  // The wait happens here, on the clock, and the plugin retries at once (its base value is 0): so a
  // stop cuts the wait short, and tests see the wait that was asked for.
  const onLimit = (kind: string) => async (retryAfterSeconds: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const waitMs = retryAfterSeconds * unit
    if (controller.signal.aborted || retryCount >= RATE_LIMIT_RETRIES || !budget.take(waitMs)) {
      options.onWait?.(`GitHub ${kind} on ${request.method} ${request.url}: giving up (wait budget spent)`)
      stop()
      return false
    }
    options.onWait?.(`GitHub ${kind} on ${request.method} ${request.url}: retrying after ${retryAfterSeconds}s`)
    await clock.sleep(waitMs, controller.signal)
    return !controller.signal.aborted
  }

  // GitHub asks for a second between content-creating requests and more between notifying ones;
  // the plugin's own limiters do the same but are shared by every client in the process and
  // cannot be scaled down for tests, so these pace one client only.
  const writes = new Pacer(unit, controller.signal, clock)
  const notifications = new Pacer(3 * unit, controller.signal, clock)

  // Server errors are retried innermost, as @octokit/plugin-retry would, but each wait is charged to
  // the budget before it starts and taken on the clock.
  const serverErrorRetries = (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      for (let retry = 1; ; retry++) {
        try {
          return await request(requestOptions)
        } catch (error) {
          const status = (error as { status?: unknown }).status
          const retryable = typeof status === 'number' && status >= 400 && !NOT_RETRIED.includes(status)
          if (!retryable || retry > SERVER_ERROR_RETRIES || controller.signal.aborted) throw error
          if (!budget.take(retry * retry * unit)) {
            options.onWait?.('GitHub server errors: giving up (wait budget spent)')
            stop()
            throw error
          }
          await clock.sleep(retry * retry * unit, controller.signal)
        }
      }
    })
  }

  const client = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      throttle: {
        retryAfterBaseValue: 0,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        write: writes as never,
        notifications: notifications as never
      },
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
    },
    serverErrorRetries,
    throttling
  )

  // Set per request rather than in the options: getOctokit's defaults carry the runner's proxy
  // fetch in `request`, and options replace that object instead of merging into it.
  client.hook.before('request', (request) => {
    request.request = { ...request.request, signal: controller.signal }
  })

  return { client, budget, signal: controller.signal, stop }
}

/**
 * Starts tasks one at a time, at least `spacingMs` apart. Shaped like the Bottleneck group the
 * throttling plugin expects (`key(id).schedule(options, task)`). Stops waiting once aborted.
 */
class Pacer {
  private nextStart = 0
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly spacingMs: number,
    private readonly signal: AbortSignal,
    private readonly clock: Clock
  ) {}

  key(): this {
    return this
  }

  schedule<T>(_options: unknown, task: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(async () => {
      const waitMs = this.nextStart - this.clock.now()
      if (waitMs > 0 && !this.signal.aborted) await this.clock.sleep(waitMs, this.signal)
      this.nextStart = this.clock.now() + this.spacingMs
    })
    this.queue = turn
    return turn.then(task)
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}
