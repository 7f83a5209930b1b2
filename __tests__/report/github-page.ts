/**
 * The report as a person sees it on GitHub, for the browser test and the README's pictures: the
 * Markdown rendered by a CommonMark + GFM parser (remark with remark-gfm), raw HTML re-parsed and
 * then sanitised with hast-util-sanitize's default schema, which follows GitHub's allow-list
 * (<details>, <summary>, <sub> stay; <img onerror>, <script>, HTML comments and foreign
 * attributes go), styled with github-markdown-css inside a frame shaped like the surface.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

export type Surface = 'comment' | 'summary' | 'check-run'

export const CHROMIUM = '/usr/bin/chromium'
export const VIEWPORT = { width: 1280, height: 800 }

/** GitHub-flavoured Markdown to sanitised HTML, as github.com would show it. */
export function markdownToHtml(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeSanitize, defaultSchema)
      .use(rehypeStringify)
      .processSync(markdown)
  )
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function markdownCss(): string {
  const require = createRequire(import.meta.url)
  return readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
}

const FRAME_CSS = `
  body { margin: 0; background: #fff; color: #1f2328; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
  .page { max-width: 1012px; margin: 0 auto; padding: 24px 16px; }
  .crumbs { font-size: 14px; color: #59636e; margin-bottom: 12px; }
  .crumbs b { color: #1f2328; }
  .box { border: 1px solid #d1d9e0; border-radius: 6px; background: #fff; }
  .box-header { display: flex; align-items: center; gap: 8px; padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; font-size: 14px; color: #59636e; }
  .box-header b { color: #1f2328; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #2da44e; flex: none; display: flex; align-items: center; justify-content: center; color: #fff; font-weight: 600; }
  .timeline { display: flex; gap: 16px; align-items: flex-start; }
  .timeline .box { flex: 1; min-width: 0; }
  .markdown-body { padding: 16px; font-size: 14px; }
  .checks { display: flex; gap: 0; }
  .checks nav { width: 280px; flex: none; border-right: 1px solid #d1d9e0; font-size: 14px; }
  .checks nav div { padding: 8px 16px; }
  .checks nav .on { background: #f6f8fa; border-left: 2px solid #fd8c73; font-weight: 600; }
  .checks main { flex: 1; min-width: 0; }
  .checks h1 { font-size: 20px; margin: 16px 16px 4px; }
  .checks .title { margin: 0 16px 8px; font-size: 14px; color: #59636e; }
`

/** A whole page showing `markdown` the way `surface` shows it on github.com. */
export function githubPage(markdown: string, surface: Surface, options: { checkTitle?: string; checkName?: string } = {}): string {
  const body = `<article class="markdown-body" id="report">${markdownToHtml(markdown)}</article>`
  let frame: string
  if (surface === 'comment') {
    frame = `<div class="crumbs"><b>Payments API 2.4</b> #128 · Conversation</div>
      <div class="timeline"><div class="avatar">A</div><div class="box"><div class="box-header"><b>github-actions</b> bot commented 2 minutes ago</div>${body}</div></div>`
  } else if (surface === 'summary') {
    frame = `<div class="crumbs">Actions · <b>Go/No-Go</b> · Summary</div>
      <div class="box"><div class="box-header"><b>go-no-go summary</b></div>${body}</div>`
  } else {
    frame = `<div class="crumbs">Pull request #128 · <b>Checks</b></div>
      <div class="box checks"><nav><div>Go/No-Go workflow</div><div class="on">${escape(options.checkName ?? 'Go/No-Go')}</div></nav>
      <main><h1>${escape(options.checkName ?? 'Go/No-Go')}</h1><p class="title">${escape(options.checkTitle ?? '')}</p>${body}</main></div>`
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>go-no-go ${surface}</title>
    <style>${markdownCss()}</style><style>${FRAME_CSS}</style></head>
    <body><div class="page">${frame}</div></body></html>`
}

/**
 * Debian's Chromium, started the way this machine allows: headless, no sandbox (root), no GPU,
 * no background networking (the network is closed), and a fresh profile that is removed on close.
 */
export async function openChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium)`)
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}
