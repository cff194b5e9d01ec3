// The one request of a page (`annotate-page`) and of the reader (`read-event`): the background
// analyses the text with core's analyze, records the tab, saves the readout when saving is on,
// and computes every panel section from the index — the page then only paints and renders.
import { articleFromWire, type ArticleWire } from '../core/analysis-wire'
import { analyze } from '../core/analyze'
import { analysisEventId } from '../core/index/event-id'
import type { Article, IndexedEvent } from '../core/types'
import type { ReaderEvent, ReplyOf, TabStatus } from '../shared/messages'
import { encodePageAnalysis } from '../shared/page-analysis'
import { mergeTail, TAIL_MERGE_THRESHOLD, writeEvents } from '../shared/index/write'
import { toFailure } from '../shared/errors'
import { panelIndex } from './panel-sections'
import type { Services } from './services'
import { visitedEvent } from './visit'
import { pairedForSave } from './other-side'

export async function annotatePage(
  req: { article: ArticleWire; url: string },
  tabId: number | undefined,
  svc: Services,
): Promise<ReplyOf<'annotate-page'>> {
  const t0 = performance.now()
  const settings = await svc.settings()
  const article = articleFromWire(req.article)
  const analysis = analyze(article, { extraPhrases: settings.customPhrases })
  const json = encodePageAnalysis(analysis)
  const ms = performance.now() - t0
  const ev = analysis.event
  const eventId = analysisEventId({ ...analysis, url: analysis.url ?? req.url })

  if (tabId !== undefined) {
    const status: TabStatus = {
      url: req.url,
      isReadout: analysis.isReadout,
      confidence: analysis.confidence,
      ...(ev && eventId
        ? {
            eventId,
            title: analysis.title,
            date: ev.date,
            kind: ev.kind,
            counterpart: ev.counterpart?.name ?? null,
          }
        : {}),
    }
    await svc.setTabStatus(tabId, status)
  }

  let saved = false
  /** The id the page was saved under: its Chinese event's when it is the other side's text. */
  let savedId: string | null = null
  let db
  try {
    db = await svc.db()
    if (settings.saveVisited && analysis.isReadout && ev) {
      const visited = await pairedForSave(db, visitedEvent(article, analysis, req.url))
      if (visited.text.length > 0) {
        await writeEvents(db, [visited], { mode: 'tail', trustGrams: true })
        saved = true
        savedId = visited.id
        const tailDb = db
        if ((await db.tail.count()) >= TAIL_MERGE_THRESHOLD) svc.later(() => mergeTail(tailDb))
      }
    }
  } catch (e) {
    // The analysis still reaches the page; the panel says why the index part is missing.
    return { json, ms, eventId, saved: false, panel: toFailure(e) }
  }
  const panel = await panelIndex({
    db,
    article,
    analysis,
    eventId: savedId ?? eventId,
    saved,
    families: settings.variantFamilies,
  })
  return { json, ms, eventId, saved, panel }
}

/** A stored event's text as an Article whose offsets are those of `event.text` (one paragraph a line). */
export function articleOfEvent(event: IndexedEvent): Article {
  const first = event.sources[0]
  const paragraphs = []
  let start = 0
  for (const line of event.text.split('\n')) {
    if (line.trim()) paragraphs.push({ text: line, start, end: start + line.length })
    start += line.length + 1
  }
  return {
    title: event.title,
    published: first?.published ?? event.date,
    outlet: first?.outlet ?? null,
    url: first?.url ?? null,
    text: event.text,
    paragraphs,
    format: 'dom',
  }
}

export async function readEvent(
  id: string,
  loadEvent: (id: string) => Promise<IndexedEvent | null>,
  svc: Services,
): Promise<ReplyOf<'read-event'>> {
  const event = await loadEvent(id)
  if (!event) return { event: null }
  const settings = await svc.settings()
  const article = articleOfEvent(event)
  const analysis = analyze(article, { extraPhrases: settings.customPhrases })
  const meta: ReaderEvent = {
    id: event.id,
    title: event.title,
    date: event.date,
    kind: event.kind,
    participants: event.participants,
    sources: event.sources,
    text: event.text,
  }
  const panel = await panelIndex({
    db: await svc.db(),
    article,
    analysis,
    eventId: event.id,
    saved: false,
    families: settings.variantFamilies,
  })
  return { event: meta, json: encodePageAnalysis(analysis), panel }
}
