/**
 * The starter checklist and workflow `go-no-go init` writes and prints: a preset from checklists/,
 * trimmed to what the project has, and a workflow that installs what the gates need. Pure.
 */
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml'
import { parseYamlChecklist } from '../checklist/parse-yaml.js'
import { allItems, type Checklist, type ChecklistItem } from '../checklist/types.js'
import { DEFAULT_CHECKLIST_PATH } from '../constants.js'
import type { NodeInstaller, NodeProject, Project } from './detect-project.js'
import { PRESETS } from './presets.js'

/** The action as users reference it (README, printed workflow). */
const ACTION_REFERENCE = 'go-no-go/go-no-go@v1'
/** Checkout, toolchain and dependency installs before the first gate, on a hosted runner. */
const SETUP_ALLOWANCE_MINUTES = 10

interface Starter {
  /** The checklist file's text. */
  checklist: string
  /** What was left out or will not pass yet, one line each. */
  notes: string[]
  /** The workflow to add, as YAML. */
  workflow: string
}

interface StarterContext {
  /** Where the checklist is written, relative to the project. */
  checklistPath: string
  /** Whether a file exists in the project (for evidence items that will fail until it does). */
  exists(relativePath: string): boolean
  /** Whether a program is on PATH (a note when a gate's tool is missing locally). */
  onPath(program: string): boolean
}

/** How messages name each kind of project. */
export const KIND_NAMES: Record<Project['kind'], string> = { rust: 'Rust', node: 'Node.js', python: 'Python', go: 'Go' }

/** Tools a preset's gates run that are often missing on a developer's machine, with the gate each serves. */
const TOOLS_TO_NOTE: Partial<Record<Project['kind'], Array<[string, string]>>> = {
  python: [
    ['ruff', 'lint'],
    ['black', 'format'],
    ['mypy', 'types'],
    ['pip-audit', 'audit']
  ],
  go: [['govulncheck', 'vulncheck']]
}

export function buildStarter(project: Project, context: StarterContext): Starter {
  const document = parseDocument(PRESETS[project.kind])
  const notes: string[] = []
  if (project.kind === 'node') trimNodePreset(document, project, notes)
  const kindName = KIND_NAMES[project.kind]
  const text = document
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/^# go-no-go preset for a .*$/m, `# Written by \`go-no-go init\` from the ${kindName} preset (checklists/${project.kind}.yml); adjust it to your project.`)
  // What we write must be a checklist go-no-go reads; a preset edit that breaks it fails here, not later.
  const checklist = parseYamlChecklist(text, context.checklistPath)

  if (project.kind === 'node' && !project.testScript) notes.push('package.json has no test script: the `tests` gate fails until `npm test` runs your tests')
  if (project.kind === 'rust' && !context.onPath('cargo-audit'))
    notes.push('cargo-audit is not installed here (`cargo install cargo-audit --locked`): the `audit` gate is an error until it is')
  for (const [tool, gate] of TOOLS_TO_NOTE[project.kind] ?? []) {
    if (!context.onPath(tool)) notes.push(`${tool} is not installed here: the \`${gate}\` gate is an error until it is`)
  }
  for (const item of allItems(checklist)) {
    if (item.kind === 'file' && !context.exists(item.path)) notes.push(`${item.path} does not exist yet: the \`${item.id}\` item fails until it does (or remove the item)`)
  }
  return { checklist: text, notes, workflow: starterWorkflow(project, checklist, context.checklistPath) }
}

function trimNodePreset(document: Document, project: NodeProject, notes: string[]): void {
  if (!project.hasLintScript) {
    removeItem(document, 'lint')
    notes.push('left out `lint`: package.json has no lint script')
  }
  if (!project.hasBuildScript) {
    removeItem(document, 'build')
    notes.push('left out `build`: package.json has no build script')
  }
  if (project.installer !== 'npm') {
    removeItem(document, 'audit')
    notes.push('left out `audit`: npm audit needs package-lock.json; add your package manager’s audit as a gate')
  }
}

/** Removes an item, every `needs` on it, and a section left empty. */
function removeItem(document: Document, id: string): void {
  const sections = document.get('sections')
  if (!isSeq(sections)) return
  for (const section of sections.items) {
    const items = isMap(section) ? section.get('items') : undefined
    if (!isSeq(items)) continue
    items.items = items.items.filter((item) => !(isMap(item) && item.get('id') === id))
    for (const item of items.items) if (isMap(item)) dropNeed(item, id)
  }
  sections.items = sections.items.filter((section) => {
    const items = isMap(section) ? section.get('items') : undefined
    return !isSeq(items) || items.items.length > 0
  })
}

