// "Annotate this page" (popup button, context menu): ask the content script already on the tab;
// when there is none (a site outside our host list), inject it — after setting the flag that
// tells a fresh instance it was asked to annotate (src/content/content-messages.ts).
import browser from 'webextension-polyfill'
import { REQUEST_FLAG } from '../content/content-messages'

/** The built content script's file, as the manifest names it (hashed by the bundler). */
export function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0]
  if (!file) throw new Error('the manifest names no content script')
  return file
}

export async function annotateTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'annotate-now' })
    return
  } catch {
    // No content script listening on this tab: inject one.
  }
  await browser.scripting.executeScript({
    target: { tabId },
    func: (flag: string) => {
      ;(globalThis as Record<string, unknown>)[flag] = true
    },
    args: [REQUEST_FLAG],
  })
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile()] })
}

export const MENU_ID = 'readout-lens-annotate'

export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(
    () =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuAnnotate') || 'Annotate this page',
        contexts: ['page', 'selection'],
      }),
    () => undefined,
  )
}
