/**
 * Issue 10: a checklist shaped the way teams write them reaches a true GO once the work before
 * deploying is done, and stays NO-GO on a fresh repository for reasons that all come from before
 * deploying. Real `node --test` runs; nothing after GO is run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseMarkdownChecklist } from '../../../src/checklist/markdown.js'
import { parseYamlChecklist } from '../../../src/checklist/parse-yaml.js'
import { checklistToYaml } from '../../../src/checklist/to-yaml.js'
import { allItems, isBeforeDeploy, type Checklist } from '../../../src/checklist/types.js'
import { runChecklist } from '../../../src/engine.js'
import { createGateRunner } from '../../../src/gates/gate-runner.js'

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures', 'team-release.md'), 'utf8')
const checklist = parseMarkdownChecklist(fixture, 'RELEASE.md')
const items = allItems(checklist)
const byTitle = (title: string) => {
  const found = items.find((item) => item.title === title)
  if (!found) throw new Error(`no item titled ${title}: ${items.map((item) => item.title).join(' | ')}`)
  return found
}

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

async function judge(list: Checklist, workspace: string) {
  const runner = createGateRunner({ workspace, parentEnv: process.env, scratchDir: tempDir('go-no-go-phases-scratch-'), killGraceMs: 2000 })
  return runChecklist(list, runner, { concurrency: 1, allowEmpty: false })
}

/** The pre-deployment work done: tests that pass, the rollback plan written, its boxes ticked, the sign-off filled in. */
function doneCopy(): { workspace: string; markdown: string } {
  const workspace = tempDir('go-no-go-phases-done-')
  mkdirSync(path.join(workspace, 'api', 'test'), { recursive: true })
  writeFileSync(path.join(workspace, 'api', 'test', 'orders.test.mjs'), "import test from 'node:test'\ntest('adds', () => {})\n")
  mkdirSync(path.join(workspace, 'docs'))
  writeFileSync(path.join(workspace, 'docs', 'ROLLBACK.md'), 'Revert the release tag and redeploy.\n')
  const before = fixture.slice(0, fixture.indexOf('<post-deployment'))
  const markdown =
    before.replace(/- \[ \]/g, '- [x]') + fixture.slice(before.length).replace('**Release manager**: ____ Date: ____', '**Release manager**: Dana K. Date: 2026-11-30')
  return { workspace, markdown }
}

describe('phases read from headings, tags and wording', () => {
  it('leaves deployment steps, monitoring windows, tagged sections and later rollout phases out of the decision', () => {
    expect(byTitle('Deploy to production: make deploy').phase).toBe('deploy')
    expect(byTitle('Smoke tests green: node --test').phase).toBe('deploy')
    expect(byTitle('Hour 1: error rate normal').phase).toBe('post-deploy')
    expect(byTitle('Error dashboards checked')).toMatchObject({ phase: 'post-deploy', phaseFrom: expect.stringContaining('section tag') })
    expect(byTitle('Canary healthy for 24 hours').phase).toBe('post-deploy')
    expect(isBeforeDeploy(byTitle('Local package mirror configured'))).toBe(true)
  })

  it('reads the priority attribute of a section tag as severity', () => {
    expect(byTitle('Error dashboards checked')).toMatchObject({ severity: 'warning', severityFrom: expect.stringContaining('priority: low') })
  })

  it('lists rollback triggers once as a reference, never as items', () => {
    expect(checklist.rollbackIf).toEqual(['Error rate > 1% for 5 minutes', 'Data corruption detected'])
    expect(items.some((item) => item.title.startsWith('Error rate'))).toBe(false)
  })

  it('reads conditions, explicit severity words and alternatives', () => {
    expect(byTitle('Kubernetes manifests reviewed (if using Kubernetes)')).toMatchObject({ severity: 'warning', severityFrom: expect.stringContaining('if using') })
    expect(byTitle('Load test baseline recorded (Severity: LOW)').severity).toBe('warning')
    const internet = byTitle('Internet connection available for package download')
    expect(internet.anyOf).toBeDefined()
    expect(byTitle('Local package mirror configured').anyOf).toBe(internet.anyOf)
    // A pick-one list under its heading.
    expect(byTitle('Single server').anyOf).toBe('deployment-type')
    expect(byTitle('Kubernetes cluster').anyOf).toBe('deployment-type')
  })

  it('turns a path that must exist into file evidence, and an acceptance figure into the gate expectation, in the directory its cd names', () => {
    expect(byTitle('Rollback plan documented in docs/ROLLBACK.md')).toMatchObject({ kind: 'file', path: 'docs/ROLLBACK.md' })
    expect(byTitle('Unit tests pass (≥ 90% pass rate): cd api && node --test')).toMatchObject({
      kind: 'command',
      run: 'node --test',
      workingDirectory: 'api',
      expect: { passRate: 90 }
    })
  })

  it('makes only the allow-listed check of a shell block under a heading a gate, titled by its echo, in the directory of its cd', () => {
    const script = items.filter((item) => item.section.endsWith('Verification script'))
    expect(script).toMatchObject([{ kind: 'command', title: 'Unit tests', run: 'node --test', workingDirectory: 'api' }])
  })

  it('cleans titles: no status emoji in section titles, no tags', () => {
    expect(byTitle('Local package mirror configured').section).toBe('Pre-Deployment › Code quality')
    for (const item of items) expect(item.section).not.toMatch(/[<>✅]/)
  })

  it('keeps the id of a sign-off when it is filled in', () => {
    const filled = allItems(parseMarkdownChecklist(doneCopy().markdown, 'RELEASE.md'))
    const id = (list: typeof items) => list.find((item) => item.title.startsWith('Sign-off'))?.id
    expect(id(filled)).toBe(id(items))
    expect(id(items)).toBe('sign-off-release-manager')
  })
})

