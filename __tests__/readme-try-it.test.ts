/**
 * The README's "Try it (two commands)": a newcomer types them as written. `npm run example` must
 * run from a copy holding only what a clone has (no node_modules: "needs only Node and cargo") and
 * print what the README shows; `npm ci && npm test` needs a lockfile in step with package.json and
 * a test script that runs the checks the README promises.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT } from './helpers/run-action.js'

const run = promisify(execFile)
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')
const tryIt = /## Try it \(two commands\)\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
const commands = tryIt
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean)
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
/** Durations change from run to run; everything else the README shows must be what the run prints. */
const withoutTimes = (text: string) => text.replace(/\d+(\.\d+)? s\b/g, 'T').replace(/\d+ m \d+ s\b/g, 'T')

it('the README gives the two commands', () => {
  expect(commands).toEqual(['npm run example', 'npm ci && npm test'])
})

it('`npm run example` runs the bundled example from a plain clone and prints what the README shows', async () => {
  const clone = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-try-it-'))
  cpSync(path.join(REPO_ROOT, 'package.json'), path.join(clone, 'package.json'))
  cpSync(path.join(REPO_ROOT, 'dist', 'cli'), path.join(clone, 'dist', 'cli'), { recursive: true })
  cpSync(path.join(REPO_ROOT, 'checklists', 'examples'), path.join(clone, 'checklists', 'examples'), {
    recursive: true,
    filter: (source) => path.basename(source) !== 'target'
  })
  // A newcomer's terminal is a TTY; the README shows the plain text of the report (jest sets FORCE_COLOR).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'FORCE_COLOR'))
  const { stdout } = await run('npm', ['run', '--silent', 'example'], { cwd: clone, env: { ...env, NO_COLOR: '1' } })
  const shown = /prints \(exit code 0[\s\S]*?\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  expect(shown).toContain('CONDITIONAL GO')
  expect(withoutTimes(stdout)).toBe(withoutTimes(shown))
}, 300_000)

it('`npm ci` can install: the lockfile records exactly the dependencies package.json asks for', () => {
  const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; version?: string }>
  }
  const root = lock.packages['']
  expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {})
  expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {})
  // Every dependency is locked at a version, so `npm ci` resolves nothing itself.
  for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]) expect(lock.packages[`node_modules/${name}`]?.version).toBeDefined()
})

it('`npm test` typechecks, checks the layers and runs jest', () => {
  expect(pkg.scripts.test).toBe('npm run typecheck && npm run lint:deps && NODE_OPTIONS=--experimental-vm-modules jest')
  expect(pkg.scripts.typecheck).toBeDefined()
  expect(pkg.scripts['lint:deps']).toBeDefined()
})
