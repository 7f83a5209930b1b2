/** Which go subcommand an invocation runs (`go test ./...`, `go -C api vet ./...`), and what go prints for any of them. */
import type { ToolInvocation } from './command-words.js'

export function goSubcommand(invocation: ToolInvocation): string | undefined {
  if (invocation.program !== 'go') return undefined
  const args = invocation.args
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-C') {
      i++
      continue
    }
    if (args[i].startsWith('-')) continue
    return args[i]
  }
  return undefined
}

/** `# example.com/m/pkg` or `# example.com/m/pkg [example.com/m/pkg.test]`: the package the next compiler lines are about. */
export const PACKAGE_HEADER = /^# (\S+)(?: \[\S+\])?$/
/** `pkg/x.go:3:23: undefined: y`, also prefixed `vet: ` when vet's type check fails. Paths are relative to where go ran. */
export const COMPILER_LINE = /^(?:vet: )?((?:\.{0,2}\/)?[^\s:][^:]*\.go):(\d+):(\d+): (.+)$/
/** The go command's own complaints: it could not run at all (`go: downloading …` is progress, not one). */
export const GO_ERROR =
  /^(?:go: (?!downloading |finding |extracting ).+|pattern .+: .+|no Go files in .+|.*: no required module provides package .+|.*matched no packages.*|cannot find package .+|can't load package: .+)$/
