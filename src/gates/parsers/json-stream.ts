/**
 * Tools that print JSON values one after another, indented over many lines (govulncheck -json), or
 * one whole array (ruff, pip-audit), with progress text around them on the merged stream. Lines
 * are fed in; each top-level value comes out parsed as soon as its closing bracket arrives, and
 * every line that is not part of one comes out as text. A value larger than the cap is dropped and
 * counted, so a flood cannot grow memory.
 */

const JSON_START = /^\s*[[{]\s*(?:$|["{[\]}\d-]|true\b|false\b|null\b)/

interface JsonStreamHandlers {
  value(value: unknown): void
  text(line: string): void
}

export class JsonValueStream {
  private parts: string[] = []
  private size = 0
  private depth = 0
  private inString = false
  private escaped = false
  /** Values dropped because they were larger than the cap. */
  oversized = 0
  /** Values that looked like JSON but did not parse. */
  malformed = 0

  constructor(
    private readonly handlers: JsonStreamHandlers,
    private readonly maxChars = 16 * 1024 * 1024
  ) {}

  onLine(line: string): void {
    if (this.depth === 0) {
      // `[*] 1 fixable…` or `[notice] …` open a bracket too; JSON goes on with a value or ends the line.
      if (!JSON_START.test(line)) {
        this.handlers.text(line)
        return
      }
      this.parts = []
      this.size = 0
      this.inString = false
      this.escaped = false
    }
    this.scan(line)
    if (this.size <= this.maxChars) this.parts.push(line)
    this.size += line.length + 1
    if (this.depth > 0) return
    const lines = this.parts
    this.parts = []
    if (this.size > this.maxChars) {
      this.oversized++
      return
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(lines.join('\n'))
    } catch {
      // `[*] 1 fixable with the --fix option` opens and closes a bracket and is text.
      if (lines.length === 1) this.handlers.text(line)
      else this.malformed++
      return
    }
    this.handlers.value(parsed)
  }

  /** Whether a value was still open when the output ended (the tool was cut short). */
  get unfinished(): boolean {
    return this.depth > 0
  }

  private scan(line: string): void {
    for (const character of line) {
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (character === '\\') this.escaped = true
        else if (character === '"') this.inString = false
        continue
      }
      if (character === '"') this.inString = true
      else if (character === '{' || character === '[') this.depth++
      else if (character === '}' || character === ']') {
        this.depth--
        if (this.depth === 0) return
      }
    }
    // A string cannot span lines in JSON; a quote left open means this was not JSON.
    if (this.inString) {
      this.inString = false
      this.depth = Math.max(this.depth, 0)
    }
  }
}
