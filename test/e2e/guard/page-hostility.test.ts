// Pages are not ours: a 2 MB article, a page that re-renders its article React-style or
// navigates client-side, iframes and text outside the article. The extension must annotate
// in chunks without freezing the page, follow the article, and leave the rest alone.
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites } from '../harness'
import { probeTrace, sleep, waitPainted } from './helpers'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!
const template = readFileSync(sina.readoutFile, 'utf8')

/** The sina readout page with its `#article` body rewritten by `edit` (linkedom, Node side). */
function sinaPage(edit: (article: Element, doc: Document) => void): string {
  const { document } = parseHTML(template)
  const doc = document as unknown as Document
  edit(doc.querySelector('#article')!, doc)
  return '<!DOCTYPE html>\n' + doc.documentElement.outerHTML
}

// Recorders the page itself runs from its first byte: long tasks (Chromium), the largest gap
// between animation frames (a frozen page paints no frame) and between 16 ms timer ticks
// (both browsers), after the load event.
const RECORDER = `<script>
window.__guard = { load: 0, tasks: [], gaps: [], frames: [] };
try {
  new PerformanceObserver(function (l) {
    l.getEntries().forEach(function (e) { __guard.tasks.push([e.startTime, e.duration]) })
  }).observe({ type: 'longtask', buffered: true });
} catch (e) {}
addEventListener('load', function () { __guard.load = performance.now() });
(function () {
  var last = performance.now();
  setInterval(function () { var n = performance.now(); __guard.gaps.push([last, n - last]); last = n }, 16);
  var lastFrame = performance.now();
  requestAnimationFrame(function tick(n) { __guard.frames.push([lastFrame, n - lastFrame]); lastFrame = n; requestAnimationFrame(tick) });
})();
</script>`

const BIG_URL = 'https://finance.sina.com.cn/china/gncj/2021-12-16/doc-iguardbig2mb0001.shtml'
function bigPage(): string {
  const html = sinaPage((article) => {
    const paras = [...article.querySelectorAll('p')].map((p) => p.outerHTML).join('\n')
    let body = ''
    while (Buffer.byteLength(body) < 2_000_000) body += paras + '\n'
    // Node side, our own fixture's paragraphs: no page text reaches a browser DOM here.
    // eslint-disable-next-line no-unsanitized/property
    article.innerHTML = body
  })
  return html.replace('<head>', `<head>${RECORDER}`)
}

const SIDE_TEXT = '习近平指出，侧栏里的这句话不属于正文，不应被标注。'
const FRAME_URL = 'https://finance.sina.com.cn/china/gncj/2021-12-16/doc-iguardframe00001.shtml'
function framedPage(): string {
  return sinaPage((article, doc) => {
    const side = doc.createElement('div')
    side.className = 'side-box'
    side.textContent = SIDE_TEXT
    article.parentElement!.parentElement!.append(side)
    const frame = doc.createElement('iframe')
    frame.setAttribute('id', 'guard-frame')
    frame.setAttribute('src', sina.url) // the same readout, same origin, inside the article
    article.append(frame)
  })
}

