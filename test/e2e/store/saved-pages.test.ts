// Options → Import saved pages, in both browsers with the built extension: a mix of files set
// on the page's file input — real saved readouts read at test time from ../shared/realpages
// (a CCTV story, the White House's Markdown of the same meeting, a CCTV story transcoded to GBK
// and declared so), a Markdown readout and a text note written here, a real non-readout story,
// a binary file and one too large. Each gets its row in the report; the index holds exactly the
// events Node's build-index intake makes of the same files (the White House copy merged into
// the CCTV event); a re-import adds nothing.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { articleEvent } from '../../../src/core/index/build'
import { articleFromSource } from '../../../src/node/load-article'
import { decodeSource } from '../../../src/sites/source-bytes'
import { MAX_SAVED_PAGE_BYTES } from '../../../src/shared/saved-pages'
import { forEachBrowser, type TestBrowser, type TestPage } from '../harness'
import { encodeGbk } from '../../gbk-encode'
import { waitForIndex } from './helpers'
import { inExtensionPage, probeEventIds } from '../guard/helpers'

const REAL = fileURLToPath(new URL('../../../../shared/realpages', import.meta.url))
const real = (path: string) => new Uint8Array(readFileSync(join(REAL, path)))
const utf8 = (s: string) => new TextEncoder().encode(s)

/** The 2022-11-14 Bali meeting: CCTV's story and the White House's readout (Markdown). */
const BALI = 'cctv/readouts/VIDEfhSDSWWgm17I9D6jZSyU221115.shtml'
const BALI_WH =
  'whitehouse/2022-11-14-readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china.md'
const WOODSIDE = 'cctv/readouts/VIDEznwAhBiKqoK1UtWLs0sb231116.shtml'
const OTHER = 'cctv/others/VIDE146n3yDiZQnZr1qM8Vw9230729.shtml'

/** The Woodside story as an older site would have saved it: GBK, declared in its meta tag. */
function gbkCopy(): Uint8Array {
  const html = new TextDecoder().decode(real(WOODSIDE)).replace(/charset=utf-8/i, 'charset=gbk')
  return encodeGbk(html, '?')
}

const MARKDOWN = `---
title: 习近平同法国总统马克龙通电话
date: 2024-03-05
source_url: https://www.news.cn/politics/20240305/e2e.html
---

国家主席习近平3月5日晚同法国总统马克龙通电话。

习近平指出，中法两国是全面战略伙伴，双方要加强对话，深化各领域务实合作。

马克龙表示，法方愿同中方一道，推动法中关系取得新的发展。
`

interface TestFile {
  name: string
  bytes: Uint8Array
}

const FILES: TestFile[] = [
  { name: 'bali-cctv.shtml', bytes: real(BALI) },
  { name: 'bali-whitehouse.md', bytes: real(BALI_WH) },
  { name: 'woodside-gbk.html', bytes: gbkCopy() },
  { name: 'macron-call.md', bytes: utf8(MARKDOWN) },
  {
    name: 'notes.txt',
    bytes: utf8('周末去公园散步，看了很多花，也拍了一些照片。\n晚上回家做饭，吃完饭看书。'),
  },
  { name: 'inspection.shtml', bytes: real(OTHER) },
  {
    name: 'broken.html',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0, 0, 1, 2]),
  },
]
const HUGE: TestFile = {
  name: 'huge.txt',
  bytes: new Uint8Array(MAX_SAVED_PAGE_BYTES + 1).fill(0x61),
}

/** What build-index's intake makes of a file in Node: its event id, or null. */
function nodeEventId(f: TestFile): string | null {
  try {
    const found = articleEvent(articleFromSource(decodeSource(f.bytes, f.name)), 'imported')
    return 'event' in found ? found.event.id : null
  } catch {
    return null
  }
}

interface ReportRow {
  name: string
  result: string
  text: string
}

async function importFiles(page: TestPage, files: TestFile[]): Promise<ReportRow[]> {
  const wire = files.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') }))
  // The options page renders its sections after load: wait for the input, not the load event.
  await page.waitFor(
    () => !!document.querySelector('[data-testid="saved-pages-input"]'),
    undefined,
    {
      message: 'the saved-pages input never appeared',
    },
  )
  await page.evaluate((wire) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="saved-pages-input"]')!
    const dt = new DataTransfer()
    for (const f of wire) {
      const bin = atob(f.b64)
      const bytes = new Uint8Array(bin.length)
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
      dt.items.add(new File([bytes], f.name))
    }
    input.files = dt.files
    input.dispatchEvent(new Event('change', { bubbles: true }))
  }, wire)
  await page.waitFor(
    (n) => {
      const p = document.querySelector('[data-testid="saved-pages-progress"]')
      return (
        p?.getAttribute('data-state') === 'done' &&
        document.querySelectorAll('[data-testid="saved-pages-report"] tbody tr').length === n
      )
    },
    files.length,
    { timeout: 90_000, message: 'the saved-page import did not finish' },
  )
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="saved-pages-report"] tbody tr')).map(
      (tr) => ({
        name: tr.querySelector('td')!.textContent ?? '',
        result: tr.getAttribute('data-result') ?? '',
        text: tr.querySelectorAll('td')[1]!.textContent ?? '',
      }),
    ),
  )
}

