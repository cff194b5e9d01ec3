// "Annotate this page" on sites without an adapter, with the pages written for the generic
// extractor's failure classes (test/fixtures/generic/pages.ts) served at their own hostnames:
// the panel appears for the readouts (TRS_Editor wrapper, page-wide <form>) and for a plain
// story (low confidence), and a channel page without an article gets the "no article" note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BROWSERS, HostGrantedBrowser, type TestBrowser, type TestPage } from '../harness'
import {
  channelIndex,
  GENERIC_PAGES,
  pageWideForm,
  strayHtmlEnd,
  trsEditor,
  type GenericPage,
} from '../../fixtures/generic/pages'

const hosts = [...new Set(GENERIC_PAGES.map((p) => new URL(p.url).host))]

function inPanel(b: TestBrowser, page: TestPage, testId: string, message: string): Promise<void> {
  return b.waitForPanel(page, `[data-testid=${testId}]`, { message })
}

for (const name of BROWSERS) {
  describe(`${name} (test hosts granted)`, () => {
    const b = new HostGrantedBrowser(name, hosts)
    beforeAll(() => {
      for (const p of GENERIC_PAGES) b.server.route(p.url, p.html)
      return b.launch()
    }, 120_000)
    afterAll(() => b.close(), 60_000)

    const annotate = async (p: GenericPage): Promise<TestPage> => {
      const page = await b.openPage(p.url)
      const res = await b.sendMessage({ type: 'annotate-tab', tabId: await b.tabIdOf(page) })
      expect(res).toEqual({ ok: true })
      return page
    }

    for (const p of [trsEditor, pageWideForm]) {
      it(`annotates a readout on request: ${p.name}`, async () => {
        const page = await annotate(p)
        try {
          const done = await b.waitForAnnotation(page)
          expect(done.panel).toBe(true)
          const speakers = await b.queryPanel(page, '[data-testid=speakers] li[data-speaker]')
          expect(speakers.map((s) => s.attributes['data-speaker'])).toEqual(
            expect.arrayContaining(['习近平', '马克龙']),
          )
          const h = await b.readHighlights(page)
          // Highlights lie in the article, not in the navigation or footer.
          const all = Object.values(h).flat()
          expect(all.length).toBeGreaterThan(0)
          const article = p.article!.join('')
          for (const r of all) expect(article).toContain(r.text)
          expect(await b.domChanges(page)).toEqual([])
          await b.screenshot(page, `generic-${new URL(p.url).host}`)
        } finally {
          await page.close()
        }
      })
    }

    it('annotates a non-readout story on request (low confidence), not "no article"', async () => {
      const page = await annotate(strayHtmlEnd)
      try {
        await inPanel(b, page, 'low-confidence', 'no on-request panel with the low-confidence note')
        expect(await b.queryPanel(page, '[data-testid=no-article]')).toEqual([])
      } finally {
        await page.close()
      }
    })

    it('says plainly that a channel page has no article', async () => {
      const page = await annotate(channelIndex)
      try {
        await inPanel(b, page, 'no-article', 'no "no article" note')
        expect(await b.readHighlights(page)).toEqual({})
        expect(await b.domChanges(page)).toEqual([])
        await b.screenshot(page, 'generic-no-article')
      } finally {
        await page.close()
      }
    })
  })
}
