/** `go-no-go init`: look at the project, write a starter checklist, print the workflow to add. */
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isInside } from '../paths.js'
import { stripControl } from '../text/sanitize.js'
import type { InitCommand } from './args.js'
import { detectProject, type ProjectFiles } from './detect-project.js'
import { CliError } from './errors.js'
import type { CliIo } from './run.js'
import { shellQuote } from './shell-quote.js'
import { buildStarter, KIND_NAMES } from './starter.js'

const MAX_PROJECT_FILE_BYTES = 1024 * 1024

export async function initProject(command: InitCommand, io: CliIo): Promise<number> {
  const root = path.resolve(command.cwd)
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`${root} is not a directory (--cwd ${command.cwd})`)
  const target = path.resolve(root, command.checklist)
  if (!isInside(root, target) || target === root) throw new CliError(`--checklist ${command.checklist} must be a file inside ${root}`)

  const files: ProjectFiles = {
    exists: (name) => existsSync(path.join(root, name)),
    read: (name) => readProjectFile(root, name)
  }
  const project = detectProject(files, command.preset)
  const starter = buildStarter(project, {
    checklistPath: command.checklist,
    exists: (relative) => statSync(path.resolve(root, relative), { throwIfNoEntry: false })?.isFile() === true,
    onPath: (program) => onPath(program, io.env.PATH ?? '')
  })
  try {
    writeChecklist(root, target, starter.checklist, command)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (error instanceof CliError || !code) throw error
    throw new CliError(`cannot write ${command.checklist} (${code})`)
  }

  const cwdFlag = command.cwd === '.' ? '' : ` -C ${shellQuote(command.cwd)}`
  const checklistFlag = command.checklist === '.github/go-no-go.yml' ? '' : ` --checklist ${shellQuote(command.checklist)}`
  const out = [
    `Wrote ${command.checklist} from the ${KIND_NAMES[project.kind]} preset${project.kind === 'node' && project.testScript ? ` (npm test runs: ${project.testScript})` : ''}.`,
    ...starter.notes.map((note) => `  - ${note}`),
    '',
    `Try it here:   go-no-go${cwdFlag}${checklistFlag} --gates-only`,
    '',
    'Then add this workflow as .github/workflows/go-no-go.yml:',
    '',
    ...starter.workflow
      .trimEnd()
      .split('\n')
      .map((line) => `    ${line}`),
    ''
  ]
  // package.json is the repository's text: its test script must not drive the terminal (title, clipboard).
  io.stdout.write(stripControl(`${out.join('\n')}\n`))
  return 0
}

/**
 * Never clobbers by accident: without --force an existing file (or a link) is refused; with it, the
 * new file replaces the old by rename, so a symbolic link is replaced, not written through.
 */
function writeChecklist(root: string, target: string, text: string, command: InitCommand): void {
  const existing = lstatSync(target, { throwIfNoEntry: false })
  if (existing?.isDirectory()) throw new CliError(`${command.checklist} is a directory`)
  if (existing && !command.force) throw new CliError(`${command.checklist} already exists; go-no-go init --force overwrites it`)
  // A repository can make .github a link to anywhere; init writes (and creates folders) inside the
  // project or not at all, so the nearest existing folder on the way is checked before anything.
  const realRoot = realpathSync(root)
  let existingParent = path.dirname(target)
  while (!existsSync(existingParent)) existingParent = path.dirname(existingParent)
  if (!isInside(realRoot, realpathSync(existingParent))) throw new CliError(`${command.checklist} leads outside ${realRoot} through a symbolic link`)
  mkdirSync(path.dirname(target), { recursive: true })
  if (!existing) {
    writeFileSync(target, text, { flag: 'wx' })
    return
  }
  const temporary = `${target}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, text, { flag: 'wx' })
    renameSync(temporary, target)
  } finally {
    rmSync(temporary, { force: true })
  }
}

/** Project files are the repository's: a FIFO or a huge file there must not hang or swamp init. */
function readProjectFile(root: string, name: string): string | undefined {
  const file = path.join(root, name)
  const info = statSync(file, { throwIfNoEntry: false })
  if (!info) return undefined
  if (!info.isFile()) throw new CliError(`${name} is not a regular file`)
  if (info.size > MAX_PROJECT_FILE_BYTES) throw new CliError(`${name} is ${info.size} bytes; init reads at most ${MAX_PROJECT_FILE_BYTES}`)
  return readFileSync(file, 'utf8')
}

function onPath(program: string, searchPath: string): boolean {
  return searchPath
    .split(path.delimiter)
    .filter(Boolean)
    .some((directory) => {
      try {
        accessSync(path.join(directory, program), constants.X_OK)
        return true
      } catch {
        return false
      }
    })
}
