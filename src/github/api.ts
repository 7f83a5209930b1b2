/**
 * Everything a run needs from GitHub's API, behind one door: Octokit and its plugins are most of
 * the action's code, and a run without a token never needs them. main.ts loads this module only
 * when a run talks to GitHub (a pull request's last report before the gates, publishing after),
 * so it is a separate chunk of the bundle that a push run without a token never reads.
 */
export { createGitHubClient, describeApiFailure } from './client.js'
export { publishToGitHub } from './publish.js'
export { readPreviousRun } from './reevaluate.js'
export { gatherSignoffs, pullCommitsOnce } from './signoffs.js'
export { buildState, encodeState } from './state.js'
export { storeJudgement } from './stored-judgement.js'
