// The site adapters, the text collector and the generic fallback on the fixtures in REAL
// Chromium and Firefox DOMs (the unit tests use linkedom): same expectations as meta.json,
// offsets that map to live Text nodes (a DOM Range built from them reads back the paragraph),
// Kankan's client rendering and pushState navigation.
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites, type TestPage } from '../harness'
import { injectSites, type SitesLib } from '../harness/sites-bundle'

interface Expected {
  title: string
  published: string | null
  outlet: string | null
  firstParagraph: string
  paragraphCount: number
}
interface Found {
  site: string | undefined
  title: string
  published: string | null
  outlet: string | null
  firstParagraph: string | undefined
  paragraphCount: number
  badOffsets: string[]
  /** Time extractArticle took in the page. */
  ms?: number
}

const sites = loadFixtureSites()

/** Runs extractArticle in the page and checks every offset against the live DOM. */
function extractInPage(page: TestPage): Promise<Found | null> {
  return page.evaluate(() => {
    const lib = (globalThis as unknown as { __readoutLensSites: SitesLib }).__readoutLensSites
    const t0 = performance.now()
    const a = lib.extractArticle(document, location.href)
    const ms = performance.now() - t0
    if (!a) return null
    const bad: string[] = []
    const { text, nodes, paragraphs } = a.collected
    for (const n of nodes) {
      if (text.slice(n.start, n.start + n.node.data.length) !== n.node.data)
        bad.push(`node@${n.start}`)
      if (!n.node.isConnected) bad.push(`detached@${n.start}`)
    }
    // Locate an offset in the live DOM the way highlighting does: binary search over nodes.
    const locate = (offset: number, end: boolean): [Text, number] | null => {
      let lo = 0
      let hi = nodes.length - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const n = nodes[mid]!
        const stop = n.start + n.node.data.length
        if (offset < n.start || (end ? offset > stop : offset >= stop)) {
          if (offset < n.start) hi = mid - 1
          else lo = mid + 1
        } else return [n.node, offset - n.start]
      }
      return null
    }
    for (const p of paragraphs) {
      if (text.slice(p.start, p.end) !== p.text) bad.push(`paragraph@${p.start}`)
      const s = locate(p.start, false)
      const e = locate(p.end, true)
      if (!s || !e) {
        bad.push(`unlocated@${p.start}`)
        continue
      }
      const r = document.createRange()
      r.setStart(s[0], s[1])
      r.setEnd(e[0], e[1])
      if (r.toString() !== p.text) bad.push(`range@${p.start}: ${r.toString().slice(0, 20)}`)
    }
    return {
      site: a.site,
      title: a.title,
      published: a.published,
      outlet: a.outlet,
      firstParagraph: a.paragraphs[0]?.text,
      paragraphCount: a.paragraphs.length,
      badOffsets: bad.slice(0, 5),
      ms,
    }
  })
}

function expectFound(found: Found | null, exp: Expected, site: string): void {
  expect(found).not.toBeNull()
  const { ms, ...rest } = found!
  console.info(`${site}: extractArticle ${ms?.toFixed(2)} ms in the page`)
  expect(ms).toBeLessThan(200)
  expect(rest).toEqual({
    site,
    title: exp.title,
    published: exp.published,
    outlet: exp.outlet,
    firstParagraph: exp.firstParagraph,
    paragraphCount: exp.paragraphCount,
    badOffsets: [],
  })
}

/** Client-rendered pages: wait until the adapter says the article is there. */
function waitReady(page: TestPage): Promise<void> {
  return page.waitFor(
    () => {
      type Reg = typeof import('../../../src/sites/registry')
      const lib = (globalThis as unknown as { __readoutLensSites?: Reg }).__readoutLensSites
      const adapter = lib?.adapterFor(location.href)
      return adapter ? (adapter.ready?.(document) ?? true) : false
    },
    undefined,
    { timeout: 15_000, message: 'the article never rendered' },
  )
}

forEachBrowser((b) => {
  for (const site of sites) {
    const meta = site.meta as { expected: Expected; otherExpected: Expected }
    it(`${site.id}: readout and other page extract as in meta.json, offsets map to live text`, async () => {
      const page = await b.openPage(site.url)
      await injectSites(page)
      await waitReady(page)
      expectFound(await extractInPage(page), meta.expected, site.id)
      expect(page.errors).toEqual([])
      await page.close()
      // The other page in a tab of its own: in Firefox a second https navigation in the same
      // tab now and then never leaves the first page (request interception next to the proxy's
      // CONNECT tunnel), which says nothing about extraction.
      const other = await b.openPage(site.otherUrl)
      await injectSites(other)
      await waitReady(other)
      expectFound(await extractInPage(other), meta.otherExpected, site.id)
      expect(other.errors).toEqual([])
      await other.close()
    })
  }

  const kankan = sites.find((s) => s.id === 'kankan')
  it('kankan: waits for the client render, then follows pushState navigation', async () => {
    expect(kankan).toBeDefined()
    const nav = kankan!.meta.clientNav as { url: string; trigger: string; expected: Expected }
    const expected = (kankan!.meta as { expected: Expected }).expected
    const page = await b.openPage(kankan!.url)
    await injectSites(page)
    // openPage waits for load; the app renders 400 ms after its script ran.
    await waitReady(page)
    expectFound(await extractInPage(page), expected, 'kankan')
    await page.click(nav.trigger)
    await page.waitFor((href: string) => location.href === href, nav.url)
    expectFound(await extractInPage(page), nav.expected, 'kankan')
    expect(page.errors).toEqual([])
    await page.close()
  })
})
