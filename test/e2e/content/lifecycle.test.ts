// The page's one request answers in two parts: the highlights are registered from the first,
// the panel renders the second. The page re-renders its article (React-style: same text, new
// nodes) or adds to it, also while the panel's part is on its way: the highlights follow. The extension is reloaded under an open tab ("Extension context
// invalidated"): the old content script removes its panel and highlights quietly.
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites, type TestBrowser, type TestPage } from '../harness'
import { squash } from './expected'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!

const detachedRanges = (page: TestPage) =>
  page.evaluate(() => {
    let n = 0
    for (const [, h] of CSS.highlights) {
      for (const r of h) if (!r.startContainer.isConnected) n++
    }
    return n
  })

async function speakerTexts(b: TestBrowser, page: TestPage): Promise<string[]> {
  const h = await b.readHighlights(page)
  return Object.entries(h)
    .filter(([n]) => n.startsWith('readout-lens-speaker-'))
    .flatMap(([, r]) => r.map((x) => squash(x.text)))
    .sort()
}

forEachBrowser((b) => {
  it('paints from the first part of the answer; the panel comes after with the index', async () => {
    const page = await b.openPage(sina.url)
    try {
      await b.waitForAnnotation(page)
      // The content script's own marks, read in its world.
      const order = await b.inExtensionWorld(page, () =>
        ['readout-lens:highlights', 'readout-lens:panel-data'].map(
          (n) => performance.getEntriesByName(n)[0]?.startTime ?? null,
        ),
      )
      const [painted, panelData] = order
      expect(painted, 'highlights mark').not.toBeNull()
      expect(panelData, 'panel-data mark').not.toBeNull()
      expect(painted!).toBeLessThanOrEqual(panelData!)
      // The second part carried the index's sections: no error note.
      const state = await b.queryPanel(page, '[data-index-state]')
      expect(state[0]?.attributes['data-index-state']).toBe('ok')
      expect(await b.queryPanel(page, '[data-testid=index-error]')).toEqual([])
      expect(page.errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('follows a re-rendered and an extended article', async () => {
    const page = await b.openPage(sina.url)
    try {
      await b.waitForAnnotation(page)
      const before = await speakerTexts(b, page)
      expect(before.length).toBeGreaterThan(5)
      // Re-render: same markup, all-new nodes.
      await page.evaluate(() => {
        const el = document.getElementById('article')!
        el.replaceChildren(...[...el.childNodes].map((n) => n.cloneNode(true)))
      })
      await page.waitFor(
        () => {
          let live = 0
          for (const [, h] of CSS.highlights) {
            for (const r of h) {
              if (!r.startContainer.isConnected) return false
              live++
            }
          }
          return live > 0
        },
        undefined,
        { timeout: 10_000, message: 'highlights did not follow the re-render' },
      )
      expect(await detachedRanges(page)).toBe(0)
      expect(await speakerTexts(b, page)).toEqual(before)

      // The page adds a paragraph in which the counterpart speaks.
      await page.evaluate(() => {
        const p = document.createElement('p')
        p.textContent = '普京表示，俄方愿同中方进一步加强全面战略协作。'
        document.getElementById('article')!.append(p)
      })
      await page.waitFor(
        () => {
          for (const [, h] of CSS.highlights) {
            for (const r of h) {
              const range = document.createRange()
              range.setStart(r.startContainer, r.startOffset)
              range.setEnd(r.endContainer, r.endOffset)
              if (range.toString().includes('俄方愿同中方进一步加强')) return true
            }
          }
          return false
        },
        undefined,
        { timeout: 10_000, message: 'new paragraph not analysed' },
      )
      // The panel follows the highlights (the answer's second part): one host, not two.
      await page.waitFor(
        () => document.querySelectorAll('readout-lens-panel').length > 0,
        undefined,
        {
          timeout: 10_000,
          message: 'no panel after the new paragraph',
        },
      )
      await b.idle(300)
      expect(
        await page.evaluate(() => document.querySelectorAll('readout-lens-panel').length),
      ).toBe(1)
      expect(page.errors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('tears down quietly when the extension is reloaded under the tab', async () => {
    const page = await b.openPage(sina.url)
    await b.waitForAnnotation(page)
    const firstHost = await page.evaluate(() => {
      const host = document.querySelector('readout-lens-panel') as HTMLElement & {
        __probe?: number
      }
      host.__probe = 1
      return true
    })
    expect(firstHost).toBe(true)
    await b
      .evaluateInExtension(() => {
        const g = globalThis as unknown as {
          browser?: { runtime: { reload(): void } }
          chrome: { runtime: { reload(): void } }
        }
        setTimeout(() => (g.browser ?? g.chrome).runtime.reload(), 50)
        return true
      })
      .catch(() => true)
    // The old instance must remove its own panel and highlights. (Firefox injects the new
    // version into open tabs, which may annotate again with a fresh host.)
    await page.waitFor(
      () => {
        const host = document.querySelector('readout-lens-panel') as
          (HTMLElement & { __probe?: number }) | null
        return host === null || host.__probe === undefined
      },
      undefined,
      { timeout: 10_000, message: 'old panel still there after the extension reload' },
    )
    await b.idle(1500)
    const hosts = await page.evaluate(() => document.querySelectorAll('readout-lens-panel').length)
    expect(hosts).toBeLessThanOrEqual(1)
    // The fixture registers no highlight of its own: none may be left in the registry.
    if (hosts === 0) expect(await page.evaluate(() => CSS.highlights.size)).toBe(0)
    else expect(await detachedRanges(page)).toBe(0)
    expect(page.errors).toEqual([])
    await page.close()
  })
})
