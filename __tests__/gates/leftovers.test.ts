/**
 * A gate leaves nothing running and nothing on disk: real shells, real daemons, real /proc.
 * Pids are read from files the daemons write themselves; every wait is on a file or on /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CommandItem } from '../../src/checklist/types.js'
import { TRACKING_VARIABLE } from '../../src/gates/child-env.js'
import { createGateRunner } from '../../src/gates/gate-runner.js'
import type { IsolationReport } from '../../src/gates/isolation.js'
import type { GateResult } from '../../src/gates/types.js'

const base = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-leftovers-'))
const decoys: ChildProcess[] = []
afterAll(() => {
  for (const decoy of decoys) decoy.kill('SIGKILL')
})
// A safety net for when the code under test is broken: whatever these tests started runs in `base`.
afterEach(() => {
  for (let round = 0; round < 100; round++) {
    const mine = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
      .filter((pid) => {
        try {
          return readlinkSync(`/proc/${pid}/cwd`).startsWith(base) && !isGone(Number(pid))
        } catch {
          return false
        }
      })
      .map(Number)
    if (mine.length === 0) return
    for (const signal of ['SIGSTOP', 'SIGKILL'] as const) for (const pid of mine) tryKill(pid, signal)
  }
})

function tryKill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}

function gate(id: string, run: string): CommandItem {
  return { id, title: id, severity: 'blocking', section: 'Gates', kind: 'command', run, timeoutMs: 60_000, workingDirectory: '.', env: {}, needs: [], expect: {} }
}

/** A fresh directory the gate writes pids into (as OUT) and where its private temporary directories go. */
function setup() {
  const dir = mkdtempSync(path.join(base, 'case-'))
  const out = path.join(dir, 'out')
  const privateParent = path.join(dir, 'private')
  mkdirSync(out)
  mkdirSync(privateParent)
  const reports: IsolationReport[] = []
  const runGate = createGateRunner({
    workspace: dir,
    parentEnv: { PATH: process.env.PATH, OUT: out, RUNNER_TEMP: path.join(dir, 'runner-temp'), GITHUB_ENV: path.join(dir, 'runner-env') },
    scratchDir: path.join(dir, 'scratch'),
    killGraceMs: 500,
    privateTempParent: privateParent,
    onIsolationClosed: (_item, report) => reports.push(report)
  })
  return { dir, out, privateParent, reports, run: (item: CommandItem) => runGate(item) as Promise<GateResult> }
}

function readPid(file: string): number {
  return Number(readFileSync(file, 'utf8').trim())
}

/** Gone, or a zombie waiting for a parent (pid 1 here) to reap it: either way it runs no code. */
function isGone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return /^\S+ \(.*\) [ZX] /s.test(stat)
  } catch {
    return true
  }
}

function processesCarrying(id: string): number[] {
  const needle = `${TRACKING_VARIABLE}=${id}`
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(needle) && !isGone(Number(pid))
      } catch {
        return false
      }
    })
    .map(Number)
}

/** Gate "flood" of the removal test below: fills another gate's directory from the moment it is listed. */
const FLOODER = `# A gate that floods another gate's temporary directory while it is removed (see leftovers.test.ts).
import ctypes, os, sys, time
out = os.environ['OUT']
while not os.path.exists(out + '/a-tmp') or not open(out + '/a-tmp').read().endswith('\\n'):
    time.sleep(0.01)
watched = open(out + '/a-tmp').read().strip()
fill = os.path.join(os.environ['TMPDIR'], 'flood')
os.mkdir(fill)
d = os.open(fill, os.O_RDONLY | os.O_DIRECTORY)
for i in range(5000):
    os.close(os.open('p%d' % i, os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=d))
go_r, go_w = os.pipe()
children = []
for k in range(2):
    pid = os.fork()
    if pid == 0:
        os.read(go_r, 1)
        i = 0
        while i < 300000 and not os.path.exists(out + '/stop'):
            for _ in range(500):
                os.close(os.open('f%d-%d' % (k, i), os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=d))
                i += 1
        with open('%s/flooder-%d' % (out, k), 'w') as f:
            f.write('stopped\\n' if os.path.exists(out + '/stop') else 'ran out\\n')
        os._exit(0)
    children.append(pid)
libc = ctypes.CDLL(None, use_errno=True)
events = libc.inotify_init()
# IN_ACCESS: the directory was listed; IN_DELETE_SELF: it was removed without being listed (nothing to flood then).
libc.inotify_add_watch(events, watched.encode(), 0x1 | 0x400)
open(out + '/b-ready', 'w').write('ready\\n')
os.read(events, 4096)
try:
    os.rename(fill, os.path.join(watched, 'flood'))
    moved = 'moved'
except OSError as error:
    moved = 'missed: %s' % error.strerror
os.write(go_w, b'gogo')
open(out + '/moved', 'w').write(moved + '\\n')
for pid in children:
    os.waitpid(pid, 0)
`

