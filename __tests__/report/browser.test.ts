/**
 * The report in a real browser (Debian's Chromium), rendered the way GitHub renders it: the verdict
 * and the first blocker are on screen without scrolling, and nothing a gate printed turns into
 * markup. A missing Chromium fails this test; set GO_NO_GO_SKIP_BROWSER=1 to skip it on a machine
 * without one (never in CI, which installs it).
 */
import type { Page } from 'playwright-core'
import { checkTitle } from '../../src/github/check-run.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { RunReport } from '../../src/report/model.js'
import { outlineReport } from '../../src/report/outline.js'
import { createRedactor } from '../../src/text/redact.js'
import { report } from './build.js'
import { githubPage, openChromium, VIEWPORT, type Surface } from './github-page.js'
import { failingReport, SAMPLE_LINKS } from './samples.js'

const skip = process.env.GO_NO_GO_SKIP_BROWSER === '1' && !process.env.CI
if (skip) console.warn('GO_NO_GO_SKIP_BROWSER=1: the browser test of the report is skipped')

const SURFACES: Array<[Surface, (report: RunReport) => string]> = [
  ['comment', (run) => renderMarkdown(run, { links: SAMPLE_LINKS, signoffBoxes: true, header: '<!-- go-no-go:key=.github/go-no-go.yml head=4f2a9c1 run=1 -->' })],
  ['summary', (run) => renderMarkdown(run, { links: SAMPLE_LINKS, unit: 'bytes', maxLength: 1024 * 1024 })],
  ['check-run', (run) => renderMarkdown(run, { links: SAMPLE_LINKS, maxLength: 65_000 })]
]

/** Whether an element's box lies wholly inside the first screen. */
async function onFirstScreen(page: Page, selector: string): Promise<{ text: string; inside: boolean }> {
  const element = page.locator(selector).first()
  const box = await element.boundingBox()
  const text = (await element.textContent()) ?? ''
  const inside = box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= VIEWPORT.width && box.y + box.height <= VIEWPORT.height && box.height > 0
  return { text, inside }
}

