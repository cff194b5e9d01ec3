// New formulations in both browsers, on a real readout at its real address: with an index of
// the CCTV readouts before 2023-03-21 imported, the Xi–Putin talks of that day coin
// 全球文明倡议 — painted as its own "new here" highlight, listed first in the panel with
// "first time in your index", and one click on "Track" makes it a custom phrase. The index
// file carries its first appearances as build-index records them (with hindsight, sign
// recursLater): the 2022-10-31 talks, an event of that index, list 中国特色社会主义道路 as new
// there although a live reading against the readouts before them does not. The rows novelty
// read are then kept in one packed row for a restarted background.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { recordFirsts } from '../../../src/core/novelty'
import { serializeIndex } from '../../../src/node/corpus-index'
import { SETTINGS_KEY } from '../../../src/shared/settings'
import { forEachBrowser } from '../harness'
import { importFile, waitForIndex } from '../store/helpers'
import { cctvEvents, loadCctvReadouts } from '../../unit/novelty/cctv-index'

const DATE = '2023-03-21'
const pages = loadCctvReadouts()
const talks = pages.find(
  (p) => p.analysis.event?.date === DATE && p.analysis.event.kind === 'talks',
)!
const before = cctvEvents(pages).filter((e) => e.date && e.date < DATE)
const indexFile = serializeIndex({
  format: 'readout-lens-index',
  version: 1,
  builtAt: '2026-01-01T00:00:00.000Z',
  events: before,
  firsts: recordFirsts(before),
})
const indexed = pages.find(
  (p) => p.analysis.event?.date === '2022-10-31' && p.analysis.event.kind === 'talks',
)!

forEachBrowser((b) => {
  it('paints 全球文明倡议 as new here, lists it first, and tracks it in one click', async () => {
    await waitForIndex(b)
    const options = await b.openOptions()
    await options.waitFor(() => !!document.querySelector('input[name="import"]'))
    const note = await importFile(options, indexFile)
    expect(note).toMatch(/\d/)
    await waitForIndex(b, before.length)
    await options.close()

    b.server.route(talks.url, readFileSync(talks.path))
    const page = await b.openPage(talks.url)
    try {
      await b.waitForAnnotation(page)
      const hl = await b.readHighlights(page)
      const fresh = (hl['readout-lens-phrase-new'] ?? []).map((r) => r.text)
      expect(fresh).toContain('全球文明倡议')
      expect(fresh.length).toBeLessThanOrEqual(12)

      // First in the phrase list, with its note.
      const groups = await b.queryPanel(page, '[data-testid=phrases] [data-category]')
      expect(groups[0]?.attributes['data-category']).toBe('new')
      const item = '[data-category="new"] li[data-phrase="全球文明倡议"]'
      const [entry] = await b.queryPanel(page, item)
      expect(entry?.text).toMatch(/first time in your index|索引中首次出现/)
      await b.screenshot(page, 'novelty-new-here')

      await b.clickInPanel(page, `${item} [data-testid=track-phrase]`)
      await b.waitForPanel(page, `${item} [data-testid=track-phrase][disabled]`, {
        message: 'Track never confirmed',
      })
      const stored = await b.evaluateInExtension(async (key) => {
        type Area = { get(k: string): Promise<Record<string, unknown>> }
        const g = globalThis as unknown as {
          browser?: { storage: { local: Area } }
          chrome: { storage: { local: Area } }
        }
        return (await (g.browser ?? g.chrome).storage.local.get(key))[key] as {
          customPhrases: unknown[]
        }
      }, SETTINGS_KEY)
      expect(stored.customPhrases).toContainEqual({ phrase: '全球文明倡议', category: 'custom' })

      // The rows novelty read are packed into one row, at the index's gen, a few seconds
      // later (search/keep-rows.ts): what a restarted background reads in one request.
      const deadline = Date.now() + 15_000
      let kept = await b.evaluateInExtension(probeKeptRows)
      while (!kept.current && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500))
        kept = await b.evaluateInExtension(probeKeptRows)
      }
      expect(kept).toMatchObject({ current: true, typed: true })
      expect(kept.grams).toBeGreaterThan(50)
      expect(kept.texts).toBeGreaterThan(0)
    } finally {
      await page.close()
    }
  })

  it('lists on an indexed readout what the index recorded there with hindsight', async () => {
    b.server.route(indexed.url, readFileSync(indexed.path))
    const page = await b.openPage(indexed.url)
    try {
      await b.waitForAnnotation(page)
      const hl = await b.readHighlights(page)
      const fresh = (hl['readout-lens-phrase-new'] ?? []).map((r) => r.text)
      expect(fresh).toContain('中国特色社会主义道路')
      const item = '[data-category="new"] li[data-phrase="中国特色社会主义道路"]'
      const [entry] = await b.queryPanel(page, item)
      expect(entry?.text).toMatch(/first time in your index|索引中首次出现/)
    } finally {
      await page.close()
    }
  })
})

/** The kept-rows meta row as an extension page reads it (self-contained: runs in the page). */
function probeKeptRows(): Promise<{
  current: boolean
  typed: boolean
  grams: number
  texts: number
}> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('readout-lens')
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const db = req.result
      const meta = db.transaction('meta', 'readonly').objectStore('meta')
      const hot = meta.get('hot-rows')
      const gen = meta.get('gen')
      hot.transaction!.oncomplete = () => {
        db.close()
        const v = (hot.result as { value?: Record<string, unknown> } | undefined)?.value
        const genNow = (gen.result as { value?: unknown } | undefined)?.value
        resolve({
          current: v !== undefined && v.gen === genNow,
          typed: v?.grams instanceof Uint32Array && v.bytes instanceof Uint8Array,
          grams: v?.grams instanceof Uint32Array ? v.grams.length : 0,
          texts: Array.isArray(v?.texts) ? v.texts.length : 0,
        })
      }
    }
  })
}
