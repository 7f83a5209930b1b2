import { restoreEventPath } from './toolkit-event-guard.js'
import { run } from './main.js'

restoreEventPath()
await run()
