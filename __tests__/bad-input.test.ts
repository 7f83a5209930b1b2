/**
 * Bad input through the bundled action: every case ends NO-GO with exit 1, a message naming the
 * file (and line and key where there is one), a job summary saying why, and nothing leaked.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction, workspaceFrom } from './helpers/run-action.js'

const GOOD_ITEM = `version: 1
sections:
  - title: S
    items:
      - id: ok
        title: Works
        run: "true"
`
const SECRET_ENV = 'SECRET_FROM_ENVIRON_1234'

/** What a reader sees: HTML entities and Markdown backslash escapes undone. */
function decodeEntities(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_[\]~|#>+=-])/g, '$1')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

type Case = [name: string, setup: (workspace: string) => string | void, message: RegExp]

const cases: Case[] = [
  ['a YAML syntax error', (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), 'version: 1\nsections:\n  - title: [oops\n'), /go-no-go\.yml:\d+:\d+: YAML syntax error/],
  [
    'an unknown key',
    (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), GOOD_ITEM.replace('run:', 'rnu:')),
    /go-no-go\.yml:7:9 \(key `sections\[0\]\.items\[0\]\.rnu`\): unknown key "rnu"/
  ],
  [
    'a duplicate key',
    (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), GOOD_ITEM.replace('        title: Works\n', '        title: Works\n        title: Twice\n')),
    /go-no-go\.yml:7:\d+ \(key `sections\[0\]\.items\[0\]\.title`\): duplicate key "title"/
  ],
  [
    'a wrong type',
    (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), GOOD_ITEM.replace('        run: "true"\n', '        run: "true"\n        timeout-minutes: soon\n')),
    /key `sections\[0\]\.items\[0\]\.timeout-minutes`\): must be a number/
  ],
  ['a duplicate id', (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), `${GOOD_ITEM}      - id: ok\n        title: Again\n        run: "true"\n`), /duplicate id "ok"/],
  [
    'a needs cycle',
    (ws) =>
      writeFileSync(
        path.join(ws, '.github/go-no-go.yml'),
        'version: 1\nsections:\n  - title: S\n    items:\n      - { id: a, title: A, run: "true", needs: [b] }\n      - { id: b, title: B, run: "true", needs: [a] }\n'
      ),
    /needs form a cycle: a → b → a/
  ],
  [
    'a billion-laughs alias bomb',
    (ws) =>
      writeFileSync(
        path.join(ws, '.github/go-no-go.yml'),
        `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`).join('\n')}\n`
      ),
    /anchors|aliases/
  ],
  ['100,000-deep nesting', (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), `version: 1\nsections: ${'['.repeat(100_000)}\n`), /nested too deeply|syntax error/],
  ['a 10 MB file', (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), `# ${'x'.repeat(10 * 1024 * 1024)}\n`), /bytes; the limit is 1048576/],
  ['a %YAML 1.1 directive', (ws) => writeFileSync(path.join(ws, '.github/go-no-go.yml'), `%YAML 1.1\n---\n${GOOD_ITEM}`), /YAML 1\.2 only/],
  ['a path outside the workspace', () => '../../etc/passwd', /leads outside the workspace/],
  ['an absolute path', () => '/etc/passwd', /must be relative/],
  [
    'a symlink to /proc/self/environ',
    (ws) => {
      symlinkSync('/proc/self/environ', path.join(ws, 'environ.yml'))
      return 'environ.yml'
    },
    /symbolic link to a file outside the workspace/
  ],
  [
    'a FIFO',
    (ws) => {
      execFileSync('mkfifo', [path.join(ws, 'pipe.yml')])
      return 'pipe.yml'
    },
    /not a regular file/
  ],
  [
    'a directory',
    (ws) => {
      mkdirSync(path.join(ws, 'dir.yml'))
      return 'dir.yml'
    },
    /is a directory/
  ],
  ['a missing file', () => 'nothing-here.yml', /does not exist/]
]

describe.each(cases)('a checklist with %s', (_name, setup, message) => {
  it('is NO-GO with exit 1, a clear message and a job summary, leaking nothing', async () => {
    const workspace = workspaceFrom(undefined, GOOD_ITEM)
    const checklist = setup(workspace) ?? '.github/go-no-go.yml'
    const run = await runAction({ workspace, inputs: { checklist }, env: { MY_SECRET: SECRET_ENV } })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.stdout).toMatch(message)
    expect(run.stdout).toContain(`::error::NO-GO: the checklist ${checklist} is invalid, so no gate was run`)
    expect(run.summary).toMatch(/^## 🔴 NO-GO: the checklist could not be read — no gate was run/)
    expect(JSON.parse(readFileSync(run.outputs.report, 'utf8')).runProblems[0]).toMatchObject({ code: 'invalid-checklist' })
    // The summary is Markdown with HTML-escaped text; compare what a reader sees.
    expect(decodeEntities(run.summary)).toMatch(message)
    for (const surface of [run.stdout, run.stderr, run.summary]) expect(surface).not.toContain(SECRET_ENV)
  })
})