describe('odd and hostile input', () => {
  it('never hides a check in a rollback trigger list: a box with a command stays an item, and runs when before deploying', () => {
    const list = parseMarkdownChecklist('# R\n## Checks\nRoll back if:\n- [ ] No test failures: `node --test`\n- [ ] Error rate > 1%\n', 'R.md')
    expect(list.rollbackIf).toEqual(['Error rate > 1%'])
    expect(allItems(list)).toMatchObject([{ kind: 'command', run: 'node --test' }])
  })

  it('keeps a command manual after a cd that leaves the repository, and says why', () => {
    const list = parseMarkdownChecklist('# R\n- [ ] Tests: `cd ../other && npm test`\n- [ ] More: `cd $HOME && npm test`\n', 'R.md')
    expect(allItems(list).map((item) => [item.kind, item.kind === 'manual' ? item.note : ''])).toEqual([
      ['manual', '`npm test` runs after `cd ../other`, which leaves the repository or cannot be told; not run'],
      ['manual', '`npm test` runs after `cd $HOME`, which leaves the repository or cannot be told; not run']
    ])
  })

  it('reads a heading that lists several targets, or says "one of" in passing, as all of them, not a pick-one: a failing target is NO-GO', async () => {
    const markdown = '# R\n## Platform Targets\n- [ ] Linux passes: `node --test linux.test.mjs`\n- [ ] Windows passes: `node --test windows.test.mjs`\n'
    const list = parseMarkdownChecklist(markdown, 'R.md')
    expect(allItems(list).map((item) => item.anyOf)).toEqual([undefined, undefined])
    expect(allItems(parseMarkdownChecklist('# R\n### Deployment Target\n- [ ] Single server\n- [ ] Kubernetes cluster\n', 'R.md')).map((item) => item.anyOf)).toEqual([
      'deployment-target',
      'deployment-target'
    ])
    const priorities = parseMarkdownChecklist('# R\n## Security, one of our top priorities\n- [ ] Audit: `npm audit`\n- [ ] Tests: `npm test`\n', 'R.md')
    expect(allItems(priorities).map((item) => item.anyOf)).toEqual([undefined, undefined])
    const oneOf = parseMarkdownChecklist('# R\n## Database, one of the following\n- [ ] Postgres\n- [ ] SQLite\n## Cache: pick one\n- [ ] Redis\n- [ ] None\n', 'R.md')
    expect(allItems(oneOf).every((item) => item.anyOf !== undefined)).toBe(true)
    const workspace = tempDir('go-no-go-targets-')
    writeFileSync(path.join(workspace, 'linux.test.mjs'), "import test from 'node:test'\ntest('ok', () => {})\n")
    writeFileSync(path.join(workspace, 'windows.test.mjs'), "import test from 'node:test'\nimport assert from 'node:assert'\ntest('broken', () => assert.fail('windows broken'))\n")
    const report = await runChecklist(list, createGateRunner({ workspace, parentEnv: process.env, scratchDir: tempDir('go-no-go-scratch-'), killGraceMs: 1_000 }), {
      concurrency: 1,
      allowEmpty: false,
      parentEnv: {}
    })
    expect(report.verdict.decision).toBe('no-go')
    expect(report.verdict.reasons.join('\n')).toContain('windows-passes')
  })

  it('never lets one command of a box stand in for another the box also requires', async () => {
    const broken = "import test from 'node:test'\nimport assert from 'node:assert'\ntest('broken', () => assert.fail('broken'))\n"
    const green = "import test from 'node:test'\ntest('ok', () => {})\n"
    // "`a` or `b`" are alternatives; a command in the block under the box is required as well.
    const withBlock = '# R\n## Checks\n- [ ] Tests: `node --test ok.test.mjs` or `node --test also-ok.test.mjs`\n  ```bash\n  node --test broken.test.mjs\n  ```\n'
    // "(a and b) OR a person's word": one gate of the box passing is not the box passing.
    const bothOr = '# R\n## Checks\n- [ ] CI green: `node --test broken.test.mjs` and `node --test ok.test.mjs` OR\n- [ ] Manual QA signed off\n'
    for (const markdown of [withBlock, bothOr]) {
      const list = parseMarkdownChecklist(markdown, 'R.md')
      const workspace = tempDir('go-no-go-box-commands-')
      writeFileSync(path.join(workspace, 'broken.test.mjs'), broken)
      writeFileSync(path.join(workspace, 'ok.test.mjs'), green)
      writeFileSync(path.join(workspace, 'also-ok.test.mjs'), green)
      const report = await runChecklist(list, createGateRunner({ workspace, parentEnv: process.env, scratchDir: tempDir('go-no-go-scratch-'), killGraceMs: 1_000 }), {
        concurrency: 1,
        allowEmpty: false,
        parentEnv: {}
      })
      const brokenGate = allItems(list).find((item) => item.kind === 'command' && item.run.includes('broken'))
      expect(report.verdict.decision).toBe('no-go')
      expect(report.verdict.reasons.join('\n')).toContain(brokenGate?.id)
    }
  })

  it('takes no file evidence from a path the box says to remove, nor one outside the repository', () => {
    const list = parseMarkdownChecklist(
      '# R\n- [ ] Remove `config/old.yml` (documented)\n- [ ] Notes written in `../secrets/key.md`\n- [ ] Notes written in `/etc/passwd.md`\n',
      'R.md'
    )
    expect(allItems(list).map((item) => item.kind)).toEqual(['manual', 'manual', 'manual'])
  })
})

