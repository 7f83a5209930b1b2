import { createRunnerCommands } from './runner-commands.js'
import { isWithheldFromGates } from './gates/child-env.js'
import { run } from './main.js'
import { scrubOwnEnvironment } from './own-environment.js'

const core = createRunnerCommands()

// Before anything runs a gate: our token must not be readable from our own /proc/<pid>/environ.
const scrub = scrubOwnEnvironment(isWithheldFromGates)
if ('problem' in scrub) core.warning(`go-no-go could not remove its token from its own start-up environment (${scrub.problem}); a gate can read it from /proc.`)
await run()