forEachBrowser((b) => {
  it('a 2 MB article is annotated in chunks without freezing the page', async () => {
    const html = bigPage()
    expect(Buffer.byteLength(html)).toBeGreaterThan(2_000_000)
    b.server.route(BIG_URL, html)
    // Baseline: the same page where no content script runs (the browser's own layout and
    // paint of 600,000 characters after load are not ours).
    const mirror = await b.openPage(b.server.mirrorUrl(BIG_URL))
    await sleep(6000)
    const base = await mirror.evaluate(() => {
      const g = (
        window as unknown as {
          __guard: { load: number; tasks: number[][]; gaps: number[][]; frames: number[][] }
        }
      ).__guard
      const after = (xs: number[][]) => xs.filter(([s]) => s! >= g.load).map(([, d]) => d!)
      return {
        longest: Math.max(0, ...after(g.tasks)),
        maxGap: Math.max(0, ...after(g.gaps)),
        maxFrame: Math.max(0, ...after(g.frames)),
      }
    })
    await mirror.close()
    const page = await b.openPage(BIG_URL)
    const t0 = Date.now()
    await waitPainted(page, 120_000)
    const ms = Date.now() - t0
    await sleep(500)
    const m = await page.evaluate(() => {
      const g = (
        window as unknown as {
          __guard: { load: number; tasks: number[][]; gaps: number[][]; frames: number[][] }
        }
      ).__guard
      const after = (xs: number[][]) => xs.filter(([s]) => s! >= g.load).map(([, d]) => d!)
      return {
        longest: Math.max(0, ...after(g.tasks)),
        tasks: after(g.tasks).length,
        maxGap: Math.max(0, ...after(g.gaps)),
        maxFrame: Math.max(0, ...after(g.frames)),
        chars: document.body.textContent!.length,
      }
    })
    console.info(
      `${b.name}: 2 MB page (${m.chars} chars) annotated in ${ms} ms; after load: longest task ${m.longest.toFixed(0)} ms (${m.tasks} long tasks), largest frame gap ${m.maxFrame.toFixed(0)} ms, largest timer gap ${m.maxGap.toFixed(0)} ms; without the extension: longest task ${base.longest.toFixed(0)} ms, frame gap ${base.maxFrame.toFixed(0)} ms, timer gap ${base.maxGap.toFixed(0)} ms`,
    )
    // A freeze is seconds without a frame. Unloaded, the longest task here is 100-250 ms; the
    // bounds leave room for a shared 2-core machine (load 20 stretched one task to 1 s) and
    // still catch an unchunked analysis of 600,000 characters. Page timers can be held back
    // while the chunks run (the yields continue ahead of timer tasks): reported, not asserted.
    if (b.name === 'chromium') expect(m.longest).toBeLessThan(Math.max(1500, base.longest + 1000))
    expect(m.maxFrame).toBeLessThan(Math.max(2000, base.maxFrame + 1500))
    expect(page.errors).toEqual([])
    await page.close()
  }, 180_000)

  it('a React-style re-render of the article: highlights follow the new nodes', async () => {
    const page = await b.openPage(sina.url)
    await waitPainted(page)
    const before = await b.readHighlights(page)
    // Remount: the article element is replaced by a fresh copy (new text nodes, same text).
    await page.evaluate(() => {
      const a = document.querySelector('#article')!
      a.replaceWith(a.cloneNode(true))
    })
    const allConnected = () => {
      let n = 0
      for (const [, h] of CSS.highlights) {
        for (const r of h) {
          if (!(r as Range).startContainer.isConnected) return false
          n++
        }
      }
      return n > 0 && document.querySelectorAll('readout-lens-panel').length === 1
    }
    await page.waitFor(allConnected, undefined, {
      timeout: 20_000,
      message: 'highlights did not move to the re-rendered article',
    })
    expect(await b.readHighlights(page)).toEqual(before)

    // Re-render with other content: the highlights and the panel follow the new text.
    await page.evaluate(() => {
      const a = document.querySelector('#article')!
      const fresh = a.cloneNode(true) as Element
      const walk = document.createTreeWalker(fresh, NodeFilter.SHOW_TEXT)
      for (let t = walk.nextNode(); t; t = walk.nextNode())
        (t as Text).data = (t as Text).data
          .replaceAll('普京', '马克龙')
          .replaceAll('俄罗斯', '法国')
      a.replaceWith(fresh)
    })
    await page.waitFor(
      () => {
        // The names are opaque to the page: any highlight on the new text will do.
        for (const [, h] of CSS.highlights)
          for (const r of h) {
            const live = document.createRange() // the ranges may be StaticRanges
            live.setStart(r.startContainer, r.startOffset)
            live.setEnd(r.endContainer, r.endOffset)
            if (live.toString().includes('马克龙')) return true
          }
        return false
      },
      undefined,
      { timeout: 20_000, message: 'no speaker highlight on the re-rendered text' },
    )
    // The panel follows the highlights (the second part of the page's answer).
    await page.waitFor(allConnected, undefined, {
      timeout: 10_000,
      message: 'highlights detached or no single panel after the re-render',
    })
    const panel = await b.readPanel(page)
    expect(panel?.text).toContain('马克龙')
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('client-side navigation away tears down; back to an article annotates again', async () => {
    const page = await b.openPage(sina.url)
    await waitPainted(page)
    await page.evaluate(() => history.pushState({}, '', '/china/'))
    await page.waitFor(
      () => {
        let n = 0
        n = CSS.highlights.size
        return n === 0 && !document.querySelector('readout-lens-panel')
      },
      undefined,
      { timeout: 10_000, message: 'highlights or panel left behind after navigating away' },
    )
    await page.evaluate(() =>
      history.pushState({}, '', '/china/gncj/2021-12-16/doc-iguardspa000001.shtml'),
    )
    await waitPainted(page, 20_000)
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('iframes and text outside the article are left alone', async () => {
    b.server.route(FRAME_URL, framedPage)
    const page = await b.openPage(FRAME_URL)
    await waitPainted(page)
    await sleep(1000)
    const where = await page.evaluate((side) => {
      const article = document.querySelector('#article')!
      let outside = 0
      let total = 0
      for (const [, h] of CSS.highlights) {
        for (const r of h) {
          total++
          // Ranges may be StaticRanges: check both ends.
          if (!article.contains(r.startContainer) || !article.contains(r.endContainer)) outside++
        }
      }
      const frame = document.querySelector<HTMLIFrameElement>('#guard-frame')!
      const fdoc = frame.contentDocument!
      const fwin = frame.contentWindow as unknown as { CSS: typeof CSS }
      let frameHighlights = 0
      frameHighlights = fwin.CSS.highlights.size
      return {
        total,
        outside,
        frameLoaded: (fdoc.body?.textContent ?? '').includes('习近平'),
        frameHosts: fdoc.querySelectorAll('readout-lens-panel').length,
        frameHighlights,
        sideText: document.querySelector('.side-box')?.textContent === side,
      }
    }, SIDE_TEXT)
    expect(where.total).toBeGreaterThan(0)
    expect(where.outside).toBe(0)
    expect(where.frameLoaded).toBe(true)
    expect(where.frameHosts).toBe(0)
    expect(where.frameHighlights).toBe(0)
    expect(where.sideText).toBe(true)
    expect(await page.evaluate(probeTrace)).toMatchObject({ hosts: 1 })
    expect(page.errors).toEqual([])
    await page.close()
  })

  it('a page that wipes our highlights and panel host raises no error', async () => {
    const page = await b.openPage(sina.url)
    await waitPainted(page)
    await page.evaluate(() => {
      // The names are opaque: a hostile page can only wipe every highlight.
      CSS.highlights.clear()
      document.querySelector('readout-lens-panel')?.remove()
    })
    await sleep(1500)
    expect(page.errors).toEqual([])
    await page.close()
  })
})
