/**
 * A full snapshot's git commands from one /bin/sh: the same answers as one process per command,
 * with real git on real repositories, and no answer at all when its results were tampered with.
 */
import { execFile, execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { batchOf, createShellGitBatch, type GitRunner, type ShellBatchOptions } from '../../src/gates/git-batch.js'
import { NotAGitCheckout, readTreeState } from '../../src/gates/working-tree.js'
import { eventually } from '../helpers/eventually.js'
import { scratchDirectories } from '../helpers/scratch.js'

const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
const scratch = scratchDirectories()

function repository(): string {
  const root = scratch('go-no-go-batch-repo-')
  writeFileSync(path.join(root, 'README.md'), '# fixture\n')
  execFileSync('git', ['init', '-q'], { cwd: root })
  execFileSync('git', ['add', '-A'], { cwd: root })
  execFileSync('git', ['-c', 'user.email=fixture@example.com', '-c', 'user.name=fixture', 'commit', '-qm', 'init'], { cwd: root })
  return root
}

const ENV = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }

const oneByOne: GitRunner = (args, cwd) =>
  new Promise((resolve) => {
    execFile('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', env: ENV }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? -1) : 0, stdout, stderr })
    )
  })

/** A batch whose private directories are made in `tmpdir`, so a test can see that none is left. */
function shellBatch(overrides: Partial<ShellBatchOptions> = {}) {
  const tmpdir = scratch('go-no-go-batch-tmp-')
  const batch = createShellGitBatch({
    leadingArgs: ['-c', 'core.quotePath=false'],
    env: () => ENV,
    timeoutMs: 60_000,
    maxOutputBytes: 1024 * 1024,
    tmpdir,
    fallback: batchOf(oneByOne),
    ...overrides
  })
  return { batch, tmpdir }
}

/** A directory holding only a `git` script: PATH for a git that misbehaves. */
function fakeGit(script: string): string {
  const dir = scratch('go-no-go-fake-git-')
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\n${script}\n`)
  chmodSync(path.join(dir, 'git'), 0o755)
  return dir
}

const SNAPSHOT = [
  ['rev-parse', '--show-toplevel', '--verify', '-q', 'HEAD'],
  ['status', '--porcelain=v1', '-z', '--untracked-files=all'],
  ['ls-files', '-v', '-z'],
  ['config', '--get', 'core.excludesFile']
]

describe('a batch of git commands from one shell', () => {
  it('answers as one process per command does, NUL-separated output and odd file names included, and leaves no directory behind', async () => {
    const root = repository()
    for (const name of ['new\nline.txt', 'it\'s "quoted".txt', '$(touch pwned).txt', 'spaced name.txt', 'tab\there.txt', 'back\\slash.txt'])
      writeFileSync(path.join(root, name), 'x\n')
    writeFileSync(path.join(root, Buffer.concat([Buffer.from('latin1-'), Buffer.from([0xe9]), Buffer.from('.txt')]).toString('latin1')), 'x\n')
    execFileSync('git', ['update-index', '--assume-unchanged', 'README.md'], { cwd: root })
    const { batch, tmpdir } = shellBatch()
    const answers = await batch(SNAPSHOT, root)
    expect(answers).toEqual(await batchOf(oneByOne)(SNAPSHOT, root))
    expect(answers[1].stdout.split('\0')).toContain('?? new\nline.txt')
    expect(answers[2].stdout).toContain('h README.md\0')
    expect(answers[3]).toEqual({ code: 1, stdout: '', stderr: '' })
    expect(existsSync(path.join(root, 'pwned'))).toBe(false)
    expect(readdirSync(tmpdir)).toEqual([])
  })

  it('still answers, one process per command, when no private directory can be made', async () => {
    const root = repository()
    const { batch } = shellBatch({ tmpdir: path.join(scratch('go-no-go-batch-gone-'), 'missing') })
    expect(await batch(SNAPSHOT, root)).toEqual(await batchOf(oneByOne)(SNAPSHOT, root))
    expect((await batch(SNAPSHOT, root))[0].stdout).toContain(root)
  })

  it('works from a temporary directory whose path holds quotes, spaces and $()', async () => {
    const root = repository()
    const tmpdir = path.join(scratch('go-no-go-batch-odd-'), 'it\'s a "$(touch pwned)" dir')
    mkdirSync(tmpdir)
    const { batch } = shellBatch({ tmpdir, fallback: () => Promise.reject(new Error('the fallback was asked')) })
    expect(await batch(SNAPSHOT, root)).toEqual(await batchOf(oneByOne)(SNAPSHOT, root))
    expect(readdirSync(tmpdir)).toEqual([])
  })

  it('passes every argument as written: quotes, spaces, newlines, $() and backquotes reach git unchanged and run nothing', async () => {
    const root = repository()
    const format = `it's "quoted" $(touch pwned) \`touch pwned2\` back\\slash\nsecond line; exit 3`
    const [answer] = await shellBatch().batch([['log', '-1', `--format=tformat:${format}`]], root)
    expect(answer).toEqual({ code: 0, stdout: `${format}\n`, stderr: '' })
    expect(readdirSync(root).sort()).toEqual(['.git', 'README.md'])
  })

  it('refuses an output over the bound, as maxBuffer did, without failing the other commands', async () => {
    const root = repository()
    for (let index = 0; index < 50; index++) writeFileSync(path.join(root, `untracked-file-with-a-long-name-${index}.txt`), 'x\n')
    const { batch, tmpdir } = shellBatch({ maxOutputBytes: 1024 })
    const [revParse, status] = await batch(SNAPSHOT.slice(0, 2), root)
    expect(revParse).toMatchObject({ code: 0, stdout: expect.stringContaining(root) })
    expect(status).toEqual({ code: -1, stdout: '', stderr: expect.stringContaining('stdout maxBuffer length exceeded') })
    expect(readdirSync(tmpdir)).toEqual([])
  })

  it('answers "spawn git ENOENT" for every command when git is not on PATH, as a single execFile does', async () => {
    const root = repository()
    const empty = scratch('go-no-go-no-git-')
    const { batch } = shellBatch({ env: () => ({ ...ENV, PATH: empty }) })
    expect(await batch(SNAPSHOT.slice(0, 2), root)).toEqual([
      { code: -1, stdout: '', stderr: 'spawn git ENOENT' },
      { code: -1, stdout: '', stderr: 'spawn git ENOENT' }
    ])
    await expect(readTreeState({ run: oneByOne, batch }, root, true)).rejects.toThrow(new NotAGitCheckout('spawn git ENOENT'))
  })

  it('reports a git killed by a signal as failed, and the snapshot as unreadable', async () => {
    const root = repository()
    const path_ = fakeGit(`for arg in "$@"; do [ "$arg" = status ] && kill -9 $$; done\nexec ${REAL_GIT} "$@"`)
    const { batch } = shellBatch({ env: () => ({ ...ENV, PATH: `${path_}:${process.env.PATH}` }) })
    const [revParse, status] = await batch(SNAPSHOT.slice(0, 2), root)
    expect(revParse.code).toBe(0)
    expect(status).toEqual({ code: 137, stdout: '', stderr: 'git ended by signal SIGKILL' })
    await expect(readTreeState({ run: oneByOne, batch }, root, true)).rejects.toThrow('git status failed: git ended by signal SIGKILL')
  })

  it('kills the shell and every git it started when the batch times out, and removes its directory', async () => {
    const root = repository()
    const pids = path.join(scratch('go-no-go-batch-pids-'), 'pids')
    const path_ = fakeGit(`echo $$ >> "${pids}"\nexec sleep 600`)
    const { batch, tmpdir } = shellBatch({ env: () => ({ ...ENV, PATH: `${path_}:${process.env.PATH}` }), timeoutMs: 3000 })
    await expect(batch(SNAPSHOT, root)).rejects.toThrow('git did not finish within 3 s')
    const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number)
    expect(started.length).toBeGreaterThan(0)
    // SIGKILL is sent to the whole group before the batch rejects; leaving the process table follows at no fixed moment.
    await eventually(() => started.filter(alive).length === 0)
    expect(started.filter(alive)).toEqual([])
    expect(readdirSync(tmpdir)).toEqual([])
  })
})

