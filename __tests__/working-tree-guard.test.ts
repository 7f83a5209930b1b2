/**
 * "A check must not change the code it checks": the working-tree guard around real gates on real
 * git checkouts, through the engine, the bundled action and the CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Checklist, CommandItem } from '../src/checklist/types.js'
import { runChecklist } from '../src/engine.js'
import { createGateRunner } from '../src/gates/gate-runner.js'
import { createWorkingTreeGuard, describeTreeReport } from '../src/working-tree-guard.js'
import { CARGO_TARGET_DIR, FIXTURES, REPO_ROOT, runAction } from './helpers/run-action.js'

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A git checkout of a fixture crate, with a script that reformats it in place (what `run: cargo fmt` would do). */
function checkout(fixture: string, checklist?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-'))
  made.push(root)
  cpSync(path.join(FIXTURES, fixture), root, { recursive: true, filter: (source) => !source.includes(`${path.sep}target`) })
  writeFileSync(path.join(root, '.gitignore'), 'target/\n')
  writeFileSync(path.join(root, 'reformat.sh'), '#!/bin/sh\ncargo fmt\n')
  chmodSync(path.join(root, 'reformat.sh'), 0o755)
  if (checklist) {
    mkdirSync(path.join(root, '.github'))
    writeFileSync(path.join(root, '.github', 'go-no-go.yml'), checklist)
  }
  execFileSync('git', ['init', '-q'], { cwd: root })
  execFileSync('git', ['add', '-A'], { cwd: root })
  execFileSync('git', ['-c', 'user.email=fixture@example.com', '-c', 'user.name=fixture', 'commit', '-qm', 'fixture'], { cwd: root })
  return root
}

function command(id: string, run: string): CommandItem {
  return { kind: 'command', id, title: id, severity: 'blocking', section: 'S', run, timeoutMs: 180_000, workingDirectory: '.', env: {}, needs: [], expect: {} }
}

function checklistOf(...items: CommandItem[]): Checklist {
  return { title: 'T', path: '.github/go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items }] }
}

async function run(workspace: string, checklist: Checklist, warnings: string[] = []) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-scratch-'))
  made.push(scratch)
  const runGate = createGateRunner({ workspace, parentEnv: { ...process.env, CARGO_TARGET_DIR, CI: 'true' }, scratchDir: scratch, killGraceMs: 500 })
  return runChecklist(checklist, runGate, { concurrency: 1, allowEmpty: false, guards: [createWorkingTreeGuard(workspace, (message) => warnings.push(message))] })
}

const YAML = (run: string) => `version: 1
sections:
  - title: Gates
    items:
      - id: fmt
        title: Formatting
        run: ${run}
`

