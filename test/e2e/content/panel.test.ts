// The panel's controls on a real fixture page, in both browsers: speaker and category toggles
// add/remove their Highlight, phrases and turns scroll the page to the text, mentions and
// related calls link to indexed events, the collapsed state is remembered, and the lists are
// the accessible form of the highlights.
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites, type TestBrowser, type TestPage } from '../harness'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!

async function openAnnotated(b: TestBrowser): Promise<TestPage> {
  const page = await b.openPage(sina.url)
  await b.waitForAnnotation(page)
  await b.waitForPanel(page, '[data-index-state=ok] [data-testid=mention-link]', {
    timeout: 20_000,
  })
  return page
}

const registered = async (b: TestBrowser, page: TestPage) =>
  Object.keys(await b.readHighlights(page)).sort()

/** Wait until `has(name)` of our highlights (logical names, read in the extension's world). */
async function waitRegistered(b: TestBrowser, page: TestPage, name: string, on: boolean) {
  const deadline = Date.now() + 10_000
  while ((await registered(b, page)).includes(name) !== on) {
    if (Date.now() > deadline) throw new Error(`${b.name}: ${name} never ${on ? 'on' : 'off'}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

forEachBrowser((b) => {
  it('toggles speakers and categories on and off', async () => {
    const page = await openAnnotated(b)
    try {
      const before = await registered(b, page)
      expect(before).toContain('readout-lens-speaker-0')
      await b.clickInPanel(page, '[data-highlight="readout-lens-speaker-0"] button.toggle')
      await waitRegistered(b, page, 'readout-lens-speaker-0', false)
      const btn = await b.queryPanel(
        page,
        '[data-highlight="readout-lens-speaker-0"] button.toggle',
      )
      expect(btn[0]?.attributes['aria-pressed']).toBe('false')
      await b.clickInPanel(page, '[data-highlight="readout-lens-speaker-0"] button.toggle')
      await waitRegistered(b, page, 'readout-lens-speaker-0', true)

      const cat = before.find((n) => n.startsWith('readout-lens-phrase-'))!
      await b.clickInPanel(page, `[data-highlight="${cat}"] button.toggle`)
      await waitRegistered(b, page, cat, false)
      expect(await registered(b, page)).toEqual(before.filter((n) => n !== cat))
      await b.clickInPanel(page, `[data-highlight="${cat}"] button.toggle`)
      await waitRegistered(b, page, cat, true)
    } finally {
      await page.close()
    }
  })

  it('scrolls to a phrase and flashes it; turns are listed and scroll too', async () => {
    const page = await openAnnotated(b)
    try {
      await page.evaluate(() => window.scrollTo(0, 0))
      const items = await b.queryPanel(page, '[data-testid=phrases] li[data-phrase]')
      const last = items.length - 1
      const key = items[last]!.attributes['data-phrase']!
      await b.clickInPanel(page, '[data-testid=phrases] li[data-phrase] button', last)
      await page.waitFor(() => window.scrollY > 100, undefined, {
        message: 'page did not scroll to the phrase',
      })
      const deadline = Date.now() + 10_000
      for (;;) {
        const focus = (await b.readHighlights(page))['readout-lens-focus'] ?? []
        if (focus.some((r) => r.text.replace(/\s+/g, '').length > 0) && key.length > 0) break
        if (Date.now() > deadline) throw new Error(`${b.name}: the phrase was not flashed`)
        await new Promise((r) => setTimeout(r, 100))
      }
      const turns = await b.queryPanel(page, '[data-testid=turns] button[data-turn]')
      expect(turns.length).toBeGreaterThan(10)
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      const yBottom = await page.evaluate(() => window.scrollY)
      await b.clickInPanel(page, '[data-testid=turns] button[data-turn]', 0)
      await page.waitFor((y) => window.scrollY < y, yBottom, {
        message: 'turn click did not scroll',
      })
    } finally {
      await page.close()
    }
  })

  it('links mentions and related calls to indexed events', async () => {
    const page = await openAnnotated(b)
    try {
      const mentions = await b.queryPanel(page, '[data-testid=mentions] li')
      expect(mentions.map((m) => m.attributes['data-mention'])).toContain('2021-08-25')
      const links = await b.queryPanel(page, '[data-testid=mention-link]')
      expect(links.length).toBeGreaterThan(0)
      expect(
        links.some((l) =>
          decodeURIComponent(l.attributes.href ?? '').includes('2021-08-25:call:普京'),
        ),
      ).toBe(true)
      const related = await b.queryPanel(page, '[data-testid=related] li[data-related]')
      const ids = related.map((r) => r.attributes['data-related'])
      expect(ids).toContain('2021-08-25:call:普京')
      expect(ids).not.toContain('2021-12-15:video:普京')
      const aug = related.find((r) => r.attributes['data-related'] === '2021-08-25:call:普京')!
      expect(aug.text).toMatch(/mention/i)
    } finally {
      await page.close()
    }
  })

  it('is keyboard- and screen-reader-operable', async () => {
    const page = await openAnnotated(b)
    try {
      const aside = await b.queryPanel(page, 'aside[data-testid=panel]')
      expect(aside[0]?.attributes['aria-label']).toBeTruthy()
      const lists = await b.queryPanel(page, 'ul[role=list]')
      expect(lists.length).toBeGreaterThan(3)
      // Every control is a native button or link (focusable, Enter/Space work).
      const controls = await b.queryPanel(page, '[data-testid=phrases] li[data-phrase] > *')
      expect(controls.every((c) => c.tag === 'button')).toBe(true)
      const phraseButtons = await b.queryPanel(page, '[data-testid=phrases] li[data-phrase] button')
      expect(phraseButtons.every((c) => (c.attributes['aria-label'] ?? '').length > 0)).toBe(true)
      // Focus the collapse button and operate it from the keyboard.
      await b.focusInPanel(page, '[data-testid=collapse]')
      await page.press('Enter')
      await b.waitForPanel(page, '[data-testid=collapse][aria-expanded=false]')
      await b.screenshot(page, 'panel-collapsed')
    } finally {
      await page.close()
    }
  })

  it('remembers the collapsed state across pages, and expands again', async () => {
    // The previous test left the panel collapsed.
    const page = await b.openPage(sina.url)
    await b.waitForAnnotation(page)
    try {
      await b.waitForPanel(page, '[data-testid=collapse][aria-expanded=false]', {
        message: 'collapsed state not remembered',
      })
      await b.clickInPanel(page, '[data-testid=collapse]')
      await b.waitForPanel(page, '[data-testid=event]')
    } finally {
      await page.close()
    }
    const again = await b.openPage(sina.url)
    try {
      await b.waitForAnnotation(again)
      await b.waitForPanel(again, '[data-testid=collapse][aria-expanded=true]')
    } finally {
      await again.close()
    }
  })
})
