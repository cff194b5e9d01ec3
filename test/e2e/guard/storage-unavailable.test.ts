// IndexedDB odd or broken under the extension: a database left at a newer version (a
// downgrade, another build) still opens with every row; a database without its tables
// (broken store) → the panel and the popup say the index is unavailable, the page is still
// annotated. (IndexedDB switched off could not be produced here: Firefox's
// dom.indexedDB.enabled=false exempts extensions, and content scripts do not run in private
// windows without the user's permission; Node tests cover that path.)
import { expect, it } from 'vitest'
import { forEachBrowser, loadFixtureSites } from '../harness'
import { inExtensionPage, sendFromExtension, sleep, waitPainted } from './helpers'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!

/** Bump the database to a version far above the extension's schema. */
function bumpDatabase(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('readout-lens', 1_000_000)
    req.onsuccess = () => {
      const v = req.result.version
      req.result.close()
      resolve(v)
    }
    req.onerror = () => reject(new Error(String(req.error)))
  })
}

/** Leave the database without its tables (a broken or foreign store under our name). */
function breakDatabase(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('readout-lens', 2_000_000)
    req.onupgradeneeded = () => {
      for (const n of [...req.result.objectStoreNames]) req.result.deleteObjectStore(n)
    }
    req.onsuccess = () => {
      const left = [...req.result.objectStoreNames]
      req.result.close()
      resolve(left)
    }
    req.onerror = () => reject(new Error(String(req.error)))
  })
}

forEachBrowser((b) => {
  it('a database left at a newer version still opens: every row kept', async () => {
    let events = 0
    const deadline = Date.now() + 30_000
    while (events === 0) {
      const info = (await sendFromExtension(b, { type: 'index-info' })) as { events?: number }
      events = info?.events ?? 0
      if (Date.now() > deadline) throw new Error('index never filled')
      if (events === 0) await sleep(500)
    }
    expect(await inExtensionPage(b, bumpDatabase)).toBe(1_000_000)
    await sleep(500)
    expect(await sendFromExtension(b, { type: 'index-info' })).toMatchObject({ ok: true, events })
    const res = (await sendFromExtension(b, { type: 'search', query: '普京' })) as {
      ok: boolean
      hits: unknown[]
    }
    expect(res.ok).toBe(true)
    expect(res.hits.length).toBeGreaterThan(0)
  })

  it('a broken index: the panel and the popup say so, the page is still annotated', async () => {
    expect(await inExtensionPage(b, breakDatabase)).toEqual([])
    await sleep(500)
    expect(await sendFromExtension(b, { type: 'index-info' })).toMatchObject({
      ok: false,
      error: { code: 'storage-unavailable' },
    })
    const page = await b.openPage(sina.url)
    await waitPainted(page)
    await b.waitForPanel(page, '[data-testid="storage-unavailable"]', { timeout: 20_000 })
    expect(page.errors).toEqual([])
    await b.screenshot(page, 'guard-storage-unavailable-panel')

    const popup = await b.openPopup()
    await popup.waitFor(
      () =>
        /Storage is unavailable|存储不可用/.test(
          document.querySelector('[data-testid="status"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 15_000, message: 'the popup does not say storage is unavailable' },
    )
    await b.screenshot(popup, 'guard-storage-unavailable-popup')
    expect(popup.errors).toEqual([])
    await popup.close()
    await page.close()
  })
})