describe('the decision', () => {
  it('is NO-GO on a fresh repository, and no reason comes from after GO', async () => {
    const report = await judge(checklist, tempDir('go-no-go-phases-fresh-'))
    expect(report.verdict.decision).toBe('no-go')
    const after = new Set(items.filter((item) => !isBeforeDeploy(item)).map((item) => item.id))
    expect(after.size).toBeGreaterThan(5)
    for (const reason of report.verdict.reasons) expect(after.has(reason.split(':')[0])).toBe(false)
    // Nothing after GO was run.
    for (const id of after) expect(report.results.get(id)?.status ?? 'not-run').not.toBe('pass')
  }, 120_000)

  it('is GO or CONDITIONAL GO once the work before deploying is done, from the Markdown and from its import', async () => {
    const { workspace, markdown } = doneCopy()
    const done = parseMarkdownChecklist(markdown, 'RELEASE.md')
    const fromMarkdown = await judge(done, workspace)
    expect(fromMarkdown.verdict.reasons.filter((reason) => !/warning|kubernetes|load-test/i.test(reason))).toEqual([])
    expect(['go', 'conditional-go']).toContain(fromMarkdown.verdict.decision)
    const imported = parseYamlChecklist(checklistToYaml(done), 'release.yml')
    expect(imported.rollbackIf).toEqual(done.rollbackIf)
    const shape = (list: Checklist) =>
      allItems(list)
        .map((item) => [
          item.id,
          item.phase ?? 'pre-deploy',
          isBeforeDeploy(item) ? item.severity : 'after GO: decides nothing',
          item.anyOf ?? null,
          item.kind === 'command' ? [item.run, item.workingDirectory, item.expect] : item.kind === 'manual' && item.signedOff
        ])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    expect(shape(imported)).toEqual(shape(done))
    // The ticks are carried over: the import decides as the Markdown does, for the same reasons.
    const fromImport = await judge(imported, workspace)
    expect(fromImport.verdict.decision).toBe(fromMarkdown.verdict.decision)
    expect(fromImport.verdict.reasons).toEqual(fromMarkdown.verdict.reasons)
  }, 120_000)
})

