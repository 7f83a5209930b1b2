/** Reading an earlier report from disk: bounded, never through a link or into a pipe, and every failure a reason rather than a throw. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MAX_PREVIOUS_REPORT_BYTES, describeUnusedReport, readPreviousReport } from '../src/previous-report.js'

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'go-no-go-previous-'))
const report = JSON.stringify({ items: [{ id: 'test', kind: 'command', command: 'cargo test', status: 'pass', durationMs: 1234, exitCode: 0, signal: null, timedOut: false }] })

describe('readPreviousReport', () => {
  it('reads the durations of a report file', () => {
    const file = path.join(dir(), 'report.json')
    writeFileSync(file, report)
    expect(readPreviousReport(file)).toEqual({ durations: new Map([['test', { command: 'cargo test', durationMs: 1234 }]]) })
  })

  it('says a missing file is missing (a first run, a cache miss)', () => {
    expect(readPreviousReport(path.join(dir(), 'nope.json'))).toEqual({ problem: 'it does not exist', missing: true })
  })

  it('says why a file it cannot open was not read', () => {
    const file = path.join(dir(), 'report.json')
    writeFileSync(file, report)
    expect(readPreviousReport(path.join(file, 'inside'))).toEqual({ problem: 'it cannot be read (ENOTDIR)' })
  })

  it('refuses a directory, a pipe and a link without reading or waiting', () => {
    const base = dir()
    mkdirSync(path.join(base, 'a-directory'))
    expect(readPreviousReport(path.join(base, 'a-directory'))).toEqual({ problem: 'it is not a regular file' })
    execFileSync('mkfifo', [path.join(base, 'fifo')])
    // Opening a FIFO for reading would wait for a writer forever without O_NONBLOCK.
    expect(readPreviousReport(path.join(base, 'fifo'))).toEqual({ problem: 'it is not a regular file' })
    writeFileSync(path.join(base, 'real.json'), report)
    symlinkSync(path.join(base, 'real.json'), path.join(base, 'link.json'))
    expect(readPreviousReport(path.join(base, 'link.json'))).toEqual({ problem: 'it is a symbolic link' })
    expect(readPreviousReport('/dev/zero')).toEqual({ problem: 'it is not a regular file' })
  })

  it('refuses a file over the size limit before reading it', () => {
    const file = path.join(dir(), 'huge.json')
    writeFileSync(file, '')
    // Sparse: no disk and no memory spent, yet fstat says it is over the limit.
    truncateSync(file, MAX_PREVIOUS_REPORT_BYTES + 1)
    expect(readPreviousReport(file)).toEqual({ problem: expect.stringMatching(/^it is larger than 16,777,216 bytes$/) })
    writeFileSync(file, report)
    expect(readPreviousReport(file, 100)).toEqual({ problem: 'it is larger than 100 bytes' })
  })

  it('refuses text that is not JSON without quoting it, and JSON that is not a report', () => {
    const file = path.join(dir(), 'report.json')
    writeFileSync(file, '{"items": [ \u001b]0;evil\u0007')
    expect(readPreviousReport(file)).toEqual({ problem: 'it is not valid JSON' })
    writeFileSync(file, '[1, 2]')
    expect(readPreviousReport(file)).toEqual({ problem: expect.stringContaining('not a go-no-go JSON report') })
  })

  it('refuses JSON too costly to parse before parsing it: deep nesting, too many values', () => {
    const file = path.join(dir(), 'report.json')
    // 16 MiB of `[` would take seconds and a gigabyte to parse.
    writeFileSync(file, '['.repeat(8 * 1024 * 1024) + ']'.repeat(8 * 1024 * 1024))
    expect(readPreviousReport(file)).toEqual({ problem: 'it is nested more than 64 levels deep' })
    writeFileSync(file, JSON.stringify({ items: Array.from({ length: 300_001 }, () => 0) }))
    expect(readPreviousReport(file)).toEqual({ problem: 'it holds more than 300,000 values' })
  })

  it('describes a file it did not use in one line', () => {
    expect(describeUnusedReport('The previous report', '/tmp/r.json', 'it does not exist')).toBe(
      'The previous report "/tmp/r.json" was not used (it does not exist): gates start in the usual order.'
    )
  })
})
