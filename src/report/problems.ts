/** The report for a checklist that could not be read: NO-GO, and every problem with file, line and key. */
import { formatProblem, type ChecklistProblem } from '../checklist/types.js'
import { escapeHtml, neutraliseReferences, stripControl } from '../text/sanitize.js'
import { decisionHeading } from './format.js'

export function renderChecklistProblems(checklistPath: string, problems: ChecklistProblem[]): string {
  const lines = [
    `## ${decisionHeading('no-go', false)} — the checklist could not be read`,
    '',
    `No gate was run because the checklist ${safe(checklistPath)} is invalid. Fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`}:`,
    '',
    ...problems.map((problem) => `- ${safe(formatProblem(problem))}`)
  ]
  return `${lines.join('\n')}\n`
}

/** Problems quote key names from the file, so they are untrusted text too. */
function safe(text: string): string {
  return neutraliseReferences(escapeHtml(stripControl(text)))
}

export function formatProblemsForTerminal(problems: ChecklistProblem[]): string {
  return problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')
}
