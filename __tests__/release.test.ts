/**
 * Project hygiene users look for: a LICENSE that matches package.json, a CHANGELOG section for the
 * current version, workflows actionlint accepts, and a release script that tags vX.Y.Z and moves
 * the major tag, tried on real git repositories with a local remote.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { actionlint } from './helpers/actionlint.js'
import { REPO_ROOT } from './helpers/run-action.js'

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8')
const packageJson = JSON.parse(read('package.json')) as { version: string; license: string }
const RELEASE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'release.mjs')

describe('project hygiene', () => {
  it('LICENSE is the license package.json declares', () => {
    expect(packageJson.license).toBe('MIT')
    expect(read('LICENSE').split('\n')[0]).toBe('MIT License')
    expect(read('LICENSE')).toMatch(/^Copyright \(c\) \d{4} \S/m)
  })

  it('CHANGELOG.md has a non-empty section for the version in package.json', () => {
    const section = read('CHANGELOG.md').split(`\n## [${packageJson.version}]`)[1]?.split('\n## ')[0] ?? ''
    expect(section.trim()).not.toBe('')
  })

  it.each(readdirSync(path.join(REPO_ROOT, '.github', 'workflows')))('actionlint accepts .github/workflows/%s', async (file) => {
    expect(await actionlint(read(`.github/workflows/${file}`), file)).toEqual([])
  })

  it('actionlint does catch a broken workflow (the check can fail)', async () => {
    const broken = read('.github/workflows/release.yml').replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minutes: soon')
    expect(await actionlint(broken, 'release.yml')).toContainEqual(
      expect.stringMatching(/release.yml:\d+:\d+: expecting a single \$\{\{\.\.\.\}\} expression or float number literal/)
    )
  })

  it("the README's job set-up example (toolchain, timeout, decision, report artifact) passes actionlint", async () => {
    const section = read('README.md').split('## Setting up the job')[1]
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    for (const piece of [
      'actions/setup-node@v5',
      'run: npm ci',
      'timeout-minutes:',
      'steps.gonogo.outputs.decision',
      'actions/upload-artifact@v4',
      'steps.gonogo.outputs.report'
    ]) {
      expect(example).toContain(piece)
    }
    expect(await actionlint(`on: pull_request\n${example}`, 'README.md')).toEqual([])
  })

  it('.env.example (for @github/local-action) sets only inputs action.yml has, with comment and check run off', () => {
    const inputs = Object.keys((parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs)
    const set = read('.env.example')
      .split('\n')
      .filter((line) => /^INPUT_/.test(line))
      .map((line) => line.split('=')[0].slice('INPUT_'.length).toLowerCase())
    expect(set.length).toBeGreaterThan(0)
    for (const name of set) expect(inputs).toContain(name)
    expect(read('.env.example')).toMatch(/^INPUT_COMMENT=false$/m)
    expect(read('.env.example')).toMatch(/^INPUT_CHECK-RUN=false$/m)
    expect(read('.gitignore')).toMatch(/^\.env$/m)
  })

  it('the release workflow runs by hand on main, with contents: write, and tags through scripts/release.mjs', () => {
    const workflow = parse(read('.github/workflows/release.yml')) as {
      on: Record<string, unknown>
      permissions: Record<string, string>
      jobs: { release: { if: string; steps: Array<{ run?: string }> } }
    }
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch'])
    expect(workflow.permissions).toEqual({ contents: 'write' })
    expect(workflow.jobs.release.if).toBe("github.ref == 'refs/heads/main'")
    const runs = workflow.jobs.release.steps.map((step) => step.run ?? '').join('\n')
    for (const command of ['npm ci', 'npm run build', 'git diff --exit-code --stat -- dist/', 'npm test', 'node scripts/release.mjs', 'npm pack', 'gh release create']) {
      expect(runs).toContain(command)
    }
  })
})

describe('scripts/release.mjs on a real repository', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

  function repository(): { work: string; remote: string } {
    const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-release-'))
    const remote = path.join(root, 'remote.git')
    const work = path.join(root, 'work')
    git(root, 'init', '--quiet', '--bare', remote)
    git(root, 'init', '--quiet', '-b', 'main', work)
    git(work, 'config', 'user.name', 'Release Test')
    git(work, 'config', 'user.email', 'release@example.com')
    git(work, 'remote', 'add', 'origin', remote)
    return { work, remote }
  }

  function commitVersion(work: string, version: string, changelog = `# Changelog\n\n## [${version}]\n\nChanges in ${version}.\n`): string {
    writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'x', version }))
    writeFileSync(path.join(work, 'CHANGELOG.md'), changelog)
    git(work, 'add', '.')
    git(work, 'commit', '--quiet', '-m', `Release ${version}`)
    git(work, 'push', '--quiet', 'origin', 'main')
    return git(work, 'rev-parse', 'HEAD')
  }

  function release(work: string, ...args: string[]) {
    try {
      return { status: 0, stdout: execFileSync(process.execPath, [RELEASE_SCRIPT, ...args], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), stderr: '' }
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string }
      return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr }
    }
  }

  const remoteTag = (remote: string, tag: string) => git(remote, 'rev-parse', `refs/tags/${tag}^{commit}`)

  it('tags vX.Y.Z, moves vX to each new release, writes the notes, and never reuses a version', () => {
    const { work, remote } = repository()
    const first = commitVersion(work, '1.0.0')
    const notes = path.join(work, '..', 'notes.md')
    expect(release(work, '--notes', notes)).toMatchObject({ status: 0, stdout: 'tag=v1.0.0\nmajor=v1\nprerelease=false\n' })
    expect(readFileSync(notes, 'utf8')).toBe('Changes in 1.0.0.\n')
    expect(remoteTag(remote, 'v1.0.0')).toBe(first)
    expect(remoteTag(remote, 'v1')).toBe(first)
    expect(git(remote, 'cat-file', '-t', 'refs/tags/v1.0.0')).toBe('tag')

    expect(release(work)).toMatchObject({ status: 1, stderr: 'release: v1.0.0 already exists: bump the version in package.json first\n' })

    const second = commitVersion(work, '1.1.0')
    expect(release(work).status).toBe(0)
    expect(remoteTag(remote, 'v1.1.0')).toBe(second)
    expect(remoteTag(remote, 'v1')).toBe(second)
    expect(remoteTag(remote, 'v1.0.0')).toBe(first)
  })

  it('leaves the major tag alone for a pre-release and for a patch to an older line', () => {
    const { work, remote } = repository()
    const stable = commitVersion(work, '2.1.0')
    expect(release(work).status).toBe(0)
    commitVersion(work, '2.2.0-rc.1')
    expect(release(work)).toMatchObject({ status: 0, stdout: 'tag=v2.2.0-rc.1\nmajor=\nprerelease=true\n' })
    const patch = commitVersion(work, '2.0.5')
    expect(release(work)).toMatchObject({ status: 0, stdout: 'tag=v2.0.5\nmajor=\nprerelease=false\n' })
    expect(remoteTag(remote, 'v2.0.5')).toBe(patch)
    expect(remoteTag(remote, 'v2')).toBe(stable)
  })

  it('refuses a version without a CHANGELOG section, or that is not X.Y.Z, and tags nothing', () => {
    const { work, remote } = repository()
    commitVersion(work, '3.0.0', '# Changelog\n\n## [2.9.0]\n\nOld.\n')
    expect(release(work)).toMatchObject({ status: 1, stderr: 'release: CHANGELOG.md has no "## [3.0.0]" section: describe the release there first\n' })
    commitVersion(work, 'latest')
    expect(release(work).stderr).toBe('release: package.json version "latest" is not X.Y.Z (or X.Y.Z-pre)\n')
    expect(git(remote, 'tag', '--list')).toBe('')
  })

  it('--dry-run checks and prints the plan without tagging', () => {
    const { work, remote } = repository()
    commitVersion(work, '0.4.0')
    expect(release(work, '--dry-run')).toMatchObject({ status: 0, stdout: 'tag=v0.4.0\nmajor=v0\nprerelease=false\n' })
    expect(git(remote, 'tag', '--list')).toBe('')
    expect(git(work, 'tag', '--list')).toBe('')
  })
})
