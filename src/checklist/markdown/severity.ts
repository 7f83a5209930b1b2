/** Severity of a Markdown item, read from the words around it. */

export interface SeverityReading {
  severity: 'blocking' | 'warning'
}

/** A heading or a parent box: text above an item that can set its severity. */
export interface SeverityContext {
  kind: 'heading' | 'group'
  /** As written, markup kept. */
  text: string
  /** As the report shows it. */
  title: string
  line: number
}

type Heading = Omit<SeverityContext, 'kind'>

// "low" alone is left out on purpose: a "Low-latency checks" heading must not soften its items.
const WARNING_CONTEXT = /optional|recommended|nice[ -]to[ -]have|\bmedium\b|\blow[ -]priority\b|\bpriority:?\s*low\b|\(low\)/i
const OWN_WARNING = /\((?:optional|recommended|nice[ -]to[ -]have)\)/i

/** A box: its own text, then its parent boxes, then the headings above it. */
export function boxSeverity(ownText: string, groups: SeverityContext[], headings: Heading[]): SeverityReading {
  const context = [...headings.map((heading) => heading.title), ...groups.map((group) => group.title)]
  return { severity: WARNING_CONTEXT.test(context.join(' ')) || OWN_WARNING.test(ownText) ? 'warning' : 'blocking' }
}

/** A row of a status table: the headings above it. */
export function tableRowSeverity(headings: Heading[]): SeverityReading {
  return { severity: WARNING_CONTEXT.test(headings.map((heading) => heading.title).join(' ')) ? 'warning' : 'blocking' }
}

/** Signatures and fill-in fields always block: a sign-off the file asks for is never optional. */
export const SIGNATURE_SEVERITY: SeverityReading = { severity: 'blocking' }
