/** Reading a real git working tree before and after gates: what counts as a change, and who was running. */
import { execFile, execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { changedPaths, NotAGitCheckout, parseStatus, readTreeState, WorkingTreeWatch, type GitRunner } from '../../src/gates/working-tree.js'

const git: GitRunner = (args, cwd) =>
  new Promise((resolve) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? -1) : 0, stdout, stderr })
    )
  })

function repository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-tree-'))
  writeFileSync(path.join(root, '.gitignore'), 'target/\n')
  mkdirSync(path.join(root, 'src'))
  writeFileSync(path.join(root, 'src', 'lib.rs'), 'pub fn one() -> i32 { 1 }\n')
  writeFileSync(path.join(root, 'README.md'), '# fixture\n')
  execFileSync('git', ['init', '-q'], { cwd: root })
  execFileSync('git', ['add', '-A'], { cwd: root })
  commit(root, 'init')
  return root
}

function commit(root: string, message: string): void {
  execFileSync('git', ['-c', 'user.email=fixture@example.com', '-c', 'user.name=fixture', 'commit', '-qam', message], { cwd: root })
}

const roots: string[] = []
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })))
function fresh(): string {
  const root = repository()
  roots.push(root)
  return root
}

async function changesDuring(root: string, act: () => void) {
  const before = await readTreeState(git, root, true)
  act()
  return changedPaths(before, await readTreeState(git, root, true))
}

