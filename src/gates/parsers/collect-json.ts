/** Audit reports are one JSON document: collected whole, up to a cap, since floods are not reports. */

export class JsonCollector {
  private readonly parts: string[] = []
  private size = 0
  overflowed = false

  constructor(private readonly maxChars = 8 * 1024 * 1024) {}

  add(line: string): void {
    if (this.overflowed) return
    this.size += line.length + 1
    if (this.size > this.maxChars) {
      this.overflowed = true
      this.parts.length = 0
      return
    }
    this.parts.push(line)
  }

  /**
   * The JSON object in the output. Tools print progress to stderr before it (merged into the same
   * stream), so parsing starts at the first line that opens an object and ends at the last `}`.
   */
  parse(): unknown {
    const start = this.parts.findIndex((line) => line.trimStart().startsWith('{'))
    if (start === -1) return undefined
    const text = this.parts.slice(start).join('\n')
    const end = text.lastIndexOf('}')
    if (end === -1) return undefined
    try {
      return JSON.parse(text.slice(0, end + 1))
    } catch {
      return undefined
    }
  }
}
