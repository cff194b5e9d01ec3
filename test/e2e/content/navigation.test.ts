// Client-side navigation on the Kankan fixture (Nuxt-style app: pushState + in-place article
// swap): the highlights and panel follow the new article, go back with popstate, and are torn
// down when the app navigates to a page that is not an article.
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites, type TestBrowser, type TestPage } from '../harness'

const kankan = loadFixtureSites().find((s) => s.id === 'kankan')!
const nav = kankan.meta.clientNav as { url: string }

const panelDate = async (b: TestBrowser, page: TestPage) =>
  (await b.queryPanel(page, '[data-field=date]'))[0]?.text ?? null

async function waitForDate(b: TestBrowser, page: TestPage, date: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while ((await panelDate(b, page).catch(() => null)) !== date) {
    if (Date.now() > deadline) throw new Error(`${b.name}: panel never showed ${date}`)
    await new Promise((r) => setTimeout(r, 150))
  }
}

async function paintedText(b: TestBrowser, page: TestPage): Promise<string> {
  const h = await b.readHighlights(page)
  return Object.values(h)
    .flat()
    .map((r) => r.text)
    .join('')
}

forEachBrowser((b) => {
  it('follows pushState to the next article and popstate back', async () => {
    const page = await b.openPage(`${kankan.url}#autonav`)
    try {
      await waitForDate(b, page, '2021-08-25')
      // The app swaps the article and pushes the second URL 1 s after rendering.
      await page.waitFor((u) => location.href === u, nav.url, { timeout: 10_000 })
      await waitForDate(b, page, '2022-02-25')
      await page.waitFor(() => {
        let n = 0
        for (const _name of CSS.highlights.keys()) n++
        return n > 0
      })
      const second = await paintedText(b, page)
      expect(second).toContain('乌克兰')
      expect(
        await page.evaluate(() => document.querySelectorAll('readout-lens-panel').length),
      ).toBe(1)
      // Every painted range is in the live article (none left over from the first one).
      const stale = await page.evaluate(() => {
        let n = 0
        for (const [, h] of CSS.highlights) {
          for (const r of h) if (!r.startContainer.isConnected) n++
        }
        return n
      })
      expect(stale).toBe(0)
      await b.screenshot(page, 'kankan-after-navigation')

      await page.evaluate(() => history.back())
      await waitForDate(b, page, '2021-08-25')
      expect(await paintedText(b, page)).not.toContain('乌克兰')
      expect(page.errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('tears everything down when the app leaves the article', async () => {
    const page = await b.openPage(kankan.url)
    try {
      await waitForDate(b, page, '2021-08-25')
      await page.evaluate(() => history.pushState({}, '', '/channel/shizheng'))
      await page.waitFor(() => document.querySelector('readout-lens-panel') === null, undefined, {
        timeout: 5_000,
        message: 'panel not removed',
      })
      expect(await b.readHighlights(page)).toEqual({})
      expect(await panelDate(b, page)).toBeNull()
    } finally {
      await page.close()
    }
  })
})
