// What the content script found on each tab, in storage.session (survives the worker being
// stopped, cleared with the browser session). Cleared when the tab closes or leaves the page.
import browser from 'webextension-polyfill'
import type { TabStatus } from '../shared/messages'

const key = (tabId: number) => `tab:${tabId}`

export async function getTabStatus(tabId: number): Promise<TabStatus | null> {
  const got = await browser.storage.session.get(key(tabId))
  return (got[key(tabId)] as TabStatus | undefined) ?? null
}

export async function setTabStatus(tabId: number, status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: status })
}

export async function clearTabStatus(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId))
}

const withoutHash = (u: string) => u.replace(/#.*$/, '')

/** A navigation to another document (not just a #fragment change) invalidates the status. */
export async function onTabUrlChanged(tabId: number, url: string): Promise<void> {
  const s = await getTabStatus(tabId)
  if (s && withoutHash(s.url) !== withoutHash(url)) await clearTabStatus(tabId)
}
