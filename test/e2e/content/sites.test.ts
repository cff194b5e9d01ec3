// Every site fixture, in Chromium and Firefox with the built extension: the readout page gets
// one highlight per speaker and per phrase category holding exactly the expected texts, the
// panel shows the event, phrases (with index history) and related calls, and the page DOM is
// unchanged outside the panel host; the site's non-readout page is left alone.
import { expect, it } from 'vitest'
import {
  forEachBrowser,
  loadFixtureSites,
  type HighlightMap,
  type TestBrowser,
  type TestPage,
} from '../harness'
import { expectedFor, squash } from './expected'

const sites = loadFixtureSites()
// English readouts (White House, Kremlin, the foreign ministry's English pages) have no
// Chinese phrases and report the counterpart's words more than Xi's: they get their own checks
// here, and the other-side pairing in other-side.test.ts.
const isEnglish = (s: (typeof sites)[number]) => s.meta.language === 'en'

/** Highlight name per speaker, read from the panel legend. */
async function legend(b: TestBrowser, page: TestPage): Promise<Map<string, string>> {
  const items = await b.queryPanel(page, '[data-testid=speakers] li[data-highlight]')
  return new Map(
    items.map((el) => [el.attributes['data-speaker']!, el.attributes['data-highlight']!]),
  )
}

function texts(h: HighlightMap, name: string): string[] {
  return (h[name] ?? []).map((r) => squash(r.text))
}

async function waitForIndex(b: TestBrowser, page: TestPage): Promise<void> {
  // The panel arrives with the index data (one request): its related section is filled.
  await b.waitForPanel(
    page,
    '[data-testid=panel][data-index-state=ok] [data-testid=related] :is(li, p)',
    { timeout: 20_000, message: 'panel never showed the index data' },
  )
}

