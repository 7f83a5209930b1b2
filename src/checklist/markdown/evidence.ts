/**
 * What a box says must exist or must be reached: a repository path that must be there ("`docs/ROLLBACK.md`
 * documented", "binary `target/release/app` built") and an acceptance figure next to a test command
 * ("≥ 94% pass rate", "491/491 tests"). Both only tighten: a path becomes `file:` evidence that
 * must exist, a figure becomes the gate's `expect`.
 */
import { looksLikeCommand } from '../allow-list.js'
import type { Expectations } from '../types.js'
import { visibleText } from './wording.js'

/** Words that say the path is there once the work is done; "remove `x`" or "no `x`" say the opposite. */
const EXISTS = /\b(?:documented|exists?|created|built|present|written|added|in\s+place|generated|committed|available|updated|prepared|ready)\b/i
const ABSENT = /\b(?:remove[sd]?|delete[sd]?|deleted|no\s+longer|not\s+present|absent|clean\s+up|drop(?:ped)?|never|without)\b|\bno\s+`/i
/** A relative path inside the repository: a directory part or a file extension, no `..`, no glob, no variable. */
const PATH_SHAPE = /^(?![/~])(?!.*(?:^|\/)\.\.(?:\/|$))[\w.@+-]+(?:\/[\w.@+-]+)*\/?$/
const FILE_EXTENSION = /\.(?:md|txt|rst|adoc|ya?ml|json|toml|ini|cfg|conf|env\.example|sh|sql|lock|pdf|html|csv)$/i

export function evidencePaths(text: string): string[] {
  const visible = visibleText(text)
  if (!EXISTS.test(visible) || ABSENT.test(text)) return []
  const paths: string[] = []
  for (const match of text.matchAll(/`([^`\n]{1,200})`/g)) {
    const code = match[1].trim()
    if (!PATH_SHAPE.test(code) || looksLikeCommand(code)) continue
    // `MODEL_NAME` and `README` name settings or things; a path shows a folder or a file type.
    if (!code.includes('/') && !FILE_EXTENSION.test(code)) continue
    // A folder cannot be checked as a non-empty regular file.
    if (code.endsWith('/')) continue
    if (!paths.includes(code)) paths.push(code)
  }
  return paths
}

/** "≥ 94% pass rate", "pass rate >= 94%", "491/491 tests", "all 491 tests pass". */
export function acceptanceFigure(text: string): Expectations | undefined {
  const visible = visibleText(text)
  const rate =
    /(?:≥|>=|at\s+least|minimum(?:\s+of)?)\s*(\d{1,3}(?:\.\d+)?)\s*%\s*(?:pass(?:ing)?(?:\s+rate)?|success(?:\s+rate)?|of\s+tests)/i.exec(visible) ??
    /pass(?:ing)?\s+rate\s*(?:of\s+)?(?:≥|>=|at\s+least)\s*(\d{1,3}(?:\.\d+)?)\s*%/i.exec(visible)
  if (rate) {
    const passRate = Number(rate[1])
    if (passRate > 0 && passRate <= 100) return { passRate }
  }
  const ratio = /\b(\d{1,7})\s*\/\s*(\d{1,7})\s+(?:tests?|specs?|cases?)\b/i.exec(visible)
  if (ratio) {
    const passed = Number(ratio[1])
    const total = Number(ratio[2])
    if (total > 0 && passed <= total) {
      // Rounded down: "93/100" must not ask for more than was written, nor let less through.
      const passRate = Math.floor((passed / total) * 10000) / 100
      return passed === total ? { minTests: total, maxFailures: 0 } : { minTests: total, passRate }
    }
  }
  const all = /\ball\s+(\d{1,7})\s+(?:tests?|specs?)\s+pass/i.exec(visible)
  if (all && Number(all[1]) > 0) return { minTests: Number(all[1]), maxFailures: 0 }
  return undefined
}
