/** What the tick tests share: a pull request by mallory, and git that reads only the test repository. */
import type { Permission, SignoffFacts } from '../../src/signoff/apply.js'
import type { GitRepo } from '../helpers/git-repo.js'

/** Sign-off facts of a pull request mallory opened, where each login has the permission given. */
export function pullRequestFacts(permissions: Record<string, Permission>): SignoffFacts {
  return {
    pullRequestAuthor: 'mallory',
    headSha: 'h'.repeat(40),
    permissionOf: (login) => permissions[login] ?? 'none',
    isTeamMember: () => undefined,
    changedSince: () => []
  }
}

/** Blame with no user or system configuration of the machine running the tests. */
export const gitEnvFor = (repo: GitRepo) => ({ PATH: process.env.PATH, HOME: repo.dir, GIT_CONFIG_GLOBAL: '/dev/null' })
