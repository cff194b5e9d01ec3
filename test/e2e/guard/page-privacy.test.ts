// What the page can read of the panel: nothing. The panel shows the user's index (related
// calls, phrase history, event ids — their reading history); its shadow root is closed, and
// the highlights the page shares a registry with are registered under opaque names. Checked
// from the page's MAIN world, as a news site's own script would, on a page whose script hooks
// attachShadow before the content script runs.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites } from '../harness'
import { waitPainted } from './helpers'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!
const SPY_URL = 'https://news.sina.com.cn/c/2021-08-25/doc-iguardprivacy01.shtml'

// The page's first script: keeps every shadow root anyone attaches, and every name set in
// the highlight registry, before the extension runs.
const SPY = `<script>
window.__spy = { roots: [], names: [] };
(function () {
  var attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    var r = attach.call(this, init); window.__spy.roots.push(r); return r;
  };
  if (window.CSS && CSS.highlights) {
    var set = CSS.highlights.set;
    CSS.highlights.set = function (n, h) { window.__spy.names.push(n); return set.call(this, n, h); };
  }
})();
</script>`

forEachBrowser((b) => {
  it('the page reads no index data: closed root, nothing in the DOM, opaque highlight names', async () => {
    const html = readFileSync(sina.readoutFile, 'utf8').replace('<head>', `<head>${SPY}`)
    b.server.route(SPY_URL, html)
    const page = await b.openPage(SPY_URL)
    try {
      await waitPainted(page)
      await b.waitForPanel(page, '[data-index-state=ok] [data-testid=related] li[data-related]', {
        timeout: 20_000,
        message: 'the panel showed no related calls to hide',
      })
      // What the index put in the panel (event ids, "first seen … in N of M"), read where only
      // the extension can: its own world. (Related titles may equal the page's own headline.)
      const related = await b.queryPanel(page, '[data-testid=related] li[data-related]')
      const ids = related.map((r) => r.attributes['data-related']!)
      const history = (await b.queryPanel(page, '[data-testid=phrases] [data-field=phrase-stat]'))
        .map((e) => e.text)
        .filter((t) => t.length > 4)
      expect(ids.length).toBeGreaterThan(0)
      expect(history.length).toBeGreaterThan(0)
      const secrets = [...ids, ...history]

      const seen = await page.evaluate(() => {
        const host = document.querySelector('readout-lens-panel')
        const g = window as unknown as Record<string, unknown> & {
          __spy: { roots: unknown[]; names: string[] }
        }
        const sheets = [...document.adoptedStyleSheets]
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .join('\n')
        return {
          host: host !== null,
          shadowRoot: host ? host.shadowRoot : 'no host',
          spiedRoots: g.__spy.roots.length,
          dom: document.documentElement.outerHTML,
          text: document.documentElement.textContent ?? '',
          registered: [...CSS.highlights.keys()],
          spiedNames: g.__spy.names,
          sheets,
          globals: Object.keys(window).filter((k) => /readout|lens/i.test(k)),
        }
      })
      expect(seen.host).toBe(true)
      // Closed: the page gets no root, not even by hooking attachShadow first (the content
      // script calls the browser's own).
      expect(seen.shadowRoot).toBeNull()
      expect(seen.spiedRoots).toBe(0)
      for (const s of secrets) {
        expect(seen.dom, s).not.toContain(s)
        expect(seen.text, s).not.toContain(s)
        expect(seen.sheets, s).not.toContain(s)
      }
      // Highlight names: random, the same shape for every kind, nothing of ours in them.
      expect(seen.registered.length).toBeGreaterThan(2)
      for (const n of seen.registered) expect(n).toMatch(/^h[0-9a-f]{16}$/)
      const said = [...seen.registered, ...seen.spiedNames, seen.sheets].join(' ')
      for (const word of ['readout', 'speaker', 'phrase', 'mention', 'focus', 'custom', 'new'])
        expect(said.toLowerCase()).not.toContain(word)
      for (const id of ids) expect(said).not.toContain(id)
      expect(seen.globals).toEqual([])
    } finally {
      await page.close()
    }
  })
})
