/**
 * The user's cache directory, where the CLI keeps its compile cache and each project's gate
 * durations: `$XDG_CACHE_HOME` when it is an absolute path, else `~/.cache`. Per user, never the
 * shared /tmp another account of the machine could write to first.
 */
import os from 'node:os'
import path from 'node:path'

export function userCacheHome(env: NodeJS.ProcessEnv): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME
  const home = env.HOME && path.isAbsolute(env.HOME) ? env.HOME : os.homedir()
  return path.join(home, '.cache')
}
