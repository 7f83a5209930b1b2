/**
 * Cutting output into segments at the step markers, as the gate runner feeds it line by line:
 * which lines count as markers, where each command's output goes, and when attribution is given up.
 */
import type { ParserName } from '../../src/checklist/types.js'
import { createParser, detectParser } from '../../src/gates/parsers/index.js'
import { createSegmentReader, toolsNamed, type SegmentedOutput } from '../../src/gates/segments.js'
import { cpuMicros } from '../helpers/growth.js'

const TOKENS = Array.from({ length: 8 }, (_, index) => index.toString(16).repeat(16))
const catalog = { detect: detectParser, create: createParser }

/** A marker line as the script's DEBUG trap prints it. */
function marker(seq: number, command: string, options: { status?: number; fresh?: boolean; children?: number[] | null; token?: string } = {}): string {
  const children = options.children === undefined || options.children === null ? '-' : options.children.join(' ')
  return `##go-no-go-step ${seq} ${options.token ?? TOKENS[seq - 1]} ${options.status ?? 0} ${options.fresh === false ? 0 : 1} [${children}] ${command}`
}

function read(run: string, lines: string[], tokens: readonly string[] = TOKENS): { output: SegmentedOutput; kept: Array<string | undefined>; observed: string[] } {
  const observed: string[] = []
  const reader = createSegmentReader({ run, tokens, catalog, observe: (line) => observed.push(line) })
  const kept = lines.map((line) => reader.onLine(line))
  return { output: reader.finish(), kept, observed }
}

const summary = (output: SegmentedOutput) => output.segments.map((segment) => ({ commands: segment.commands, tools: segment.tools, status: segment.status, lines: segment.lines }))

describe('segments', () => {
  it('gives each command the lines printed after its marker, and the status the next marker reports', () => {
    const { output, kept, observed } = read('cargo fmt --check\ncargo test', [
      marker(1, 'cargo fmt --check'),
      marker(2, 'cargo test'),
      'running 1 test',
      'test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s'
    ])
    expect(summary(output)).toEqual([
      { commands: ['cargo fmt --check'], tools: ['cargo-fmt'], status: 0, lines: 0 },
      { commands: ['cargo test'], tools: ['cargo-test'], status: null, lines: 2 }
    ])
    expect(output.lost).toBeUndefined()
    // Markers are not output: the excerpt drops them and nothing learns from them.
    expect(kept.slice(0, 2)).toEqual(['', ''])
    expect(observed).toEqual(['running 1 test', expect.stringMatching(/^test result: ok/)])
  })

  it('treats a marker without the right one-time token as ordinary output', () => {
    const forged = marker(2, 'true', { token: 'ffffffffffffffff' })
    const { output, kept, observed } = read('cargo test\necho done', [marker(1, 'cargo test'), forged, 'test result: FAILED. 0 passed; 1 failed'])
    expect(summary(output)).toEqual([{ commands: ['cargo test'], tools: ['cargo-test'], status: null, lines: 2 }])
    expect(kept[1]).toBeUndefined()
    expect(observed[0]).toBe(forged)
  })

  it('treats a replayed marker (a used token, from the log) as ordinary output', () => {
    const first = marker(1, 'cargo test')
    const { output } = read('cargo test\necho done', [first, 'output', first, marker(1, 'echo done', { token: TOKENS[0] }), marker(2, 'echo done')])
    expect(summary(output)).toEqual([
      { commands: ['cargo test'], tools: ['cargo-test'], status: 0, lines: 3 },
      { commands: ['echo done'], tools: [], status: null, lines: 0 }
    ])
  })

  it('takes the text in front of a marker as the end of the previous output line', () => {
    const { output, kept } = read('printf partial\ncargo test', [marker(1, 'printf partial'), `partial${marker(2, 'cargo test')}`, 'running 0 tests'])
    expect(output.segments[0].head).toBe('partial\n')
    expect(output.segments[1].lines).toBe(1)
    expect(kept[1]).toBe('partial')
  })

  it('finds the genuine marker after a forged one on the same line', () => {
    const { output } = read('a\nb', [marker(1, 'a'), `${marker(2, 'x', { token: 'ffffffffffffffff' })}${marker(2, 'b')}`])
    expect(output.segments.map((segment) => segment.commands)).toEqual([['a'], ['b']])
    expect(output.segments[0].head).toContain('##go-no-go-step 2 ffffffffffffffff')
  })

  it("keeps a pipeline's elements in one segment: no foreground command since the last marker, and a new child", () => {
    const { output } = read('cargo test 2>&1 | tee log\ncargo clippy', [
      marker(1, 'cargo test 2>&1'),
      marker(2, 'tee log', { fresh: false, children: [101] }),
      'test result: ok. 1 passed',
      marker(3, 'cargo clippy', { fresh: false, children: [], status: 0 })
    ])
    expect(summary(output)).toEqual([
      { commands: ['cargo test 2>&1', 'tee log'], tools: ['cargo-test'], status: 0, lines: 1 },
      { commands: ['cargo clippy'], tools: ['cargo-clippy'], status: null, lines: 0 }
    ])
  })

  it('does not take a command after a background job for a pipeline once that child is known', () => {
    const { output } = read('server &\na | b\nc', [
      marker(1, 'server'),
      marker(2, 'a', { fresh: false, children: [7] }),
      marker(3, 'b', { fresh: false, children: [7, 8] }),
      marker(4, 'c', { fresh: false, children: [7] })
    ])
    expect(output.segments.map((segment) => segment.commands)).toEqual([['server', 'a', 'b'], ['c']])
  })

  it('without /proc, a marker with no foreground command before it joins the previous segment', () => {
    const { output } = read('cargo test | tee log', [marker(1, 'cargo test'), marker(2, 'tee log', { fresh: false, children: null })])
    expect(output.segments.map((segment) => segment.commands)).toEqual([['cargo test', 'tee log']])
  })

  it('continues a segment when bash repeats the running command (inside an EXIT or ERR trap)', () => {
    const { output } = read('trap "echo bye" EXIT\ncargo test', [
      marker(1, 'trap "echo bye" EXIT'),
      marker(2, 'cargo test'),
      'test result: ok. 1 passed',
      marker(3, 'cargo test', { status: 101 }),
      'bye'
    ])
    expect(summary(output)).toEqual([
      { commands: ['trap "echo bye" EXIT'], tools: [], status: 0, lines: 0 },
      { commands: ['cargo test'], tools: ['cargo-test'], status: null, lines: 2 }
    ])
  })

  it('gives up attribution when markers went missing, and judges nothing by segment after that', () => {
    const { output } = read('a\nb\nc', [marker(1, 'a'), marker(3, 'c'), 'late'])
    expect(output.lost).toMatch(/1 step marker\(s\) never reached go-no-go/)
    expect(output.segments[0].lines).toBe(0)
  })

  it('gives up attribution once the tokens run out, and keeps unsigned markers out of the excerpt', () => {
    const { output, kept } = read(':', [marker(1, ':', { token: TOKENS[0] }), marker(2, ':', { token: TOKENS[1] }), marker(3, ':', { token: '-' })], TOKENS.slice(0, 2))
    expect(output.lost).toMatch(/more than \d+ commands/)
    expect(kept[2]).toBe('')
  })

  it('does not trust an unsigned marker while tokens remain', () => {
    const { output, kept } = read('a\nb', [marker(1, 'a'), marker(2, 'b', { token: '-' })])
    expect(output.lost).toBeUndefined()
    expect(output.segments).toHaveLength(1)
    expect(kept[1]).toBeUndefined()
  })

  it('sends every line to one whole-output parser per tool the script names, even before the first marker', () => {
    const { output } = read('cargo fmt --check && cargo test\ncargo test --doc', ['preamble', marker(1, 'cargo fmt --check')])
    expect([...output.named.entries()]).toEqual([
      ['cargo-fmt', { count: 1, command: 'cargo fmt --check' }],
      ['cargo-test', { count: 2, command: 'cargo test' }]
    ])
    expect([...output.whole.keys()]).toEqual(['cargo-fmt', 'cargo-test'])
  })

  it('with a parser: from the checklist, reads the whole output with it alone', () => {
    const reader = createSegmentReader({ run: 'cargo fmt --check\ncargo test', tokens: TOKENS, catalog, parser: 'exit-code' })
    reader.onLine(marker(1, 'cargo fmt --check'))
    const output = reader.finish()
    expect([...output.whole.keys()]).toEqual(['exit-code'])
    expect(output.segments[0].tools).toEqual([])
  })
})

