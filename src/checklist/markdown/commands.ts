/**
 * The commands an entry names: in inline code (`cargo test`, `cd api && npm test`) or in a shell
 * block, with the directory each runs in. A `cd` changes the directory of the commands after it
 * when it stays inside the repository; one that leaves it (or cannot be told: `cd ~`, `cd $DIR`)
 * marks every later command, which is then never run.
 */
import path from 'node:path'
import { looksLikeCommand, splitArguments } from '../allow-list.js'
import type { FoundCommand } from './entry.js'

const ROOT = '.'

/** Code spans that read as commands rather than names, paths or values; `cd dir && command` runs the command in dir. */
export function inlineCommands(text: string): FoundCommand[] {
  const commands: FoundCommand[] = []
  for (const match of text.matchAll(/`([^`]+)`/g)) {
    const code = match[1].trim()
    const cd = /^cd\s+(\S+)\s*&&\s*(\S.*)$/.exec(code)
    if (cd) commands.push({ command: cd[2].trim(), directory: enter(ROOT, cd[1]), cd: `cd ${cd[1]}` })
    else if (looksLikeCommand(code)) commands.push({ command: code, directory: ROOT })
  }
  return commands
}

/** Whether the code spans of `text` are joined by "or" ("`npm test` or `npx jest`"): alternatives, not steps. */
export function inlineAlternatives(text: string): boolean {
  const between = [...text.matchAll(/`[^`]+`([^`]*)(?=`)/g)].map((match) => match[1])
  return between.length > 0 && between.every((words) => /^\s*,?\s*or\s*$/i.test(words))
}

/**
 * One command per logical line of a shell block, each with its directory: prompts dropped,
 * `\` continuations joined, comments and `echo` lines kept as the next command's label, `cd` and
 * `set -e` lines followed rather than run.
 */
export function shellCommands(body: string[], firstLine = 1): FoundCommand[] {
  const commands: FoundCommand[] = []
  let directory: string | null = ROOT
  let cd: string | undefined
  let label: string | undefined
  let pending = ''
  let pendingLine = firstLine
  const take = (content: string, line: number) => {
    if (content.startsWith('#')) {
      const comment = content.replace(/^#+!?\s*/, '').trim()
      if (comment !== '' && !content.startsWith('#!')) label = comment
      return
    }
    const echo = /^echo\s+(.*)$/.exec(content)
    if (echo) {
      label = labelOf(echo[1])
      return
    }
    if (/^set\s+[-+][a-zA-Z]+(?:\s+pipefail)?$/.test(content)) return
    const change = /^cd(?:\s+(\S+))?\s*(?:&&\s*(\S.*))?$/.exec(content)
    if (change) {
      directory = directory === null ? null : enter(directory, change[1] ?? '~')
      cd = `cd ${change[1] ?? ''}`.trim()
      if (change[2] === undefined) return
      content = change[2].trim()
    }
    commands.push({ command: content, directory, ...(cd ? { cd } : {}), ...(label ? { label } : {}), line })
    label = undefined
  }
  body.forEach((raw, offset) => {
    const content = raw.trim().replace(/^\$\s+/, '')
    if (pending === '') pendingLine = firstLine + offset
    if (pending === '' && content === '') return
    if (content.endsWith('\\') && !content.endsWith('\\\\')) {
      pending += content.slice(0, -1).trim() + ' '
      return
    }
    take((pending + content).trim(), pendingLine)
    pending = ''
  })
  // A dangling continuation is kept as written so the allow-list refuses it rather than a shorter command running.
  if (pending !== '') commands.push({ command: pending.trim() + ' \\', directory, line: pendingLine })
  return commands
}

/** The directory after `cd target` from `from`, or null when it leaves the repository or cannot be told. */
function enter(from: string, target: string): string | null {
  const words = splitArguments(target)
  const word = words?.length === 1 ? words[0] : undefined
  // `cd`, `cd ~`, `cd -`, `cd $X`, `cd /abs`: wherever that is, it is not a place in the repository we can name.
  if (word === undefined || word === '' || /^[~\-/]|[$`\\*?[{]/.test(word)) return null
  const joined = path.posix.normalize(path.posix.join(from, word))
  if (joined === '..' || joined.startsWith('../')) return null
  return joined.replace(/\/+$/, '') || ROOT
}

/** `"1. Code formatting..."` → "Code formatting". */
function labelOf(echoed: string): string | undefined {
  // A label is a few words; a hostile megabyte of them must not cost a quadratic trim.
  const short = echoed.slice(0, 200)
  const text = (splitArguments(short) ?? [short])
    .filter((word) => !/^-[neE]+$/.test(word))
    .join(' ')
    .replace(/^[=\-\s]+|[=\-\s]+$/g, '')
    .replace(/^\d+[.)]\s*/, '')
    .replace(/(?:\.{2,}|…|:)\s*$/, '')
    .trim()
  return text === '' ? undefined : text
}
