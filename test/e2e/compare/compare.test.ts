// Since the last call, the counterpart timeline and the compare view in real browsers, on real
// tv.cctv.com readouts served at their own addresses: the 2022-07-28 call with Biden is read
// first (so it is in the index), then the 2022-11-14 Bali meeting. Also: a variant family added
// in the options page reaching the compare view, and the popup's Compare action.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { forEachBrowser, ROOT, showAsPrinted, type TestBrowser, type TestPage } from '../harness'
import { fill } from '../store/helpers'

const DIR = join(ROOT, '../shared/realpages/cctv/readouts')
const CALL = {
  url: 'https://tv.cctv.com/2022/07/29/VIDENeY0f3ZvwsGyYqxohVl6220729.shtml',
  file: 'VIDENeY0f3ZvwsGyYqxohVl6220729.shtml',
  id: '2022-07-28:call:拜登',
}
const BALI = {
  url: 'https://tv.cctv.com/2022/11/15/VIDEfhSDSWWgm17I9D6jZSyU221115.shtml',
  file: 'VIDEfhSDSWWgm17I9D6jZSyU221115.shtml',
  id: '2022-11-14:meeting:拜登',
}

async function visit(b: TestBrowser, page: { url: string; file: string }): Promise<TestPage> {
  b.server.route(page.url, readFileSync(join(DIR, page.file), 'utf8'))
  const p = await b.openPage(page.url)
  await b.waitForAnnotation(p)
  return p
}

/** Reads both pages once (as a user would), so the index holds both events. */
async function ensureIndexed(b: TestBrowser): Promise<void> {
  for (const page of [CALL, BALI]) {
    const res = await b.sendMessage({ type: 'get-event', id: page.id })
    if (res.ok && res.event) continue
    const p = await visit(b, page)
    await waitInPanel(b, p, '[data-testid=since-last]', `${page.id}: since section`)
    await p.close()
  }
}

// The panel's root is closed: the harness reads it in the extension's world.
async function waitInPanel(
  b: TestBrowser,
  p: TestPage,
  selector: string,
  message: string,
): Promise<void> {
  await b.waitForPanel(p, selector, { timeout: 20_000, message })
}

async function openTabUrls(b: TestBrowser): Promise<string[]> {
  return b.evaluateInExtension(async () => {
    const g = globalThis as unknown as {
      browser?: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } }
      chrome: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } }
    }
    return (await (g.browser ?? g.chrome).tabs.query({})).map((t) => t.url ?? '')
  })
}

