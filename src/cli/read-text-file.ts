/**
 * Reading a file the user named on the command line (`import`): a regular UTF-8 file of bounded
 * size, or a one-line error saying why not. A FIFO or a device is refused before it is opened,
 * since reading one can block forever or never end.
 */
import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { CliError } from './errors.js'

export async function readTextFile(file: string, shown: string, maxBytes: number): Promise<string> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? `${shown} does not exist` : `cannot read ${shown} (${error.code ?? 'error'})`)
  })
  refuseUnlessRegular(info, shown, maxBytes)
  // O_NONBLOCK: a FIFO swapped in after the check cannot make open wait for a writer.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot open ${shown} (${error.code ?? 'error'})`)
  })
  try {
    refuseUnlessRegular(await handle.stat(), shown, maxBytes)
    const bytes = await handle.readFile()
    if (bytes.length > maxBytes) throw new CliError(`${shown} is larger than ${maxBytes} bytes`)
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new CliError(`${shown} is not UTF-8 text`)
    }
  } finally {
    await handle.close()
  }
}

function refuseUnlessRegular(info: { isDirectory(): boolean; isFile(): boolean; size: number }, shown: string, maxBytes: number): void {
  if (info.isDirectory()) throw new CliError(`${shown} is a directory, not a file`)
  if (!info.isFile()) throw new CliError(`${shown} is not a regular file (a FIFO, socket or device)`)
  if (info.size > maxBytes) throw new CliError(`${shown} is ${info.size} bytes; the limit is ${maxBytes}`)
}
