/** A checklist that could not be read, for the terminal: every problem with file, line and key. */
import { formatProblem, type ChecklistProblem } from '../checklist/types.js'

export function formatProblemsForTerminal(problems: ChecklistProblem[]): string {
  return problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')
}
