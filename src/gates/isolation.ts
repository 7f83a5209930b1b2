/**
 * What one gate gets to itself and what is taken back when it ends: a private temporary directory
 * (never the runner's RUNNER_TEMP, where its command files live), throwaway runner command files,
 * and the marks that let every process it started be found and stopped (see leftovers.ts).
 */
import { randomHex } from '../random-bytes.js'
import { closeSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, chmodSync, unlinkSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { RUNNER_COMMAND_FILES, TRACKING_VARIABLE, throwawayCommandFile, type GatePlace } from './child-env.js'
import { describeLeftovers, stopLeftovers, type LeftoverReport } from './leftovers.js'

interface GateIsolation {
  place: GatePlace
  /** Given to the gate's process as an extra descriptor: it survives `env -i`, unlike the tracking variable. */
  markerFd: number
  /** Stops whatever the gate left running. Runs once; later calls return the first report. */
  stopLeftovers(): Promise<LeftoverReport>
  /** Stops leftovers if not done yet, then removes the private directory. */
  close(): Promise<IsolationReport>
}

export interface IsolationReport extends LeftoverReport {
  /** One line each for the gate's result: what was killed, what could not be stopped or removed. */
  notes: string[]
}

/**
 * Creates the gate's private directory under `parent` (the system temporary directory by
 * default), with `tmp/` for TMPDIR and `runner-files/` for the throwaway command files, created
 * empty as the runner creates its own.
 */
export function openIsolation(parent: string = os.tmpdir()): GateIsolation {
  const root = mkdtempSync(path.join(parent, 'go-no-go-gate-'))
  const place: GatePlace = {
    tempDir: path.join(root, 'tmp'),
    commandFilesDir: path.join(root, 'runner-files'),
    trackingId: randomHex(16)
  }
  mkdirSync(place.tempDir, { mode: 0o700 })
  mkdirSync(place.commandFilesDir, { mode: 0o700 })
  for (const name of RUNNER_COMMAND_FILES) writeFileSync(throwawayCommandFile(place.commandFilesDir, name), '')
  // Unlinked at once: no other process can open it by name, so only the gate's can hold it.
  const markerPath = path.join(root, 'marker')
  const markerFd = openSync(markerPath, 'wx', 0o600)
  unlinkSync(markerPath)
  const { dev, ino } = fstatSync(markerFd)
  const marks = { variable: TRACKING_VARIABLE, value: place.trackingId, marker: { dev, ino } }

  let leftovers: Promise<LeftoverReport> | undefined
  let closed: Promise<IsolationReport> | undefined
  const stop = () => (leftovers ??= stopLeftovers(marks))
  return {
    place,
    markerFd,
    stopLeftovers: stop,
    close: () =>
      (closed ??= (async () => {
        const report = await stop()
        closeSync(markerFd)
        const removeError = await removeTree(root)
        return { ...report, notes: [...describeLeftovers(report), ...(removeError ? [`its temporary directory could not be removed: ${removeError}`] : [])] }
      })())
  }
}

/**
 * `rm -rf` that a gate cannot defeat with `chmod 000` on a directory it made. Symbolic links are
 * removed, never followed. Returns why it failed, if it did.
 */
async function removeTree(root: string): Promise<string | undefined> {
  try {
    // Never rmSync, however small the tree looked a moment before: a gate running beside this one can
    // keep adding to it while it is removed, and a removal that holds the event loop would then hold
    // the whole run (no gate's timeout could fire) for as long as that gate liked.
    await rm(root, { recursive: true, force: true })
    return undefined
  } catch {
    makeWritable(root)
  }
  try {
    await rm(root, { recursive: true, force: true })
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

function makeWritable(directory: string): void {
  try {
    if (!lstatSync(directory).isDirectory()) return
    chmodSync(directory, 0o700)
    for (const name of readdirSync(directory)) makeWritable(path.join(directory, name))
  } catch {
    // Whatever cannot be fixed here is reported by the second attempt.
  }
}