/** Waits for a file a process writes when it is ready (no fixed sleeps). */
async function waitForFile(file: string): Promise<void> {
  while (!existsSync(file) || readFileSync(file, 'utf8').trim() === '') await new Promise((resolve) => setImmediate(resolve))
}

describe('a gate leaves nothing running', () => {
  it('kills a `setsid -f` daemon and a double-forked one before the result exists, and names them', async () => {
    const { out, run } = setup()
    const result = await run(
      gate(
        'daemons',
        `setsid -f sh -c 'echo $$ > "$OUT/setsid"; exec sleep 1000'
(sh -c 'sleep 1000 & echo $! > "$OUT/double"' &)
# Until both have become sleep: a pid is written before its exec, and the exec may lag on a busy machine.
is_sleep() { [ -s "$1" ] && [ "$(cat "/proc/$(cat "$1")/comm" 2>/dev/null)" = sleep ]; }
until is_sleep "$OUT/setsid" && is_sleep "$OUT/double"; do :; done`
      )
    )
    const pids = [readPid(path.join(out, 'setsid')), readPid(path.join(out, 'double'))]
    expect(result.status).toBe('pass')
    for (const pid of pids) expect(isGone(pid)).toBe(true)
    expect(result.notes).toHaveLength(1)
    expect(result.notes?.[0]).toMatch(/^killed 2 processes left running: sleep \(pid \d+\), sleep \(pid \d+\)$/)
    for (const pid of pids) expect(result.notes?.[0]).toContain(`(pid ${pid})`)
  })

  it('finds daemons by each mark alone: the tracking value, the inherited descriptor, a parent that is the gate’s', async () => {
    const { out, run } = setup()
    const script = path.join(out, 'escape.sh')
    writeFileSync(
      script,
      // Closes the marker descriptor but keeps the environment.
      `setsid -f sh -c 'exec 3<&-; echo $$ > "$OUT/no-marker"; exec sleep 1000'
# Re-executes with an empty environment but keeps the descriptor.
setsid -f env -i /bin/sh -c 'echo $$ > "$1"; exec sleep 1000' x "$OUT/cleared"
# Drops both, but its parent is still the gate's.
setsid -f sh -c 'env -i /bin/sh -c "exec 3<&-; echo \\$\\$ > \\"\\$1\\"; exec sleep 1000" x "$1" & wait' x "$OUT/orphan-of-gate"
while [ ! -s "$OUT/no-marker" ] || [ ! -s "$OUT/cleared" ] || [ ! -s "$OUT/orphan-of-gate" ]; do :; done
`
    )
    const result = await run(gate('escapes', `sh ${script}`))
    for (const name of ['no-marker', 'cleared', 'orphan-of-gate']) expect([name, isGone(readPid(path.join(out, name)))]).toEqual([name, true])
    expect(result.notes?.[0]).toMatch(/^killed 4 processes left running: /)
  })

  it('stops a process that keeps forking, and leaves no process with its tracking value', async () => {
    const { out, run } = setup()
    const result = await run(
      gate(
        'forker',
        `printf '%s' "$${TRACKING_VARIABLE}" > "$OUT/id"
setsid -f sh -c 'echo $$ > "$OUT/loop"; while :; do sh -c "sleep 300 & exit 0"; done'
while [ ! -s "$OUT/loop" ]; do :; done`
      )
    )
    expect(result.status).toBe('pass')
    expect(processesCarrying(readFileSync(path.join(out, 'id'), 'utf8'))).toEqual([])
    expect(isGone(readPid(path.join(out, 'loop')))).toBe(true)
    expect(result.notes?.[0]).toMatch(/^killed \d+ processes left running: /)
  })

  it('names a process by its real name, even one with ") " in it', async () => {
    const { out, run } = setup()
    const oddName = path.join(out, 'a) b')
    copyFileSync('/bin/sleep', oddName)
    chmodSync(oddName, 0o755)
    const result = await run(
      gate(
        'odd',
        `setsid -f sh -c 'echo $$ > "$OUT/odd"; exec "$OUT/a) b" 1000'\nuntil [ -s "$OUT/odd" ] && [ "$(cat "/proc/$(cat "$OUT/odd")/comm" 2>/dev/null)" = 'a) b' ]; do :; done`
      )
    )
    const pid = readPid(path.join(out, 'odd'))
    expect(isGone(pid)).toBe(true)
    expect(result.notes).toEqual([`killed 1 process left running: a) b (pid ${pid})`])
  })

  it('never touches a process that is not the gate’s, even one whose environment mentions its tracking value', async () => {
    const { out, run } = setup()
    const resultPromise = run(
      gate(
        'with-decoys',
        `printf '%s' "$${TRACKING_VARIABLE}" > "$OUT/id"
while [ ! -e "$OUT/decoys-ready" ]; do :; done
setsid -f sleep 1000`
      )
    )
    await waitForFile(path.join(out, 'id'))
    const id = readFileSync(path.join(out, 'id'), 'utf8')
    const decoyEnvs = [
      { [TRACKING_VARIABLE]: `${id}0` },
      { [TRACKING_VARIABLE]: id.slice(1) },
      { [`X${TRACKING_VARIABLE}`]: id },
      { OTHER: `${TRACKING_VARIABLE}=${id}x` },
      { [TRACKING_VARIABLE]: 'another-gate' }
    ]
    const started = decoyEnvs.map((env) => {
      const decoy = spawn('sleep', ['1000'], { env: { PATH: process.env.PATH, ...env }, detached: true, stdio: 'ignore' })
      decoys.push(decoy)
      return decoy
    })
    writeFileSync(path.join(out, 'decoys-ready'), '')
    const result = await resultPromise
    // `setsid -f` may be caught between its fork and the exec of sleep.
    expect(result.notes?.[0]).toMatch(/^killed 1 process left running: (sleep|setsid) \(pid \d+\)$/)
    for (const decoy of started) expect(isGone(decoy.pid!)).toBe(false)
  })

  it('leaves another gate running in parallel alone', async () => {
    const { out, run } = setup()
    const slow = run(
      gate(
        'slow',
        `echo $$ > "$OUT/slow-ready"
while [ ! -e "$OUT/slow-go" ]; do sleep 0.05; done`
      )
    )
    await waitForFile(path.join(out, 'slow-ready'))
    const quick = await run(gate('quick', `setsid -f sleep 1000`))
    expect(quick.notes?.[0]).toMatch(/^killed 1 process left running: (sleep|setsid) \(pid \d+\)$/)
    expect(isGone(readPid(path.join(out, 'slow-ready')))).toBe(false)
    writeFileSync(path.join(out, 'slow-go'), '')
    const slowResult = await slow
    expect(slowResult.status).toBe('pass')
    expect(slowResult.notes).toBeUndefined()
  })
})

