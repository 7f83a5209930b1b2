/** Which Python tool an invocation runs: `pytest`, `python3 -m pytest`, `poetry run mypy .`, `uv run python -m black`. */
import type { ToolInvocation } from './command-words.js'

/** Project runners that run the rest of their words as a command in the project's environment. */
const RUNNERS: Record<string, string[]> = { poetry: ['run'], uv: ['run'], pipenv: ['run'], pdm: ['run'], hatch: ['run'], pipx: ['run'], rye: ['run'] }
const DIRECT_RUNNERS = new Set(['uvx'])
const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/

/** The tool's name and the words after it, or undefined when the invocation runs no Python tool. */
export function pythonTool(invocation: ToolInvocation, depth = 0): ToolInvocation | undefined {
  if (depth > 3) return undefined
  const { program, args } = invocation
  if (PYTHON.test(program)) {
    // `python -m pytest …`: flags such as -X or -W come first; only -m names a tool.
    const module = args.indexOf('-m')
    if (module === -1 || module + 1 >= args.length) return undefined
    // Before -m only the interpreter's own flags may stand; -X and -W take a value.
    if (args.slice(0, module).some((arg, index, before) => !arg.startsWith('-') && !/^-[XW]$/.test(before[index - 1] ?? ''))) return undefined
    return { program: args[module + 1], args: args.slice(module + 2) }
  }
  const runner = RUNNERS[program]
  if (runner || DIRECT_RUNNERS.has(program)) {
    const words = args.filter((arg) => !arg.startsWith('-'))
    const start = runner ? (runner.includes(words[0] ?? '') ? 1 : -1) : 0
    if (start === -1 || words.length <= start) return undefined
    const at = args.indexOf(words[start])
    return pythonTool({ program: words[start], args: args.slice(at + 1) }, depth + 1)
  }
  return { program, args }
}

/** Whether the invocation runs `tool` (by its command name, `python -m` module name, or through a runner). */
export function runsPythonTool(invocation: ToolInvocation, names: readonly string[]): ToolInvocation | undefined {
  const tool = pythonTool(invocation)
  return tool && names.includes(tool.program) ? tool : undefined
}
