// Fixtures are reached at the sites' real hostnames, readouts there are annotated, other
// pages on the same sites are left alone, and unmatched hosts get no content script.
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites, UNMATCHED_URL, UNMATCHED_PLAIN_URL } from './index'

const sites = loadFixtureSites()

it('has fixture sites to test against', () => {
  expect(sites.length).toBeGreaterThan(0)
})

forEachBrowser((b) => {
  for (const site of sites) {
    it(`${site.id}: the readout fixture is served at its real hostname`, async () => {
      const page = await b.openPage(site.url)
      const where = await page.evaluate(() => ({
        href: location.href,
        chars: document.body.textContent?.length ?? 0,
      }))
      expect(where.href).toBe(site.url)
      expect(where.chars).toBeGreaterThan(200)
      expect(b.server.wasRequested(site.url)).toBe(true)
      await page.close()
    })

    it(`${site.id}: the readout is annotated (panel host, highlights, nothing else changed)`, async () => {
      const page = await b.openPage(site.url)
      const result = await b.waitForAnnotation(page)
      expect(result.status?.isReadout).toBe(true)
      const panel = await b.readPanel(page)
      expect(panel).not.toBeNull()
      expect(panel!.hosts).toBe(1)
      expect(panel!.open).toBe(true)
      expect(panel!.text.length).toBeGreaterThan(0)
      const highlights = await b.readHighlights(page)
      const names = Object.keys(highlights)
      expect(names.some((n) => n.startsWith('readout-lens-speaker-'))).toBe(true)
      for (const n of names) expect(highlights[n]!.length).toBeGreaterThan(0)
      expect(await b.domChanges(page)).toEqual([])
      expect(page.errors).toEqual([])
      await b.screenshot(page, `${site.id}-readout`)
      await page.close()
    })

    it(`${site.id}: the non-readout page is left alone`, async () => {
      const page = await b.openPage(site.otherUrl)
      const result = await b.waitForAnnotation(page)
      expect(result.status).not.toBeNull()
      expect(result.status!.isReadout).toBe(false)
      expect(await b.readPanel(page)).toBeNull()
      expect(await b.readHighlights(page)).toEqual({})
      expect(await b.domChanges(page)).toEqual([])
      expect(page.errors).toEqual([])
      await page.close()
    })
  }

  it('a readout on an unmatched host gets no content script', async () => {
    const page = await b.openPage(UNMATCHED_URL)
    expect(await page.evaluate(() => location.hostname)).toBe('www.example.org')
    expect(b.server.wasRequested(UNMATCHED_URL)).toBe(true)
    await b.idle(2000)
    expect(await b.readPanel(page)).toBeNull()
    expect(await b.readHighlights(page)).toEqual({})
    expect(await b.domChanges(page)).toEqual([])
    expect(await b.tabStatus(page)).toBeNull()
    await page.close()
  })

  it('domChanges notices a change outside the panel host (served and mirror references)', async () => {
    const page = await b.openPage(UNMATCHED_URL)
    expect(await b.domChanges(page, { against: 'mirror' })).toEqual([])
    await page.evaluate(() => document.querySelector('p')?.setAttribute('data-x', '1'))
    expect((await b.domChanges(page)).join('\n')).toContain('data-x')
    expect((await b.domChanges(page, { against: 'mirror' })).join('\n')).toContain('data-x')
    await page.close()
  })

  it('readHighlights and readPanel see what a page registers', async () => {
    const page = await b.openPage(UNMATCHED_PLAIN_URL)
    await page.evaluate(() => {
      const text = document.querySelector('p')!.firstChild!
      const range = document.createRange()
      range.setStart(text, 0)
      range.setEnd(text, 7)
      CSS.highlights.set('readout-lens-probe', new Highlight(range))
      CSS.highlights.set('other-probe', new Highlight(range))
      const host = document.createElement('readout-lens-panel')
      host.attachShadow({ mode: 'open' }).innerHTML = '<style>p{}</style><p>Panel <b>text</b></p>'
      document.body.append(host)
    })
    expect(await b.readHighlights(page)).toEqual({
      'readout-lens-probe': [{ text: 'Nothing', start: 'Example Domain'.length }],
    })
    expect(await b.readPanel(page)).toMatchObject({ hosts: 1, open: true, text: 'Panel text' })
    expect(await b.queryPanel(page, 'b')).toEqual([{ tag: 'b', text: 'text', attributes: {} }])
    expect(await b.domChanges(page)).toEqual([])
    await page.close()
  })

  it('an https page on an unmatched host is served and left alone', async () => {
    const url = UNMATCHED_PLAIN_URL.replace('http:', 'https:')
    const page = await b.openPage(url)
    expect(await page.evaluate(() => location.href)).toBe(url)
    await b.idle(500)
    expect(await b.readPanel(page)).toBeNull()
    expect(await b.domChanges(page)).toEqual([])
    await page.close()
  })
})