describe('working tree changes', () => {
  it('sees none when nothing changed, and none for ignored files', async () => {
    const root = fresh()
    expect(
      await changesDuring(root, () => {
        mkdirSync(path.join(root, 'target'))
        writeFileSync(path.join(root, 'target', 'build.o'), 'binary')
      })
    ).toEqual([])
  })

  it('sees a modified tracked file, a new untracked one and a deleted one', async () => {
    const root = fresh()
    expect(
      await changesDuring(root, () => {
        appendFileSync(path.join(root, 'src', 'lib.rs'), '// reformatted\n')
        writeFileSync(path.join(root, 'src', 'new.rs'), 'pub fn two() {}\n')
        unlinkSync(path.join(root, 'README.md'))
      })
    ).toEqual([
      { path: 'README.md', change: 'deleted' },
      { path: 'src/lib.rs', change: 'modified' },
      { path: 'src/new.rs', change: 'added' }
    ])
  })

  it('sees a file that was already modified before the gates being modified again', async () => {
    const root = fresh()
    appendFileSync(path.join(root, 'src', 'lib.rs'), '// local edit\n')
    writeFileSync(path.join(root, 'notes.txt'), 'untracked before\n')
    expect(
      await changesDuring(root, () => {
        appendFileSync(path.join(root, 'src', 'lib.rs'), '// and again\n')
        appendFileSync(path.join(root, 'notes.txt'), 'changed\n')
      })
    ).toEqual([
      { path: 'notes.txt', change: 'modified' },
      { path: 'src/lib.rs', change: 'modified' }
    ])
  })

  it('does not read (and block on) a tracked file a gate replaced with a FIFO', async () => {
    const root = fresh()
    unlinkSync(path.join(root, 'README.md'))
    execFileSync('mkfifo', [path.join(root, 'README.md')])
    const state = await readTreeState(git, root, false)
    expect(state.entries.get('README.md')).toMatch(/ special$/)
  })

  it('sees HEAD move and changes hidden from git status with assume-unchanged', async () => {
    const root = fresh()
    const before = await readTreeState(git, root, true)
    appendFileSync(path.join(root, 'src', 'lib.rs'), '// hidden edit\n')
    execFileSync('git', ['update-index', '--assume-unchanged', 'src/lib.rs'], { cwd: root })
    appendFileSync(path.join(root, 'README.md'), 'committed by a gate\n')
    commit(root, 'a gate commits')
    const after = await readTreeState(git, root, true)
    expect(after.head).not.toBe(before.head)
    expect([...(after.hidden ?? [])]).toEqual(['h src/lib.rs'])
  })

  it('watches the whole repository when asked from a subdirectory (a gate with a working-directory)', async () => {
    const root = fresh()
    const watch = new WorkingTreeWatch(git, path.join(root, 'src'))
    await watch.start()
    appendFileSync(path.join(root, 'README.md'), 'changed outside src/\n')
    execFileSync('git', ['update-index', '--skip-worktree', 'README.md'], { cwd: root })
    writeFileSync(path.join(root, 'src', 'new.rs'), '// added\n')
    const report = await watch.finish()
    expect(report.changes).toEqual([{ path: 'src/new.rs', change: 'added' }])
    expect(report.hiddenChanged).toEqual(['README.md'])
  })

  it('sees a hook rewritten to the same size with its old time put back, small or large, and nothing when hooks are left alone', async () => {
    for (const size of [2_000, 100_000]) {
      const root = fresh()
      const hook = path.join(root, '.git', 'hooks', 'pre-push')
      writeFileSync(hook, `#!/bin/sh\n${'#'.repeat(size)}\n`)
      const untouched = new WorkingTreeWatch(git, root)
      await untouched.start()
      expect((await untouched.finish()).gitSetupChanged).toBeFalsy()
      const watch = new WorkingTreeWatch(git, root)
      await watch.start()
      const { atime, mtime } = statSync(hook)
      writeFileSync(hook, `#!/bin/sh\n${'#'.repeat(size - 6)}curl x\n`)
      utimesSync(hook, atime, mtime)
      expect(statSync(hook).size).toBe(size + 11)
      expect((await watch.finish()).gitSetupChanged).toBe(true)
    }
  })

  it('sees a pattern added to the global ignore file, which would hide the files a gate writes next', async () => {
    const root = fresh()
    const config = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-xdg-'))
    roots.push(config)
    const env = { ...process.env, XDG_CONFIG_HOME: config }
    const gitWithConfig: GitRunner = (args, cwd) =>
      new Promise((resolve) => {
        execFile('git', [...args], { cwd, encoding: 'utf8', env: { ...env, GIT_OPTIONAL_LOCKS: '0' } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? -1) : 0, stdout, stderr })
        )
      })
    const watch = new WorkingTreeWatch(gitWithConfig, root, env)
    await watch.start()
    mkdirSync(path.join(config, 'git'))
    writeFileSync(path.join(config, 'git', 'ignore'), 'planted.rs\n')
    writeFileSync(path.join(root, 'planted.rs'), '// hidden from git status\n')
    const report = await watch.finish()
    expect(report.changes).toEqual([])
    expect(report.ignoreRulesChanged).toBe(true)
  })

  it('lists in a quick snapshot (one git process) what a full one lists, and the same HEAD', async () => {
    const root = fresh()
    writeFileSync(path.join(root, 'gone.txt'), 'x\n')
    writeFileSync(path.join(root, 'spaced name.txt'), 'x\n')
    execFileSync('git', ['add', '-A'], { cwd: root })
    commit(root, 'more')
    execFileSync('git', ['mv', 'README.md', 'READ ME.md'], { cwd: root })
    appendFileSync(path.join(root, 'src', 'lib.rs'), '// changed\n')
    execFileSync('git', ['rm', '-q', '--cached', 'gone.txt'], { cwd: root })
    unlinkSync(path.join(root, 'spaced name.txt'))
    writeFileSync(path.join(root, 'staged.rs'), 'one\n')
    execFileSync('git', ['add', 'staged.rs'], { cwd: root })
    appendFileSync(path.join(root, 'staged.rs'), 'two\n')
    writeFileSync(path.join(root, 'new\nline.txt'), 'untracked\n')
    const full = await readTreeState(git, root, true)
    const quick = await readTreeState(git, root, false)
    // gone.txt is listed twice (deleted from the index, untracked in the tree): the second says what it is now.
    expect(full.entries.size).toBe(7)
    expect(quick.entries).toEqual(full.entries)
    expect(quick.head).toBe(full.head)
    expect(quick.head).toMatch(/^[0-9a-f]{40}$/)
  })

  it('reads renames from git status -z', () => {
    expect(parseStatus('R  new.rs\0old.rs\0 M src/lib.rs\0?? notes.txt\0')).toEqual([
      { code: 'R ', file: 'new.rs' },
      { code: 'R ', file: 'old.rs' },
      { code: ' M', file: 'src/lib.rs' },
      { code: '??', file: 'notes.txt' }
    ])
  })

  it('says why a directory is not a git checkout', async () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-plain-'))
    roots.push(plain)
    const reading = readTreeState(git, plain, true)
    await expect(reading).rejects.toBeInstanceOf(NotAGitCheckout)
    await expect(reading).rejects.toThrow(/not a git repository/)
  })
})