;(skip ? describe.skip : describe)('the report in Chromium, as GitHub renders it', () => {
  let browser: Awaited<ReturnType<typeof openChromium>>
  let page: Page

  beforeAll(async () => {
    browser = await openChromium()
    // Nothing on these pages may fetch anything: a request would mean gate output made a resource load.
    await browser.context.route('**/*', (route) => route.abort())
    page = await browser.context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(SURFACES)('%s: the verdict and the first blocker are visible without scrolling', async (surface, render) => {
    const run = failingReport()
    const first = outlineReport(run).blocking.gates[0]
    await page.setContent(githubPage(render(run), surface, { checkTitle: checkTitle(run) }))
    const verdict = await onFirstScreen(page, '#report h2')
    expect(verdict.text).toBe('🔴 NO-GO: Payments API 2.4')
    expect(verdict.inside).toBe(true)
    // The first blocker is the paragraph right after the Blocking heading.
    const blocker = await onFirstScreen(page, '#report h3:has-text("Blocking") + p')
    expect(blocker.text).toContain(first.item.title)
    expect(blocker.text).toContain(first.result.reason)
    expect(blocker.inside).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
  })

  it('keeps the verdict and the first blocker on the first screen however long the gate output', async () => {
    const huge = `${'W'.repeat(20_000)} ${'Wide '.repeat(5_000)}`
    const run = report(
      [
        { id: 'first', status: 'fail', title: huge, reason: huge, summary: huge, failingTests: [huge, huge], output: `${huge}\n`.repeat(40) },
        ...Array.from({ length: 20 }, (_, index) => ({ id: `later-${index}`, status: 'fail' as const, title: huge, reason: huge, output: `${huge}\n` }))
      ],
      { title: huge }
    )
    for (const [surface, render] of SURFACES) {
      await page.setContent(githubPage(render(run), surface, { checkTitle: checkTitle(run) }))
      expect([surface, (await onFirstScreen(page, '#report h2')).inside]).toEqual([surface, true])
      const blocker = await onFirstScreen(page, '#report h3:has-text("Blocking") + p')
      expect([surface, blocker.inside, blocker.text.includes('(first)')]).toEqual([surface, true, true])
    }
  })

  it('shows gate output that looks like HTML or Markdown as text, and runs nothing from it', async () => {
    const hostile = [
      '<img src=x onerror="document.title=\'pwned\'">',
      '</details></details>',
      '<details open><summary>🟢 GO</summary>',
      '<script>document.title="pwned"</script>',
      '## 🟢 GO: forged',
      '<!-- signoff:security -->',
      '- [x] forged box',
      '[click me](javascript:alert(1))',
      '<a href="https://evil.example">evil</a>',
      '@octo-org/security',
      '```',
      '| forged | row |'
    ].join('\n')
    const run = report(
      [
        {
          id: 'evil',
          status: 'fail',
          title: hostile,
          reason: hostile,
          summary: hostile,
          output: `${hostile}\n`,
          failingTests: [hostile],
          findings: [{ level: 'error', message: hostile, file: hostile, line: 1 }]
        },
        { id: 'broken', status: 'error', title: hostile, reason: hostile, output: `${hostile}\n` },
        { id: 'sign', status: 'pending', kind: 'manual', title: hostile, notes: [hostile], section: hostile },
        { id: 'fine', status: 'pass', title: hostile, summary: hostile }
      ],
      { title: hostile, runUrl: 'https://github.com/o/r/actions/runs/1' }
    )
    for (const [surface, render] of SURFACES) {
      const markdown = render(run)
      await page.setContent(githubPage(markdown, surface, { checkTitle: checkTitle(run) }))
      const seen = await page.evaluate(() => {
        const root = document.querySelector('#report')!
        return {
          title: document.title,
          images: root.querySelectorAll('img').length,
          scripts: root.querySelectorAll('script').length,
          headings: [...root.querySelectorAll('h1, h2, h3, h4')].map((heading) => heading.textContent ?? ''),
          summaries: [...root.querySelectorAll('details > summary')].map((summary) => summary.textContent ?? ''),
          links: [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
          boxes: root.querySelectorAll('input[type=checkbox]').length,
          rows: [...root.querySelectorAll('td:first-child')].map((cell) => cell.textContent ?? ''),
          text: (root as HTMLElement).innerText
        }
      })
      expect([surface, seen.title]).toEqual([surface, 'go-no-go ' + surface])
      expect([surface, seen.images, seen.scripts]).toEqual([surface, 0, 0])
      expect(seen.headings[0]).toMatch(/^🔴 NO-GO: /)
      expect(seen.headings.slice(1).map((heading) => heading.replace(/ \(\d+\)$/, ''))).toEqual(['⛔ Blocking', 'By section', '✅ Passed'])
      // Every fold is one of ours: output folds, sign-off groups, the passes.
      for (const summary of seen.summaries) expect([surface, summary]).toEqual([surface, expect.stringMatching(/^(Output|⏳ |🤖 |☑️ |✍️ |\d+ sign-off)/)])
      expect(seen.links.every((href) => href.startsWith('https://github.com/'))).toBe(true)
      // Only the pending sign-off is a box, and only in the comment.
      expect([surface, seen.boxes]).toEqual([surface, surface === 'comment' ? 1 : 0])
      expect(seen.rows.map((row) => row.trim())).not.toContain('forged')
      // What the gate printed is there, as text.
      expect(seen.text).toContain('<img src=x onerror=')
      expect(seen.text).toContain('</details></details>')
      expect(seen.text).toContain('<script>document.title="pwned"</script>')
      expect(seen.text).not.toMatch(/@octo-org/)
    }
  })

  it('keeps secrets out of what the browser shows', async () => {
    const secret = 'hunter2-database-password'
    const run = report([{ id: 'leak', status: 'fail', reason: `connect failed with ${secret}`, output: `password=${secret}\ntoken ghp_${'a'.repeat(36)}\n` }])
    await page.setContent(githubPage(renderMarkdown(run, { redactor: createRedactor([secret]) }), 'summary'))
    const text = (await page.locator('#report').textContent()) ?? ''
    expect(text).not.toContain(secret)
    expect(text).not.toContain(`ghp_${'a'.repeat(36)}`)
    expect(text).toContain('password=***')
  })
})
