/** Reading a checklist as a given commit has it, so a pull request cannot choose its own gates. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { HARDENED_GIT_OPTIONS, hardenedGitEnvironment } from './git-env.js'
import { parseChecklistText, type ChecklistParsers } from './load.js'
import { MAX_CHECKLIST_BYTES } from './limits.js'
import { ChecklistError, type Checklist } from './types.js'

const run = promisify(execFile)

interface AtCommitOptions {
  /** Sees the file's bytes as git printed them, before parsing (a report records their hash). */
  onRead?: (bytes: Uint8Array) => void
  /** As for loadChecklist: a Markdown checklist needs the Markdown reader handed in. */
  parsers?: ChecklistParsers
}

/** The checklist at `file` as `commit` has it. Every refusal is a ChecklistError naming the file. */
export async function loadChecklistAtCommit(workspace: string, commit: string, file: string, options: AtCommitOptions = {}): Promise<Checklist> {
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new ChecklistError([{ file, message: `cannot read the checklist at commit "${commit}"` }])
  let bytes: Buffer
  try {
    // Hardened: a replace ref written by an earlier step would otherwise make this print the pull request's checklist.
    const { stdout } = await run('git', [...HARDENED_GIT_OPTIONS, 'show', `${commit}:./${file}`], {
      cwd: workspace,
      maxBuffer: MAX_CHECKLIST_BYTES,
      env: hardenedGitEnvironment(process.env),
      encoding: 'buffer'
    })
    bytes = stdout
  } catch {
    throw new ChecklistError([{ file, message: `the checklist does not exist at the base commit ${commit.slice(0, 12)} (or is over 1 MiB)` }])
  }
  options.onRead?.(bytes)
  return parseChecklistText(bytes.toString('utf8'), file, options.parsers ?? {})
}
