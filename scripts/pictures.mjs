#!/usr/bin/env node
// Draws the README's pictures of the PR comment, the job summary and the check run from real
// reports (__tests__/report/samples.ts: the tools' captured output through the real parsers,
// rules and renderer), rendered as GitHub renders Markdown and captured in Debian's Chromium:
//   apt-get update && apt-get install -y chromium fonts-noto-color-emoji
//   npm run pictures
// No build is needed: the TypeScript modules are transpiled into node_modules/.cache first.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cache = path.join(root, 'node_modules', '.cache', 'go-no-go-pictures')
const out = path.join(root, 'docs', 'pictures')

function typescriptFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name)
    if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : typescriptFiles(full)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : []
  })
}

/** src/ and the report test helpers as plain ES modules, at the same relative paths. */
function transpile() {
  rmSync(cache, { recursive: true, force: true })
  for (const file of [...typescriptFiles(path.join(root, 'src')), ...typescriptFiles(path.join(root, '__tests__', 'report'))]) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      fileName: file
    })
    const target = path.join(cache, path.relative(root, file)).replace(/\.ts$/, '.js')
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  // node_modules is a package boundary: without this the modules would load as CommonJS.
  writeFileSync(path.join(cache, 'package.json'), '{ "type": "module" }\n')
}

const load = (relative) => import(pathToFileURL(path.join(cache, relative)).href)

transpile()
const { renderMarkdown } = await load('src/report/markdown.js')
const { checkTitle } = await load('src/github/check-run.js')
const { renderMarker } = await load('src/github/comment.js')
const { failingReport, largeReport, smallReport, SAMPLE_LINKS } = await load('__tests__/report/samples.js')
const { githubPage, openChromium } = await load('__tests__/report/github-page.js')

const failing = failingReport()
const large = largeReport()
const small = smallReport()
const pictures = [
  {
    file: 'pr-comment.png',
    surface: 'comment',
    report: failing,
    markdown: renderMarkdown(failing, {
      links: SAMPLE_LINKS,
      signoffBoxes: true,
      maxLength: 64_000,
      header: renderMarker({ key: '.github/go-no-go.yml', headSha: SAMPLE_LINKS.headSha, runId: 1234567890 })
    })
  },
  { file: 'job-summary.png', surface: 'summary', report: large, markdown: renderMarkdown(large, { links: SAMPLE_LINKS, unit: 'bytes', maxLength: 1024 * 1024 }) },
  { file: 'check-run.png', surface: 'check-run', report: small, markdown: renderMarkdown(small, { links: SAMPLE_LINKS, maxLength: 65_000 }) }
]

mkdirSync(out, { recursive: true })
const browser = await openChromium()
try {
  await browser.context.route('**/*', (route) => route.abort())
  const page = await browser.context.newPage()
  for (const picture of pictures) {
    await page.setContent(githubPage(picture.markdown, picture.surface, { checkTitle: checkTitle(picture.report) }))
    const target = path.join(out, picture.file)
    await page.locator('.page').screenshot({ path: target, animations: 'disabled' })
    process.stdout.write(`wrote ${path.relative(root, target)}\n`)
  }
} finally {
  await browser.close()
}
