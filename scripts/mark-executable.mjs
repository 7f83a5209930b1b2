// npm links the `bin` entry as-is, so the bundled CLI needs its shebang and the exec bit.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'

const cli = new URL('../dist/cli/index.js', import.meta.url)
const source = readFileSync(cli, 'utf8')
if (!source.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${source}`)
chmodSync(cli, 0o755)