async function eventSources(b: TestBrowser, id: string): Promise<string[]> {
  const r = await b.sendMessage({ type: 'get-event', id })
  if (!r.ok) throw new Error(`${b.name}: get-event ${id}: ${JSON.stringify(r.error)}`)
  return (r.event?.sources ?? []).map((s) => s.outlet ?? '?').sort()
}

forEachBrowser((b) => {
  it('imports a mix of saved pages with a report per file, then a re-import adds nothing', async () => {
    const before = await waitForIndex(b)
    const expected = FILES.map(nodeEventId)
    const [bali, balliWh, woodside, macron, notes, inspection, broken] = expected
    expect(bali).toBe('2022-11-14:meeting:拜登')
    expect(balliWh).toBe(bali)
    expect(woodside).toMatch(/^2023-11-15:/)
    expect(macron).toBe('2024-03-05:call:马克龙')
    expect([notes, inspection, broken]).toEqual([null, null, null])

    const page = await b.openOptions()
    const rows = await importFiles(page, [...FILES, HUGE])
    expect(rows.map((r) => [r.name, r.result])).toEqual([
      ['bali-cctv.shtml', 'added'],
      ['bali-whitehouse.md', 'merged'],
      ['woodside-gbk.html', 'added'],
      ['macron-call.md', 'added'],
      ['notes.txt', 'not-readout'],
      ['inspection.shtml', 'not-readout'],
      ['broken.html', 'unreadable'],
      ['huge.txt', 'unreadable'],
    ])
    // The rows name the event (date, kind, counterpart) and the reason.
    expect(rows[1]!.text).toContain('2022-11-14')
    expect(rows[1]!.text).toContain('拜登')
    expect(rows[6]!.text).toMatch(/binary|二进制/)
    expect(rows[7]!.text).toMatch(/5\.0 MB/)
    expect(
      await page.evaluate(
        () => document.querySelector('[data-testid="saved-pages-counts"]')?.textContent ?? '',
      ),
    ).toMatch(/8 of 8|8 \/ 8/)
    await page.evaluate(() =>
      document.querySelector('[data-testid="saved-pages"]')!.scrollIntoView(),
    )
    await b.screenshot(page, 'saved-pages-report')
    if (b.name === 'chromium') {
      // Chromium's worker has no DOMParser: the pages were read in the offscreen document.
      const contexts = await b.evaluateInExtension(async () => {
        const c = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } }
          }
        ).chrome
        return (await c.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length
      })
      expect(contexts).toBe(1)
    }

    expect(await waitForIndex(b, before + 3)).toBe(before + 3)
    // One event from the two Bali readouts: CCTV's and the White House's.
    expect(await eventSources(b, bali!)).toEqual(['The White House', '央视网'])
    expect((await eventSources(b, woodside!)).length).toBe(1)
    const found = await b.sendMessage({ type: 'search', query: '马克龙' })
    expect(found.ok && found.hits.map((h) => h.id)).toContain(macron)

    // The same files again: every readout is already there, nothing is added.
    const again = await importFiles(page, FILES)
    expect(again.map((r) => r.result)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'not-readout',
      'not-readout',
      'unreadable',
    ])
    const info = await b.sendMessage({ type: 'index-info' })
    expect(info.ok && info.events).toBe(before + 3)
    expect(await eventSources(b, bali!)).toEqual(['The White House', '央视网'])
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('imports dozens of real readouts at once: each row as Node reads the file, the index count follows', async () => {
    const names = readdirSync(join(REAL, 'cctv/readouts'))
      .filter((f) => f.endsWith('.shtml'))
      .sort()
      .slice(0, 40)
    const files = names.map((f) => ({ name: f, bytes: real(`cctv/readouts/${f}`) }))
    const known = new Set(await inExtensionPage(b, probeEventIds))
    const before = known.size
    // Expected per file, by build-index's intake in Node: new ids are added once, then merge.
    const want = files.map((f) => {
      const id = nodeEventId(f)
      if (id === null) return ['not-readout', 'unreadable']
      if (known.has(id)) return ['merged', 'duplicate']
      known.add(id)
      return ['added']
    })
    const page = await b.openOptions()
    const rows = await importFiles(page, files)
    expect(rows.map((r) => r.name)).toEqual(names)
    rows.forEach((r, i) => expect(want[i], `${r.name}: ${r.result} ${r.text}`).toContain(r.result))
    const added = want.filter((w) => w[0] === 'added').length
    expect(added).toBeGreaterThanOrEqual(30)
    expect(await waitForIndex(b, before + added)).toBe(before + added)
    // The index section of the page recounts after the run.
    await page.waitFor(
      (n) =>
        (document.querySelector('[data-testid="storage-used"]')?.textContent ?? '').startsWith(
          `${n} `,
        ),
      before + added,
      { message: 'the index count did not follow the import' },
    )
    expect(page.errors).toEqual([])
    await page.close()
  })
})
