// The other side's readout, in both browsers: the CCTV readout of a call is read (and saved),
// then the White House's readout of the same call — built from the saved Markdown, served at
// bidenwhitehouse.archives.gov and www.whitehouse.gov — shows the Chinese readout linked and
// the topics each side left out; the CCTV page then links to the White House's.
import { basename } from 'node:path'
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { forEachBrowser, showAsPrinted, type TestBrowser, type TestPage } from '../harness'
import { cctvReadout, whiteHouseReadouts } from '../../unit/realpages'
import { whiteHousePage } from './whitehouse-page'

const md = (date: string) => whiteHouseReadouts().find((f) => basename(f).startsWith(date))!
const CALL = { zh: cctvReadout('2022-07-28', '拜登'), en: whiteHousePage(md('2022-07-28')) }
const WOODSIDE = {
  zh: cctvReadout('2023-11-15', '拜登'),
  en: whiteHousePage(
    md('2023-11-15'),
    'https://www.whitehouse.gov/briefing-room/statements-releases/2023/11/15/readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china-2/',
  ),
}

interface Seen {
  link: string | null
  language: string | null
  topics: Record<string, string[]>
  asked: string[]
}

async function otherSide(b: TestBrowser, page: TestPage): Promise<Seen> {
  await b.waitForAnnotation(page)
  await b.waitForPanel(page, '[data-testid=other-side]', {
    timeout: 20_000,
    message: 'the other side never appeared in the panel',
  })
  const link = await b.queryPanel(page, '[data-testid=other-side-link]')
  const box = await b.queryPanel(page, '[data-testid=other-side]')
  const topics: Record<string, string[]> = {}
  for (const kind of ['both', 'here', 'there']) {
    const items = await b.queryPanel(page, `[data-topics=${kind}] [data-topic]`)
    topics[kind] = items.map((i) => i.attributes['data-topic']!)
  }
  const asked = await b.queryPanel(page, '[data-field^=asked]')
  return {
    link: link[0]?.attributes['href'] ?? null,
    language: box[0]?.attributes['data-language'] ?? null,
    topics,
    asked: asked.map((a) => a.text),
  }
}

