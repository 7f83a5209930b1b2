/**
 * Keeping the action's tokens out of its own /proc/<pid>/environ. Gates get an environment without
 * them (gates/child-env.ts), but a gate runs as the same user and can read the environment every
 * ancestor was started with: `/proc/<pid>/environ` only needs the rights Yama leaves to anyone of
 * the same user, unlike the process's memory. That file shows the block the kernel wrote at
 * start-up, whatever `process.env` says later, so the values are blanked in that block itself,
 * through /proc/self/mem, after moving them to memory only this process (and ptrace) can read.
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs'

type EnvironmentScrub = { blanked: string[] } | { problem: string }

/**
 * The environment block with the values of `withheld` variables overwritten by NUL bytes, the
 * names kept (the block's size cannot change; a reader sees `NAME=` and nothing after it).
 */
export function blankValues(block: Buffer, withheld: (name: string) => boolean): { block: Buffer; names: string[] } {
  const out = Buffer.from(block)
  const names: string[] = []
  let start = 0
  while (start < out.length) {
    let end = out.indexOf(0, start)
    if (end < 0) end = out.length
    const equals = out.indexOf(0x3d, start)
    if (equals > start && equals < end) {
      const name = out.toString('latin1', start, equals)
      if (withheld(name)) {
        out.fill(0, equals + 1, end)
        names.push(name)
      }
    }
    start = end + 1
  }
  return { block: out, names }
}

/** Where the kernel keeps this process's start-up environment: fields 50 and 51 of /proc/self/stat (Linux 3.5+). */
export function environmentBounds(stat: string): { start: number; end: number } | undefined {
  // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const start = Number(fields[50 - 3])
  const end = Number(fields[51 - 3])
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start <= 0 || end <= start) return undefined
  return { start, end }
}

/**
 * Blanks the withheld variables' values in this process's start-up environment block. Their values
 * stay in `process.env`: each is set again first, which makes libc keep a copy on the heap.
 */
export function scrubOwnEnvironment(withheld: (name: string) => boolean, env: NodeJS.ProcessEnv = process.env): EnvironmentScrub {
  if (process.platform !== 'linux') return { blanked: [] }
  let fd: number | undefined
  try {
    const bounds = environmentBounds(readFileSync('/proc/self/stat', 'utf8'))
    if (!bounds) return { problem: '/proc/self/stat does not say where the environment is' }
    for (const name of Object.keys(env).filter(withheld)) {
      const value = env[name]
      delete env[name]
      env[name] = value
    }
    fd = openSync('/proc/self/mem', 'r+')
    const block = Buffer.alloc(bounds.end - bounds.start)
    if (readSync(fd, block, 0, block.length, bounds.start) !== block.length) return { problem: 'the environment block could not be read whole' }
    const blanked = blankValues(block, withheld)
    if (blanked.names.length === 0) return { blanked: [] }
    if (writeSync(fd, blanked.block, 0, block.length, bounds.start) !== block.length) return { problem: 'the environment block could not be written whole' }
    return { blanked: blanked.names }
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
