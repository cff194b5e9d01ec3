// Loaded once a page is known to be a readout (or the user asked), usually after its highlights
// are already painted: the panel, the calls to the background's index, and — only when the
// background could not analyse the page — the analysis itself. Kept out of the first bundle.
import { eventIdFor } from '../core/index/event-id'
import type { Analysis, Article, IndexedEvent } from '../core/types'
import type { LensSettings } from '../shared/settings'
import { yieldToEventLoop } from '../shared/chunks'
import { safeHttpUrl } from '../shared/safe-url'
import { readerUrl as readerLink, send } from '../shared/ext'
import type { LensError } from '../shared/messages'
import type { PaintedPage } from '../shared/paint/paint-page'
import { hiddenBySettings } from '../shared/page-settings'
import { mark, markPainted } from './marks'
import type { PanelModel } from '../shared/panel/model'
import type { NodeStart } from '../shared/text-ranges'
import { showAnnotations, type AnnotationView } from '../shared/view'

export interface AnnotateInput {
  doc: Document
  article: Article
  nodes: readonly NodeStart[]
  articleRoot: Element
  confidence: number
  mode: 'auto' | 'request'
  signal: AbortSignal
  settings: LensSettings
  /** performance.mark name set when the article was present. */
  startMark: string
  /** The background's analysis, when it answered; otherwise the page analyses itself. */
  analysis?: Analysis
  /** Highlights already registered by the first bundle. */
  painted?: PaintedPage
}

export const readerUrl = readerLink

export async function annotatePage(input: AnnotateInput): Promise<AnnotationView> {
  mark('module-loaded')
  const { settings } = input
  let analysis = input.analysis
  if (!analysis) {
    // Module evaluation (tables, lexicon) and the first analysis slice in separate tasks.
    const { analyzeChunked } = await import('./analyze-chunked')
    await yieldToEventLoop()
    analysis = await analyzeChunked(input.article, {
      extraPhrases: settings.customPhrases,
      signal: input.signal,
    })
    mark('analysed')
  }
  const view = await showAnnotations(input.doc, input.nodes, analysis, {
    context: 'page',
    lowConfidence: input.mode === 'request' && (!analysis.isReadout || input.confidence < 0.5),
    articleRoot: input.articleRoot,
    eventLink: readerUrl,
    openReader: (id, href) => void openReader(id, href),
    signal: input.signal,
    hidden: (speakers) => hiddenBySettings(settings, speakers),
    ...(input.painted ? { painted: input.painted } : {}),
    onPainted: () => markPainted(input.startMark),
  })
  void enrichFromIndex(view, analysis, input.article.url ?? location.href)
  return view
}

/** Ask the background for the index's view of this readout and show it in the panel. */
export async function enrichFromIndex(
  view: AnnotationView,
  analysis: Analysis,
  url: string,
  knownEventId?: string,
): Promise<void> {
  let eventId = knownEventId ?? null
  if (!knownEventId) {
    const saved = await send({ type: 'page-analysed', analysis, url })
    if (!saved.ok) return view.update(indexFailure(saved.error))
    eventId = saved.eventId
  }
  view.update({ eventId })

  const keys = [...new Set(analysis.phrases.map((p) => p.key))]
  const counterpart = analysis.event?.counterpart ?? null
  const mentionIds = analysis.mentions.map((m) =>
    m.date
      ? eventIdFor({
          date: m.date,
          kind: m.kind,
          participants: [],
          counterpart,
          requestedBy: null,
          place: null,
        })
      : null,
  )
  const [stats, related, own] = await Promise.all([
    send({
      type: 'get-phrase-stats',
      keys,
      ...(eventId ? { excludeEventId: eventId } : {}),
    }),
    send({ type: 'get-related', analysis, url }),
    eventId ? send({ type: 'get-event', id: eventId }) : Promise.resolve(null),
  ])
  const patch: Partial<PanelModel> = { index: { state: 'ok' } }
  for (const res of [stats, related, own]) {
    if (res && !res.ok) return view.update(indexFailure(res.error))
  }
  if (stats?.ok) {
    patch.stats = Object.fromEntries(stats.stats.map((s) => [s.key, s]))
    patch.total = stats.total
  }
  if (related?.ok) patch.related = related.related
  if (own?.ok && own.event) patch.sources = own.event.sources
  view.update(patch)

  // Links: a related or mentioned event opens its source page when one is known, else the reader.
  const ids = new Set<string>([
    ...(related?.ok ? related.related.map((r) => r.id) : []),
    ...mentionIds.filter((x): x is string => !!x),
  ])
  const found = new Map<string, IndexedEvent | null>()
  await Promise.all(
    [...ids].map(async (id) => {
      const res = await send({ type: 'get-event', id })
      found.set(id, res?.ok ? res.event : null)
    }),
  )
  const linkFor = (id: string): string | null => {
    const ev = found.get(id)
    if (!ev) return null
    return ev.sources.map((s) => safeHttpUrl(s.url)).find((u) => u) ?? readerUrl(id)
  }
  view.update({
    mentionLinks: mentionIds.map((id) => (id ? linkFor(id) : null)),
    eventLinks: Object.fromEntries([...ids].map((id) => [id, linkFor(id)])),
  })
}

/**
 * Ask the background to open the reader; when it cannot, the link is opened directly (works
 * where the browser lets a page open the extension page).
 */
async function openReader(id: string, href: string): Promise<void> {
  const res = await send({ type: 'open-reader', id })
  if (!res.ok) window.open(href, '_blank', 'noopener')
}

function indexFailure(error: LensError): Partial<PanelModel> {
  return { index: { state: 'error', error } }
}
