/**
 * What the action tells the runner: its inputs, outputs, log groups, annotations and failure, in
 * the runner's documented formats (workflow commands on stdout, the `GITHUB_OUTPUT` file).
 *
 * Not `@actions/core`: importing it loads its OIDC client, and with it undici, at every start —
 * about 70 ms of a run that checks one gate in 200 (issue 12). go-no-go needs none of that, only
 * the handful of commands below. The GitHub API client, which does need undici, is loaded only by
 * runs that talk to GitHub.
 */
import { randomHex } from './random-bytes.js'
import { appendFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import { escapeCommandValue } from './text/workflow-commands.js'

type Write = (text: string) => void

export interface RunnerCommands {
  /** An input as the runner passes it (`INPUT_<NAME>`), trimmed; '' when not given. */
  getInput(name: string): string
  setOutput(name: string, value: string | number): void
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  /** Marks the step failed (exit code 1) and says why as an error annotation. */
  setFailed(message: string): void
  startGroup(title: string): void
  endGroup(): void
  group<T>(title: string, body: () => Promise<T>): Promise<T>
}

/**
 * @param env where the runner put the inputs and the output file's path.
 * @param write stdout, where the runner reads workflow commands.
 * @param setExitCode how a failure reaches the runner.
 */
export function createRunnerCommands(
  env: NodeJS.ProcessEnv = process.env,
  write: Write = (text) => process.stdout.write(text),
  setExitCode: (code: number) => void = (code) => (process.exitCode = code)
): RunnerCommands {
  const command = (name: string, message: string) => write(`::${name}::${escapeCommandValue(message)}${os.EOL}`)
  let outputFileFailed = false
  const commands: RunnerCommands = {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput(name, given) {
      const value = String(given)
      const file = env.GITHUB_OUTPUT
      if (file && existsSync(file) && !outputFileFailed) {
        try {
          appendFileSync(file, outputRecord(name, value), { encoding: 'utf8' })
          return
        } catch (error) {
          // An output file we cannot write (a directory, no permission, a full disk) must not take
          // the verdict with it: the rest of the run still writes the summary and says NO-GO or GO.
          outputFileFailed = true
          command('warning', `go-no-go could not write its outputs to ${file} (${describeError(error)}); they are set with the older set-output command instead.`)
        }
      }
      // Runners without the file (very old ones, local tools) still read the deprecated command.
      write(os.EOL)
      write(`::set-output name=${escapeCommandProperty(name)}::${escapeCommandValue(value)}${os.EOL}`)
    },
    info: (message) => write(`${message}${os.EOL}`),
    notice: (message) => command('notice', message),
    warning: (message) => command('warning', message),
    setFailed(message) {
      setExitCode(1)
      command('error', message)
    },
    startGroup: (title) => command('group', title),
    endGroup: () => write(`::endgroup::${os.EOL}`),
    async group(title, body) {
      commands.startGroup(title)
      try {
        return await body()
      } finally {
        commands.endGroup()
      }
    }
  }
  return commands
}

/**
 * One `name<<delimiter` record of the output file. The delimiter is random so that no value can
 * end the record early and set another output; a value that somehow contains it is refused.
 */
export function outputRecord(name: string, value: string, delimiter = `ghadelimiter_${randomHex(16)}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: its value contains the record delimiter`)
  // The runner reads `name<<delimiter` up to the end of the line: a line break in the name would start another record.
  if (/[\r\n]/.test(name)) throw new Error(`output name ${JSON.stringify(name)} has a line break`)
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`
}

function escapeCommandProperty(value: string): string {
  return escapeCommandValue(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function describeError(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message
  return (typeof message === 'string' ? message : String(error)).split('\n')[0].slice(0, 200)
}