/** Waits for a compare tab opened after `before` of them were open; returns its URL. */
async function newCompareTab(b: TestBrowser, before: number): Promise<string> {
  const deadline = Date.now() + 10_000
  let urls: string[] = []
  while (Date.now() < deadline) {
    urls = (await openTabUrls(b)).filter((u) => u.includes('src/compare/index.html'))
    if (urls.length > before) return urls.at(-1)!
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('no compare tab opened')
}

const compareTabs = async (b: TestBrowser) =>
  (await openTabUrls(b)).filter((u) => u.includes('src/compare/index.html')).length

/** Opens the compare page at `url` (an extension URL) and returns its rendered title. */
async function compareTitle(b: TestBrowser, url: string): Promise<string> {
  const page = await b.openExtensionPage(url.slice(url.indexOf('src/compare/')))
  try {
    await page.waitFor(() => document.querySelector('[data-testid=rows] li') != null, undefined, {
      timeout: 20_000,
      message: 'compare rows did not render',
    })
    return await page.evaluate(() => document.title)
  } finally {
    await page.close()
  }
}

forEachBrowser((b) => {
  it('panel: since the 2022-07-28 call, what the Bali meeting changed, and the timeline', async () => {
    const call = await visit(b, CALL)
    await waitInPanel(b, call, '[data-testid=since-last]', 'call: since section')
    await call.close()
    const bali = await visit(b, BALI)
    try {
      await waitInPanel(b, bali, '[data-testid=since-last][data-state=ok]', 'Bali: since the call')
      const [h] = await b.queryPanel(bali, '#rl-since')
      expect(h!.text).toContain('2022-07-28')
      expect(h!.text).toContain('拜登')
      const changes = await b.queryPanel(bali, '[data-testid=since-changes] li')
      expect(changes.map((c) => c.attributes['data-change'])).toEqual(['kind', 'requestedBy'])
      expect(changes[1]!.text).toContain('拜登')
      const added = await b.queryPanel(bali, '[data-testid=since-added] [data-key]')
      expect(added.map((a) => a.attributes['data-key'])).toEqual(
        expect.arrayContaining(['核心利益', '四不一无意']),
      )
      const dropped = await b.queryPanel(bali, '[data-testid=since-dropped] [data-key]')
      expect(dropped.map((a) => a.attributes['data-key'])).toContain('一个中国原则')
      const taiwan = await b.queryPanel(bali, '[data-family=taiwan-independence]')
      expect(taiwan[0]!.attributes['data-changed']).toBe('yes')
      expect(taiwan[0]!.text).toContain('不支持“台独”')
      const past = await b.queryPanel(bali, '[data-testid=history] li[data-event]')
      expect(past.map((p) => p.attributes['data-event'])).toContain(CALL.id)
      // Bring the section into the panel's view for the screenshot.
      await b.inExtensionWorld(bali, () => {
        const inspect = (
          globalThis as { __readoutLensInspect?: () => { root: ShadowRoot | null } }
        ).__readoutLensInspect?.()
        inspect?.root?.querySelector('[data-testid=since-last]')?.scrollIntoView({ block: 'start' })
        return true
      })
      await b.screenshot(bali, 'since-last-panel')

      // The panel's compare button opens the compare page through the background.
      const before = (await openTabUrls(b)).filter((u) => u.includes('src/compare/')).length
      await b.clickInPanel(bali, '[data-testid=since-compare]')
      await bali.waitFor(() => true)
      const deadline = Date.now() + 10_000
      let urls: string[] = []
      while (Date.now() < deadline) {
        urls = (await openTabUrls(b)).filter((u) => u.includes('src/compare/index.html'))
        if (urls.length > before) break
        await new Promise((r) => setTimeout(r, 200))
      }
      expect(urls.at(-1)).toContain(`a=${encodeURIComponent(CALL.id)}`)
      // The saved page's own scripts miss their libraries (jQuery, CCTV's helpers): not ours.
      expect(bali.errors.filter((e) => !/(judgeisMobile|\$) is not defined/.test(e))).toEqual([])
    } finally {
      await bali.close()
    }
  })

  it('compare view: aligned by content, unmatched and changed formulations marked, keyboard, print', async () => {
    await ensureIndexed(b)
    const page = await b.openExtensionPage(
      `src/compare/index.html?a=${encodeURIComponent(CALL.id)}&b=${encodeURIComponent(BALI.id)}`,
    )
    try {
      await page.waitFor(() => document.querySelector('[data-testid=rows] li') != null, undefined, {
        timeout: 20_000,
        message: 'compare rows did not render',
      })
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid=rows] li')].map((li) => ({
          kind: li.dataset.kind!,
          a: li.querySelector('.cell.a')?.textContent ?? '',
          b: li.querySelector('.cell.b')?.textContent ?? '',
        })),
      )
      const taiwan = rows.find((r) => r.a.includes('习近平重点阐述了中方在台湾问题上的原则立场'))!
      expect(taiwan.kind).toBe('pair')
      expect(taiwan.b).toContain('习近平系统阐述了台湾问题由来以及中方原则立场')
      expect(rows.filter((r) => r.kind === 'onlyA').length).toBeGreaterThan(5)
      expect(rows.filter((r) => r.kind === 'onlyB').length).toBeGreaterThan(20)
      const marks = await page.evaluate(() => ({
        added: [...document.querySelectorAll('.cell.b mark.added')].map((m) =>
          m.getAttribute('data-key'),
        ),
        dropped: [...document.querySelectorAll('.cell.a mark.dropped')].map((m) =>
          m.getAttribute('data-key'),
        ),
      }))
      expect(marks.added).toContain('核心利益')
      expect(marks.dropped).toContain('一个中国原则')
      const first = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid^=speakers-] h3')].map((h) => h.textContent),
      )
      expect(first.every((t) => t?.includes('习近平'))).toBe(true)
      await b.screenshot(page, 'compare')

      // Keyboard: j moves to the next row, n to the next difference.
      await page.evaluate(() =>
        document.querySelector<HTMLElement>('[data-testid=rows] li')!.focus(),
      )
      await page.press('j')
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('[data-testid=rows] li')].indexOf(document.activeElement!),
        ),
      ).toBe(1)
      await page.press('n')
      const diff = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.diff)
      expect(diff).toBe('yes')

      // Print: the controls go, the rows stay side by side.
      await showAsPrinted(page)
      const print = await page.evaluate(() => ({
        controls: getComputedStyle(document.querySelector('.controls')!).display,
        columns: getComputedStyle(document.querySelector('.row')!).gridTemplateColumns.split(' ')
          .length,
      }))
      expect(print).toEqual({ controls: 'none', columns: 3 })
      await b.screenshot(page, 'compare-print')
      expect(page.errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('timeline page: every event with the counterpart, newest first, links to compare', async () => {
    const page = await b.openExtensionPage(
      `src/timeline/index.html?counterpart=${encodeURIComponent('拜登')}`,
    )
    try {
      await page.waitFor(
        () => document.querySelector('[data-testid=timeline]') != null,
        undefined,
        {
          timeout: 20_000,
          message: 'timeline did not render',
        },
      )
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('li[data-event]')].map(
          (li) => li.dataset.event!,
        ),
      )
      expect(ids).toEqual(expect.arrayContaining([BALI.id, CALL.id]))
      const dates = ids.map((id) => id.slice(0, 10))
      expect([...dates].sort().reverse()).toEqual(dates)
      const link = await page.evaluate(
        (id) =>
          document
            .querySelector(`li[data-event="${id}"] [data-testid=compare-prev]`)
            ?.getAttribute('href'),
        BALI.id,
      )
      expect(link).toContain(`b=${encodeURIComponent(BALI.id)}`)
      await b.screenshot(page, 'timeline')
      expect(page.errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('options: a variant family of the user’s, checked, saved, shown after reload, used by compare', async () => {
    await ensureIndexed(b)
    const NAME = 'Lens test family'
    const mine = `li[data-family="user:${NAME}"]`
    let options = await b.openOptions()
    try {
      await options.waitFor(() => !!document.querySelector('[data-testid=families]'))
      const builtIn = await options.evaluate(
        () => document.querySelectorAll('.built-in-families li').length,
      )
      expect(builtIn).toBeGreaterThanOrEqual(7)
      // A duplicate wording is refused with a reason; nothing is saved.
      await fill(options, 'input[name="family-name"]', NAME)
      await fill(options, 'textarea[name="family-wordings"]', '一个中国原则\n 一个中国原则')
      await options.evaluate(() =>
        document.querySelector<HTMLButtonElement>('button[name="save-family"]')!.click(),
      )
      await options.waitFor(() => !!document.querySelector('#family-problem'))
      expect(
        await options.evaluate(() => document.querySelector('#family-problem')!.textContent),
      ).toContain('一个中国原则')
      expect(await options.evaluate((sel) => !!document.querySelector(sel), mine)).toBe(false)
      // Two competing wordings: the call says 一个中国原则, the Bali meeting 核心利益.
      await fill(options, 'textarea[name="family-wordings"]', '一个中国原则\n核心利益\n')
      await options.evaluate(() =>
        document.querySelector<HTMLButtonElement>('button[name="save-family"]')!.click(),
      )
      await options.waitFor((sel) => !!document.querySelector(sel), mine)
      await options.waitFor(() => !!document.querySelector('[data-testid=saved]')?.textContent)
      await b.screenshot(options, 'options-families')
      expect(options.errors).toEqual([])
    } finally {
      await options.close()
    }
    options = await b.openOptions()
    try {
      await options.waitFor((sel) => !!document.querySelector(sel), mine, {
        message: 'the family was not shown after reload',
      })
      expect(
        await options.evaluate((sel) => document.querySelector(sel)!.textContent, mine),
      ).toContain('一个中国原则 / 核心利益')

      const page = await b.openExtensionPage(
        `src/compare/index.html?a=${encodeURIComponent(CALL.id)}&b=${encodeURIComponent(BALI.id)}`,
      )
      try {
        const sel = `[data-testid=variants] ${mine}`
        await page.waitFor((sel) => !!document.querySelector(sel), sel, {
          timeout: 20_000,
          message: 'the compare view does not read the user’s family',
        })
        const text = await page.evaluate((sel) => document.querySelector(sel)!.textContent, sel)
        expect(text).toMatch(/A 一个中国原则 → B 核心利益/)
      } finally {
        await page.close()
      }

      // Edit (keyboard: the edit button is a button), then remove: the list is empty again.
      await options.evaluate(
        (sel) =>
          document.querySelector<HTMLButtonElement>(`${sel} button[name="edit-family"]`)!.click(),
        mine,
      )
      expect(
        await options.evaluate(
          () =>
            document.querySelector<HTMLTextAreaElement>('textarea[name="family-wordings"]')!.value,
        ),
      ).toBe('一个中国原则\n核心利益')
      await fill(options, 'textarea[name="family-wordings"]', '一个中国原则\n核心利益\n四不一无意')
      await options.evaluate(() =>
        document.querySelector<HTMLButtonElement>('button[name="save-family"]')!.click(),
      )
      await options.waitFor(
        (sel) => document.querySelector(sel)?.textContent?.includes('四不一无意') === true,
        mine,
      )
      expect(
        await options.evaluate(() => document.querySelectorAll('.user-families li').length),
      ).toBe(1)
      await options.evaluate(
        (sel) =>
          document.querySelector<HTMLButtonElement>(`${sel} button[name="remove-family"]`)!.click(),
        mine,
      )
      await options.waitFor((sel) => !document.querySelector(sel), mine)
      const stored = await b.evaluateInExtension(async () => {
        const g = globalThis as unknown as {
          browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }
        }
        const got = await (g.browser ?? g.chrome).storage.local.get('readoutLens.settings')
        return (got['readoutLens.settings'] as { variantFamilies?: unknown[] }).variantFamilies
      })
      expect(stored).toEqual([])
      expect(options.errors).toEqual([])
    } finally {
      await options.close()
    }
  })

  it('popup: a result’s Compare opens the compare page with the readout in the tab, or the one before', async () => {
    await ensureIndexed(b)
    const bali = await visit(b, BALI)
    try {
      const tabId = await b.tabIdOf(bali)
      const popup = await b.openExtensionPage(`src/popup/index.html?tab=${tabId}`)
      try {
        await popup.waitFor(
          () => !!document.querySelector('[data-testid=tab-readout]'),
          undefined,
          {
            timeout: 15_000,
            message: 'the popup did not see the readout in the tab',
          },
        )
        await fill(popup, '#q', '拜登')
        const result = `li.result:has(a.result-main[data-id="${CALL.id}"])`
        await popup.waitFor((sel) => !!document.querySelector(sel), result, {
          timeout: 15_000,
          message: 'the call is not among the results',
        })
        // With the Bali readout in the tab: the call (older) on the left, Bali on the right.
        const before = await compareTabs(b)
        await popup.evaluate(
          (sel) => document.querySelector<HTMLButtonElement>(`${sel} button.open-compare`)!.click(),
          result,
        )
        const url = await newCompareTab(b, before)
        expect(new URL(url).searchParams.get('a')).toBe(CALL.id)
        expect(new URL(url).searchParams.get('b')).toBe(BALI.id)
        expect(popup.errors).toEqual([])
      } finally {
        await popup.close()
      }

      // Without a readout in the tab, from the keyboard: Bali against the event before it.
      const plain = await b.openPopup()
      try {
        await fill(plain, '#q', '拜登')
        const result = `li.result:has(a.result-main[data-id="${BALI.id}"])`
        await plain.waitFor((sel) => !!document.querySelector(sel), result, {
          timeout: 15_000,
          message: 'the Bali meeting is not among the results',
        })
        const before = await compareTabs(b)
        await plain.evaluate(
          (sel) => document.querySelector<HTMLButtonElement>(`${sel} button.open-compare`)!.focus(),
          result,
        )
        await plain.press('Enter')
        const url = await newCompareTab(b, before)
        expect(new URL(url).searchParams.get('b')).toBe(BALI.id)
        expect(new URL(url).searchParams.get('a')).toBeNull()
        expect(await compareTitle(b, url)).toContain('2022-07-28 / 2022-11-14')
        expect(plain.errors).toEqual([])
      } finally {
        await plain.close()
      }
    } finally {
      await bali.close()
    }
  })
})
