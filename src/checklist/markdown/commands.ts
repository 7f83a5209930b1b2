/** The commands a box names: in inline code (`cargo test`) or in a shell block right under it. */
import { looksLikeCommand } from '../allow-list.js'

/** Code spans that read as commands rather than names, paths or values. */
export function inlineCommands(text: string): string[] {
  const commands: string[] = []
  for (const match of text.matchAll(/`([^`]+)`/g)) if (looksLikeCommand(match[1])) commands.push(match[1].trim())
  return commands
}

/** One command per logical line of a shell block: prompts dropped, comments skipped, `\` continuations joined. */
export function shellCommands(body: string[]): string[] {
  const commands: string[] = []
  let pending = ''
  for (const raw of body) {
    const content = raw.trim().replace(/^\$\s+/, '')
    if (pending === '' && (content === '' || content.startsWith('#'))) continue
    if (content.endsWith('\\') && !content.endsWith('\\\\')) {
      pending += content.slice(0, -1).trim() + ' '
      continue
    }
    commands.push((pending + content).trim())
    pending = ''
  }
  // A dangling continuation is kept as written so the allow-list refuses it rather than a shorter command running.
  if (pending !== '') commands.push(pending.trim() + ' \\')
  return commands
}
