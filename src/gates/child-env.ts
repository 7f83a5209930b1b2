/**
 * The environment a gate runs in. A JavaScript action's own environment carries more privilege
 * than a `run:` step (our token as INPUT_GITHUB-TOKEN, the runtime and OIDC tokens), and the
 * runner's command files would let a gate set env vars for later steps or overflow our summary.
 */
import path from 'node:path'

const REMOVED_EXACT = new Set([
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL'
])
const REMOVED_PREFIXES = ['INPUT_', 'ACTIONS_ID_TOKEN_REQUEST_']
export const RUNNER_COMMAND_FILES = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const

export function buildChildEnv(parent: NodeJS.ProcessEnv, itemEnv: Record<string, string>, throwawayDir: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue
    if (REMOVED_EXACT.has(name) || REMOVED_PREFIXES.some((prefix) => name.startsWith(prefix))) continue
    env[name] = value
  }
  for (const name of RUNNER_COMMAND_FILES) {
    if (name in env) env[name] = path.join(throwawayDir, name.toLowerCase())
  }
  Object.assign(env, itemEnv)
  env.CI = 'true'
  return env
}