describe('a checklist where nothing is checked', () => {
  const empty = 'version: 1\nsections: []\n'
  it('is NO-GO by default', async () => {
    const run = await runAction({ workspace: workspaceFrom(undefined, empty) })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toMatch(/nothing was proven/)
  })

  it('is GO with allow-empty: true', async () => {
    const run = await runAction({ workspace: workspaceFrom(undefined, empty), inputs: { 'allow-empty': 'true' } })
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('go')
  })
})

describe('secrets in gate output', () => {
  it('are redacted from the summary and the log: masked values, secret env values and token shapes', async () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(4).slice(0, 36)}`
    const workspace = workspaceFrom(
      undefined,
      `version: 1
sections:
  - title: S
    items:
      - id: leaky
        title: Prints secrets
        run: |
          echo "::add-mask::masked-value-9876"
          echo "the masked one: masked-value-9876"
          echo "deploy key: $DEPLOY_PASSWORD"
          echo "token: ${token}"
          exit 1
`
    )
    const run = await runAction({ workspace, env: { DEPLOY_PASSWORD: 'pa55-w0rd-from-env' } })
    expect(run.outputs.decision).toBe('no-go')
    for (const surface of [run.summary, run.stdout.replace(/::add-mask::masked-value-9876/, '')]) {
      expect(surface).not.toContain('masked-value-9876')
      expect(surface).not.toContain('pa55-w0rd-from-env')
      expect(surface).not.toContain(token)
    }
    expect(run.summary).toContain('***')
  })
})

describe.each([
  ['fail-on', 'sometimes', /Invalid input 'fail-on': "sometimes"\. Expected one of no-go, conditional-go, never\./],
  ['concurrency', 'lots', /Invalid input 'concurrency': "lots"\. Expected a whole number from 1 to 9999\./],
  ['comment', 'yes please', /Invalid input 'comment': "yes please"\. Expected one of true, false, on-failure\./],
  ['allow-empty', 'maybe', /Invalid input 'allow-empty': "maybe"\. Expected true or false\./],
  ['check-run', 'sure', /Invalid input 'check-run': "sure"\. Expected true or false\./],
  ['comment-key', 'a --> b', /Invalid input 'comment-key': "a --> b"\. Expected letters, digits/]
])('the input %s=%j', (name, value, message) => {
  it('is NO-GO with exit 1: the message names the input and what was expected, in the log, summary and report', async () => {
    const workspace = workspaceFrom(undefined, GOOD_ITEM.replace('run: "true"', 'run: touch GATE-RAN'))
    const run = await runAction({ workspace, inputs: { [name]: value } })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.stdout).toMatch(new RegExp(`::error::NO-GO: ${message.source}`))
    expect(run.summary).toMatch(/^## 🔴 NO-GO: an input is invalid — no gate was run/)
    expect(decodeEntities(run.summary)).toMatch(message)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report).toMatchObject({ decision: 'no-go', runProblems: [{ code: 'invalid-input', message: expect.stringMatching(message) }] })
    expect(run.stderr).not.toMatch(/at .*dist\/index\.js/)
    expect(existsSync(path.join(workspace, 'GATE-RAN'))).toBe(false)
  })
})

describe('several bad inputs with fail-on: never', () => {
  it('names every one, says NO-GO, and leaves the step to fail-on as asked', async () => {
    const run = await runAction({ workspace: workspaceFrom(undefined, GOOD_ITEM), inputs: { 'fail-on': 'never', concurrency: '-1', comment: 'loud' } })
    expect(run.code).toBe(0)
    expect(run.outputs.decision).toBe('no-go')
    expect(decodeEntities(run.summary)).toMatch(/Invalid input 'concurrency'[\s\S]*Invalid input 'comment'/)
    expect(run.stdout).toMatch(/::warning::NO-GO: Invalid input 'concurrency'.*; Invalid input 'comment'/)
  })
})

describe('a checklist whose key carries a workflow command', () => {
  it('is NO-GO, and the key reaches the log as text, never as a command', async () => {
    const workspace = workspaceFrom(undefined, `version: 1\nsections: []\n"evil\\n::error::forged GO\\r::set-output name=decision::go": 1\n`)
    const run = await runAction({ workspace })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.stdout).toMatch(/unknown key/)
    for (const line of run.stdout.split(/\r\n|\r|\n/)) {
      expect(line).not.toMatch(/^::error::forged/)
      expect(line).not.toMatch(/^::set-output/)
    }
  })
})

describe('an output file the action cannot write (GITHUB_OUTPUT is a directory)', () => {
  it('still shows the verdict: NO-GO and why in the log and the job summary, and the outputs through the set-output command', async () => {
    const workspace = workspaceFrom(undefined, GOOD_ITEM.replace('run: "true"', 'run: "exit 1"'))
    const unwritable = path.join(workspace, '..', `${path.basename(workspace)}-output`)
    mkdirSync(unwritable)
    const run = await runAction({ workspace, inputs: { 'github-token': '' }, env: { GITHUB_OUTPUT: unwritable } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::set-output name=decision::no-go')
    expect(run.stdout).toMatch(/^::error::NO-GO: .*ok/m)
    expect(run.stdout).not.toContain('go-no-go failed')
    expect(run.summary.split('\n')[0]).toMatch(/^## 🔴 NO-GO/)
  })
})
