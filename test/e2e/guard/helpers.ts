// Helpers for the guard e2e tests. Functions passed to page.evaluate are self-contained.
import type { Page as PwPage } from 'playwright-core'
import type { TestBrowser, TestPage } from '../harness'
import { stopServiceWorkers } from '../harness/drivers'

/** Row counts of the extension's IndexedDB, read from an extension page (same origin). */
export function probeDbCounts(): Promise<Record<string, number> | { error: string }> {
  return new Promise((resolve) => {
    const req = indexedDB.open('readout-lens')
    req.onerror = () => resolve({ error: String(req.error?.name ?? req.error) })
    req.onupgradeneeded = () => {
      // No database yet: do not create one with the wrong schema.
      req.transaction?.abort()
    }
    req.onsuccess = () => {
      const db = req.result
      const names = [...db.objectStoreNames]
      const out: Record<string, number> = { version: db.version }
      if (names.length === 0) {
        db.close()
        resolve(out)
        return
      }
      const tx = db.transaction(names, 'readonly')
      let left = names.length
      for (const n of names) {
        const c = tx.objectStore(n).count()
        c.onsuccess = () => {
          out[n] = c.result
          if (--left === 0) {
            db.close()
            resolve(out)
          }
        }
      }
      tx.onerror = () => resolve({ error: String(tx.error) })
    }
  })
}

/** meta.seed as the background stored it (null when absent). */
export function probeSeedState(): Promise<unknown> {
  return new Promise((resolve) => {
    const req = indexedDB.open('readout-lens')
    req.onerror = () => resolve({ error: String(req.error) })
    req.onsuccess = () => {
      const db = req.result
      const get = db.transaction('meta', 'readonly').objectStore('meta').get('seed')
      get.onsuccess = () => {
        db.close()
        resolve((get.result as { value?: unknown } | undefined)?.value ?? null)
      }
      get.onerror = () => resolve({ error: String(get.error) })
    }
  })
}

/** Overwrite meta.seed (to leave the index as a worker killed between seed chunks would). */
export function writeSeedState(state: unknown): Promise<boolean> {
  return new Promise((resolve) => {
    const req = indexedDB.open('readout-lens')
    req.onerror = () => resolve(false)
    req.onsuccess = () => {
      const db = req.result
      const tx = db.transaction('meta', 'readwrite')
      tx.objectStore('meta').put({ key: 'seed', value: state })
      tx.oncomplete = () => {
        db.close()
        resolve(true)
      }
      tx.onerror = () => resolve(false)
    }
  })
}

/** Every event id in the index (to look for duplicates and losses). */
export function probeEventIds(): Promise<string[]> {
  return new Promise((resolve) => {
    const req = indexedDB.open('readout-lens')
    req.onerror = () => resolve([])
    req.onsuccess = () => {
      const db = req.result
      const all = db.transaction('events', 'readonly').objectStore('events').getAllKeys()
      all.onsuccess = () => {
        db.close()
        resolve((all.result as IDBValidKey[]).map(String))
      }
    }
  })
}

/** Panel hosts and highlights in a page, as the page sees them (main world: opaque names). */
export function probeTrace(): { hosts: number; highlights: number; names: string[] } {
  const names: string[] = []
  const reg = typeof CSS !== 'undefined' ? CSS.highlights : undefined
  if (reg) for (const [name] of reg) names.push(name)
  return {
    hosts: document.querySelectorAll('readout-lens-panel').length,
    highlights: names.length,
    names,
  }
}

/** Wait until the page shows a panel and highlights (no background round trip needed). */
export async function waitPainted(page: TestPage, timeout = 30_000): Promise<void> {
  await page.waitFor(
    () => {
      const reg = typeof CSS !== 'undefined' ? CSS.highlights : undefined
      let n = 0
      if (reg) n = reg.size
      return document.querySelectorAll('readout-lens-panel').length === 1 && n > 0
    },
    undefined,
    { timeout, message: 'the page was not annotated (panel + highlights)' },
  )
}

/** Open an extension page and run `fn` there; the page is closed afterwards. */
export async function inExtensionPage<R, A = undefined>(
  b: TestBrowser,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  const page = await b.openExtensionPage('src/options/index.html')
  try {
    return await page.evaluate(fn, arg)
  } finally {
    await page.close().catch(() => undefined)
  }
}

/** Send a message to the background from a fresh extension page (survives extension reloads). */
export async function sendFromExtension(b: TestBrowser, msg: unknown): Promise<unknown> {
  return inExtensionPage(
    b,
    (m) => {
      const g = globalThis as unknown as {
        browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } }
      }
      return (g.browser ?? g.chrome).runtime.sendMessage(m)
    },
    msg,
  )
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** runtime.reload() from an extension page, as an update does (the page itself goes away). */
export async function reloadExtension(b: TestBrowser): Promise<void> {
  const page = await b.openExtensionPage('src/options/index.html')
  await Promise.race([
    page
      .evaluate(() => {
        const g = globalThis as unknown as {
          browser?: { runtime: { reload(): void } }
          chrome: { runtime: { reload(): void } }
        }
        setTimeout(() => (g.browser ?? g.chrome).runtime.reload(), 50)
        return true
      })
      .catch(() => true),
    sleep(3000),
  ])
  await sleep(2500)
  await page.close().catch(() => undefined)
}

/** Restart the background: Chromium stops the service worker over CDP; Firefox reloads the
 *  extension (as an update does). */
export async function restartBackground(b: TestBrowser): Promise<void> {
  if (b.name === 'chromium') {
    const page = await b.openPage('about:blank')
    await stopServiceWorkers(page.raw as PwPage)
    await page.close()
  } else {
    await reloadExtension(b)
  }
}