describe('the working-tree guard', () => {
  it('makes a run NO-GO when a gate reformats the code, naming the file and the gate, not the gate after it', async () => {
    const workspace = checkout('rust/fmt-drift')
    const report = await run(workspace, checklistOf(command('fmt', './reformat.sh'), command('tests', 'cargo test')))
    expect([...report.results.values()].map((result) => result.status)).toEqual(['pass', 'pass'])
    expect(report.verdict.decision).toBe('no-go')
    expect(report.verdict.runProblems).toEqual([
      {
        code: 'working-tree-changed',
        message: 'the gates changed the code they check: src/lib.rs (modified while `fmt` ran); a check must not modify the code — did you mean `cargo fmt --check`?'
      }
    ])
    expect(report.verdict.reasons[0]).toBe(report.verdict.runProblems[0].message)
  })

  it('stays out of the verdict when the gates leave the tree alone', async () => {
    const workspace = checkout('rust/green')
    const report = await run(workspace, checklistOf(command('fmt', 'cargo fmt --check'), command('tests', 'cargo test')))
    expect(report.verdict).toMatchObject({ decision: 'go', runProblems: [] })
  })

  it('sees a gate that commits its changes (HEAD moved) and gates that hide them from git status', async () => {
    const workspace = checkout('rust/green')
    const report = await run(
      workspace,
      checklistOf(
        command('commit', 'echo "// changed" >> src/lib.rs && git -c user.email=a@b.c -c user.name=a commit -qam hidden'),
        command('hide', 'echo "// hidden" >> src/lib.rs && git update-index --assume-unchanged src/lib.rs'),
        command('exclude', 'echo "*.secret" >> .git/info/exclude && touch planted.secret')
      )
    )
    expect(report.verdict.decision).toBe('no-go')
    expect(report.verdict.runProblems[0].message).toMatch(/HEAD moved from [0-9a-f]{12} to [0-9a-f]{12} during the gates/)
    expect(report.verdict.runProblems[0].message).toMatch(/assume-unchanged \/ skip-worktree\): src\/lib\.rs/)
    expect(report.verdict.runProblems[0].message).toMatch(/changed what git ignores \(`\.git\/info\/exclude`, `core\.excludesFile` or the global ignore file\)/)
  })

  it('sees a gate that plants git configuration or a hook, which a later git command would run', async () => {
    for (const plant of [
      'git config core.fsmonitor "sh -c \'touch /tmp/pwned\'"',
      'printf "#!/bin/sh\\n" > .git/hooks/post-checkout && chmod +x .git/hooks/post-checkout',
      // Same size, same modification time: only the bytes tell.
      'cp -p .git/config /tmp/go-no-go-config-$$ && sed -i "s/bare = false/bare = FALSE/" .git/config && touch -r /tmp/go-no-go-config-$$ .git/config && rm /tmp/go-no-go-config-$$'
    ]) {
      const report = await run(checkout('rust/green'), checklistOf(command('plant', plant)))
      expect(report.verdict.decision).toBe('no-go')
      expect(report.verdict.runProblems[0].message).toMatch(/changed the repository's git configuration or hooks \(`\.git\/config`, `\.git\/hooks`\)/)
    }
  })

  it('sees a gate that hides a new file through the user-wide ignore file, where git finds it by default or as core.excludesFile names it', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-home-'))
    made.push(home)
    writeFileSync(path.join(home, 'gitconfig'), `[core]\n\texcludesFile = ${path.join(home, 'global-ignore')}\n`)
    writeFileSync(path.join(home, 'global-ignore'), '*.log\n')
    // `build.rs` is new and untracked, and cargo runs it in every later build (the deploy's too).
    const plants = {
      default: { env: { XDG_CONFIG_HOME: path.join(home, 'xdg') }, plant: 'mkdir -p "$XDG_CONFIG_HOME/git" && echo build.rs > "$XDG_CONFIG_HOME/git/ignore"' },
      configured: { env: { GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig') }, plant: `echo build.rs >> ${path.join(home, 'global-ignore')}` }
    }
    for (const { env, plant } of Object.values(plants)) {
      const saved = { ...process.env }
      Object.assign(process.env, env)
      try {
        const report = await run(checkout('rust/green'), checklistOf(command('hide', `${plant} && echo "fn main() {}" > build.rs`)))
        expect(report.verdict.decision).toBe('no-go')
        expect(report.verdict.runProblems[0].message).toMatch(/changed what git ignores/)
      } finally {
        for (const name of Object.keys(env)) if (saved[name] === undefined) delete process.env[name]
      }
    }
  })

  it('sees a same-size change with its old modification time, after a gate told git (user-wide) to trust size and mtime alone', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-home-'))
    made.push(home)
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-stat-'))
    made.push(workspace)
    writeFileSync(path.join(home, 'gitconfig'), '')
    writeFileSync(path.join(workspace, 'price.txt'), '1000\n')
    // An old mtime, so that git's index does not hold the file as "racily clean" and re-read it anyway.
    execFileSync('touch', ['-d', '2020-01-01 00:00:00', 'price.txt'], { cwd: workspace })
    execFileSync('git', ['init', '-q'], { cwd: workspace })
    execFileSync('git', ['add', '-A'], { cwd: workspace })
    execFileSync('git', ['-c', 'user.email=fixture@example.com', '-c', 'user.name=fixture', 'commit', '-qm', 'fixture'], { cwd: workspace })
    // git compares ctime in whole seconds: the gate's write must fall in a later second than the checkout, as it does on a runner.
    const checkedOut = Math.floor(Date.now() / 1000)
    while (Math.floor(Date.now() / 1000) === checkedOut) await new Promise((resolve) => setTimeout(resolve, 20))
    const saved = process.env.GIT_CONFIG_GLOBAL
    process.env.GIT_CONFIG_GLOBAL = path.join(home, 'gitconfig')
    try {
      const trick =
        'git config --global core.trustctime false && git config --global core.checkStat minimal && printf "9999\\n" > price.txt && touch -d "2020-01-01 00:00:00" price.txt'
      const report = await run(workspace, checklistOf(command('reprice', trick)))
      expect(readFileSync(path.join(workspace, 'price.txt'), 'utf8')).toBe('9999\n')
      expect(report.verdict.decision).toBe('no-go')
      expect(report.verdict.runProblems[0].message).toMatch(/^the gates changed the code they check: price\.txt \(modified while `reprice` ran\)/)
    } finally {
      if (saved === undefined) delete process.env.GIT_CONFIG_GLOBAL
      else process.env.GIT_CONFIG_GLOBAL = saved
    }
  })

  it('sees a tracked file changed by one gate and put back by a later one', async () => {
    const workspace = checkout('rust/green')
    const original = readFileSync(path.join(workspace, 'src', 'lib.rs'), 'utf8')
    writeFileSync(path.join(workspace, 'original.txt'), original)
    const report = await run(
      workspace,
      checklistOf(command('plant', 'echo "// planted" >> src/lib.rs'), command('tests', 'cargo test'), command('restore', 'cp original.txt src/lib.rs && rm original.txt'))
    )
    expect(report.verdict.runProblems).toEqual([
      {
        code: 'working-tree-changed',
        message: expect.stringContaining(
          'tracked files changed between gates and were put back before the end, so the gates in between checked other code: src/lib.rs while `plant` ran'
        )
      }
    ])
  })

  it('sees HEAD moved by one gate (a commit) and put back by a later one: the gates in between checked another commit', async () => {
    const workspace = checkout('rust/green')
    const git = 'git -c user.email=pr@example.com -c user.name=pr'
    const report = await run(
      workspace,
      checklistOf(
        command('plant', `git rev-parse HEAD > .git/base && echo "// planted" >> src/lib.rs && ${git} commit -qam planted`),
        command('tests', 'cargo test'),
        command('restore', 'git reset -q --hard "$(cat .git/base)" && rm .git/base')
      )
    )
    expect(report.verdict.decision).toBe('no-go')
    expect(report.verdict.runProblems).toEqual([
      {
        code: 'working-tree-changed',
        message: expect.stringMatching(
          /^HEAD moved from [0-9a-f]{12} to [0-9a-f]{12} while `plant` ran and was put back before the end, so the gates in between checked another commit;/
        )
      }
    ])
  })

  it('is not fooled by a gate that breaks the git index until a later gate puts it and the code back', async () => {
    const workspace = checkout('rust/green')
    const report = await run(
      workspace,
      checklistOf(
        command('plant', 'cp .git/index .git/saved-index && cp src/lib.rs .git/saved-lib && echo "// planted" >> src/lib.rs && echo broken > .git/index'),
        command('tests', 'cargo test'),
        command('restore', 'mv .git/saved-index .git/index && mv .git/saved-lib src/lib.rs')
      )
    )
    expect(report.verdict.decision).toBe('no-go')
    expect(report.verdict.runProblems).toEqual([
      { code: 'working-tree-unreadable', message: expect.stringMatching(/could not be read after `plant` \(git status failed: .*index/) }
    ])
  })

  it('is not fooled by a gate that moves .git away and leaves a clean copy of the repository in the directory above', async () => {
    // The checkout one level down, as on a runner (…/work/repo/repo): the directory above is the gate's to write.
    const outer = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-outer-'))
    made.push(outer)
    const workspace = path.join(outer, 'repo')
    cpSync(checkout('rust/green'), workspace, { recursive: true })
    // Same commit, same config, hooks and ignore rules, a clean tree: only the directory git finds is another one.
    const decoy = [
      'echo "// changed" >> src/lib.rs',
      'cp -r .git ../.git',
      'mv .git .git-moved',
      // Ignores itself and everything else in the real checkout, as seen from the copy above it.
      'printf "*\\n" > .gitignore',
      'cd .. && git reset -q --hard'
    ].join(' && ')
    const report = await run(workspace, checklistOf(command('decoy', decoy)))
    expect([...report.results.values()].map((result) => result.status)).toEqual(['pass'])
    expect(report.verdict.decision).toBe('no-go')
    expect(report.verdict.runProblems).toEqual([{ code: 'working-tree-unreadable', message: expect.stringContaining(`git now finds the repository at ${outer}`) }])
  })

  it('sees a gate that puts a `.git` file pointing at a copy of the repository in place of `.git`', async () => {
    const workspace = checkout('rust/green')
    const copy = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-gitdir-'))
    made.push(copy)
    // Nothing in the tree changes, but every later git command (the next step's too) reads the gate's copy.
    const report = await run(workspace, checklistOf(command('swap', `cp -r .git/. ${copy} && rm -rf .git && echo "gitdir: ${copy}" > .git`)))
    expect(report.verdict.runProblems).toEqual([{ code: 'working-tree-unreadable', message: expect.stringContaining(`git now reads the repository from ${copy}`) }])
  })

  it('is a run problem when a gate destroys the checkout', async () => {
    const workspace = checkout('rust/green')
    const report = await run(workspace, checklistOf(command('wipe', 'rm -rf .git')))
    expect(report.verdict.runProblems).toEqual([{ code: 'working-tree-unreadable', message: expect.stringMatching(/^the git working tree could not be read after the gates/) }])
  })

  it('says so, and does not crash or change the verdict, outside a git checkout', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-plain-'))
    made.push(workspace)
    const warnings: string[] = []
    const report = await run(workspace, checklistOf(command('touch', 'touch made-by-a-gate')), warnings)
    expect(report.verdict.decision).toBe('go')
    expect(warnings).toEqual([expect.stringMatching(/is not a git checkout, so go-no-go cannot check that the gates leave the code unchanged/)])
  })

  it('hints at the read-only form of what changed', () => {
    const report = (file: string) => ({ changes: [{ path: file, change: 'modified' as const }], hiddenChanged: [], restored: [], suspects: new Map() })
    expect(describeTreeReport(report('web/app.ts'))).toMatch(/did you mean `prettier --check`, or `eslint` without `--fix`\?$/)
    expect(describeTreeReport(report('package-lock.json'))).toMatch(/did you mean `npm ci` instead of `npm install`/)
    expect(describeTreeReport(report('odd\nname'))).toContain('odd\\nname (modified)')
    expect(describeTreeReport({ changes: [], hiddenChanged: [], restored: [], suspects: new Map() })).toBeUndefined()
  })
})

describe('the working-tree guard in the bundled action and the CLI', () => {
  it('action: `run: ./reformat.sh` (cargo fmt without --check) on a badly formatted crate ends NO-GO naming the file', async () => {
    const workspace = checkout('rust/fmt-drift', YAML('./reformat.sh'))
    const result = await runAction({ workspace })
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toMatch(/src\/lib\.rs \(modified while \\?`fmt\\?` ran\); a check must not modify the code — did you mean \\?`cargo fmt --check\\?`\?/)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect(report.runProblems).toEqual([
      {
        code: 'working-tree-changed',
        message: 'the gates changed the code they check: src/lib.rs (modified while `fmt` ran); a check must not modify the code — did you mean `cargo fmt --check`?'
      }
    ])
  })

  it('CLI: the same run exits 1 and names the file', () => {
    const workspace = checkout('rust/fmt-drift', YAML('./reformat.sh'))
    const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), '--cwd', workspace], {
      encoding: 'utf8',
      env: { ...process.env, CARGO_TARGET_DIR, NO_COLOR: '1' }
    })
    expect(cli.status).toBe(1)
    expect(cli.stdout).toContain('src/lib.rs (modified while `fmt` ran)')
    expect(cli.stdout).toMatch(/NO-GO/)
  })
})
