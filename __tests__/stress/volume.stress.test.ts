/** A gate that prints without end must not take the action down with it: memory stays flat, the run finishes. */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { trackPeakMemory } from '../helpers/measure.js'
import { REPO_ROOT, runAction, workspaceFrom } from '../helpers/run-action.js'

const FIGURES = path.join(REPO_ROOT, '__tests__', '.tmp', 'figures.jsonl')
const PEAK_RSS_LIMIT_MB = 150

function recordFigure(figure: Record<string, unknown>): void {
  mkdirSync(path.dirname(FIGURES), { recursive: true })
  appendFileSync(FIGURES, `${JSON.stringify(figure)}\n`)
}

const oneGate = (run: string) => `version: 1
sections:
  - title: Volume
    items:
      - id: flood
        title: Prints a flood
        run: "${run}"
        timeout-minutes: 10
`

describe.each([
  ['2 GB without a newline', `head -c 2000000000 /dev/zero | tr '\\\\0' x; exit 1`, 2_000_000_000],
  ['10 million short lines', `seq 1 10000000; exit 1`, 78_888_897]
])('a gate printing %s', (name, command, bytes) => {
  it(`finishes with peak RSS ≤ ${PEAK_RSS_LIMIT_MB} MB and a bounded report`, async () => {
    let tracker: ReturnType<typeof trackPeakMemory> | undefined
    const run = await runAction({
      workspace: workspaceFrom(undefined, oneGate(command)),
      onSpawn: (child) => (tracker = trackPeakMemory(child.pid!))
    })
    const peakMb = tracker!.stop()
    recordFigure({ kind: 'volume', scenario: name, peakRssMb: Math.round(peakMb), seconds: Math.round(run.durationMs / 100) / 10 })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.code).toBe(1)
    expect(peakMb).toBeLessThanOrEqual(PEAK_RSS_LIMIT_MB)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0].status).toBe('fail')
    // Every byte the gate printed and none of go-no-go's own step markers, even the one that lands at
    // the end of a 2 GB line without a newline (a cut line keeps its end for that).
    expect(report.items[0].outputBytes).toBe(bytes)
    expect(JSON.stringify(report).length).toBeLessThan(512 * 1024)
  })
})
