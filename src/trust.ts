/**
 * `pull_request_target` and `workflow_run` run with a write token and secrets. Running gates
 * (build scripts, tests) from a pull request's code there hands both to whoever opened it — a
 * "pwn request". Gates run only on the workflow's own commit unless the user opts in.
 */

const PRIVILEGED_EVENTS = new Set(['pull_request_target', 'workflow_run'])

export interface TrustFacts {
  eventName: string
  /** GITHUB_SHA: for these events, a commit of the base repository's own branch. */
  workflowSha: string
  /** What is checked out in the workspace (`git rev-parse HEAD`), if it is a git checkout. */
  checkedOutSha?: string
  /** The pull request's head repository and the base repository, when the event has a PR. */
  headRepository?: string
  baseRepository?: string
}

export type TrustDecision = { run: true; readChecklistFrom?: string } | { run: false; reason: string }

export function isPrivilegedEvent(eventName: string): boolean {
  return PRIVILEGED_EVENTS.has(eventName)
}

export function assessTrust(facts: TrustFacts, allowUntrustedCode: boolean): TrustDecision {
  if (!isPrivilegedEvent(facts.eventName)) return { run: true }
  const onWorkflowCommit = facts.checkedOutSha !== undefined && facts.checkedOutSha === facts.workflowSha
  if (onWorkflowCommit) return { run: true }
  const origin =
    facts.headRepository && facts.baseRepository && facts.headRepository !== facts.baseRepository
      ? `code from the fork ${facts.headRepository}`
      : 'code that is not the base commit'
  if (allowUntrustedCode) {
    // The gates run, but the pull request cannot choose them: the checklist comes from the base commit.
    return { run: true, readChecklistFrom: facts.workflowSha }
  }
  const seen = facts.checkedOutSha ? `${facts.checkedOutSha.slice(0, 12)} is checked out` : 'the workspace is not a git checkout'
  return {
    run: false,
    reason:
      `Refusing to run gates on ${origin} under \`${facts.eventName}\`, which has a write token and secrets ` +
      `(${seen}; the workflow's commit is ${facts.workflowSha.slice(0, 12)}). ` +
      'Use the `pull_request` event, or set `allow-untrusted-code: true` if you accept the risk.'
  }
}