/** The shared seeds, when this checkout sits next to them; a clean clone skips these. */
const seedsDir = [path.join(process.cwd(), '..', 'shared', 'seeds'), path.join(process.cwd(), '..', '..', 'shared', 'seeds')].find((dir) => existsSync(dir)) ?? ''
const seeds = seedsDir !== '' ? readdirSync(seedsDir).filter((name) => name.endsWith('.md')) : []
const describeSeeds = seeds.length > 0 ? describe : describe.skip
const readSeed = (name: string) => readFileSync(path.join(seedsDir, name), 'utf8')

/**
 * What `go-no-go import SEED.md` printed, run from the seeds directory, before the phases work:
 * commit 82140cfd4bea (the first parent of the merge 703c114 "Merge phases: …"), its dist/cli.
 */
const IMPORT_BEFORE_PHASES: Record<string, { bytes: number; lines: number }> = {
  'memory-graph-checklist.md': { bytes: 34_655, lines: 904 },
  'ml-service-checklist.md': { bytes: 27_614, lines: 822 },
  'reranker-checklist.md': { bytes: 21_777, lines: 663 }
}

const lineCount = (text: string) => text.split('\n').length - 1

/**
 * The seed as its team would have it once the work before deploying is done: every box of an item
 * before deploying ticked, every blank of its line filled in (signature, date, a [SPECIFY]
 * figure), built from the seed's own text so that no copy of it lives in this project.
 */
function doneSeed(text: string, name: string): string {
  const lines = text.split('\n')
  for (const item of allItems(parseMarkdownChecklist(text, name))) {
    if (item.kind !== 'manual' || !isBeforeDeploy(item) || !item.source) continue
    const at = item.source.line - 1
    let blanks = 0
    lines[at] = lines[at]
      .replace('[ ]', '[x]')
      .replace(/\[(?:SPECIFY|NAME|EMAIL)\]/g, '100')
      .replace(/_{3,}/g, () => (blanks++ === 0 ? 'Dana K.' : '2026-11-30'))
  }
  return lines.join('\n')
}

/** The files whose checks a seed names, passing: a Rust crate with a test, npm projects without dependencies. */
function passingWorkspace(): string {
  const workspace = tempDir('go-no-go-seed-done-')
  writeFileSync(path.join(workspace, 'Cargo.toml'), '[package]\nname = "seed_done"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n')
  mkdirSync(path.join(workspace, 'src'))
  writeFileSync(
    path.join(workspace, 'src', 'lib.rs'),
    'pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() {\n        assert_eq!(super::add(1, 2), 3);\n    }\n}\n'
  )
  for (const dir of ['.', path.join('clients', 'typescript')]) {
    mkdirSync(path.join(workspace, dir, 'test'), { recursive: true })
    const manifest = { name: 'seed-done', version: '1.0.0', private: true, scripts: { build: 'node -e "0"', test: 'node --test' } }
    writeFileSync(path.join(workspace, dir, 'package.json'), JSON.stringify(manifest))
    // No dependencies: `npm audit` answers from the lockfile alone, without the advisory service.
    const lock = { name: 'seed-done', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'seed-done', version: '1.0.0' } } }
    writeFileSync(path.join(workspace, dir, 'package-lock.json'), JSON.stringify(lock))
    writeFileSync(path.join(workspace, dir, 'test', 'add.test.mjs'), "import test from 'node:test'\ntest('adds', () => {})\n")
  }
  return workspace
}