forEachBrowser((b) => {
  it('has fixtures for every site', () => {
    expect(sites.map((s) => s.id).sort()).toEqual([
      'cctv',
      'gov',
      'kankan',
      'kremlin',
      'mfa',
      'mfa-en',
      'people',
      'sina',
      'whitehouse',
      'xinhua',
      'zaker',
    ])
  })

  for (const site of sites.filter(isEnglish)) {
    it(`${site.id}: English readout gets speaker highlights and the panel, DOM untouched`, async () => {
      const page = await b.openPage(site.url)
      try {
        const done = await b.waitForAnnotation(page)
        expect(done.status?.isReadout, 'background status says readout').toBe(true)
        expect(done.panel).toBe(true)
        const h = await b.readHighlights(page)
        const names = await legend(b, page)
        expect(names.size, 'speakers in the legend').toBeGreaterThanOrEqual(2)
        const participants = await b.queryPanel(page, '[data-field=participants]')
        expect(participants[0]?.text).toContain('习近平')
        const bodyText = squash(await page.evaluate(() => document.body.textContent ?? ''))
        for (const [name, ranges] of Object.entries(h)) {
          if (name === 'readout-lens-focus') continue
          expect(ranges.length, `${name} has ranges`).toBeGreaterThan(0)
          for (const r of ranges)
            expect(bodyText.includes(squash(r.text)), `${name}: ${r.text}`).toBe(true)
        }
        for (const [speaker, name] of names)
          expect(texts(h, name).length, `turns of ${speaker}`).toBeGreaterThan(0)
        expect(await b.domChanges(page)).toEqual([])
        await b.screenshot(page, `panel-${site.id}`)
        expect(page.errors).toEqual([])
      } finally {
        await page.close()
      }
    })
  }

  for (const site of sites.filter((s) => !isEnglish(s))) {
    it(`${site.id}: highlights per speaker and category, panel, DOM untouched`, async () => {
      const page = await b.openPage(site.url)
      try {
        const done = await b.waitForAnnotation(page)
        expect(done.status?.isReadout, 'background status says readout').toBe(true)
        expect(done.panel).toBe(true)
        const snapshot = await b.readPanel(page)
        expect(snapshot?.hosts).toBe(1)
        expect(snapshot?.open).toBe(true)

        const h = await b.readHighlights(page)
        const names = await legend(b, page)
        expect(names.size, 'speakers in the legend').toBeGreaterThanOrEqual(2)
        expect([...names.keys()]).toContain('习近平')
        const bodyText = squash(await page.evaluate(() => document.body.textContent ?? ''))

        // Client-rendered Kankan cannot be parsed statically; everything else is compared with
        // the Node analysis of the same HTML.
        const isStatic = !site.meta.clientRendered
        if (isStatic) {
          const exp = expectedFor(site.readoutFile, site.url)
          expect(new Set(names.keys())).toEqual(new Set(exp.speakers.keys()))
          for (const [speaker, want] of exp.speakers)
            expect(texts(h, names.get(speaker)!), `turns of ${speaker}`).toEqual(want)
          for (const [cat, want] of exp.categories)
            expect(texts(h, `readout-lens-phrase-${cat}`), `phrases ${cat}`).toEqual(want)
          const painted = Object.keys(h).filter((n) => n.startsWith('readout-lens-phrase-'))
          expect(painted.sort()).toEqual(
            [...exp.categories.keys()].map((c) => `readout-lens-phrase-${c}`).sort(),
          )
          const ev = exp.analysis.event
          const date = await b.queryPanel(page, '[data-field=date]')
          expect(date[0]?.text).toBe(ev?.date ?? expect.any(String))
          const kind = await b.queryPanel(page, '[data-field=kind]')
          expect(kind[0]?.attributes['data-kind']).toBe(ev?.kind)
        }
        // Independent of the Node analysis: every painted text is page text, the Chinese
        // leader's turns include his marked statements, phrases are listed in the panel.
        for (const [name, ranges] of Object.entries(h)) {
          if (name === 'readout-lens-focus') continue
          expect(ranges.length, `${name} has ranges`).toBeGreaterThan(0)
          for (const r of ranges)
            expect(bodyText.includes(squash(r.text)), `${name}: ${r.text}`).toBe(true)
        }
        const xi = texts(h, names.get('习近平')!)
        for (const marker of ['习近平指出', '习近平强调', '习近平主席指出']) {
          if (bodyText.includes(marker))
            expect(
              xi.some((t) => t.includes(marker)),
              marker,
            ).toBe(true)
        }
        const phraseItems = await b.queryPanel(page, '[data-testid=phrases] li[data-phrase]')
        expect(phraseItems.length).toBeGreaterThan(3)
        const phraseTotal = Object.entries(h)
          .filter(([n]) => n.startsWith('readout-lens-phrase-'))
          .reduce((n, [, r]) => n + r.length, 0)
        expect(phraseTotal).toBeGreaterThanOrEqual(phraseItems.length)

        // Event and index data.
        const participants = await b.queryPanel(page, '[data-field=participants]')
        expect(participants[0]?.text).toContain('普京')
        await waitForIndex(b, page)
        const stats = await b.queryPanel(page, '[data-field=phrase-stat]')
        expect(stats.length).toBe(phraseItems.length)
        const sources = await b.queryPanel(page, '[data-field=sources]')
        expect(Number(sources[0]?.text)).toBeGreaterThanOrEqual(1)

        // The page itself is exactly as served (or as its own scripts made it).
        expect(await b.domChanges(page)).toEqual([])
        await b.screenshot(page, `panel-${site.id}`)
        expect(page.errors).toEqual([])
      } finally {
        await page.close()
      }
    })
  }

  for (const site of sites) {
    it(`${site.id}: the non-readout page is left alone`, async () => {
      const page = await b.openPage(site.otherUrl)
      try {
        const done = await b.waitForAnnotation(page)
        expect(done.status?.isReadout).toBe(false)
        await b.idle(500)
        expect(await b.readPanel(page)).toBeNull()
        expect(await b.readHighlights(page)).toEqual({})
        expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0)
        expect(await b.domChanges(page)).toEqual([])
      } finally {
        await page.close()
      }
    })
  }
})
