/**
 * Reading the checklist file: a regular file inside the workspace, not too large, nothing else.
 * The path comes from a workflow input and the file from the pull request, so every refusal happens
 * before a byte is read, and no message ever quotes the file's bytes (a symlink to
 * /proc/self/environ would otherwise leak the runner's secrets into a summary).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { isInside } from '../paths.js'
import { readAtMostSync } from '../read-bytes.js'
import { MAX_CHECKLIST_BYTES } from './limits.js'
import { parseYamlChecklist } from './parse-yaml.js'
import { ChecklistError, type Checklist } from './types.js'

interface LoadOptions {
  /** Root every checklist path must stay inside. */
  workspace: string
  /** As the user gave it; relative to the workspace (an absolute path must still lead inside it). */
  path: string
  /** Largest file accepted, checked by its size before reading. Default 1 MiB. */
  maxBytes?: number
  /** Sees the file's bytes exactly as read, before parsing (a report records their hash). */
  onRead?: (bytes: Uint8Array) => void
}

export interface ChecklistParsers {
  /**
   * Reads `.md` / `.markdown` checklists; without it they are refused. Handed in rather than
   * imported: the action bundles the Markdown reader apart and loads it only for such a checklist.
   */
  markdown?: (text: string, file: string) => Checklist
}

/**
 * Loads and parses the checklist at `options.path`. Every refusal is a ChecklistError naming the file.
 * The file calls are synchronous: a checklist is small, and each awaited call would wait its turn on
 * the thread pool while the first snapshot's gits keep both processors busy (milliseconds of every start).
 */
export async function loadChecklist(options: LoadOptions, parsers: ChecklistParsers = {}): Promise<Checklist> {
  const given = options.path
  const maxBytes = options.maxBytes ?? MAX_CHECKLIST_BYTES
  const refuse = (message: string, file = given): never => {
    throw new ChecklistError([{ file: file || '(no path)', message }])
  }
  if (given.trim() === '') refuse('no checklist path was given')
  if (given.includes('\0')) refuse('the checklist path contains a NUL character')

  const workspace = path.resolve(options.workspace)
  const realWorkspace = attempt(
    () => realpathSync.native(workspace),
    () => refuse(`the workspace ${workspace} does not exist`)
  )
  const target = path.resolve(workspace, given)
  if (path.isAbsolute(given)) {
    if (!isInside(workspace, target) && !isInside(realWorkspace, target)) {
      refuse('the checklist path is absolute and outside the workspace; it must be relative to the workspace')
    }
  } else if (!isInside(workspace, target)) {
    refuse('the checklist path leads outside the workspace')
  }
  // Messages and the checklist name the file as the user would, relative to the workspace.
  const shown = path.isAbsolute(given) ? path.relative(isInside(workspace, target) ? workspace : realWorkspace, target) || given : given

  const link = attempt(
    () => lstatSync(target),
    (error) =>
      refuse(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'the checklist file does not exist' : `the checklist file cannot be read (${error.code ?? 'error'})`, shown)
  )
  // realpath also resolves links in the directories on the way (`.github` -> /etc), not just the last step.
  const real = attempt(
    () => realpathSync.native(target),
    () => refuse(link.isSymbolicLink() ? 'the checklist is a broken symbolic link' : 'the checklist path cannot be resolved', shown)
  )
  if (!isInside(realWorkspace, real)) {
    refuse(
      link.isSymbolicLink()
        ? 'the checklist is a symbolic link to a file outside the workspace'
        : 'the checklist path passes through a symbolic link that leads outside the workspace',
      shown
    )
  }

  // Type and size before opening: opening a device can have effects of its own.
  const before = attempt(
    () => statSync(real),
    () => refuse('the checklist file cannot be read', shown)
  )
  refuseUnlessReadable(before, maxBytes, (message) => refuse(message, shown))

  // O_NONBLOCK: a FIFO swapped in after the check cannot make open wait for a writer. O_NOFOLLOW: nor can a new link.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)
  const fd = attempt(
    () => openSync(real, flags),
    () => refuse('the checklist file cannot be opened', shown)
  )
  let bytes: Buffer
  try {
    const info = fstatSync(fd)
    refuseUnlessReadable(info, maxBytes, (message) => refuse(message, shown))
    if (info.ino !== before.ino || info.dev !== before.dev) refuse('the checklist file changed while it was being opened', shown)
    // One byte more than the size tells a file that grows while it is read.
    bytes = readAtMostSync(fd, info.size + 1)
    if (bytes.length > info.size) refuse('the checklist file changed while it was being read', shown)
  } finally {
    closeSync(fd)
  }

  options.onRead?.(bytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse('the checklist is not UTF-8 text', shown)
  }
  return parseChecklistText(text, shown, parsers, maxBytes)
}

/** The format follows the file name: `.md` / `.markdown` is a Markdown checklist, anything else YAML. */
export function isMarkdownChecklist(file: string): boolean {
  return /\.(md|markdown)$/i.test(file)
}

/** Parses the checklist text in the format its name says (isMarkdownChecklist). */
export function parseChecklistText(text: string, file: string, parsers: ChecklistParsers, maxBytes = MAX_CHECKLIST_BYTES): Checklist {
  if (isMarkdownChecklist(file)) {
    if (!parsers.markdown) throw new ChecklistError([{ file, message: 'Markdown checklists cannot be read here; use the YAML format' }])
    return parsers.markdown(text, file)
  }
  return parseYamlChecklist(text, file, { maxBytes })
}

function refuseUnlessReadable(info: Stats, maxBytes: number, refuse: (message: string) => never): void {
  if (info.isDirectory()) refuse('the checklist path is a directory, not a file')
  if (!info.isFile()) refuse('the checklist is not a regular file (a FIFO, socket or device)')
  if (info.size > maxBytes) refuse(`the checklist is ${info.size} bytes; the limit is ${maxBytes}`)
}

/** `run()`'s value, or what `refused` makes of the error it threw (refused throws in turn). */
function attempt<T>(run: () => T, refused: (error: NodeJS.ErrnoException) => never): T {
  try {
    return run()
  } catch (error) {
    return refused(error as NodeJS.ErrnoException)
  }
}
