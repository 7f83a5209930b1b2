/**
 * The YAML checklist (format v1) to a typed Checklist, or every problem found, each with file,
 * line, column and dotted key. Four steps, one module each:
 * 1. yaml/safety.ts — read the untrusted text as YAML 1.2 with every unsafe feature refused (then
 *    yaml/derived-ids.ts gives an item without `id` the id of its title);
 * 2. yaml/schema-messages.ts — check it against the JSON Schema, in messages a person can act on;
 * 3. yaml/semantics.ts — what the schema cannot say (unique ids, needs, paths, keys per kind);
 * 4. yaml/to-checklist.ts — turn the valid file into the typed checklist, defaults filled in.
 */
import { DEFAULT_YAML_TITLE } from './defaults.js'
import { MAX_CHECKLIST_BYTES } from './limits.js'
import type { Checklist } from './types.js'
import { fillDerivedIds } from './yaml/derived-ids.js'
import { dedupe, throwProblems } from './yaml/problems.js'
import { readUntrustedYaml } from './yaml/safety.js'
import { schemaErrors, schemaProblems } from './yaml/schema-messages.js'
import { semanticProblems } from './yaml/semantics.js'
import { toChecklist, type RawChecklist } from './yaml/to-checklist.js'

interface ParseYamlOptions {
  /** Largest text accepted, in UTF-8 bytes. Default MAX_CHECKLIST_BYTES (1 MiB). */
  maxBytes?: number
}

/**
 * Parses and checks a YAML checklist. Throws ChecklistError listing every problem found; an empty
 * file (or `sections: []`) is a valid checklist without items — the verdict decides what that means.
 */
export function parseYamlChecklist(text: string, file: string, options: ParseYamlOptions = {}): Checklist {
  const { data, empty, at } = readUntrustedYaml(text, file, options.maxBytes ?? MAX_CHECKLIST_BYTES)
  if (empty) return { title: DEFAULT_YAML_TITLE, path: file, format: 'yaml', sections: [] }
  fillDerivedIds(data)
  const checked = schemaErrors(data)
  const problems = [...schemaProblems(checked.errors, data, file, at), ...semanticProblems(data, file, at, text)]
  if (problems.length > 0) throwProblems(dedupe(problems), checked.incomplete)
  return toChecklist(data as RawChecklist, file, (sectionIndex, itemIndex, key) => at(['sections', sectionIndex, 'items', itemIndex], key).line)
}
