/**
 * What to say when GitHub refused or failed a request: one line, with the permission the token
 * lacks when GitHub names it. Apart from the client so that code which only reports failures does
 * not load the client (and undici with it) at start-up.
 */

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
  return `go-no-go could not ${action}: ${failure.status ?? ''} ${firstLine(failure.message)}. The verdict is unchanged; the job summary has the full report.`.replace(
    / {2,}/g,
    ' '
  )
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0].slice(0, 200)
}
