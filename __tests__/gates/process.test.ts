import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runProcess, type ProcessRequest } from '../../src/gates/process.js'
import { eventually } from '../helpers/eventually.js'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-process-'))

/** The process layer runs any argv; a shell here only makes the test commands short. */
function request(command: string, overrides: Partial<ProcessRequest> = {}): ProcessRequest {
  return {
    argv: ['/bin/sh', '-c', command],
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    timeoutMs: 10_000,
    killGraceMs: 500,
    onLine: () => undefined,
    ...overrides
  }
}

function pidsRunning(marker: string): string {
  try {
    return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

describe('runProcess', () => {
  it('reports the exit code and every line, stdout and stderr together', async () => {
    const lines: string[] = []
    const outcome = await runProcess(request('echo one; echo two >&2; exit 3', { onLine: (line) => void lines.push(line) }))
    expect(outcome.exitCode).toBe(3)
    expect(outcome.timedOut).toBe(false)
    expect(lines.sort()).toEqual(['one', 'two'])
    expect(outcome.output.head).toContain('one')
  })

  it('gives the gate no stdin, so a command that reads input does not wait for it', async () => {
    const outcome = await runProcess(request('read answer; echo "got:$answer"'))
    expect(outcome.exitCode).not.toBe(null)
    expect(outcome.output.head).toContain('got:')
  })

  it('reports a command that does not exist as exit 127', async () => {
    const outcome = await runProcess(request('definitely-not-a-command-go-no-go'))
    expect(outcome.exitCode).toBe(127)
  })

  it('says which program is missing when it cannot start', async () => {
    const outcome = await runProcess({ ...request('true'), argv: ['bash', '-c', 'true'], env: { PATH: path.join(scratch, 'no-such-dir') } })
    expect(outcome.spawnError).toMatch(/^bash was not found on PATH/)
  })

  it('reports a missing working directory as a start failure', async () => {
    const outcome = await runProcess(request('true', { cwd: path.join(scratch, 'missing') }))
    expect(outcome.spawnError).toMatch(/does not exist/)
  })

  it('kills the whole tree on timeout, grandchildren included, even one holding stdout open', async () => {
    const marker = `go-no-go-grandchild-${process.pid}-${randomUUID()}`
    const outcome = await runProcess(request(`(sh -c 'sleep 1000; echo ${marker}' &) ; sleep 1000`, { timeoutMs: 500 }))
    expect(outcome.timedOut).toBe(true)
    await eventually(() => pidsRunning(marker) === '')
    expect(pidsRunning(marker)).toBe('')
  })

  it('kills what a gate left running in the background after it exits', async () => {
    const marker = `go-no-go-leftover-${process.pid}-${randomUUID()}`
    const outcome = await runProcess(request(`sh -c 'sleep 1000; echo ${marker}' & echo started`))
    expect(outcome.exitCode).toBe(0)
    await eventually(() => pidsRunning(marker) === '')
    expect(pidsRunning(marker)).toBe('')
  })

  it('SIGKILLs a gate that ignores SIGTERM once the grace period is over', async () => {
    const outcome = await runProcess(request(`trap '' TERM; while true; do sleep 0.1; done`, { timeoutMs: 300, killGraceMs: 500 }))
    expect(outcome.timedOut).toBe(true)
    expect(outcome.signal === 'SIGKILL' || outcome.exitCode !== 0).toBe(true)
  })

  it('stops the gate when the run is cancelled', async () => {
    const abort = new AbortController()
    // Cancelled once the gate says it runs, not after a guess at how long starting takes.
    const onLine = (line: string) => void (line === 'ready' && abort.abort())
    const outcome = await runProcess(request('echo ready; sleep 1000', { signal: abort.signal, onLine }))
    expect(outcome.cancelled).toBe(true)
    expect(outcome.timedOut).toBe(false)
  })

  it('keeps a bounded head and tail of large output and streams the rest to the log file', async () => {
    const logPath = path.join(scratch, 'big.log')
    let lines = 0
    const outcome = await runProcess(
      request(`seq 1 200000`, {
        logPath,
        onLine: () => {
          lines++
        },
        limits: { headChars: 1_000, tailChars: 1_000, maxLineChars: 100 }
      })
    )
    expect(lines).toBe(200_000)
    expect(outcome.output.totalLines).toBe(200_000)
    expect(outcome.output.truncated).toBe(true)
    expect(outcome.output.head.startsWith('1\n2\n3\n')).toBe(true)
    expect(outcome.output.tail.endsWith('199999\n200000\n')).toBe(true)
    expect(outcome.output.head.length + outcome.output.tail.length).toBeLessThanOrEqual(2_000)
    expect(readFileSync(logPath, 'utf8').split('\n').length).toBe(200_001)
  })

  it('keeps what onLine returns instead of a line in the excerpt, and nothing of a line it empties', async () => {
    const outcome = await runProcess(
      request(`echo keep; echo hide; printf 'tail'; echo MARK; echo last`, {
        onLine: (line) => (line === 'hide' ? '' : line.endsWith('MARK') ? line.slice(0, -4) : undefined)
      })
    )
    expect(outcome.output.head).toBe('keep\ntail\nlast\n')
    expect(outcome.output.totalLines).toBe(3)
    // `tail` had no newline: the one after MARK was the marker's, so it is not counted.
    expect(outcome.output.totalBytes).toBe('keep\ntail\nlast\n'.length - 1)
  })

  it('cuts an endless line for the parser instead of holding it all', async () => {
    const seen: number[] = []
    const outcome = await runProcess(
      request(`head -c 5000000 /dev/zero | tr '\\0' 'x'`, {
        onLine: (line) => {
          seen.push(line.length)
        },
        limits: { headChars: 1_000, tailChars: 1_000, maxLineChars: 10_000 }
      })
    )
    expect(outcome.output.totalBytes).toBe(5_000_000)
    // Its start and its last 16 KiB (where a step marker would land), not the 5 MB between.
    expect(seen).toEqual([10_000 + ' … '.length + 16_384])
    expect(outcome.output.head).toHaveLength(1_000)
  })

  it('leaves no timer behind once the gate is over, so go-no-go exits as soon as its verdict is out', async () => {
    // Only the timers runProcess itself sets are followed: other test files' leftovers do not count.
    const pending = new Set<unknown>()
    const { setTimeout: realSet, clearTimeout: realClear } = globalThis
    globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const timer = realSet(
        (...given: unknown[]) => {
          pending.delete(timer)
          callback(...given)
        },
        ms,
        ...args
      )
      pending.add(timer)
      return timer
    }) as typeof setTimeout
    globalThis.clearTimeout = ((timer?: Parameters<typeof clearTimeout>[0]) => {
      pending.delete(timer)
      realClear(timer)
    }) as typeof clearTimeout
    try {
      // The background sleep holds the pipes open after the shell exits, until the group is killed: the drain has to wait.
      for (let round = 0; round < 5; round++) await runProcess(request('sleep 30 & exit 0'))
    } finally {
      globalThis.setTimeout = realSet
      globalThis.clearTimeout = realClear
    }
    expect(pending.size).toBe(0)
  })
})
