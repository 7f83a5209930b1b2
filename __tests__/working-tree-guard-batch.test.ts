/**
 * The working-tree guard whose full snapshots ask git from one shell: through the engine with real
 * gates, it says exactly what it says with one git process per question, and when git is missing
 * or dies it says so as before.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Checklist, CommandItem } from '../src/checklist/types.js'
import { runChecklist } from '../src/engine.js'
import { createGateRunner } from '../src/gates/gate-runner.js'
import type { GitRunner } from '../src/gates/working-tree.js'
import { createWorkingTreeGuard, runGit } from '../src/working-tree-guard.js'
import { scratchDirectories } from './helpers/scratch.js'

const scratch = scratchDirectories()

function checkout(): string {
  const root = scratch('go-no-go-guard-batch-')
  writeFileSync(path.join(root, '.gitignore'), 'target/\n')
  writeFileSync(path.join(root, 'README.md'), '# fixture\n')
  writeFileSync(path.join(root, 'lib.rs'), 'pub fn one() -> i32 { 1 }\n')
  execFileSync('git', ['init', '-q'], { cwd: root })
  execFileSync('git', ['add', '-A'], { cwd: root })
  execFileSync('git', ['-c', 'user.email=fixture@example.com', '-c', 'user.name=fixture', 'commit', '-qm', 'fixture'], { cwd: root })
  return root
}

function command(id: string, run: string): CommandItem {
  return { kind: 'command', id, title: id, severity: 'blocking', section: 'S', run, timeoutMs: 60_000, workingDirectory: '.', env: {}, needs: [], expect: {} }
}

async function problemsAfter(workspace: string, run: string, git?: GitRunner) {
  const runGate = createGateRunner({ workspace, parentEnv: process.env, scratchDir: scratch('go-no-go-guard-batch-scratch-'), killGraceMs: 500 })
  const checklist: Checklist = { title: 'T', path: '.github/go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items: [command('gate', run)] }] }
  const warnings: string[] = []
  const report = await runChecklist(checklist, runGate, {
    concurrency: 1,
    allowEmpty: false,
    guards: [createWorkingTreeGuard(workspace, (message) => warnings.push(message), git)]
  })
  return { problems: report.verdict.runProblems, decision: report.verdict.decision, warnings }
}

/** Runs `act` on two identical checkouts: one guarded by the one-shell batch, one by a git process per question. */
async function bothWays(run: string) {
  const batched = await problemsAfter(checkout(), run)
  const oneByOne = await problemsAfter(checkout(), run, runGit)
  expect(batched).toEqual(oneByOne)
  return batched
}

describe('the working-tree guard with full snapshots from one shell', () => {
  it('names an untracked file a gate added', async () => {
    expect((await bothWays('echo "fn main() {}" > build.rs')).problems).toEqual([
      {
        code: 'working-tree-changed',
        message: 'the gates changed the code they check: build.rs (added while `gate` ran); a check must not modify the code — did you mean `cargo fmt --check`?'
      }
    ])
  })

  it('names a tracked file a gate edited', async () => {
    expect((await bothWays('echo "// reformatted" >> lib.rs')).problems).toEqual([
      {
        code: 'working-tree-changed',
        message: 'the gates changed the code they check: lib.rs (modified while `gate` ran); a check must not modify the code — did you mean `cargo fmt --check`?'
      }
    ])
  })

  it('sees assume-unchanged toggled on a file', async () => {
    const { problems } = await bothWays('git update-index --assume-unchanged README.md')
    expect(problems).toEqual([{ code: 'working-tree-changed', message: expect.stringContaining('(assume-unchanged / skip-worktree): README.md;') }])
  })

  it('sees the global ignore file changed', async () => {
    const config = scratch('go-no-go-guard-batch-xdg-')
    const saved = process.env.XDG_CONFIG_HOME
    process.env.XDG_CONFIG_HOME = config
    try {
      const { problems } = await bothWays(`mkdir -p "${config}/git" && echo "*.secret" >> "${config}/git/ignore"`)
      expect(problems).toEqual([{ code: 'working-tree-changed', message: expect.stringMatching(/^the gates changed what git ignores/) }])
    } finally {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME
      else process.env.XDG_CONFIG_HOME = saved
    }
  })

  it('stays out of the verdict when nothing changed', async () => {
    expect(await bothWays('true')).toEqual({ problems: [], decision: 'go', warnings: [] })
  })
})

