// Shared checks for the site adapter tests: load a fixture folder, run the adapter and the
// whole extraction on it, and compare with the fixture's meta.json (expected values come
// from the seed text, not from the extractor).
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { SiteAdapter } from '../../../src/sites/types'
import type { CollectedText } from '../../../src/sites/types'
import { extractArticle, type ExtractedArticle } from '../../../src/sites/extract'
import { adapterFor } from '../../../src/sites/registry'

export const FIXTURES = join(__dirname, '../../fixtures/sites')

export interface Expected {
  title: string
  published: string | null
  outlet: string | null
  firstParagraph: string
  paragraphCount: number
}

export interface FixtureMeta {
  url: string
  otherUrl: string
  expected: Expected
  otherExpected: Expected
  [key: string]: unknown
}

export function fixtureMeta(site: string): FixtureMeta {
  return JSON.parse(readFileSync(join(FIXTURES, site, 'meta.json'), 'utf8')) as FixtureMeta
}

export function fixtureHtml(site: string, file: string): string {
  return readFileSync(join(FIXTURES, site, file), 'utf8')
}

export function fixtureExists(site: string, file: string): boolean {
  return existsSync(join(FIXTURES, site, file))
}

export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document
}

/** Text that must never be reported as a body paragraph. */
export const JUNK =
  /责任编辑|责编|出品人|^策划：|^监制：|^统筹：|^记者：|^编辑：|^视觉：|^摄影：|海量资讯|^推荐|相关新闻|相关稿件|热门推荐|热榜|分享到|^点赞|版权所有|Copyright|广告|^关键词|纠错|扫描二维码|下载.*APP|新华社国际部制作|融合平台出品|Loading/

/** Offsets of paragraphs and nodes map back to the collected text and the DOM. */
export function checkOffsets(c: CollectedText): void {
  for (const p of c.paragraphs) expect(c.text.slice(p.start, p.end)).toBe(p.text)
  let last = -1
  for (const n of c.nodes) {
    expect(c.text.slice(n.start, n.start + n.node.data.length)).toBe(n.node.data)
    expect(n.start).toBeGreaterThan(last)
    last = n.start
  }
  // Everything outside the nodes is a block separator.
  let covered = 0
  for (const n of c.nodes) {
    expect(c.text.slice(covered, n.start).replace(/\n/g, '')).toBe('')
    covered = n.start + n.node.data.length
  }
  expect(c.text.slice(covered).replace(/\n/g, '')).toBe('')
}

export function checkArticle(
  a: ExtractedArticle | null,
  exp: Expected,
  site: string,
): ExtractedArticle {
  expect(a).not.toBeNull()
  const art = a!
  expect(art.site).toBe(site)
  expect(art.title).toBe(exp.title)
  expect(art.published).toBe(exp.published)
  expect(art.outlet).toBe(exp.outlet)
  expect(art.paragraphs[0]?.text).toBe(exp.firstParagraph)
  expect(art.paragraphs.length).toBe(exp.paragraphCount)
  for (const p of art.paragraphs) expect(p.text, `junk paragraph: ${p.text}`).not.toMatch(JUNK)
  expect(art.text).toBe(art.collected.text)
  expect(art.paragraphs).toBe(art.collected.paragraphs)
  checkOffsets(art.collected)
  return art
}

/** Strip the adapter's body hooks (id/class) until its selectors find no body. */
export function breakAdapterSelectors(adapter: SiteAdapter, doc: Document, url: URL): number {
  let removed = 0
  for (let i = 0; i < 10; i++) {
    const body = adapter.extract(doc, url)?.body
    if (!body) break
    body.removeAttribute('id')
    body.removeAttribute('class')
    removed++
  }
  return removed
}

/** The standard suite every adapter runs against its fixture folder. */
export function describeSiteFixture(
  adapter: SiteAdapter,
  opts: { render?: (html: string, url: string) => Document } = {},
): void {
  const meta = fixtureMeta(adapter.id)
  const urlOf = (file: string): string => (file === 'other.html' ? meta.otherUrl : meta.url)
  // Client-rendered sites pass `render` to run the page's own scripts first.
  const load = (file: string): Document => {
    const html = fixtureHtml(adapter.id, file)
    return opts.render ? opts.render(html, urlOf(file)) : docOf(html)
  }

  describe(`${adapter.id}: URLs`, () => {
    it('claims its fixture URLs and test URLs', () => {
      for (const u of [meta.url, meta.otherUrl, ...adapter.testUrls]) {
        const url = new URL(u)
        expect(adapter.matches(url), u).toBe(true)
        expect(adapter.isArticleUrl(url), u).toBe(true)
        expect(adapterFor(u)?.id, u).toBe(adapter.id)
      }
      expect(adapter.testUrls.length).toBeGreaterThanOrEqual(2)
    })
    it('does not treat the home page as an article', () => {
      // A site section (the ministry's /eng/) has its own home page.
      const home = new URL(typeof meta.home === 'string' ? meta.home : '/', meta.url)
      expect(adapter.matches(home)).toBe(true)
      expect(adapter.isArticleUrl(home)).toBe(false)
    })
    it('leaves other sites alone', () => {
      expect(adapter.matches(new URL('https://www.example.com/n1/2021/0825/c1001-1.html'))).toBe(
        false,
      )
    })
  })

  describe(`${adapter.id}: readout fixture`, () => {
    it('adapter finds title, date, outlet and body', () => {
      const doc = load('readout.html')
      const ex = adapter.extract(doc, new URL(meta.url))
      expect(ex?.body).toBeTruthy()
      expect(ex?.title).toBe(meta.expected.title)
      expect(ex?.published).toBe(meta.expected.published)
      expect(ex?.outlet).toBe(meta.expected.outlet)
    })
    it('extracts the article: first paragraph, paragraph count, no junk, offsets map to text nodes', () => {
      checkArticle(extractArticle(load('readout.html'), meta.url), meta.expected, adapter.id)
    })
    it('falls back to the generic extractor when its selectors are gone', () => {
      const doc = load('readout.html')
      const url = new URL(meta.url)
      expect(breakAdapterSelectors(adapter, doc, url)).toBeGreaterThan(0)
      expect(adapter.extract(doc, url)?.body ?? null).toBeNull()
      const a = extractArticle(doc, meta.url)
      expect(a?.site).toBe('generic')
      expect(a?.paragraphs[0]?.text).toBe(meta.expected.firstParagraph)
      expect(a?.paragraphs.length).toBe(meta.expected.paragraphCount)
      expect(a?.title).toBe(meta.expected.title)
      expect(a?.published).toBe(meta.expected.published)
      checkOffsets(a!.collected)
    })
  })

  describe(`${adapter.id}: non-readout page`, () => {
    it('extracts the other article on the same site', () => {
      checkArticle(
        extractArticle(load('other.html'), meta.otherUrl),
        meta.otherExpected,
        adapter.id,
      )
    })
  })
}
