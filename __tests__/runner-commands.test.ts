import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRunnerCommands, outputRecord } from '../src/runner-commands.js'
import { parseOutputFile } from './helpers/run-action.js'

function capture() {
  const written: string[] = []
  const exitCodes: number[] = []
  return { written, exitCodes, write: (text: string) => void written.push(text), setExitCode: (code: number) => void exitCodes.push(code) }
}

describe('runner commands', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-runner-commands-'))

  it('writes outputs to GITHUB_OUTPUT so that a value cannot set another output', () => {
    const file = path.join(dir, 'output')
    writeFileSync(file, '')
    const out = capture()
    const commands = createRunnerCommands({ GITHUB_OUTPUT: file }, out.write, out.setExitCode)
    commands.setOutput('decision', 'no-go')
    commands.setOutput('reasons', 'line one\ndecision<<EOF\ngo\nEOF')
    commands.setOutput('passed', 3)
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ decision: 'no-go', reasons: 'line one\ndecision<<EOF\ngo\nEOF', passed: '3' })
    expect(out.written).toEqual([])
  })

  it('still sets the output, with the set-output command and a warning, when GITHUB_OUTPUT cannot be written', () => {
    const file = path.join(dir, 'a-directory')
    mkdirSync(file)
    const out = capture()
    const commands = createRunnerCommands({ GITHUB_OUTPUT: file }, out.write, out.setExitCode)
    commands.setOutput('decision', 'no-go')
    commands.setOutput('passed', 0)
    const log = out.written.join('')
    expect(log).toContain('\n::set-output name=decision::no-go\n')
    expect(log).toContain('\n::set-output name=passed::0\n')
    // Said once, naming the file and why, as a warning the run page shows.
    expect(log.match(/^::warning::.*$/gm)).toEqual([expect.stringMatching(/could not write its outputs to .*a-directory \(EISDIR/)])
  })

  it('refuses a value that contains the record delimiter', () => {
    expect(() => outputRecord('x', 'a\nDELIM\nb', 'DELIM')).toThrow(/delimiter/)
    expect(() => outputRecord('x\ny', 'a')).toThrow(/line break/)
  })

  it('falls back to the set-output command, escaped, when the runner gave no output file', () => {
    const out = capture()
    createRunnerCommands({}, out.write, out.setExitCode).setOutput('na:me', '50%\r\nnext')
    expect(out.written.join('')).toBe('\n::set-output name=na%3Ame::50%25%0D%0Anext\n')
  })

  it('escapes annotations so that a message cannot end its command early or start another', () => {
    const out = capture()
    const commands = createRunnerCommands({}, out.write, out.setExitCode)
    commands.warning('first\n::error::forged')
    commands.notice('100%')
    expect(out.written.join('')).toBe('::warning::first%0A::error::forged\n::notice::100%25\n')
  })

  it('fails the step with exit code 1 and an error annotation', () => {
    const out = capture()
    createRunnerCommands({}, out.write, out.setExitCode).setFailed('NO-GO: tests failed')
    expect(out.exitCodes).toEqual([1])
    expect(out.written.join('')).toBe('::error::NO-GO: tests failed\n')
  })

  it('closes a log group even when its body throws', async () => {
    const out = capture()
    const commands = createRunnerCommands({}, out.write, out.setExitCode)
    await expect(
      commands.group('Load', async () => {
        throw new Error('broken')
      })
    ).rejects.toThrow('broken')
    expect(out.written.join('')).toBe('::group::Load\n::endgroup::\n')
  })

  it('reads inputs as the runner passes them, trimmed, spaces as underscores', () => {
    const commands = createRunnerCommands({ 'INPUT_FAIL-ON': ' never \n', INPUT_GITHUB_TOKEN: 'x', INPUT_COMMENT_KEY: 'k' })
    expect(commands.getInput('fail-on')).toBe('never')
    expect(commands.getInput('comment key')).toBe('k')
    expect(commands.getInput('missing')).toBe('')
  })
})
