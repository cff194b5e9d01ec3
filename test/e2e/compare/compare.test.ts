// Since the last call, the counterpart timeline and the compare view in real browsers, on real
// tv.cctv.com readouts served at their own addresses: the 2022-07-28 call with Biden is read
// first (so it is in the index), then the 2022-11-14 Bali meeting.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { forEachBrowser, ROOT, type TestBrowser, type TestPage } from '../harness'

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
      if (page.browserName === 'chromium') {
        await (page.raw as { emulateMedia(o: object): Promise<void> }).emulateMedia({
          media: 'print',
        })
      } else {
        // Firefox over BiDi cannot emulate print media: apply the page's own print rules.
        await page.evaluate(() => {
          const css: string[] = []
          for (const sheet of document.styleSheets)
            for (const rule of sheet.cssRules)
              if (rule instanceof CSSMediaRule && rule.conditionText === 'print')
                for (const inner of rule.cssRules) css.push(inner.cssText)
          const style = document.createElement('style')
          style.textContent = css.join('\n')
          document.head.append(style)
        })
      }
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
})
