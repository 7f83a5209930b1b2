/**
 * `pull_request_target`, `workflow_run`: these run with a write token and the repository's
 * secrets, whoever opened the pull request. Running its code there (build scripts, tests) hands
 * both to them: a "pwn request". So the gates run only when the checkout is exactly the
 * workflow's own commit — same HEAD, no modified tracked files, no untracked files (an artifact
 * unpacked into the workspace), a working-directory inside that checkout. Anything else is
 * refused, naming what differs, unless `allow-untrusted-code: true`; even then the checklist is
 * read from the workflow's commit, so a pull request cannot choose its own gates.
 * trusted-checkout.ts looks at the checkout; main.ts refuses the run when it says so.
 */
import type { EventPayload } from '../github/context.js'
import { pullRequestChecklist, readEventPullRequest, type RunPlan } from './run-plan.js'

export function planPrivilegedEvent(eventName: 'pull_request_target' | 'workflow_run', payload: EventPayload): RunPlan {
  const runOnWorkflowCommit = { action: 'evaluate', gates: 'run', requireWorkflowCommit: true, checkRun: true } as const
  if (eventName === 'workflow_run') return { ...runOnWorkflowCommit, readPreviousReport: false, comment: false, checklist: { target: 'other' } }
  const pull = readEventPullRequest(eventName, payload)
  if ('action' in pull) return pull
  // The checklist comes from the workflow's commit whatever these say (src/checklist/source.ts).
  return { ...runOnWorkflowCommit, pullRequest: { number: pull.number, required: false }, readPreviousReport: true, comment: true, checklist: pullRequestChecklist(pull) }
}
