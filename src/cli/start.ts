/**
 * The CLI's entry in the bundle: turns on Node's compile cache, then loads the CLI, which the
 * bundler puts in a chunk of its own so that the cache covers it (a module cannot cache its own
 * compilation). Compiling the bundle is most of the CLI's start-up; a person runs it again and again.
 *
 * Only the CLI: the action runs on a fresh runner each job, where a cache is always cold, and a
 * gate of a pull request could plant code in it for a later go-no-go step of the same job.
 */
import module from 'node:module'
import path from 'node:path'
import { userCacheHome } from './cache-home.js'

function compileCacheDir(env: NodeJS.ProcessEnv): string {
  return path.join(userCacheHome(env), 'go-no-go', 'node-compile-cache')
}

// Node 22.1 and later; on older runtimes the CLI starts as before. A cache that cannot be made is no error.
const enable = (module as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache
try {
  enable?.(compileCacheDir(process.env))
} catch {
  // Start without it.
}

await import('./index.js')
