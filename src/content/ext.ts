// The extension API without webextension-polyfill (it would add weight to the first bundle):
// Firefox exposes promise-based `browser`, Chrome MV3 returns promises from the same calls on
// `chrome`. Every call is guarded: after an update the old content script's context is
// invalidated and any API access throws.
import type { Browser } from 'webextension-polyfill'
import type { Request, Response } from '../shared/messages'

type Global = { browser?: Browser; chrome?: Browser }

export function extApi(): Browser | null {
  const g = globalThis as Global
  const api = g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : null
  return api ?? null
}

/** False once the extension was updated, reloaded or removed under this page. */
export function contextAlive(): boolean {
  try {
    return Boolean(extApi()?.runtime?.id)
  } catch {
    return false
  }
}

/** Send a typed request to the background; null when the context is gone or nobody answered. */
export async function sendToBackground<T extends Request>(
  msg: T,
): Promise<Response<T['type']> | null> {
  if (!contextAlive()) return null
  try {
    const res = (await extApi()!.runtime.sendMessage(msg)) as Response<T['type']> | undefined
    return res ?? null
  } catch {
    return null
  }
}

/** A message outside the typed contract (proposed additions); null when unanswered. */
export async function sendUntyped(msg: {
  type: string
  [field: string]: unknown
}): Promise<unknown> {
  if (!contextAlive()) return null
  try {
    return (await extApi()!.runtime.sendMessage(msg)) ?? null
  } catch {
    return null
  }
}

export function extensionUrl(path: string): string | null {
  try {
    return extApi()?.runtime.getURL(path) ?? null
  } catch {
    return null
  }
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
