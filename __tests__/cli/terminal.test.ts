/**
 * The CLI in a real terminal (a pseudo-terminal from util-linux `script`, not a faked isTTY): live
 * progress redrawn in place and erased before the report, each result printed once, colour unless
 * NO_COLOR, plain lines on a dumb terminal, nothing with --quiet.
 */
import { workspaceFrom } from '../helpers/run-action.js'
import { SGR, inTerminal } from './helpers.js'

const ERASE_LINE = '\r\x1b[2K'

const twoGates = `version: 1
title: In a terminal
sections:
  - title: S
    items:
      - id: first-gate
        title: First gate
        run: "true"
      - id: second-gate
        title: Second gate
        run: exit 4
`

describe('go-no-go in a terminal', () => {
  it('redraws one progress line in place, erases it, then prints each result once', () => {
    const { status, screen } = inTerminal(workspaceFrom(undefined, twoGates), [])
    expect(status).toBe(1)
    // In place: the progress line is redrawn after a carriage return and erase, never on a new line.
    const redraws = screen.split(ERASE_LINE).length - 1
    expect(redraws).toBeGreaterThanOrEqual(3)
    expect(screen).toMatch(/running first-gate/)
    expect(screen).toMatch(/2\/2 gates done/)
    // The last thing before the report is an erase, so no progress is left on screen above it.
    const reportStart = screen.indexOf('In a terminal (.github/go-no-go.yml)')
    expect(screen.slice(0, reportStart).endsWith(ERASE_LINE)).toBe(true)
    // Progress never names a status: each result appears once, in the report.
    const plain = screen.replace(SGR, '')
    expect(plain.match(/first-gate {2}First gate/g)).toHaveLength(1)
    expect(plain.match(/second-gate {2}Second gate/g)).toHaveLength(1)
    expect(plain).not.toMatch(/\[1\/2\]/)
    // Colour on a terminal: the verdict is painted.
    expect(screen).toMatch(/\x1b\[31mNO-GO\x1b\[0m/)
  })

  it('with NO_COLOR keeps the live line but paints nothing', () => {
    const { screen } = inTerminal(workspaceFrom(undefined, twoGates), [], { NO_COLOR: '1' })
    expect(screen).toContain(ERASE_LINE)
    expect(screen).not.toMatch(SGR)
    expect(screen).toMatch(/\r\nNO-GO {2}1 passed · 1 failed/)
  })

  it('never draws wider than the terminal, so the line can be erased in place', () => {
    const many = `version: 1\ntitle: Wide\nsections:\n  - title: S\n    items:\n${Array.from(
      { length: 12 },
      (_, index) => `      - id: a-rather-long-gate-name-${index}\n        title: Gate ${index}\n        run: "true"\n`
    ).join('')}`
    const { screen } = inTerminal(workspaceFrom(undefined, many), ['--concurrency', '12'], { NO_COLOR: '1' }, 40)
    const drawn = screen.split(ERASE_LINE).slice(1, -1)
    expect(drawn.length).toBeGreaterThan(0)
    for (const line of drawn) expect([...line].length).toBeLessThanOrEqual(39)
  })

  it('on a dumb terminal prints plain lines instead', () => {
    const { screen } = inTerminal(workspaceFrom(undefined, twoGates), [], { TERM: 'dumb' })
    expect(screen).not.toMatch(/\x1b/)
    expect(screen).toMatch(/go-no-go: \[2\/2\] (first|second)-gate/)
  })

  it('with --quiet shows no progress at all, only the coloured report', () => {
    const { screen } = inTerminal(workspaceFrom(undefined, twoGates), ['--quiet'])
    expect(screen).not.toContain(ERASE_LINE)
    expect(screen).not.toMatch(/go-no-go: running/)
    expect(screen.startsWith('In a terminal (.github/go-no-go.yml)')).toBe(true)
    expect(screen).toMatch(SGR)
  })
})
