/** `/signoff <id> [<id> …]` and `/revoke <id> [<id> …]`, each at the start of its own line. */

interface SignoffCommand {
  action: 'signoff' | 'revoke'
  ids: string[]
}

const COMMAND = /^\s*\/(signoff|sign-off|revoke)((?:[ \t]+[a-z0-9][a-z0-9_-]*)+)[ \t]*$/gm

export function parseSignoffCommands(text: string): SignoffCommand[] {
  const commands: SignoffCommand[] = []
  for (const match of text.matchAll(COMMAND)) {
    commands.push({ action: match[1] === 'revoke' ? 'revoke' : 'signoff', ids: match[2].trim().split(/[ \t]+/) })
  }
  return commands
}
