/** The runner's files guard on real files, against everything a gate could do to them on disk. */
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { guardLeftovers, guardRunnerFiles } from '../src/run-guards.js'

const NAMES = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const

/** A runner-like layout: _temp/_runner_file_commands/<file>_<id>, with some content already there. */
function runnerFiles(contents: Partial<Record<(typeof NAMES)[number], string>> = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-guard-'))
  const dir = path.join(root, '_temp', '_runner_file_commands')
  mkdirSync(dir, { recursive: true })
  const env: Record<string, string> = {}
  for (const name of NAMES) {
    env[name] = path.join(dir, `${name.toLowerCase()}_1234`)
    writeFileSync(env[name], contents[name] ?? '')
    chmodSync(env[name], 0o644)
  }
  return { root, dir, env, snapshots: path.join(root, 'snapshots') }
}

async function guarded(files: ReturnType<typeof runnerFiles>, act: () => void, inMemoryLimitBytes?: number) {
  mkdirSync(files.snapshots, { recursive: true })
  const guard = guardRunnerFiles(files.env, { snapshotParent: files.snapshots, ...(inMemoryLimitBytes !== undefined ? { inMemoryLimitBytes } : {}) })
  await guard.before([])
  act()
  return guard.after()
}

describe("the runner's files guard", () => {
  it('says nothing and changes nothing when no gate touched the files', async () => {
    const files = runnerFiles({ GITHUB_STEP_SUMMARY: '# earlier\n' })
    const before = statSync(files.env.GITHUB_STEP_SUMMARY)
    expect(await guarded(files, () => undefined)).toEqual([])
    const after = statSync(files.env.GITHUB_STEP_SUMMARY)
    expect([after.ino, after.mtimeMs, readFileSync(files.env.GITHUB_STEP_SUMMARY, 'utf8')]).toEqual([before.ino, before.mtimeMs, '# earlier\n'])
  })

  it.each([
    ['appended', (file: string) => appendFileSync(file, 'EVIL=1\n'), /\(appended 7 bytes\)/],
    ['truncated', (file: string) => writeFileSync(file, ''), /\(cut it from 10 to 0 bytes\)/],
    ['rewritten to the same size', (file: string) => writeFileSync(file, 'EVIL=1234\n'), /\(rewrote it\)/],
    ['deleted', (file: string) => unlinkSync(file), /\(deleted it\)/],
    ['replaced by a directory', (file: string) => (unlinkSync(file), mkdirSync(file)), /\(replaced it with a directory\)/],
    ['replaced by another file', (file: string) => (writeFileSync(`${file}.new`, 'SAFE=1234\n'), renameSync(`${file}.new`, file)), /\(replaced it with another file\)/]
  ])('puts GITHUB_ENV back byte for byte when it was %s, and names it', async (_how, act, description) => {
    const files = runnerFiles({ GITHUB_ENV: 'SAFE=1234\n' })
    const problems = await guarded(files, () => act(files.env.GITHUB_ENV))
    expect(problems).toHaveLength(1)
    expect(problems[0].code).toBe('runner-file-changed')
    expect(problems[0].message).toMatch(/^a gate wrote to the runner's environment file GITHUB_ENV /)
    expect(problems[0].message).toMatch(description)
    expect(problems[0].message).toMatch(/it was put back as it was before the gates ran$/)
    expect(readFileSync(files.env.GITHUB_ENV, 'utf8')).toBe('SAFE=1234\n')
    expect(lstatSync(files.env.GITHUB_ENV).isFile()).toBe(true)
    expect(lstatSync(files.env.GITHUB_ENV).mode & 0o777).toBe(0o644)
  })

  it('undoes a summary turned into a link to GITHUB_ENV, so our report could never land in the environment file', async () => {
    const files = runnerFiles({ GITHUB_ENV: 'SAFE=1\n' })
    const problems = await guarded(files, () => {
      unlinkSync(files.env.GITHUB_STEP_SUMMARY)
      symlinkSync(files.env.GITHUB_ENV, files.env.GITHUB_STEP_SUMMARY)
    })
    expect(problems.map((problem) => problem.message)).toEqual([
      "a gate wrote to the runner's environment file GITHUB_STEP_SUMMARY (replaced it with a symbolic link); it was put back as it was before the gates ran"
    ])
    expect(lstatSync(files.env.GITHUB_STEP_SUMMARY).isSymbolicLink()).toBe(false)
    appendFileSync(files.env.GITHUB_STEP_SUMMARY, '## GO\nNODE_OPTIONS=--require=/tmp/x.js\n')
    expect(readFileSync(files.env.GITHUB_ENV, 'utf8')).toBe('SAFE=1\n')
  })

  it('writes through no hard link a gate put in place of the file', async () => {
    const files = runnerFiles({ GITHUB_ENV: 'SAFE=1\n', GITHUB_OUTPUT: 'decision<<x\nno-go\nx\n' })
    const problems = await guarded(files, () => {
      unlinkSync(files.env.GITHUB_OUTPUT)
      linkSync(files.env.GITHUB_ENV, files.env.GITHUB_OUTPUT)
    })
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/GITHUB_OUTPUT \(replaced it with another file\)/)])
    expect(readFileSync(files.env.GITHUB_OUTPUT, 'utf8')).toBe('decision<<x\nno-go\nx\n')
    expect(readFileSync(files.env.GITHUB_ENV, 'utf8')).toBe('SAFE=1\n')
  })

  it('notices the directory holding the files swapped for a link, and rebuilds it', async () => {
    const files = runnerFiles({ GITHUB_PATH: '/usr/local/bin\n' })
    const elsewhere = path.join(files.root, 'elsewhere')
    const problems = await guarded(files, () => {
      renameSync(files.dir, elsewhere)
      symlinkSync(elsewhere, files.dir)
    })
    expect(problems).toHaveLength(NAMES.length)
    expect(problems[0].message).toMatch(/\(replaced the directory that holds it\); it was put back/)
    expect(lstatSync(files.dir).isDirectory()).toBe(true)
    expect(readFileSync(files.env.GITHUB_PATH, 'utf8')).toBe('/usr/local/bin\n')
  })

  it('removes a file a gate created where there was none', async () => {
    const files = runnerFiles()
    unlinkSync(files.env.GITHUB_STATE)
    const problems = await guarded(files, () => writeFileSync(files.env.GITHUB_STATE, 'isPost=true\n'))
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/GITHUB_STATE \(created it as a file\)/)])
    expect(() => lstatSync(files.env.GITHUB_STATE)).toThrow(/ENOENT/)
  })

  it('keeps a large file on disk, not in memory, and still restores it exactly', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024 - 1) + '\n'
    const files = runnerFiles({ GITHUB_STEP_SUMMARY: big })
    let copies: string[] = []
    const problems = await guarded(
      files,
      () => {
        copies = readdirSync(files.snapshots).flatMap((dir) => readdirSync(path.join(files.snapshots, dir)))
        writeFileSync(files.env.GITHUB_STEP_SUMMARY, 'gone')
      },
      64 * 1024
    )
    expect(copies).toHaveLength(1)
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/GITHUB_STEP_SUMMARY \(cut it from 3145728 to 4 bytes\); it was put back/)])
    expect(readFileSync(files.env.GITHUB_STEP_SUMMARY, 'utf8') === big).toBe(true)
    // The copy is gone afterwards.
    expect(readdirSync(files.snapshots).flatMap((dir) => readdirSync(path.join(files.snapshots, dir)))).toEqual([])
  })

  it('copies several large files, recorded side by side, into one private directory, restores each and leaves nothing behind', async () => {
    const env = `${'E'.repeat(200 * 1024)}\n`
    const summary = `${'S'.repeat(300 * 1024)}\n`
    const files = runnerFiles({ GITHUB_ENV: env, GITHUB_STEP_SUMMARY: summary })
    let directories: string[] = []
    const problems = await guarded(
      files,
      () => {
        directories = readdirSync(files.snapshots)
        appendFileSync(files.env.GITHUB_ENV, 'EVIL=1\n')
        writeFileSync(files.env.GITHUB_STEP_SUMMARY, 'forged')
      },
      64 * 1024
    )
    expect(directories).toHaveLength(1)
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/GITHUB_ENV \(appended 7 bytes\); it was put back/),
      expect.stringMatching(/GITHUB_STEP_SUMMARY \(cut it from 307201 to 6 bytes\); it was put back/)
    ])
    expect(readFileSync(files.env.GITHUB_ENV, 'utf8') === env && readFileSync(files.env.GITHUB_STEP_SUMMARY, 'utf8') === summary).toBe(true)
    expect(readdirSync(files.snapshots)).toEqual([])
  })

  it('records a large file two variables name (GITHUB_ENV and GITHUB_PATH on one file) twice, and restores it', async () => {
    const env = `${'E'.repeat(300 * 1024)}\n`
    const files = runnerFiles({ GITHUB_ENV: env })
    files.env.GITHUB_PATH = files.env.GITHUB_ENV
    const problems = await guarded(files, () => appendFileSync(files.env.GITHUB_ENV, 'EVIL=1\n'))
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/GITHUB_ENV \(appended 7 bytes\); it was put back/),
      expect.stringMatching(/GITHUB_PATH \(appended 7 bytes\); it was put back/)
    ])
    expect(readFileSync(files.env.GITHUB_ENV, 'utf8') === env).toBe(true)
    expect(readdirSync(files.snapshots)).toEqual([])
  })

  it('does not trust its own copy once a gate changed it: the file is emptied and the run says it could not be restored', async () => {
    const files = runnerFiles({ GITHUB_ENV: `SAFE=1\n${'#'.repeat(4096)}\n` })
    const problems = await guarded(
      files,
      () => {
        for (const dir of readdirSync(files.snapshots))
          for (const copy of readdirSync(path.join(files.snapshots, dir))) appendFileSync(path.join(files.snapshots, dir, copy), 'EVIL=1\n')
        appendFileSync(files.env.GITHUB_ENV, 'EVIL=1\n')
      },
      1024
    )
    expect(problems.map((problem) => problem.message)).toEqual([
      "a gate wrote to the runner's environment file GITHUB_ENV (appended 7 bytes); it could not be put back: the copy go-no-go kept of it was changed as well"
    ])
    expect(readFileSync(files.env.GITHUB_ENV, 'utf8')).not.toContain('EVIL')
  })

  it('never opens a named pipe in place of a file (it would block the run), and reports it replaced', async () => {
    const files = runnerFiles()
    const problems = await guarded(files, () => {
      unlinkSync(files.env.GITHUB_OUTPUT)
      execFileSync('mkfifo', [files.env.GITHUB_OUTPUT])
    })
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/GITHUB_OUTPUT \(replaced it with a named pipe\); it was put back/)])
    expect(lstatSync(files.env.GITHUB_OUTPUT).isFile()).toBe(true)
  })

  it('guards a file the runner reaches through a link: the link and the file behind it', async () => {
    const files = runnerFiles({ GITHUB_ENV: 'SAFE=1\n' })
    const real = path.join(files.root, 'real-env')
    renameSync(files.env.GITHUB_ENV, real)
    symlinkSync(real, files.env.GITHUB_ENV)
    const other = path.join(files.root, 'other')
    writeFileSync(other, 'EVIL=1\n')
    const problems = await guarded(files, () => {
      appendFileSync(files.env.GITHUB_ENV, 'EVIL=2\n')
      unlinkSync(files.env.GITHUB_ENV)
      symlinkSync(other, files.env.GITHUB_ENV)
    })
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/GITHUB_ENV \(pointed the link somewhere else\); it was put back/),
      expect.stringMatching(/GITHUB_ENV \(appended 7 bytes\); it was put back/)
    ])
    expect(readFileSync(files.env.GITHUB_ENV, 'utf8')).toBe('SAFE=1\n')
  })

  it('puts back the event payload later steps trust', async () => {
    const files = runnerFiles()
    const event = path.join(files.root, '_temp', '_github_workflow', 'event.json')
    mkdirSync(path.dirname(event), { recursive: true })
    writeFileSync(event, '{"pull_request":{"number":1}}')
    const guard = guardRunnerFiles({ ...files.env, GITHUB_EVENT_PATH: event })
    await guard.before([])
    writeFileSync(event, '{"pull_request":{"number":1,"head":{"sha":"evil"}}}')
    expect((await guard.after()).map((problem) => problem.message)).toEqual([
      "a gate wrote to the runner's event payload GITHUB_EVENT_PATH (rewrote it); it was put back as it was before the gates ran"
    ])
    expect(readFileSync(event, 'utf8')).toBe('{"pull_request":{"number":1}}')
  })

  it('guards only the files the environment names', async () => {
    const files = runnerFiles()
    const guard = guardRunnerFiles({ GITHUB_ENV: files.env.GITHUB_ENV })
    await guard.before([])
    appendFileSync(files.env.GITHUB_OUTPUT, 'x=1\n')
    expect(await guard.after()).toEqual([])
    rmSync(files.root, { recursive: true })
  })
})

describe('the leftovers guard', () => {
  it('makes a process that could not be stopped a run problem naming the gate', async () => {
    const { guard, record } = guardLeftovers()
    await guard.before([])
    const item = { id: 'daemon', kind: 'command' } as Parameters<typeof record>[0]
    record(item, { stopped: [{ pid: 1, name: 'sleep' }], survivors: [], notes: [] })
    expect(await guard.after()).toEqual([])
    record(item, { stopped: [], survivors: [{ pid: 42, name: 'stuck' }], notes: [] })
    expect(await guard.after()).toEqual([{ code: 'process-left-running', message: 'gate daemon left processes running that could not be stopped: stuck (pid 42)' }])
  })
})
