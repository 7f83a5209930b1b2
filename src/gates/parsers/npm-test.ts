/**
 * `npm test` runs whatever the project's script says, so every runner's closing block is looked
 * for (node --test, jest, vitest, mocha) and the blocks of several runs are summed. Scripts often
 * lint first: eslint's `✖ 3 problems (1 error, 2 warnings)` is eslint's, never a test, and when
 * eslint's errors stop the script before any test ran, that is the gate's stated cause.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { ParserArtifacts, ParserContext } from '../types.js'
import { createJestReader } from './jest.js'
import { createMochaReader } from './mocha.js'
import { createNodeTestReader } from './node-test.js'
import { parserFromReaders, type LineReader, type TestTally } from './test-tally.js'
import { createVitestReader } from './vitest.js'

const ESLINT_SUMMARY = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)$/

function createEslintReader(tally: TestTally): LineReader {
  let errors: string | undefined
  return {
    onLine(line) {
      const summary = ESLINT_SUMMARY.exec(line)
      if (summary && Number(summary[2]) > 0) errors ??= `eslint: ${line}`
    },
    finish(_artifacts?: ParserArtifacts) {
      if (errors) tally.addExitCause(errors)
    }
  }
}

function createNpmTestParser(context: ParserContext = { singleRun: false }) {
  // Several runners may run in one script; a block from each is a run of its own.
  return parserFromReaders('npm-test', { ...context, singleRun: false }, [createNodeTestReader, createJestReader, createVitestReader, createMochaReader, createEslintReader])
}

const NPM_TEST_SCRIPT = /^test(?::|$)/

export const npmTest: ParserDescriptor<'npm-test'> = {
  name: 'npm-test',
  detect(invocation) {
    if (!['npm', 'pnpm', 'yarn'].includes(invocation.program)) return false
    const [first, second] = invocation.args.filter((arg) => !arg.startsWith('-'))
    if (first === 'test' || first === 't' || first === 'tst') return true
    return (first === 'run' || first === 'run-script') && second !== undefined && NPM_TEST_SCRIPT.test(second)
  },
  create: createNpmTestParser
}
