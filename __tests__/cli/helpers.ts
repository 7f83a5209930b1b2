/** Runs the bundled CLI (`dist/cli/index.js`, what the `go-no-go` bin runs) as a user would: in a pipe, or in a real terminal. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

export const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** A clean environment: no colour or terminal settings leak in from whoever runs the tests. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  // The cache the test run was given (scripts/jest-global-setup.mjs), never the user's own.
  const cache: Record<string, string> = process.env.XDG_CACHE_HOME ? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME } : {}
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...cache, ...extra }
}

/** stdout and stderr are pipes, as in CI or `go-no-go | less`. */
export function cli(cwd: string, args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: baseEnv(env), timeout: 60_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/**
 * Runs the CLI inside a real pseudo-terminal (util-linux `script`), so stdout and stderr are a TTY
 * as in an interactive shell. The terminal merges both streams and turns "\n" into "\r\n".
 */
export function inTerminal(cwd: string, args: string[], env: Record<string, string> = {}, columns = 100): { status: number | null; screen: string } {
  const quoted = [process.execPath, CLI, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ')
  const result = spawnSync('script', ['-qec', `stty cols ${columns} rows 40; exec ${quoted}`, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: baseEnv({ TERM: 'xterm-256color', ...env }),
    timeout: 60_000
  })
  return { status: result.status, screen: result.stdout }
}

/** Every SGR (colour) escape sequence in the text. */
export const SGR = /\x1b\[[0-9;]*m/g
