// Where the background reads a saved page into an Article: itself when it has a DOMParser
// (Firefox's event page), else Chromium's offscreen document (src/offscreen/), created on the
// first file and closed after a minute without one.
import { sendOffscreen } from '../../shared/ext'
import type { SourceRead } from '../../shared/saved-pages'
import { domParse, readSource } from '../../sites/source-article'
import type { ReadSource } from './import-page'

const OFFSCREEN_PATH = 'src/offscreen/index.html'
const IDLE_CLOSE_MS = 60_000

/** The slice of Chromium's `chrome.offscreen` and `runtime.getContexts` used here. */
interface ChromeOffscreen {
  offscreen?: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>
    closeDocument(): Promise<void>
  }
  runtime: {
    getURL(path: string): string
    getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>
  }
}

function chromeApi(): ChromeOffscreen | null {
  const c = (globalThis as { chrome?: ChromeOffscreen }).chrome
  return c?.offscreen ? c : null
}

let opening: Promise<void> | null = null
let idle: ReturnType<typeof setTimeout> | null = null

async function hasDocument(c: ChromeOffscreen): Promise<boolean> {
  const url = c.runtime.getURL(OFFSCREEN_PATH)
  const found = await c.runtime.getContexts?.({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  })
  return (found?.length ?? 0) > 0
}

async function ensureDocument(c: ChromeOffscreen): Promise<void> {
  if (await hasDocument(c)) return
  opening ??= c
    .offscreen!.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read the HTML pages the user imports (saved readouts) with the site code.',
    })
    .catch((e: unknown) => {
      // A document another call created meanwhile is the one we wanted.
      if (!/single offscreen/i.test(String(e))) throw e
    })
    .finally(() => {
      opening = null
    })
  await opening
}

function closeLater(c: ChromeOffscreen): void {
  if (idle) clearTimeout(idle)
  idle = setTimeout(() => {
    idle = null
    void c.offscreen!.closeDocument().catch(() => undefined)
  }, IDLE_CLOSE_MS)
}

async function viaOffscreen(c: ChromeOffscreen, text: string, name: string): Promise<SourceRead> {
  await ensureDocument(c)
  closeLater(c)
  // A document just created may not listen yet: ask again a few times.
  let last = ''
  for (let attempt = 0; attempt < 5; attempt++) {
    const r = await sendOffscreen({ type: 'offscreen-read-source', name, text })
    if (r.ok) return r.read
    last = r.error.message
    await new Promise((res) => setTimeout(res, 100 * (attempt + 1)))
  }
  throw new Error(`the page reader did not answer (${last})`)
}

/** The reader for this background. */
export function sourceReader(): ReadSource {
  if (typeof DOMParser !== 'undefined') return async (text) => readSource(text, domParse)
  const c = chromeApi()
  if (!c)
    return async () => ({
      error: {
        code: 'needs-html-parser',
        message: 'this browser cannot read HTML pages in the background',
      },
    })
  return (text, name) => viaOffscreen(c, text, name)
}
