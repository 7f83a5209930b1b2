/**
 * A gate leaves nothing running and nothing on disk: real shells, real daemons, real /proc.
 * Pids are read from files the daemons write themselves; every wait is on a file or on /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
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

  it('is removed whether the gate left it nearly empty (links removed, not followed) or full (a small one at once, a large one without blocking the run)', async () => {
    const { dir, out, privateParent, run } = setup()
    const outside = path.join(dir, 'outside-small')
    mkdirSync(outside)
    writeFileSync(path.join(outside, 'keep.txt'), 'keep')
    // A link is one entry: the directory stays small, and removing it must not follow the link.
    const empty = await run(gate('empty', `echo "$TMPDIR" > "$OUT/empty"; ln -s "${outside}" "$TMPDIR/link"; ln -s "${outside}/keep.txt" "$TMPDIR/file-link"`))
    const full = await run(gate('full', 'echo "$TMPDIR" > "$OUT/full"; mkdir "$TMPDIR/d"; for i in $(seq 1 200); do : > "$TMPDIR/d/f$i"; done'))
    expect([empty.status, full.status]).toEqual(['pass', 'pass'])
    for (const name of ['empty', 'full']) expect(existsSync(readFileSync(path.join(out, name), 'utf8').trim())).toBe(false)
    expect(readdirSync(privateParent)).toEqual([])
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('keep')
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
