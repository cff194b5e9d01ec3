import vm from 'node:vm'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { kankan, stripKankanTitle } from '../../../src/sites/kankan'
import { extractArticle } from '../../../src/sites/extract'
import {
  breakAdapterSelectors,
  checkArticle,
  describeSiteFixture,
  fixtureHtml,
  fixtureMeta,
  type Expected,
} from './site-fixture'

const meta = fixtureMeta('kankan')
const nav = meta.clientNav as {
  file: string
  url: string
  trigger: string
  autoHash: string
  expected: Expected
}

/**
 * Runs the page's own inline scripts (the Nuxt-like payload and app) on a linkedom document,
 * with timers queued so each step of the client rendering can be observed.
 */
function boot(html: string, pageUrl: string, hash = '') {
  const { document } = parseHTML(html)
  const timers: Array<() => void> = []
  const pushed: string[] = []
  const listeners: Record<string, Array<() => void>> = {}
  const location = { hash, pathname: new URL(pageUrl).pathname, href: pageUrl }
  const win = {
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
  }
  const history = {
    pushState: (_s: unknown, _t: string, url: string) => {
      pushed.push(url)
      location.pathname = url
    },
  }
  const ctx = vm.createContext({
    window: win,
    document,
    location,
    history,
    setTimeout: (fn: () => void) => timers.push(fn),
  })
  for (const s of Array.from(document.querySelectorAll('script'))) {
    if (!s.getAttribute('src') && s.textContent) vm.runInContext(s.textContent, ctx)
  }
  const tick = (): boolean => {
    const fn = timers.shift()
    fn?.()
    return fn !== undefined
  }
  const runAll = (): void => {
    while (tick());
  }
  return { document: document as unknown as Document, tick, runAll, pushed, location }
}

describeSiteFixture(kankan, {
  // Node runs no page scripts: render the page the way the browser does first.
  render: (html, url) => {
    const page = boot(html, url)
    page.runAll()
    return page.document
  },
})

describe('kankan: client rendering', () => {
  it('is not ready before the app has rendered, and ready after', () => {
    const page = boot(fixtureHtml('kankan', 'readout.html'), meta.url)
    expect(kankan.ready!(page.document)).toBe(false)
    expect(extractArticle(page.document, meta.url)).toBeNull()
    // Before rendering only the head is there: title from document.title / og meta.
    const early = kankan.extract(page.document, new URL(meta.url))
    expect(early?.body).toBeNull()
    expect(early?.title).toBe(meta.expected.title)
    expect(page.tick()).toBe(true) // the render timer
    expect(kankan.ready!(page.document)).toBe(true)
    checkArticle(extractArticle(page.document, meta.url), meta.expected, 'kankan')
  })

  it('raw HTML has an empty mount point and the article only in the script payload', () => {
    const { document } = parseHTML(fixtureHtml('kankan', 'readout.html'))
    expect(document.querySelector('#__nuxt p')).toBeNull()
    expect(document.querySelector('#__nuxt')?.textContent).not.toContain(
      meta.expected.firstParagraph,
    )
    expect(document.querySelector('script')?.textContent).toContain('window.__NUXT__=')
  })

  it('navigates client-side to the second readout (click → pushState)', () => {
    const page = boot(fixtureHtml('kankan', 'readout.html'), meta.url)
    page.runAll()
    const link = page.document.querySelector(nav.trigger)!
    expect(link.getAttribute('href')).toBe(new URL(nav.url).pathname)
    const ev = page.document.createEvent('Event')
    ev.initEvent('click', true, true)
    link.dispatchEvent(ev)
    expect(page.pushed).toEqual([new URL(nav.url).pathname])
    checkArticle(extractArticle(page.document, nav.url), nav.expected, 'kankan')
  })

  it('navigates by itself with the #autonav hash', () => {
    const page = boot(fixtureHtml('kankan', 'readout.html'), meta.url, nav.autoHash)
    page.tick() // render
    expect(extractArticle(page.document, meta.url)?.paragraphs[0]?.text).toBe(
      meta.expected.firstParagraph,
    )
    page.runAll() // autonav timer
    expect(page.pushed).toEqual([new URL(nav.url).pathname])
    checkArticle(extractArticle(page.document, nav.url), nav.expected, 'kankan')
  })

  it('readout2.html renders the second readout when loaded directly', () => {
    const page = boot(fixtureHtml('kankan', nav.file), nav.url)
    expect(kankan.ready!(page.document)).toBe(false)
    page.runAll()
    checkArticle(extractArticle(page.document, nav.url), nav.expected, 'kankan')
  })

  it('counts as rendered without its selectors once a Han-rich block is there', () => {
    const page = boot(fixtureHtml('kankan', 'readout.html'), meta.url)
    expect(kankan.ready!(page.document)).toBe(false)
    page.runAll()
    expect(breakAdapterSelectors(kankan, page.document, new URL(meta.url))).toBeGreaterThan(0)
    expect(kankan.ready!(page.document)).toBe(true)
    const a = extractArticle(page.document, meta.url)
    expect(a?.site).toBe('generic')
    expect(a?.paragraphs[0]?.text).toBe(meta.expected.firstParagraph)
  })

  it('strips the site suffix from document titles', () => {
    expect(stripKankanTitle('习近平同俄罗斯总统普京通电话_时讯_看看新闻网')).toBe(
      '习近平同俄罗斯总统普京通电话',
    )
    expect(stripKankanTitle('上海马拉松开跑_看看新闻网')).toBe('上海马拉松开跑')
    expect(stripKankanTitle('')).toBeNull()
  })
})