describe("a gate's temporary directory", () => {
  it("is its own (TMPDIR, TEMP, TMP and RUNNER_TEMP), never the runner's, and is removed afterwards however the gate left it", async () => {
    const { dir, out, privateParent, run } = setup()
    const outside = path.join(dir, 'outside')
    mkdirSync(outside)
    writeFileSync(path.join(outside, 'keep.txt'), 'keep')
    const result = await run(
      gate(
        'temp',
        `test "$TMPDIR" = "$RUNNER_TEMP" && test "$TEMP" = "$TMPDIR" && test "$TMP" = "$TMPDIR" || exit 3
echo "$TMPDIR" > "$OUT/tmpdir"
mkdir -p "$TMPDIR/locked/deeper" && touch "$TMPDIR/locked/deeper/file" && chmod 000 "$TMPDIR/locked/deeper" "$TMPDIR/locked"
ln -s "${outside}" "$TMPDIR/link"
touch "$GITHUB_ENV"`
      )
    )
    expect(result.status).toBe('pass')
    const tmpdir = readFileSync(path.join(out, 'tmpdir'), 'utf8').trim()
    expect(tmpdir.startsWith(privateParent)).toBe(true)
    expect(tmpdir).not.toBe(path.join(dir, 'runner-temp'))
    expect(existsSync(tmpdir)).toBe(false)
    expect(readdirSync(privateParent)).toEqual([])
    // The link was removed, not followed.
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('keep')
    expect(existsSync(path.join(dir, 'runner-env'))).toBe(false)
  })

  it('is removed whether the gate left it nearly empty (links removed, not followed) or full', async () => {
    const { dir, out, privateParent, run } = setup()
    const outside = path.join(dir, 'outside-small')
    mkdirSync(outside)
    writeFileSync(path.join(outside, 'keep.txt'), 'keep')
    // Removing a link must not follow it.
    const empty = await run(gate('empty', `echo "$TMPDIR" > "$OUT/empty"; ln -s "${outside}" "$TMPDIR/link"; ln -s "${outside}/keep.txt" "$TMPDIR/file-link"`))
    const full = await run(gate('full', 'echo "$TMPDIR" > "$OUT/full"; mkdir "$TMPDIR/d"; for i in $(seq 1 200); do : > "$TMPDIR/d/f$i"; done'))
    expect([empty.status, full.status]).toEqual(['pass', 'pass'])
    for (const name of ['empty', 'full']) expect(existsSync(readFileSync(path.join(out, name), 'utf8').trim())).toBe(false)
    expect(readdirSync(privateParent)).toEqual([])
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('keep')
  })

  it('is removed without holding up the run while a gate beside it keeps filling it (that gate can still be stopped)', async () => {
    const { dir, out, privateParent, run } = setup()
    // Gate "flood" waits until gate "quiet"'s directory is listed (the moment its removal starts), then
    // moves a large directory into it and keeps adding to it until the test writes $OUT/stop. A removal
    // that holds the event loop (rmSync on Node 24 lists what is added while it runs) never lets the
    // test write it, nor any gate's timeout fire: the flooders run out on their own instead.
    const flooder = path.join(dir, 'flood.py')
    writeFileSync(flooder, FLOODER)
    const quiet = run(gate('quiet', 'echo "$TMPDIR" > "$OUT/a-tmp"; : > "$TMPDIR/listed"; while [ ! -s "$OUT/b-ready" ]; do sleep 0.05; done'))
    const flood = run(gate('flood', `python3 "${flooder}"`))
    await waitForFile(path.join(out, 'moved'))
    writeFileSync(path.join(out, 'stop'), 'stop')
    const [quietResult, floodResult] = await Promise.all([quiet, flood])
    expect([quietResult.status, floodResult.status]).toEqual(['pass', 'pass'])
    for (const k of [0, 1]) expect(readFileSync(path.join(out, `flooder-${k}`), 'utf8').trim()).toBe('stopped')
    // Removed, or (still being filled when it was removed) said to be left behind.
    const quietRoot = path.dirname(readFileSync(path.join(out, 'a-tmp'), 'utf8').trim())
    expect(!existsSync(quietRoot) || /its temporary directory could not be removed/.test(quietResult.notes?.join('\n') ?? '')).toBe(true)
    rmSync(privateParent, { recursive: true, force: true })
  })

  it('removes only a link when the gate swapped its whole private directory for one to somewhere else', async () => {
    const { dir, out, run } = setup()
    const precious = path.join(dir, 'precious')
    mkdirSync(precious)
    writeFileSync(path.join(precious, 'keep.txt'), 'keep')
    const result = await run(
      gate(
        'swap',
        `root=$(dirname "$TMPDIR")
echo "$root" > "$OUT/root"
mv "$root" "$root.moved" && ln -s "${precious}" "$root"`
      )
    )
    expect(result.status).toBe('pass')
    const root = readFileSync(path.join(out, 'root'), 'utf8').trim()
    expect(readFileSync(path.join(precious, 'keep.txt'), 'utf8')).toBe('keep')
    expect(existsSync(root)).toBe(false)
  })
})
