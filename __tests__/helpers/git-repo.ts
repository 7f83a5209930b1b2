/** Real git repositories for tests: commits by different people on a base branch and a pull request branch. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Person {
  name: string
  email: string
}

export const ALICE: Person = { name: 'Alice Approver', email: 'alice@example.com' }
export const BOB: Person = { name: 'Bob Builder', email: 'bob@example.com' }
export const MALLORY: Person = { name: 'Mallory Author', email: 'mallory@example.com' }

export interface GitRepo {
  dir: string
  git(...args: string[]): string
  /** Writes the files and commits them as `author` (and committer, unless given); returns the commit id. */
  commit(files: Record<string, string>, author: Person, options?: { committer?: Person; date?: string; message?: string }): string
}

export function createGitRepo(prefix = 'go-no-go-git-'): GitRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  // No global or system config: the test must not depend on the machine's git setup (signing, hooks, templates).
  const baseEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' }
  const git = (args: string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: dir, env: { ...baseEnv, ...env }, encoding: 'utf8' }).trim()
  git(['init', '-q', '-b', 'main'])
  return {
    dir,
    git: (...args) => git(args),
    commit(files, author, options = {}) {
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        writeFileSync(path.join(dir, file), content)
      }
      git(['add', '--', ...Object.keys(files)])
      const committer = options.committer ?? author
      const date = options.date ?? '2026-11-20T10:00:00Z'
      git(['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-m', options.message ?? 'change'], {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: date
      })
      return git(['rev-parse', 'HEAD'])
    }
  }
}

/** A `git clone --depth 1` of the repository, as actions/checkout makes by default. */
export function shallowClone(repo: GitRepo, branch: string): GitRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-shallow-'))
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', branch, `file://${repo.dir}`, dir], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  })
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, GIT_CONFIG_GLOBAL: '/dev/null' }, encoding: 'utf8' }).trim()
  return {
    dir,
    git: (...args) => git(args),
    commit: () => {
      throw new Error('commit in a shallow clone is not needed by the tests')
    }
  }
}
