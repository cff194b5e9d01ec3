// "Annotate this page" (popup / context menu → background `annotate-tab`):
// - on a matched site's page that detection left alone, the content script already there
//   annotates on request and says that confidence is low;
// - on an unlisted host the background injects the content script, which annotates with the
//   generic extractor (a HostGrantedBrowser: the test host granted as the toolbar click would).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BROWSERS,
  HostGrantedBrowser,
  forEachBrowser,
  loadFixtureSites,
  UNMATCHED_URL,
} from '../harness'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!

forEachBrowser((b) => {
  it('annotates a matched non-readout page on request, saying confidence is low', async () => {
    const page = await b.openPage(sina.otherUrl)
    try {
      const first = await b.waitForAnnotation(page)
      expect(first.status?.isReadout).toBe(false)
      expect(await b.readPanel(page)).toBeNull()
      const res = await b.sendMessage({ type: 'annotate-tab', tabId: await b.tabIdOf(page) })
      expect(res).toEqual({ ok: true })
      await b.waitForPanel(page, '[data-testid=low-confidence]', {
        message: 'no on-request panel with the low-confidence note',
      })
      expect(await b.domChanges(page)).toEqual([])
      await b.screenshot(page, 'on-request-low-confidence')
    } finally {
      await page.close()
    }
  })
})

for (const name of BROWSERS) {
  describe(`${name} (test host granted)`, () => {
    const b = new HostGrantedBrowser(name, [new URL(UNMATCHED_URL).host])
    beforeAll(() => b.launch(), 120_000)
    afterAll(() => b.close(), 60_000)

    it('injects the content script into an unlisted host and annotates with the generic extractor', async () => {
      const page = await b.openPage(UNMATCHED_URL)
      try {
        await b.idle(800)
        expect(await b.readPanel(page), 'no content script before the request').toBeNull()
        const res = await b.sendMessage({ type: 'annotate-tab', tabId: await b.tabIdOf(page) })
        expect(res).toEqual({ ok: true })
        const done = await b.waitForAnnotation(page)
        expect(done.panel).toBe(true)
        const h = await b.readHighlights(page)
        const speakers = await b.queryPanel(page, '[data-testid=speakers] li[data-speaker]')
        expect(speakers.map((s) => s.attributes['data-speaker'])).toContain('习近平')
        expect(Object.keys(h).some((n) => n.startsWith('readout-lens-phrase-'))).toBe(true)
        expect(await b.domChanges(page)).toEqual([])
        await b.screenshot(page, 'on-request-unlisted-host')
      } finally {
        await page.close()
      }
    })
  })
}
