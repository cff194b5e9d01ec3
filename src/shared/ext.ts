// The extension API for every context (content scripts, popup, options, reader), and `send`,
// the one client of the message table (shared/messages.ts).
//
// No webextension-polyfill: it would add weight to the content script's first bundle and make
// the popup's first search wait for another module. Firefox exposes the promise-based
// `browser`, Chrome MV3 returns promises from the same calls on `chrome`. Every call is
// guarded: after an update the old content script's context is invalidated and any API
// access throws.
import type { Browser } from 'webextension-polyfill'
import {
  EARLY_TAKEN,
  PORT_NAME,
  type EarlyOf,
  type Failure,
  type MessageType,
  type OffscreenRequestOf,
  type OffscreenResponseOf,
  type OffscreenType,
  type PortPart,
  type RequestOf,
  type ResponseOf,
  type RestOf,
  type Result,
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

const CANCELLED = 'the request was cancelled'

/** A request answered in parts: its early part, then the rest (a failure ends both). */
export interface InParts<K extends MessageType> {
  early: Promise<Result<EarlyOf<K>>>
  rest: Promise<Result<RestOf<K>>>
  /** Say the early part was used: the background goes on with the rest (EARLY_TAKEN). */
  taken(): void
}

/**
 * Send a request of the table on a port of its own (PORT_NAME), for a message whose reply
 * comes in two parts. Never rejects, never hangs: a port that closes before the rest came
 * (background restarted, extension updated or removed) and `signal` aborting (the port is
 * then closed) end whatever is still awaited as an `unreachable` failure.
 */
export function sendInParts<K extends MessageType>(
  req: RequestOf<K>,
  signal?: AbortSignal,
): InParts<K> {
  let toEarly!: (r: Result<EarlyOf<K>>) => void
  let toRest!: (r: Result<RestOf<K>>) => void
  const early = new Promise<Result<EarlyOf<K>>>((r) => (toEarly = r))
  const rest = new Promise<Result<RestOf<K>>>((r) => (toRest = r))
  // Settling twice is a no-op: the first answer of each part wins.
  const fail = (f: Failure) => {
    toEarly(f)
    toRest(f)
  }
  if (signal?.aborted || !contextAlive()) {
    fail(unreachable(signal?.aborted ? CANCELLED : 'the extension was updated or removed'))
    return { early, rest, taken: () => undefined }
  }
  let port: ReturnType<Browser['runtime']['connect']>
  try {
    port = extApi()!.runtime.connect({ name: PORT_NAME })
  } catch (e) {
    fail(unreachable(e instanceof Error ? e.message : String(e)))
    return { early, rest, taken: () => undefined }
  }
  const close = () => {
    signal?.removeEventListener('abort', onAbort)
    try {
      port.disconnect()
    } catch {
      // Already closed.
    }
  }
  const onAbort = () => {
    close()
    fail(unreachable(CANCELLED))
  }
  signal?.addEventListener('abort', onAbort, { once: true })
  port.onMessage.addListener((m: unknown) => {
    const p = m as PortPart<K> | null
    if (p?.part === 'early') toEarly(p.result)
    else if (p?.part === 'rest') {
      // A reply without an early part (or a failure) settles both.
      toEarly(p.result as Result<EarlyOf<K>>)
      toRest(p.result)
      close()
    }
  })
  port.onDisconnect.addListener(() => {
    signal?.removeEventListener('abort', onAbort)
    fail(unreachable(`the background closed the request: ${portError(port)}`))
  })
  const post = (m: unknown) => {
    try {
      port.postMessage(m)
      return true
    } catch (e) {
      close()
      fail(unreachable(e instanceof Error ? e.message : String(e)))
      return false
    }
  }
  post(req)
  let tookIt = false
  const taken = () => {
    if (tookIt) return
    tookIt = true
    post(EARLY_TAKEN)
  }
  return { early, rest, taken }
}

/** Why a port closed, where the browser says (Chrome: runtime.lastError, Firefox: port.error);
 *  reading lastError also keeps Chrome from logging it as unchecked. */
function portError(port: { error?: { message?: string } }): string {
  try {
    const last = (extApi()?.runtime as { lastError?: { message?: string } } | undefined)?.lastError
    return port.error?.message ?? last?.message ?? 'no reply'
  } catch {
    return 'no reply'
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
