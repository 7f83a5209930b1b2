/** `go-no-go import CHECKLIST.md`: a Markdown checklist printed as the YAML format, to start from. */
import path from 'node:path'
import { parseMarkdownChecklist } from '../checklist/markdown.js'
import { MAX_CHECKLIST_BYTES } from '../checklist/limits.js'
import { checklistToYaml } from '../checklist/to-yaml.js'
import { readTextFile } from './read-text-file.js'

export async function importMarkdown(cwd: string, file: string): Promise<string> {
  const text = await readTextFile(path.resolve(cwd, file), file, MAX_CHECKLIST_BYTES)
  return checklistToYaml(parseMarkdownChecklist(text, file))
}