forEachBrowser((b) => {
  for (const pair of [CALL, WOODSIDE]) {
    b.server.route(pair.zh.url, () => readFileSync(pair.zh.path))
    b.server.route(pair.en.url, pair.en.html)
  }

  it('2022-07-28: the White House readout shows the CCTV readout linked and what each left out', async () => {
    const zh = await b.openPage(CALL.zh.url)
    await b.waitForAnnotation(zh)
    await zh.close()

    const page = await b.openPage(CALL.en.url)
    try {
      const seen = await otherSide(b, page)
      expect(seen.language).toBe('zh')
      expect(seen.link).toBe(CALL.zh.url)
      expect(seen.topics['both']).toContain('taiwan')
      expect(seen.topics['here']).toContain('climate')
      expect(seen.topics['there']).toEqual(expect.arrayContaining(['trade', 'ukraine']))
      // CCTV says 应约 (Biden asked); the White House says nothing.
      expect(seen.asked.join('\n')).toContain('应约')
      const panel = await b.readPanel(page)
      expect(panel!.text).toContain('On Taiwan, President Biden underscored')
      expect(await b.domChanges(page)).toEqual([])
      expect(page.errors).toEqual([])
      await b.screenshot(page, 'whitehouse-other-side')
      await b.clickInPanel(page, '[data-testid=other-side] details > summary')
      await b.screenshot(page, 'whitehouse-other-side-topics')
    } finally {
      await page.close()
    }
  })

  it('2022-07-28: the CCTV page then links to the White House readout', async () => {
    const page = await b.openPage(CALL.zh.url)
    try {
      const seen = await otherSide(b, page)
      expect(seen.language).toBe('en')
      expect(seen.link).toBe(CALL.en.url)
      expect(seen.topics['there']).toContain('climate')
      expect(seen.topics['here']).toEqual(expect.arrayContaining(['trade', 'ukraine']))
      // Its Compare button opens the topic-aligned compare view of the pair.
      await b.clickInPanel(page, '[data-testid=other-side-compare]')
      const deadline = Date.now() + 10_000
      let opened: string[] = []
      while (opened.length === 0 && Date.now() < deadline) {
        const urls = await b.evaluateInExtension(async () => {
          const g = globalThis as unknown as {
            browser?: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } }
            chrome: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } }
          }
          return (await (g.browser ?? g.chrome).tabs.query({})).map((t) => t.url ?? '')
        })
        opened = urls.filter((u) => u.includes('src/compare/index.html') && u.includes('side=en'))
        if (opened.length === 0) await new Promise((r) => setTimeout(r, 200))
      }
      expect(opened[0]).toContain(`src=${encodeURIComponent(CALL.en.url)}`)
      await b.screenshot(page, 'cctv-other-side')
    } finally {
      await page.close()
    }
  })

  it('2022-07-28: the compare view aligns the CCTV and White House readouts by topic', async () => {
    const q = new URLSearchParams({ b: '2022-07-28:call:拜登', side: 'en', src: CALL.en.url })
    const page = await b.openExtensionPage(`src/compare/index.html?${q}`)
    try {
      await page.waitFor(
        () => document.querySelector('[data-testid=topic-rows] li') != null,
        undefined,
        {
          timeout: 20_000,
          message: 'topic rows did not render',
        },
      )
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid=topic-rows] li.row')].map(
          (li) => ({
            topic: li.dataset.topic!,
            presence: li.dataset.presence!,
            label: li.querySelector('.topic-label')?.textContent ?? '',
            a: li.querySelector('.cell.a')?.textContent ?? '',
            b: li.querySelector('.cell.b')?.textContent ?? '',
          }),
        ),
      )
      const row = (id: string) => rows.find((r) => r.topic === id)
      // Chromium runs with a Chinese UI, Firefox with an English one.
      expect(row('taiwan')?.presence).toBe('both')
      expect(['Taiwan', '台湾']).toContain(row('taiwan')!.label)
      expect(row('taiwan')!.a).toContain('台湾')
      expect(row('taiwan')!.b).toContain('On Taiwan, President Biden underscored')
      // Climate only in the White House's (B), trade and Ukraine only in CCTV's (A).
      expect(row('climate')).toMatchObject({ presence: 'onlyB', a: expect.any(String) })
      expect(row('climate')!.b).toMatch(/climate/i)
      expect(row('trade')?.presence).toBe('onlyA')
      expect(row('ukraine')?.presence).toBe('onlyA')
      const asked = await page.evaluate(() => ({
        a: document.querySelector('[data-field=asked-a]')?.textContent ?? '',
        b: document.querySelector('[data-field=asked-b]')?.textContent ?? '',
      }))
      expect(asked.a).toContain('应约')
      expect(asked.b).toMatch(/does not say|未说明/)
      await b.screenshot(page, 'compare-topics')

      // Keyboard: j to the next topic row, n to the next topic only one side mentions.
      await page.evaluate(() =>
        document.querySelector<HTMLElement>('[data-testid=topic-rows] li')!.focus(),
      )
      await page.press('j')
      const at = () =>
        page.evaluate(() => ({
          i: [...document.querySelectorAll('[data-testid=topic-rows] li.row')].indexOf(
            document.activeElement!,
          ),
          presence: (document.activeElement as HTMLElement).dataset.presence,
        }))
      expect((await at()).i).toBe(1)
      await page.press('n')
      expect((await at()).presence).not.toBe('both')

      // Print: the controls go, the topic rows stay in three columns.
      await showAsPrinted(page)
      const print = await page.evaluate(() => ({
        controls: getComputedStyle(document.querySelector('.controls')!).display,
        keys: getComputedStyle(document.querySelector('.keys')!).display,
        columns: getComputedStyle(document.querySelector('.topic-row')!).gridTemplateColumns.split(
          ' ',
        ).length,
      }))
      expect(print).toEqual({ controls: 'none', keys: 'none', columns: 3 })
      expect(page.errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('Woodside at www.whitehouse.gov: the White House page first, the CCTV readout after', async () => {
    const en = await b.openPage(WOODSIDE.en.url)
    await b.waitForAnnotation(en)
    // No Chinese readout indexed yet: no other side.
    expect(await b.queryPanel(en, '[data-testid=other-side]')).toEqual([])
    await en.close()
    const page = await b.openPage(WOODSIDE.zh.url)
    try {
      const seen = await otherSide(b, page)
      expect(seen.link).toBe(WOODSIDE.en.url)
      expect(seen.topics['there']).toEqual(
        expect.arrayContaining(['ukraine', 'human-rights', 'xinjiang']),
      )
      expect(seen.topics['both']).toEqual(expect.arrayContaining(['counternarcotics', 'ai']))
      await b.screenshot(page, 'cctv-woodside-other-side')
    } finally {
      await page.close()
    }
  })
})
