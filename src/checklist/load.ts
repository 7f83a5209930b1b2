/**
 * Reading the checklist file: it must be a regular file inside the workspace, not too large.
 * Refusals never quote the file's bytes (a symlink to /proc/self/environ once leaked secrets
 * into a summary that way).
 */
import { constants } from 'node:fs'
import { lstat, open, realpath } from 'node:fs/promises'
import path from 'node:path'
import { isInside } from '../paths.js'
import { MAX_CHECKLIST_BYTES, parseYamlChecklist } from './parse-yaml.js'
import { ChecklistError, type Checklist } from './types.js'

export interface LoadOptions {
  workspace: string
  /** As the user gave it: relative to the workspace. */
  path: string
  maxBytes?: number
}

export interface ChecklistParsers {
  markdown: (text: string, file: string) => Checklist
}

export async function loadChecklist(options: LoadOptions, parsers: ChecklistParsers): Promise<Checklist> {
  const shown = options.path
  const refuse = (message: string): never => {
    throw new ChecklistError([{ file: shown, message }])
  }
  const maxBytes = options.maxBytes ?? MAX_CHECKLIST_BYTES
  if (path.isAbsolute(shown)) refuse('the checklist path must be relative to the workspace, not absolute')
  const workspace = await realpath(options.workspace).catch(() => refuse(`the workspace ${options.workspace} does not exist`))
  const target = path.resolve(workspace, shown)
  if (!isInside(workspace, target)) refuse('the checklist path leads outside the workspace')

  const link = await lstat(target).catch(() => refuse('the checklist file does not exist'))
  const real = link.isSymbolicLink() ? await realpath(target).catch(() => refuse('the checklist is a broken symbolic link')) : target
  if (!isInside(workspace, real)) refuse('the checklist is a symbolic link to a file outside the workspace')

  // O_NONBLOCK: opening a FIFO must not wait for a writer. The type is checked on the open handle, so it cannot change in between.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch(() => refuse('the checklist file cannot be opened'))
  try {
    const info = await handle.stat()
    if (info.isDirectory()) refuse('the checklist path is a directory, not a file')
    if (!info.isFile()) refuse('the checklist is not a regular file (a FIFO, socket or device)')
    if (info.size > maxBytes) refuse(`the checklist is ${info.size} bytes; the limit is ${maxBytes}`)
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > maxBytes) refuse(`the checklist is larger than ${maxBytes} bytes`)
    const text = buffer.subarray(0, bytesRead).toString('utf8')
    return /\.(md|markdown)$/i.test(shown) ? parsers.markdown(text, shown) : parseYamlChecklist(text, shown)
  } finally {
    await handle.close()
  }
}
