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
type RunnerCommandFile = (typeof RUNNER_COMMAND_FILES)[number]

/** Carried by every process a gate starts, so whatever it leaves running can be found and stopped (see leftovers.ts). */
export const TRACKING_VARIABLE = 'GO_NO_GO_TRACKING_ID'

/** Where one gate may write: its own temporary directory and throwaway runner command files. */
export interface GatePlace {
  tempDir: string
  commandFilesDir: string
  trackingId: string
}

/** The throwaway file a gate sees as `name` (GITHUB_ENV → <dir>/github_env). */
export function throwawayCommandFile(commandFilesDir: string, name: RunnerCommandFile): string {
  return path.join(commandFilesDir, name.toLowerCase())
}

/**
 * The parent's environment without tokens, plus the item's own variables, plus what go-no-go
 * sets last so that neither the checklist nor the parent can override it: the private temporary
 * directory, throwaway command files, the tracking value and CI=true.
 */
export function buildChildEnv(parent: NodeJS.ProcessEnv, itemEnv: Record<string, string>, place: GatePlace): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || isWithheldFromGates(name)) continue
    env[name] = value
  }
  Object.assign(env, itemEnv)
  // Outside Actions there is no runner file to protect; a tool may read a set GITHUB_OUTPUT as "in Actions".
  for (const name of RUNNER_COMMAND_FILES) if (name in env) env[name] = throwawayCommandFile(place.commandFilesDir, name)
  // The runner's RUNNER_TEMP holds its command files (_runner_file_commands); a gate gets its own.
  for (const name of ['TMPDIR', 'TEMP', 'TMP', 'RUNNER_TEMP']) env[name] = place.tempDir
  env[TRACKING_VARIABLE] = place.trackingId
  env.CI = 'true'
  return env
}

/** A variable no gate may see: the action's token and the runner's tokens and service addresses. */
export function isWithheldFromGates(name: string): boolean {
  // Variable names are case-sensitive on Linux, but a tool may look a name up case-insensitively.
  const upper = name.toUpperCase()
  return REMOVED_EXACT.has(upper) || REMOVED_PREFIXES.some((prefix) => upper.startsWith(prefix))
}