describe('the working-tree guard when git misbehaves', () => {
  const savedPath = process.env.PATH
  afterEach(() => {
    process.env.PATH = savedPath
  })

  function fakeGitPath(script: string): string {
    const dir = scratch('go-no-go-guard-fake-git-')
    writeFileSync(path.join(dir, 'git'), `#!/bin/sh\n${script}\n`)
    chmodSync(path.join(dir, 'git'), 0o755)
    return `${dir}:${savedPath}`
  }

  it('says the workspace is not a git checkout when git is not on PATH, in the words it used before', async () => {
    const workspace = checkout()
    for (const git of [undefined, runGit]) {
      const warnings: string[] = []
      process.env.PATH = scratch('go-no-go-guard-no-git-')
      const guard = createWorkingTreeGuard(workspace, (message) => warnings.push(message), git)
      await guard.before([])
      process.env.PATH = savedPath
      expect(await guard.after()).toEqual([])
      expect(warnings).toEqual([`${workspace} is not a git checkout (spawn git ENOENT), so go-no-go cannot check that the gates leave the code unchanged.`])
    }
  })

  it('is NO-GO when the git it found before the gates is gone by the end, or, looked up each time, no longer on PATH', async () => {
    const workspace = checkout()
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    const found = scratch('go-no-go-guard-git-dir-')
    symlinkSync(realGit, path.join(found, 'git'))
    process.env.PATH = `${found}:${savedPath}`
    const pinned = createWorkingTreeGuard(workspace, () => undefined)
    await pinned.before([])
    unlinkSync(path.join(found, 'git'))
    const lookedUp = createWorkingTreeGuard(workspace, () => undefined, runGit)
    await lookedUp.before([])
    process.env.PATH = scratch('go-no-go-guard-no-git-')
    for (const [guard, program] of [
      [pinned, path.join(found, 'git')],
      [lookedUp, 'git']
    ] as const) {
      expect(await guard.after()).toEqual([
        {
          code: 'working-tree-unreadable',
          message: `the git working tree could not be read after the gates (spawn ${program} ENOENT): a gate may have removed or damaged the checkout, so what was checked is unknown`
        }
      ])
    }
  })

  it('is NO-GO when the end snapshot’s git status is killed', async () => {
    const workspace = checkout()
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    const dying = path.join(scratch('go-no-go-guard-flag-'), 'die')
    process.env.PATH = fakeGitPath(`for arg in "$@"; do [ "$arg" = status ] && [ -e ${dying} ] && kill -9 $$; done\nexec ${realGit} "$@"`)
    const guard = createWorkingTreeGuard(workspace, () => undefined)
    await guard.before([])
    writeFileSync(dying, '')
    expect(await guard.after()).toEqual([
      {
        code: 'working-tree-unreadable',
        message:
          'the git working tree could not be read after the gates (git status failed: git ended by signal SIGKILL): a gate may have removed or damaged the checkout, so what was checked is unknown'
      }
    ])
  })

  it('asks the end snapshot of the git it found before the gates, not one a gate put earlier on PATH', async () => {
    const workspace = checkout()
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    // Empty at the start; on GitHub's runners ~/.local/bin comes before /usr/bin, and a gate may write there.
    const early = scratch('go-no-go-guard-early-bin-')
    process.env.PATH = `${early}:${savedPath}`
    const { problems, decision } = await problemsAfter(
      workspace,
      // The planted git answers as the real one does, less every record that names lib.rs.
      `printf '#!/bin/sh\\n${realGit} "$@" | sed -z "/lib.rs/d"\\n' > ${early}/git && chmod +x ${early}/git && echo '// changed' >> lib.rs`
    )
    expect(execFileSync(path.join(early, 'git'), ['status', '--porcelain'], { cwd: workspace, encoding: 'utf8' })).toBe('')
    expect(decision).toBe('no-go')
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/the gates changed the code they check: lib\.rs/)])
  })
})
