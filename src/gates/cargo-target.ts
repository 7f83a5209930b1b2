/**
 * Cargo takes a lock on its build directory, so `cargo clippy` and `cargo test` started at once
 * run one after the other: parallel gates gained nothing on Rust. A check-only command (clippy,
 * check, doc) shares no build output with `cargo test` anyway, so when more than one cargo gate
 * can run at once, each check-only gate gets a build directory of its own inside the project's
 * (`target/go-no-go/<id>`, so a cache of `target/` keeps it too).
 */
import path from 'node:path'
import type { ChecklistItem, CommandItem } from '../checklist/types.js'

/** Subcommands that only check the code: nothing they build is reused by `cargo test` or `cargo build`. */
const CHECK_ONLY = new Set(['clippy', 'check', 'doc'])

/** The subcommand of each `cargo` call in a script (`cargo +nightly clippy` → clippy); undefined when it cannot be told. */
function cargoSubcommands(run: string): Array<string | undefined> {
  const words = run.split(/[\s;&|()]+/)
  const found: Array<string | undefined> = []
  for (const [index, word] of words.entries()) {
    if (word !== 'cargo' && !word.endsWith('/cargo')) continue
    let next = index + 1
    // A toolchain (`+nightly`) or options before the subcommand (`--locked`, `-q`).
    while (next < words.length && (words[next].startsWith('+') || words[next].startsWith('-'))) next++
    found.push(words[next] || undefined)
  }
  return found
}

/** Cargo subcommands that take no lock on the build directory. */
const NO_BUILD = new Set(['fmt', 'metadata', 'tree', 'locate-project', 'pkgid', 'verify-project', 'version', 'help', 'audit', 'deny', 'search'])

/** The script runs cargo on a project somewhere other than where the gate starts. */
const ELSEWHERE = /--manifest-path|(?:^|[\s;&|()])(?:cd|pushd)(?:\s|$)/

/** Runs a cargo command that builds (or checks) into the build directory. */
function buildsWithCargo(item: CommandItem): boolean {
  return cargoSubcommands(item.run).some((name) => name === undefined || !NO_BUILD.has(name))
}

/** Only cargo check-only calls, and nothing in the gate that already chooses a build directory. */
function checkOnly(item: CommandItem): boolean {
  const subcommands = cargoSubcommands(item.run)
  if (subcommands.length === 0 || !subcommands.every((name) => name !== undefined && CHECK_ONLY.has(name))) return false
  return !/--target-dir|CARGO_TARGET_DIR|CARGO_BUILD_TARGET_DIR/.test(item.run) && !('CARGO_TARGET_DIR' in item.env) && !('CARGO_BUILD_TARGET_DIR' in item.env)
}

/**
 * The items to run, check-only cargo gates given their own CARGO_TARGET_DIR when more than one
 * cargo gate can run at once. A relative directory is relative to where cargo runs (the gate's
 * working directory); under a CARGO_TARGET_DIR the parent sets, the gates' directories go inside it.
 */
export function withSeparateCargoTargets(items: readonly ChecklistItem[], concurrency: number, parentEnv: NodeJS.ProcessEnv): ChecklistItem[] {
  const cargoGates = items.filter((item): item is CommandItem => item.kind === 'command' && buildsWithCargo(item))
  if (concurrency < 2 || cargoGates.length < 2) return [...items]
  // A gate or evidence file that reads the build directory (`test -f target/doc/…`) would look in the wrong place.
  if (items.some(readsBuildDirectory)) return [...items]
  const parentDir = parentEnv.CARGO_TARGET_DIR || parentEnv.CARGO_BUILD_TARGET_DIR
  const base = parentDir && path.isAbsolute(parentDir) ? parentDir : parentDir ? undefined : 'target'
  // A relative directory set by the parent is relative to each gate's own directory: leave such a setup alone.
  if (base === undefined) return [...items]
  // A gate another one waits for may be waited for because of what it builds (`cargo doc`, then a link check):
  // moved, the other would read whatever an earlier run left in target/.
  const needed = new Set(items.flatMap((item) => item.needs))
  // A relative directory is relative to where cargo runs, but cargo builds a workspace member (or a
  // `--manifest-path` project) into another target/: only the root's own is known to be ignored by git.
  const movable = (item: CommandItem) => path.isAbsolute(base) || (item.workingDirectory === '.' && !ELSEWHERE.test(item.run))
  return items.map((item) =>
    item.kind === 'command' && checkOnly(item) && !needed.has(item.id) && movable(item)
      ? { ...item, env: { ...item.env, CARGO_TARGET_DIR: path.join(base, 'go-no-go', item.id) } }
      : item
  )
}

function readsBuildDirectory(item: ChecklistItem): boolean {
  if (item.kind === 'command') return /(?:^|[\s/'"=])target\//.test(item.run)
  return item.kind === 'file' && /(?:^|\/)target\//.test(item.path)
}
