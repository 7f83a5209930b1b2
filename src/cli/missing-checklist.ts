/** What to tell someone whose checklist is not where they said: where we looked, and what to do next. */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { DEFAULT_CHECKLIST_PATH } from '../constants.js'
import { shellQuote } from './shell-quote.js'

interface MissingChecklistContext {
  /** Absolute directory the checklist path is relative to. */
  workspace: string
  /** The checklist path as given. */
  checklist: string
  /** --cwd as given, repeated in the suggested commands when it is not the current directory. */
  cwd: string
}

/**
 * Lines explaining a missing checklist, or undefined when something is there (then the loader's own
 * reason stands: a directory, a FIFO, a link outside the workspace…).
 */
export async function explainMissingChecklist(context: MissingChecklistContext): Promise<string[] | undefined> {
  const target = path.resolve(context.workspace, context.checklist)
  if (await exists(target)) return undefined
  const cwdFlag = context.cwd === '.' ? [] : ['-C', context.cwd]
  const lines = [`no checklist at ${context.checklist}`, `  looked for ${target}`]
  const sibling = otherYamlExtension(context.checklist)
  if (sibling && (await exists(path.resolve(context.workspace, sibling)))) {
    lines.push(`  did you mean ${sibling}? run: ${command([...cwdFlag, '--checklist', sibling])}`)
  }
  const checklistFlag = context.checklist === DEFAULT_CHECKLIST_PATH ? [] : ['--checklist', context.checklist]
  lines.push(`  to start one for this project, run: ${command(['init', ...cwdFlag, ...checklistFlag])}`)
  return lines
}

/** `.yml` for `.yaml` and back: the most common reason a checklist "is not there". */
function otherYamlExtension(file: string): string | undefined {
  const match = /\.(ya?ml)$/i.exec(file)
  if (!match) return undefined
  const other = match[1].toLowerCase() === 'yml' ? 'yaml' : 'yml'
  return `${file.slice(0, match.index)}.${other}`
}

function command(args: string[]): string {
  return ['go-no-go', ...args.map(shellQuote)].join(' ')
}

/** Only "no such file" counts as missing; a file we may not read is there, and the loader says why. */
async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT' && error.code !== 'ENOTDIR'
  )
}