/** Running, as opposed to gone or a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('a batch whose result directory was tampered with', () => {
  const victim = () => {
    const file = path.join(scratch('go-no-go-victim-'), 'secret')
    writeFileSync(file, 'not git output\n')
    return file
  }
  // The fake git finds the batch's directory from its own stdout, as anything running could from /proc.
  const DIR = 'd=$(dirname "$(readlink /proc/$$/fd/1)")'
  const plants: Record<string, (secret: string) => string> = {
    'an extra file': () => `${DIR}; echo planted > "$d/extra"`,
    'its output replaced by a link': (secret) => `${DIR}; out=$(readlink /proc/$$/fd/1); rm "$out"; ln -s ${secret} "$out"`,
    'its output replaced by a hard link': (secret) => `${DIR}; out=$(readlink /proc/$$/fd/1); rm "$out"; ln ${secret} "$out"`,
    'its output replaced by a FIFO': () => `${DIR}; out=$(readlink /proc/$$/fd/1); rm "$out"; mkfifo "$out"`
  }
  it.each(Object.keys(plants))('gives no answer when a git leaves %s, and removes the directory', async (name) => {
    const root = repository()
    const secret = victim()
    const path_ = fakeGit(`case "$*" in *status*) ${plants[name](secret)} ;; esac\nexec ${REAL_GIT} "$@"`)
    const { batch, tmpdir } = shellBatch({ env: () => ({ ...ENV, PATH: `${path_}:${process.env.PATH}` }) })
    const reading = readTreeState({ run: oneByOne, batch }, root, true)
    await expect(reading).rejects.toThrow(/the git batch's results cannot be trusted/)
    await expect(reading).rejects.not.toBeInstanceOf(NotAGitCheckout)
    expect(readFileSync(secret, 'utf8')).toBe('not git output\n')
    expect(readdirSync(tmpdir)).toEqual([])
  })
})

describe('the private directory', () => {
  it('is made afresh, readable by its owner alone', async () => {
    const root = repository()
    const modes = path.join(scratch('go-no-go-batch-modes-'), 'mode')
    const path_ = fakeGit(`stat -c %a "$(dirname "$(readlink /proc/$$/fd/1)")" > "${modes}"\nexec ${REAL_GIT} "$@"`)
    await shellBatch({ env: () => ({ ...ENV, PATH: `${path_}:${process.env.PATH}` }) }).batch([['status']], root)
    expect(readFileSync(modes, 'utf8').trim()).toBe('700')
  })
})
