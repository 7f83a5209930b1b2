/**
 * Bounded capture of a gate's output: memory stays flat however much it prints.
 * A head and a sliding tail are kept as text and every line goes to the parser; the raw bytes
 * go to a log file elsewhere (see process.ts).
 */
import { StringDecoder } from 'node:string_decoder'
import type { CapturedOutput } from './types.js'

export interface CaptureLimits {
  headChars: number
  tailChars: number
  /** Longer lines are cut for the parser and the excerpt; the log file keeps them whole. */
  maxLineChars: number
}

/** How much of a cut line's end is kept: room for a step marker and the command it names. */
const OVERFLOW_END_CHARS = 16_384
/** Between a cut line's start and end when text between them was dropped, for the reader (never counted: it is taken out with what follows it or kept whole). */
const LINE_CUT = ' … '

const DEFAULT_CAPTURE_LIMITS: CaptureLimits = { headChars: 16_384, tailChars: 16_384, maxLineChars: 65_536 }

export class OutputCapture {
  private readonly decoder = new StringDecoder('utf8')
  private head = ''
  private tail = ''
  private partial = ''
  private partialOverflowed = false
  /** The end of a line too long to keep: go-no-go's step marker for the next command lands there when the line has no newline. */
  private overflowEnd = ''
  /** Text between the kept start and the kept end was dropped (else they join: a marker may begin in one and end in the other). */
  private overflowDropped = false
  private totalBytes = 0
  /** Raw bytes of the line being read so far: a decoded line can be longer (an invalid byte becomes three). */
  private rawLineBytes = 0
  /** Raw length of each line the last chunk ended, in order (a newline byte is a newline in the text, one for one). */
  private rawLines: number[] = []
  private rawLinesRead = 0
  private totalLines = 0
  private charsKept = 0
  private droppedText = false

  /**
   * `onLine` sees every line; when it returns text, that is what the excerpt keeps instead of the
   * line (an empty string keeps nothing): how go-no-go's own step markers stay out of reports.
   */
  constructor(
    private readonly onLine: (line: string) => string | void,
    private readonly limits: CaptureLimits = DEFAULT_CAPTURE_LIMITS
  ) {}

  push(chunk: Buffer): void {
    this.totalBytes += chunk.length
    this.rawLines = []
    this.rawLinesRead = 0
    for (let from = 0, newline = chunk.indexOf(10); ; newline = chunk.indexOf(10, from)) {
      if (newline === -1) {
        this.rawLineBytes += chunk.length - from
        break
      }
      this.rawLines.push(this.rawLineBytes + newline - from)
      this.rawLineBytes = 0
      from = newline + 1
    }
    this.acceptText(this.decoder.write(chunk))
  }

  finish(logPath?: string): CapturedOutput {
    this.acceptText(this.decoder.end())
    if (this.partial.length > 0 || this.partialOverflowed) this.completeLine(false)
    const tail = trimTail(this.tail, this.limits.tailChars)
    return {
      head: this.head,
      tail,
      totalBytes: this.totalBytes,
      totalLines: this.totalLines,
      truncated: this.droppedText || this.head.length + tail.length < this.charsKept,
      ...(logPath ? { logPath } : {})
    }
  }

  private acceptText(text: string): void {
    let start = 0
    while (start < text.length) {
      const newline = text.indexOf('\n', start)
      if (newline === -1) {
        this.appendPartial(text.slice(start))
        return
      }
      this.appendPartial(text.slice(start, newline))
      this.completeLine(true)
      start = newline + 1
    }
  }

  private appendPartial(piece: string): void {
    if (this.partialOverflowed) {
      this.droppedText = true
      this.keepOverflowEnd(piece)
      return
    }
    const room = this.limits.maxLineChars - this.partial.length
    if (piece.length > room) {
      this.partial += piece.slice(0, room)
      this.partialOverflowed = true
      this.droppedText = true
      this.keepOverflowEnd(piece.slice(room))
    } else {
      this.partial += piece
    }
  }

  /** A sliding window: each piece costs at most the window's length, however long the line grows. */
  private keepOverflowEnd(piece: string): void {
    const window = OVERFLOW_END_CHARS
    if (this.overflowEnd.length + piece.length > window) this.overflowDropped = true
    this.overflowEnd = piece.length >= window ? piece.slice(piece.length - window) : (this.overflowEnd + piece).slice(-window)
  }

  /** @param terminated ended by a newline (not by the end of the output) */
  private completeLine(terminated: boolean): void {
    const overflowed = this.partialOverflowed
    const rawBytes = terminated ? (this.rawLines[this.rawLinesRead++] ?? 0) : this.rawLineBytes
    // A cut line reaches the reader as its start and its end: a marker at the end is still seen and taken out.
    const whole = overflowed ? `${this.partial}${this.overflowDropped ? LINE_CUT : ''}${this.overflowEnd}` : this.partial
    const line = whole.endsWith('\r') ? whole.slice(0, -1) : whole
    this.partial = ''
    this.partialOverflowed = false
    this.overflowEnd = ''
    this.overflowDropped = false
    const replaced = this.onLine(line)
    const kept = typeof replaced === 'string' ? replaced : line
    // What was taken out was not the gate's output: it does not count as printed. A marker ends
    // its line, so the newline after it is the marker's too, even when the gate's text before it had none.
    if (typeof replaced === 'string' && replaced !== line) this.totalBytes -= takenOutBytes(line, kept, overflowed ? undefined : rawBytes) + (terminated ? 1 : 0)
    if (typeof replaced === 'string' && replaced === '') return
    this.totalLines++
    this.keep(`${overflowed ? `${kept.slice(0, this.limits.maxLineChars)} … [line cut]` : kept}\n`)
  }

  /** The head fills first; after that a tail window slides, trimmed in amortised O(1). */
  private keep(text: string): void {
    this.charsKept += text.length
    if (this.head.length < this.limits.headChars) {
      const room = this.limits.headChars - this.head.length
      this.head += text.slice(0, room)
      text = text.slice(room)
      if (text.length === 0) return
    }
    this.tail += text
    if (this.tail.length > this.limits.tailChars * 2) {
      this.tail = this.tail.slice(this.tail.length - this.limits.tailChars)
    }
  }
}

/**
 * The bytes of `line` that `kept` leaves out. Decoded text can be longer than the bytes it came
 * from (each invalid byte becomes a three-byte U+FFFD, and a step marker carries whatever bytes the
 * script's commands held), so the decoded difference alone could count more than was taken out,
 * down to "printed nothing" while the gate printed. With the line's raw length known (a line kept
 * whole), the raw bytes less the kept text's is never more than was taken out: decoding never
 * shortens. A cut line is counted by its decoded text: what it printed before the cut is more.
 */
function takenOutBytes(line: string, kept: string, rawBytes: number | undefined): number {
  const decoded = Buffer.byteLength(line) - Buffer.byteLength(kept)
  return rawBytes === undefined ? decoded : Math.max(0, Math.min(decoded, rawBytes - Buffer.byteLength(kept)))
}

/** Trim a tail to its final size, starting at a line boundary where one is near. */
function trimTail(tail: string, maxChars: number): string {
  if (tail.length <= maxChars) return tail
  const cut = tail.slice(tail.length - maxChars)
  const firstNewline = cut.indexOf('\n')
  return firstNewline === -1 || firstNewline === cut.length - 1 ? cut : cut.slice(firstNewline + 1)
}
