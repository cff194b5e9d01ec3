// The extension API for every context (content scripts, popup, options, reader), and `send`,
// the one client of the message table (shared/messages.ts).
//
// No webextension-polyfill: it would add weight to the content script's first bundle and make
// the popup's first search wait for another module. Firefox exposes the promise-based
// `browser`, Chrome MV3 returns promises from the same calls on `chrome`. Every call is
// guarded: after an update the old content script's context is invalidated and any API
// access throws.
import type { Browser } from 'webextension-polyfill'
import type {
  Failure,
  MessageType,
  OffscreenRequestOf,
  OffscreenResponseOf,
  OffscreenType,
  RequestOf,
  ResponseOf,
} from './messages'

type Global = { browser?: Browser; chrome?: Browser }

export function extApi(): Browser | null {
  const g = globalThis as Global
  return (g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : null) ?? null
}

/** False once the extension was updated, reloaded or removed under this page. */
export function contextAlive(): boolean {
  try {
    return Boolean(extApi()?.runtime?.id)
  } catch {
    return false
  }
}

const unreachable = (message: string): Failure => ({
  ok: false,
  error: { code: 'unreachable', message },
})

/**
 * Send a request of the table to the background. Never throws: a background that does not
 * answer (restarting, updated under an open tab, context gone) is an `unreachable` failure,
 * like every other failure `{ ok: false, error: { code, message } }`.
 */
export function send<K extends MessageType>(req: RequestOf<K>): Promise<ResponseOf<K>> {
  return post<ResponseOf<K>>(req, 'the background')
}

/** The same client for the background's requests to the offscreen document (Chromium). */
export function sendOffscreen<K extends OffscreenType>(
  req: OffscreenRequestOf<K>,
): Promise<OffscreenResponseOf<K>> {
  return post<OffscreenResponseOf<K>>(req, 'the offscreen document')
}

async function post<R>(req: { type: string }, to: string): Promise<R | Failure> {
  if (!contextAlive()) return unreachable('the extension was updated or removed')
  try {
    const res = (await extApi()!.runtime.sendMessage(req)) as R | undefined
    return res ?? unreachable(`no reply from ${to}`)
  } catch (e) {
    return unreachable(e instanceof Error ? e.message : String(e))
  }
}

export function extensionUrl(path: string): string | null {
  try {
    return extApi()?.runtime.getURL(path) ?? null
  } catch {
    return null
  }
}

/** The extension's reader page on an indexed event. */
export function readerUrl(id: string): string | null {
  return extensionUrl(`src/reader/index.html?id=${encodeURIComponent(id)}`)
}

export async function storageGet<T>(key: string): Promise<T | undefined> {
  try {
    const got = await extApi()?.storage.local.get(key)
    return got?.[key] as T | undefined
  } catch {
    return undefined
  }
}

export async function storageSet(key: string, value: unknown): Promise<void> {
  try {
    await extApi()?.storage.local.set({ [key]: value })
  } catch {
    // Storage blocked or context gone: the state is simply not remembered.
  }
}
