/**
 * Tables: a sign-off table (a Signature or Approved column) has one pending sign-off per row; in an
 * emoji status table ✅ rows are recorded sign-offs and ❌ / ⚠️ rows are pending, with the severity
 * of where they sit (a ⚠️ is the author's doubt, not a waiver). Other tables are prose.
 */
import { NO_GROUPS, type Entry, type Heading } from './entry.js'
import { stripInline } from './inline-text.js'
import type { TableRow } from './line-kinds.js'
import { headingPhase } from './phase.js'
import { SIGNATURE_SEVERITY, tableRowSeverity } from './severity.js'
import { isSigned } from './signatures.js'

const STATUS_PASS = /✅|🟢|✔️?|☑️?/
const STATUS_OTHER = /❌|🔴|⚠️?|🟡|✖️?/

export function tableEntries(header: string[], rows: TableRow[], headings: readonly Heading[]): Entry[] {
  const phase = headingPhase(headings)
  const signatureColumn = header.findIndex((cell) => /signature|sign-?off|approv/i.test(cell))
  if (signatureColumn !== -1) {
    return rows.map((row) => ({
      kind: 'table-row' as const,
      title: `Sign-off: ${stripInline(row.cells[0] ?? 'signer')}`,
      signed: isSigned(row.cells[signatureColumn]),
      line: row.line,
      headings,
      groups: NO_GROUPS,
      commands: [],
      files: [],
      phase,
      severity: SIGNATURE_SEVERITY,
      note: 'a row of the sign-off table'
    }))
  }
  if (!rows.some((row) => row.cells.some((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell)))) return []
  const severity = tableRowSeverity(headings)
  return rows.map((row) => {
    const status = row.cells.find((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell)) ?? ''
    const passed = STATUS_PASS.test(status) && !STATUS_OTHER.test(status)
    return {
      kind: 'table-row' as const,
      title: stripInline(row.cells[0] ?? 'row'),
      signed: passed,
      line: row.line,
      headings,
      groups: NO_GROUPS,
      commands: [],
      files: [],
      phase,
      severity,
      note: passed ? `status table says ${stripInline(status)}` : `status table says ${stripInline(status)}; pending until signed off`
    }
  })
}
