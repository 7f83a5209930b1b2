/**
 * Everything a run needs from GitHub's API, behind one door, so that main.ts says in one place
 * what it asks of GitHub (and a run without a token asks nothing of it).
 */
export { describeApiFailure } from './api-failure.js'
export { createGitHubClient } from './client.js'
export { publishToGitHub } from './publish.js'
export { readPreviousRun } from './reevaluate.js'
export { gatherSignoffs, pullCommitsOnce } from './signoffs.js'
export { buildState, encodeState } from './state.js'
export { storeJudgement } from './stored-judgement.js'
