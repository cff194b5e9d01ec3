// Extension API for the popup and options pages: typed requests to the background, strings.
// No webextension-polyfill: Firefox exposes the promise-based `browser`, Chrome MV3 returns
// promises from the same calls on `chrome` — and the popup's first search should not wait for
// another module to load and wrap the API.
import type { Browser } from 'webextension-polyfill'
import type { ErrorResponse, Request, Response } from '../shared/messages'

const g = globalThis as { browser?: Browser; chrome?: Browser }
export const browser: Browser = (g.browser?.runtime ? g.browser : g.chrome)!

/** Send a request; a missing reply (background not answering) becomes an `internal` error. */
export async function ask<T extends Request>(req: T): Promise<Response<T['type']>> {
  try {
    const res = (await browser.runtime.sendMessage(req)) as Response<T['type']> | undefined
    if (res) return res
    return {
      ok: false,
      error: 'internal',
      message: 'no reply from the background',
    } as ErrorResponse as Response<T['type']>
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return { ok: false, error: 'internal', message } as ErrorResponse as Response<T['type']>
  }
}

/**
 * Strings never change while the page lives: those without substitutions or with numbers only
 * (labels, counts — a list of results asks for the same ones again and again) are looked up
 * once each.
 */
const looked = new Map<string, string>()

export function t(key: string, ...subs: Array<string | number>): string {
  const cacheable = subs.every((s) => typeof s === 'number')
  const id = cacheable ? (subs.length ? `${key}\u0001${subs.join('\u0001')}` : key) : null
  let s = id === null ? undefined : looked.get(id)
  if (s === undefined) {
    s = browser.i18n.getMessage(key, subs.map(String)) || key
    if (id !== null) looked.set(id, s)
  }
  return s
}

export function formatBytes(n: number | null): string {
  if (n === null) return '?'
  if (n < 1024) return `${n} B`
  if (n < 1048576) return `${(n / 1024).toFixed(0)} KB`
  return `${(n / 1048576).toFixed(1)} MB`
}

let readerPage = ''

export function readerUrl(id: string): string {
  readerPage ||= browser.runtime.getURL('src/reader/index.html')
  return `${readerPage}?id=${encodeURIComponent(id)}`
}
