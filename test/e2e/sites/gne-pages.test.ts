// Optional: the generic extractor in real Chromium and Firefox DOMs on the saved pages of the
// GeneralNewsExtractor test set, when a copy of its `tests/` folder is at hand (its pages may
// not be committed here). Set READOUT_LENS_GNE_PAGES to that folder (default
// ../gne-pages/tests beside the repository); without it this file runs nothing.
// Each page is served at its own address (the `<!--http://…-->` line the set starts pages
// with; a test host otherwise) with nothing that would load or run, so what is tested is the
// saved markup; the browser must find an article holding what the Node extraction holds.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSourceFile } from '../../../src/node/read-source'
import { htmlToArticle } from '../../../src/node/load-article'
import { hanOnly, hanOverlap } from '../../../scripts/lib/han-overlap'
import { forEachBrowser, ROOT } from '../harness'
import { injectSites, type SitesLib } from '../harness/sites-bundle'

const DIR = resolve(process.env.READOUT_LENS_GNE_PAGES ?? join(ROOT, '../gne-pages/tests'))

interface SavedPage {
  rel: string
  url: string
  html: string
  /** Han text of the Node extraction. */
  node: string
}

/** The saved markup without what would load or run: scripts, frames, style sheets, refreshes,
 *  and the `src` of images and media (the extractor reads none of them). */
function offline(src: string): string {
  return src
    .replace(/<(script|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(?:link|meta\s+http-equiv)\b[^>]*>/gi, '')
    .replace(/\s(src|srcset|background)\s*=/gi, ' data-saved-$1=')
}

function savedPages(): SavedPage[] {
  const files: string[] = []
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n)
      if (statSync(p).isDirectory()) walk(p)
      else if (n.endsWith('.html')) files.push(p)
    }
  }
  walk(DIR)
  return files.map((f, i) => {
    const rel = relative(DIR, f)
    const src = readSourceFile(f)
    const own = /^\s*<!--\s*(https?:\/\/[^\s>]+?)\s*-->/.exec(src)?.[1]
    const url = own ?? `http://gne-page-${i}.readout-lens.test/${rel}`
    const html = offline(src)
    const a = htmlToArticle(src, null)
    return { rel, url, html, node: a ? a.paragraphs.map((p) => p.text).join('\n') : '' }
  })
}

const present = existsSync(DIR)

describe.skipIf(!present)('GNE test-set pages', () => {
  const pages = present ? savedPages() : []
  forEachBrowser((b) => {
    it(`finds the article on every page the Node extraction finds it (${pages.length} pages)`, async () => {
      for (const p of pages) b.server.route(p.url, p.html)
      const misses: string[] = []
      for (const p of pages) {
        const page = await b.openPage(p.url)
        try {
          await injectSites(page)
          const found = await page.evaluate(() => {
            const lib = (globalThis as unknown as { __readoutLensSites: SitesLib })
              .__readoutLensSites
            const a = lib.extractArticle(document, null)
            return a ? a.paragraphs.map((x) => x.text).join('\n') : null
          })
          const nodeHan = hanOnly(p.node).length
          if (found === null) misses.push(`${p.rel}: none (Node: ${nodeHan} Han)`)
          else {
            const { recall } = hanOverlap(found, p.node)
            if (recall < 0.9) misses.push(`${p.rel}: holds ${Math.round(recall * 100)}% of Node's`)
          }
        } finally {
          await page.close()
        }
      }
      expect(misses).toEqual([])
    }, 600_000)
  })
})
