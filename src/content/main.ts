// Content script entry. Kept small: on a matched page it finds the site adapter, extracts the
// article and runs the cheap detector. Only a readout (or a page the user asked about) loads
// the annotation module, which brings the analysis, the highlights and the panel.
//
// Lifecycle: one controller per page. Each run owns an AbortController; a client-side
// navigation, a re-rendered article or the extension being updated aborts it, which removes
// every highlight, the stylesheet and the panel host.
import { detectReadout, SCAN_CHARS } from '../core/detect'
import { completeArticleInSlices, extractArticle } from '../sites/extract'
import { yieldToEventLoop } from '../shared/chunks'
import { adapterFor } from '../sites/registry'
import type { SiteAdapter } from '../sites/types'
import { isContentRequest, REQUEST_FLAG, type ContentStatus } from '../shared/content-messages'
import { analysisFromWire, articleToWire, wireSpans, type ArticleWire } from '../core/analysis-wire'
import type { NoticeKind } from './notice'
import { decodePageAnalysis } from '../shared/page-analysis'
import { SETTINGS_KEY } from '../shared/settings'
import { mark, markPainted } from './marks'
import { paintWithHighlightApi, type PaintedPage } from '../shared/paint/paint-page'
import { prepareStyles } from '../shared/paint/page-styles'
import { highlightApiAvailable } from '../shared/paint/painter'
import { hiddenBySettings, loadSettings } from '../shared/page-settings'
import { contextAlive, extApi, send, sendInParts, storageGet, type InParts } from '../shared/ext'
import { waitUntil } from './wait-ready'
import { exposeInspection } from '../shared/inspect'

type Mode = 'auto' | 'request'
interface View {
  destroy(): void
  session: { rangeCount: number }
}

const INSTANCE_KEY = '__readoutLensContent'
const READY_TIMEOUT_MS = 10_000
const REANALYSE_DEBOUNCE_MS = 600
const URL_POLL_MS = 500

interface Instance {
  stop(): void
}

class Controller implements Instance {
  private run: AbortController | null = null
  private view: View | null = null
  private status: ContentStatus = { state: 'idle', mode: null, url: location.href, highlights: 0 }
  private pollTimer: ReturnType<typeof setInterval> | undefined
  private lastUrl = stripHash(location.href)
  private stopped = false
  private readonly adapter: SiteAdapter | null = adapterFor(location.href)

  constructor() {
    this.onMessage = this.onMessage.bind(this)
    try {
      extApi()?.runtime.onMessage.addListener(this.onMessage)
    } catch {
      // Context already gone.
    }
  }

  start(mode: Mode): void {
    // Client-rendered sites navigate without reloading: watch the URL there from the start.
    if (this.adapter?.ready) this.watchUrl()
    void this.analyse(mode)
  }

  stop(): void {
    if (this.stopped) return
    this.stopped = true
    this.teardown()
    clearInterval(this.pollTimer)
    try {
      extApi()?.runtime.onMessage.removeListener(this.onMessage)
    } catch {
      // Context invalidated: the listener died with it.
    }
    this.status = { ...this.status, state: 'stopped' }
    const g = globalThis as Record<string, unknown>
    if (g[INSTANCE_KEY] === this) delete g[INSTANCE_KEY]
  }

  private onMessage(
    msg: unknown,
    _sender: unknown,
    sendResponse?: (r: unknown) => void,
  ): true | undefined {
    if (!isContentRequest(msg)) return undefined
    if (msg.type === 'annotate-now') void this.analyse('request')
    const reply = { ok: true, status: this.status }
    sendResponse?.(reply)
    return undefined
  }

  private teardown(): void {
    this.run?.abort()
    this.run = null
    this.view?.destroy()
    this.view = null
  }

  /** The extension was updated or removed under this page: leave quietly. */
  private checkAlive(): boolean {
    if (contextAlive()) return true
    this.stop()
    return false
  }

