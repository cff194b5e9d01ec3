// "Annotate this page" (popup button, context menu): ask the content script already on the tab;
// when there is none (a site outside our host list), inject it — after setting the flag that
// tells a fresh instance it was asked to annotate (src/content/content-messages.ts).
import browser from 'webextension-polyfill'
import { REQUEST_FLAG } from '../shared/content-messages'

/**
 * The content script as ONE classic script (built by vite.config.ts next to the manifest). The
 * manifest's crxjs loader imports chunks that are web-accessible only on our listed hosts, so it
 * cannot run on an unlisted page; a file injected with scripting.executeScript needs no
 * web_accessible_resources entry and exposes nothing to other sites.
 */
export const INJECTED_CONTENT_SCRIPT = 'content-inject.js'

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
  await browser.scripting.executeScript({ target: { tabId }, files: [INJECTED_CONTENT_SCRIPT] })
}

export async function openReader(id: string, openerTabId?: number): Promise<void> {
  const url = browser.runtime.getURL(`src/reader/index.html?id=${encodeURIComponent(id)}`)
  await browser.tabs.create(openerTabId === undefined ? { url } : { url, openerTabId })
}

/** Extension pages by name (messages.ts EXTENSION_PAGES); the query is passed through as is. */
const PAGE_PATH = { compare: 'src/compare/index.html', timeline: 'src/timeline/index.html' }

export async function openPage(
  page: keyof typeof PAGE_PATH,
  query: string,
  openerTabId?: number,
): Promise<void> {
  const q = query.replace(/^\?/, '')
  const url = browser.runtime.getURL(`${PAGE_PATH[page]}${q ? `?${q}` : ''}`)
  await browser.tabs.create(openerTabId === undefined ? { url } : { url, openerTabId })
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
