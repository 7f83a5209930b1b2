/**
 * How go-no-go runs git on a repository it does not trust. On `pull_request` earlier steps of the
 * job run the pull request's code (an `npm ci` lifecycle script) and can write to `.git`: a
 * replace ref makes `git show <base>:<checklist>` print the attacker's checklist, a grafts file
 * re-parents commits so a pull request commit looks like part of the base, and config can run
 * commands (fsmonitor) or change what blame and log print. Commit ids from the event are the
 * only anchor; these settings make git answer about those objects and nothing else.
 */

/** `-c` options that override whatever a tampered `.git/config` says. */
export const HARDENED_GIT_OPTIONS: readonly string[] = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'blame.ignoreRevsFile=',
  '-c',
  'log.showSignature=false',
  '-c',
  'log.mailmap=false',
  '-c',
  'core.quotePath=false',
  // GIT_GRAFT_FILE=/dev/null below counts as using grafts, and git would say so on every call.
  '-c',
  'advice.graftFileDeprecated=false'
]

const PASSED_THROUGH = ['PATH', 'HOME', 'XDG_CONFIG_HOME', 'GIT_CONFIG_GLOBAL', 'SYSTEMROOT', 'TMPDIR']

/** Only what git needs to find itself and the user's safe.directory setting: no token, no GIT_DIR from outside. */
export function hardenedGitEnvironment(parent: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const name of PASSED_THROUGH) if (parent[name] !== undefined) env[name] = parent[name]
  return {
    ...env,
    LC_ALL: 'C',
    GIT_NO_REPLACE_OBJECTS: '1',
    // An empty grafts file that nobody can fill (the runner user may sudo, so no made-up path):
    // <git-dir>/info/grafts would otherwise re-parent commits.
    GIT_GRAFT_FILE: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_CONFIG_NOSYSTEM: '1'
  }
}