  private async analyse(mode: Mode): Promise<void> {
    if (this.stopped || !this.checkAlive()) return
    this.teardown()
    const run = new AbortController()
    this.run = run
    const { signal } = run
    const url = location.href
    this.status = { state: 'waiting', mode, url, highlights: 0 }

    if (this.adapter?.ready) {
      const adapter = this.adapter
      await waitUntil(document, () => adapter.ready!(document), READY_TIMEOUT_MS, signal)
      if (signal.aborted) return
    }

    const t0 = performance.now()
    // Only the beginning is collected to decide (the detector reads no more); for a readout
    // the walk goes on from there.
    let extracted = extractArticle(document, url, { stopAfter: SCAN_CHARS })
    const detection = extracted ? detectReadout(extracted) : { isReadout: false, confidence: 0 }
    const startMark = 'readout-lens:article'
    try {
      performance.mark(startMark, { startTime: t0 })
      performance.measure('readout-lens:detect', startMark)
    } catch {
      // Diagnostics only.
    }

    if (!extracted || (!detection.isReadout && mode === 'auto')) {
      this.status = { ...this.status, state: 'not-readout' }
      await send({ type: 'page-not-readout', url, confidence: detection.confidence })
      if (mode === 'request') await this.showNotice(signal)
      return
    }

    this.status = { ...this.status, state: 'annotating' }
    mark('detected')
    if (!extracted.collected.complete) {
      // In slices: a 2 MB article takes tens of milliseconds to walk.
      extracted = await completeArticleInSlices(extracted, yieldToEventLoop, SLICE_MS)
      if (signal.aborted) return
      mark('extracted')
    }
    // From here on a re-rendered or extended article starts a new run (also while the
    // request is on its way: the highlights would be painted on the old nodes).
    this.watchArticle(extracted.bodyRoot, mode, signal)
    let painted: PaintedPage | null = null
    try {
      // One request: the background analyses (its code is warm from earlier pages; a page's
      // copy would run cold every time) and answers with the paint plan first, while this page
      // reads the settings; this bundle then registers every highlight itself, and the panel's
      // code loads while the background saves and computes the panel's sections.
      const settingsRead = loadSettings(storageGet(SETTINGS_KEY))
      // The stylesheet is adopted while the background works (removed with this run).
      const styles = settingsRead.then(() => {
        const prepared = signal.aborted || !highlightApiAvailable() ? null : prepareStyles(document)
        if (prepared) signal.addEventListener('abort', prepared.remove, { once: true })
        return prepared
      })
      const sentAt = performance.timeOrigin + performance.now()
      const remote = await askBackground(articleToWire(extracted), url, signal)
      const first = await remote.early
      const receivedAt = performance.timeOrigin + performance.now()
      const settings = await settingsRead
      const prepared = await styles
      if (signal.aborted) return
      // An answer that does not fit this text is not painted at all.
      const page = first.ok ? decodePageAnalysis(first.json, extracted.text.length) : null
      if (!first.ok || !page) {
        remote.taken()
        prepared?.remove()
        const why = first.ok ? 'the background answered something else' : first.error.message
        await this.failed(mode, why, signal)
        return
      }
      mark('background-analysed')
      // A huge answer took a while to decode: let the page breathe before painting.
      if (performance.timeOrigin + performance.now() - receivedAt > SLICE_MS) {
        await yieldToEventLoop()
        if (signal.aborted) return
      }
      painted = await paintWithHighlightApi(
        document,
        extracted.collected.nodes,
        wireSpans(page.analysis),
        page.plan,
        (n) => hiddenBySettings(settings, n),
        signal,
        SLICE_MS,
        prepared,
      )
      if (painted) markPainted(startMark)
      remote.taken()
      // How long the background worked (diagnostics, after the highlights are up).
      measureBackground(first, sentAt, receivedAt)
      if (signal.aborted) {
        painted?.clear()
        return
      }
      // Until the panel is up, aborting this run must still take the highlights away.
      const early = painted
      if (early) this.view = { destroy: () => early.clear(), session: early.session }
      // The text slices are put back for the panel, after the paint and in a task of its own.
      await yieldToEventLoop()
      if (signal.aborted) return
      const analysis = analysisFromWire(page.analysis, extracted.text)
      if (!analysis) {
        painted?.clear()
        prepared?.remove()
        await this.failed(mode, 'the background answered something else', signal)
        return
      }
      const [{ annotatePage }, rest] = await Promise.all([import('./annotate'), remote.rest])
      if (signal.aborted) return
      mark('panel-data')
      const view = await annotatePage({
        doc: document,
        nodes: extracted.collected.nodes,
        articleRoot: extracted.bodyRoot,
        confidence: detection.confidence,
        mode,
        signal,
        startMark,
        settings,
        analysis,
        // A request cut short after the paint (background restarted, extension updated) is
        // the panel's index note, like any failure of the index.
        panel: rest.ok ? rest.panel : rest,
        ...(painted ? { painted } : {}),
      })
      if (signal.aborted) {
        view.destroy()
        return
      }
      this.view = view
      this.status = { ...this.status, state: 'annotated', highlights: view.session.rangeCount }
      this.watchUrl()
    } catch (e) {
      painted?.clear()
      if (!signal.aborted) {
        this.status = { ...this.status, state: 'idle' }
        // A broken page must not break the extension: log once, leave the page as it was.
        console.warn('[Readout Lens]', e)
        this.teardown()
      }
    }
  }