function dropNeed(item: YAMLMap, id: string): void {
  const needs = item.get('needs')
  if (!isSeq(needs)) return
  needs.items = needs.items.filter((need) => String((need as { value?: unknown }).value ?? need) !== id)
  if (needs.items.length === 0) item.delete('needs')
}

/**
 * Long enough for the slowest chain of gates (`needs` runs them one after another) plus set-up,
 * so a slow gate is reported as timed out by go-no-go rather than the job killed without a report.
 */
function jobTimeoutMinutes(checklist: Checklist): number {
  const items = new Map(allItems(checklist).map((item) => [item.id, item]))
  const memo = new Map<string, number>()
  const chain = (item: ChecklistItem, seen: Set<string>): number => {
    const known = memo.get(item.id)
    if (known !== undefined) return known
    if (seen.has(item.id)) return 0
    const own = item.kind === 'command' ? item.timeoutMs : 0
    const before = Math.max(0, ...item.needs.map((id) => items.get(id)).map((need) => (need ? chain(need, new Set([...seen, item.id])) : 0)))
    memo.set(item.id, own + before)
    return own + before
  }
  const longestMs = Math.max(0, ...[...items.values()].map((item) => chain(item, new Set())))
  return Math.ceil(longestMs / 60_000) + SETUP_ALLOWANCE_MINUTES
}

function starterWorkflow(project: Project, checklist: Checklist, checklistPath: string): string {
  const lines = [
    'name: Go/No-Go',
    'on:',
    '  pull_request:',
    '  merge_group:',
    '',
    'permissions:',
    '  contents: read',
    '  pull-requests: write   # the sticky comment',
    '  checks: write          # the check run with annotations',
    '',
    'concurrency:',
    '  group: go-no-go-${{ github.event.pull_request.number || github.ref }}',
    '  cancel-in-progress: true',
    '',
    'jobs:',
    '  go-no-go:',
    '    runs-on: ubuntu-latest',
    `    timeout-minutes: ${jobTimeoutMinutes(checklist)}`,
    '    steps:',
    '      - uses: actions/checkout@v5',
    ...setupSteps(project),
    `      - uses: ${ACTION_REFERENCE}`,
    '        id: gonogo',
    ...(checklistPath === DEFAULT_CHECKLIST_PATH ? [] : ['        with:', `          checklist: ${JSON.stringify(checklistPath)}`]),
    '      - uses: actions/upload-artifact@v4',
    '        if: always()',
    '        with:',
    '          name: go-no-go-report',
    '          path: ${{ steps.gonogo.outputs.report }}'
  ]
  return `${lines.join('\n')}\n`
}

function setupSteps(project: Project): string[] {
  switch (project.kind) {
    case 'rust':
      return rustSetup()
    case 'node':
      return nodeSetup(project)
    case 'python':
      return pythonSetup()
    case 'go':
      return goSetup()
  }
}

function pythonSetup(): string[] {
  return [
    '      - uses: actions/setup-python@v6',
    '        with:',
    "          python-version: '3.13'",
    '      # Gates only check: the project and its tools are installed before go-no-go runs them.',
    '      - run: pip install -e . pytest ruff black mypy pip-audit'
  ]
}

function goSetup(): string[] {
  return ['      - uses: actions/setup-go@v6', '        with:', '          go-version-file: go.mod', '      - run: go install golang.org/x/vuln/cmd/govulncheck@latest']
}

function rustSetup(): string[] {
  return [
    '      - run: rustup component add rustfmt clippy',
    '      - uses: Swatinem/rust-cache@v2',
    '      # The audit gate needs cargo-audit; this installs a prebuilt binary in seconds.',
    '      - uses: taiki-e/install-action@v2',
    '        with:',
    '          tool: cargo-audit'
  ]
}

const INSTALL: Record<NodeInstaller, string> = {
  npm: 'npm ci',
  pnpm: 'pnpm install --frozen-lockfile',
  yarn: 'yarn install --immutable',
  'yarn-classic': 'yarn install --frozen-lockfile',
  none: 'npm install'
}

function nodeSetup(project: NodeProject): string[] {
  const cache = project.installer === 'none' ? undefined : project.installer.startsWith('yarn') ? 'yarn' : project.installer
  // setup-node's cache calls pnpm/yarn itself, so corepack must provide them first.
  const corepack = project.installer === 'pnpm' || project.installer.startsWith('yarn') ? ['      - run: corepack enable'] : []
  return [
    ...corepack,
    '      - uses: actions/setup-node@v5',
    '        with:',
    project.nodeVersionFile ? `          node-version-file: ${project.nodeVersionFile}` : '          node-version: 24',
    ...(cache ? [`          cache: ${cache}`] : []),
    '      # Gates only check: dependencies are installed before go-no-go runs them.',
    `      - run: ${INSTALL[project.installer]}`
  ]
}