describe('toolsNamed', () => {
  it.each<[string, ParserName[]]>([
    ['cargo test', ['cargo-test']],
    ['cd api && cargo fmt --check && cargo test', ['cargo-fmt', 'cargo-test']],
    ['bash -c "cargo fmt --check && cargo clippy"', ['cargo-fmt', 'cargo-clippy']],
    ['echo "cargo test; npm test"', []],
    ['cat <<EOF\ncargo test\nEOF', []],
    ['# cargo test\nnpm test', ['npm-test']],
    ['x=$(cargo metadata)\ncargo test 2>&1 | tee log', ['cargo-test']],
    ['for p in a b; do cargo test -p $p; done', ['cargo-test']]
  ])('%j names %j', (run, tools) => {
    expect(toolsNamed(run, detectParser).map((found) => found.tool)).toEqual(tools)
  })
})

describe('hostile output', () => {
  it('costs about the same for a line full of marker prefixes as for a plain line of the same length', () => {
    // Every prefix starts something shaped like a marker whose command runs to the end of the line.
    const full = '##go-no-go-step 1 - 0 1 [-] '.repeat(2_300)
    const plain = `##go-no-go-step 1 - 0 1 [-] ${'x'.repeat(full.length - 28)}`
    const cost = (line: string) => {
      const reader = createSegmentReader({ run: 'cargo test', tokens: TOKENS, catalog })
      const started = cpuMicros()
      for (let index = 0; index < 50; index++) reader.onLine(line)
      return cpuMicros() - started
    }
    cost(full)
    cost(plain)
    const ratios = [0, 1, 2].map(() => cost(full) / cost(plain))
    // Reading every one of them would read the rest of the line 2,300 times: a ratio in the hundreds.
    expect(Math.min(...ratios)).toBeLessThan(20)
  })
})