  private async failed(mode: Mode, why: string, signal: AbortSignal): Promise<void> {
    this.status = { ...this.status, state: 'idle' }
    console.warn('[Readout Lens] the page could not be analysed:', why)
    if (mode === 'request') await this.showNotice(signal, 'failed')
  }

  private async showNotice(signal: AbortSignal, kind: NoticeKind = 'no-article'): Promise<void> {
    const { showNotice } = await import('./notice')
    if (!signal.aborted) this.view = showNotice(document, signal, kind)
  }

  /** Re-analyse when the article is re-rendered (debounced); mutations in our host are ignored. */
  private watchArticle(root: Element, mode: Mode, signal: AbortSignal): void {
    let timer: ReturnType<typeof setTimeout> | undefined
    const mo = new MutationObserver((records) => {
      if (!this.checkAlive()) return
      const relevant =
        !root.isConnected || records.some((r) => root.contains(r.target) && !isOurs(r.target))
      if (!relevant) return
      clearTimeout(timer)
      timer = setTimeout(() => void this.analyse(mode), REANALYSE_DEBOUNCE_MS)
    })
    mo.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    })
    signal.addEventListener(
      'abort',
      () => {
        mo.disconnect()
        clearTimeout(timer)
      },
      { once: true },
    )
  }

  /** Content scripts do not see pushState; a cheap poll of location.href does. */
  private watchUrl(): void {
    if (this.pollTimer !== undefined) return
    this.pollTimer = setInterval(() => {
      if (!this.checkAlive()) return
      const now = stripHash(location.href)
      if (now === this.lastUrl) return
      this.lastUrl = now
      this.teardown()
      const isArticle = this.adapter ? this.adapter.isArticleUrl(new URL(location.href)) : false
      if (isArticle || !this.adapter) void this.analyse('auto')
      else this.status = { state: 'idle', mode: null, url: location.href, highlights: 0 }
    }, URL_POLL_MS)
  }
}

const RETRY_MS = 400
/** Longest stretch of work on the page's thread between two yields (collection, painting). */
const SLICE_MS = 10

/**
 * The page's one request, answered in two parts on a port; asked again once when no
 * background answered before the first part (it was restarting).
 */
async function askBackground(
  article: ArticleWire,
  url: string,
  signal: AbortSignal,
): Promise<InParts<'annotate-page'>> {
  const req = { type: 'annotate-page', article, url } as const
  const first = sendInParts(req, signal)
  const early = await first.early
  if (early.ok || early.error.code !== 'unreachable' || !contextAlive() || signal.aborted)
    return first
  await new Promise((r) => setTimeout(r, RETRY_MS))
  return sendInParts(req, signal)
}

/** Where the request's time went, as measures ending at `background-analysed`: the
 *  background's analysis and novelty, and the way there and back (clocks of two processes:
 *  diagnostics only). */
function measureBackground(
  t: { ms: number; noveltyMs: number; startedAt: number; answeredAt: number },
  sentAt: number,
  receivedAt: number,
): void {
  try {
    const end = performance.getEntriesByName('readout-lens:background-analysed').at(-1)?.startTime
    if (end === undefined) return
    const span = (name: string, ms: number) =>
      performance.measure(`readout-lens:${name}`, { start: end - ms, end })
    span('background-analysis', t.ms)
    // The novelty part of it (bench: novelty_vs_annotate_20k_2k).
    span('background-novelty', t.noveltyMs)
    span('background-answer', t.answeredAt - t.startedAt)
    span('to-background', t.startedAt - sentAt)
    span('from-background', receivedAt - t.answeredAt)
  } catch {
    // Diagnostics only.
  }
}

function stripHash(href: string): string {
  const i = href.indexOf('#')
  return i < 0 ? href : href.slice(0, i)
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement
  return !!el?.closest('readout-lens-panel')
}

function main(): void {
  const g = globalThis as Record<string, unknown>
  // A previous instance in this world (older version after an update, or a second injection):
  // it leaves quietly and this one takes over.
  ;(g[INSTANCE_KEY] as Instance | undefined)?.stop()
  const requested = g[REQUEST_FLAG] === true
  delete g[REQUEST_FLAG]
  const controller = new Controller()
  g[INSTANCE_KEY] = controller
  exposeInspection()
  // Injected into a page without an adapter = the user asked ("Annotate this page").
  const mode: Mode = requested || !adapterFor(location.href) ? 'request' : 'auto'
  controller.start(mode)
}

main()