/** The checks behind a verdict's reasons: a command by what it runs where, anything else by its id. */
function checksIn(list: Checklist, reasons: readonly string[]): string[] {
  const byId = new Map(allItems(list).map((item) => [item.id, item]))
  const checks = reasons.map((reason) => {
    const [id, ...rest] = reason.split(': ')
    const item = byId.get(id)
    return `${item?.kind === 'command' ? `\`${item.run}\` in ${item.workingDirectory}` : id}: ${rest.join(': ')}`
  })
  return [...new Set(checks)].sort()
}

/** `cargo audit` needs its plugin and the advisory database from the network; where it cannot run, its gate is an error. */
const cargoAuditRuns = spawnSync('cargo', ['audit', '--version'], { encoding: 'utf8' }).status === 0

describeSeeds('the shared seed checklists', () => {
  it.each(seeds.length > 0 ? seeds : ['none'])(
    '%s: NO-GO on a fresh repository for reasons from before deploying only, the same from its import',
    async (name) => {
      const markdown = parseMarkdownChecklist(readSeed(name), name)
      const after = new Set(
        allItems(markdown)
          .filter((item) => !isBeforeDeploy(item))
          .map((item) => item.id)
      )
      expect(after.size).toBeGreaterThan(0)
      const report = await judge(markdown, tempDir('go-no-go-phases-seed-'))
      expect(report.verdict.decision).toBe('no-go')
      for (const reason of report.verdict.reasons) expect(after.has(reason.split(':')[0])).toBe(false)
      const imported = parseYamlChecklist(checklistToYaml(markdown), `${name}.yml`)
      expect((await judge(imported, tempDir('go-no-go-phases-seed-yaml-'))).verdict.decision).toBe('no-go')
    },
    300_000
  )

  it.each(seeds.length > 0 ? seeds : ['none'])('%s: its import is at most a third of the import before phases, in lines and in bytes', (name) => {
    const before = IMPORT_BEFORE_PHASES[name]
    if (!before) throw new Error(`no size recorded for the seed ${name}: run the import of commit 82140cfd4bea on it and add it to IMPORT_BEFORE_PHASES`)
    const yaml = checklistToYaml(parseMarkdownChecklist(readSeed(name), name))
    expect(Buffer.byteLength(yaml) * 3).toBeLessThanOrEqual(before.bytes)
    expect(lineCount(yaml) * 3).toBeLessThanOrEqual(before.lines)
  })

  it.each(seeds.length > 0 ? seeds : ['none'])(
    '%s, done: GO or CONDITIONAL GO from the Markdown, and the same decision for the same reasons from its import',
    async (name) => {
      const text = doneSeed(readSeed(name), name)
      const markdown = parseMarkdownChecklist(text, name)
      const pending = allItems(markdown).filter((item) => item.kind === 'manual' && isBeforeDeploy(item) && !item.signedOff && item.severity === 'blocking')
      expect(pending.map((item) => item.id)).toEqual([])
      const workspace = passingWorkspace()
      const fromMarkdown = await judge(markdown, workspace)
      const imported = parseYamlChecklist(checklistToYaml(markdown), `${name}.yml`)
      const fromImport = await judge(imported, workspace)
      const auditGates = allItems(markdown).filter((item) => item.kind === 'command' && /^cargo audit\b/.test(item.run))
      if (cargoAuditRuns || auditGates.length === 0) {
        expect(['go', 'conditional-go']).toContain(fromMarkdown.verdict.decision)
      } else {
        // Only the check this machine cannot run stands between the done copy and GO.
        const blockingIds = new Set(
          allItems(markdown)
            .filter((item) => item.severity === 'blocking' && !auditGates.includes(item))
            .map((item) => item.id)
        )
        expect(fromMarkdown.verdict.reasons.filter((reason) => blockingIds.has(reason.split(':')[0]))).toEqual([])
        expect(fromMarkdown.verdict.reasons.map((reason) => reason.split(':')[0])).toEqual(expect.arrayContaining(auditGates.map((gate) => gate.id)))
        expect(fromMarkdown.verdict.decision).toBe('no-go')
      }
      expect(fromImport.verdict.decision).toBe(fromMarkdown.verdict.decision)
      // The import runs a command named twice once: its reasons are the Markdown's, one per check.
      expect(checksIn(imported, fromImport.verdict.reasons)).toEqual(checksIn(markdown, fromMarkdown.verdict.reasons))
    },
    600_000
  )
})
