// Extension API for the popup and options pages: typed requests to the background, strings.
import browser from 'webextension-polyfill'
import type { ErrorResponse, Request, Response } from '../shared/messages'

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

export function t(key: string, ...subs: Array<string | number>): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key
}

export function formatBytes(n: number | null): string {
  if (n === null) return '?'
  if (n < 1024) return `${n} B`
  if (n < 1048576) return `${(n / 1024).toFixed(0)} KB`
  return `${(n / 1048576).toFixed(1)} MB`
}

export function readerUrl(id: string): string {
  return browser.runtime.getURL(`src/reader/index.html?id=${encodeURIComponent(id)}`)
}

export { browser }