describe('WorkingTreeWatch', () => {
  it('leaves the snapshot after the last gate to the end snapshot, which still names that gate alone', async () => {
    const root = fresh()
    const asked: string[] = []
    const counting: GitRunner = (args, cwd) => {
      asked.push(args[0])
      return git(args, cwd)
    }
    const watch = new WorkingTreeWatch(counting, root)
    await watch.start()
    watch.expectGates(2)
    watch.gateStarted('tests')
    await watch.gateFinished('tests')
    watch.gateStarted('fmt')
    appendFileSync(path.join(root, 'src', 'lib.rs'), '// reformatted\n')
    await watch.gateFinished('fmt')
    const report = await watch.finish()
    expect(report.suspects.get('src/lib.rs')).toEqual(['fmt'])
    // Start, after `tests`, end: three reads of the tree, not four.
    expect(asked.filter((command) => command === 'status')).toHaveLength(3)
  })

  it('takes one snapshot for gates that finish while another snapshot is being taken', async () => {
    const root = fresh()
    let statuses = 0
    let release = () => {}
    let blocked = () => {}
    const isBlocked = new Promise<void>((resolve) => (blocked = resolve))
    const released = new Promise<void>((resolve) => (release = resolve))
    // The snapshot after `a` waits until released: meanwhile `b` and `c` finish.
    const holding: GitRunner = async (args, cwd) => {
      if (args[0] === 'status' && ++statuses === 2) {
        blocked()
        await released
      }
      return git(args, cwd)
    }
    const watch = new WorkingTreeWatch(holding, root)
    await watch.start()
    for (const id of ['a', 'b', 'c']) watch.gateStarted(id)
    const afterA = watch.gateFinished('a')
    await isBlocked
    appendFileSync(path.join(root, 'src', 'lib.rs'), '// by b or c\n')
    const afterB = watch.gateFinished('b')
    const afterC = watch.gateFinished('c')
    release()
    await Promise.all([afterA, afterB, afterC])
    const report = await watch.finish()
    // Start, after a, after b and c together, end.
    expect(statuses).toBe(4)
    expect(report.suspects.get('src/lib.rs')).toEqual(['a', 'b', 'c'])
  })

  it('names the gate that was running when a file changed, and not the one after it', async () => {
    const root = fresh()
    const watch = new WorkingTreeWatch(git, root)
    await watch.start()
    watch.gateStarted('fmt')
    appendFileSync(path.join(root, 'src', 'lib.rs'), '// reformatted\n')
    await watch.gateFinished('fmt')
    watch.gateStarted('tests')
    await watch.gateFinished('tests')
    const report = await watch.finish()
    expect(report.changes).toEqual([{ path: 'src/lib.rs', change: 'modified' }])
    expect(report.suspects.get('src/lib.rs')).toEqual(['fmt'])
    expect(report.headMoved).toBeUndefined()
  })

  it('names every gate that ran at the same time', async () => {
    const root = fresh()
    const watch = new WorkingTreeWatch(git, root)
    await watch.start()
    watch.gateStarted('a')
    watch.gateStarted('b')
    writeFileSync(path.join(root, 'out.txt'), 'written by one of them\n')
    await watch.gateFinished('a')
    await watch.gateFinished('b')
    expect((await watch.finish()).suspects.get('out.txt')).toEqual(['a', 'b'])
  })

  it('fails to finish when a gate removed the checkout', async () => {
    const root = fresh()
    const watch = new WorkingTreeWatch(git, root)
    await watch.start()
    rmSync(path.join(root, '.git'), { recursive: true, force: true })
    await expect(watch.finish()).rejects.toThrow(/not a git repository/)
  })
})
