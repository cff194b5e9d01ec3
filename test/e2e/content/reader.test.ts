// The extension's reader page shows a stored event with the same annotations as a live page.
import { expect, it } from 'vitest'
import { forEachBrowser } from '../harness'
import { squash } from './expected'

const ID = '2021-12-15:video:普京'

forEachBrowser((b) => {
  it('shows a stored event with per-speaker and per-category highlights and the panel', async () => {
    const res = await b.sendMessage({ type: 'get-event', id: ID })
    if (!res.ok || !res.event) throw new Error(`get-event ${ID}: ${JSON.stringify(res)}`)
    const ev = res.event
    const page = await b.openExtensionPage(`src/reader/index.html?id=${encodeURIComponent(ID)}`)
    try {
      await b.waitForPanel(page, '[data-index-state=ok]', { timeout: 20_000 })
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(ev.title)
      const h = await b.readHighlights(page)
      const legend = await b.queryPanel(page, '[data-testid=speakers] li[data-highlight]')
      expect(legend.length).toBeGreaterThanOrEqual(2)
      for (const item of legend) {
        const speaker = item.attributes['data-speaker']!
        const want = ev.turns
          .filter((t) => t.speaker === speaker)
          .map((t) => squash(ev.text.slice(t.start, t.end)))
        expect(
          (h[item.attributes['data-highlight']!] ?? []).map((r) => squash(r.text)),
          speaker,
        ).toEqual(want)
      }
      const cats = [...new Set(ev.phrases.map((p) => p.category))]
      for (const c of cats) {
        const want = ev.phrases.filter((p) => p.category === c).map((p) => squash(p.text))
        expect(
          (h[`readout-lens-phrase-${c}`] ?? []).map((r) => squash(r.text)),
          c,
        ).toEqual(want)
      }
      const date = await b.queryPanel(page, '[data-field=date]')
      expect(date[0]?.text).toBe('2021-12-15')
      const related = await b.queryPanel(page, '[data-testid=related] li[data-related]')
      expect(related.map((r) => r.attributes['data-related'])).toContain('2021-08-25:call:普京')
      await b.screenshot(page, 'reader')
      expect(page.errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('says so when the event is not in the index', async () => {
    const page = await b.openExtensionPage(
      `src/reader/index.html?id=${encodeURIComponent('1999-01-01:call:nobody')}`,
    )
    try {
      await page.waitFor(
        () => document.querySelector('.status')?.getAttribute('data-state') === 'not-found',
      )
      expect(await b.readPanel(page)).toBeNull()
    } finally {
      await page.close()
    }
  })
})
