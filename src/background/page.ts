// The one request of a page (`annotate-page`) and of the reader (`read-event`): the background
// analyses the text with core's analyze, records the tab, saves the readout when saving is on,
// and computes every panel section from the index — the page then only paints and renders.
import { articleFromWire, type ArticleWire } from '../core/analysis-wire'
import { analyze } from '../core/analyze'
import { analysisEventId } from '../core/index/event-id'
import type { Article, IndexedEvent } from '../core/types'
import type { EarlyOf, Failure, ReaderEvent, ReplyOf, RestOf, TabStatus } from '../shared/messages'
import { encodePageAnalysis } from '../shared/page-analysis'
import { mergeTail, TAIL_MERGE_THRESHOLD, writeEvents } from '../shared/index/write'
import { toFailure } from '../shared/errors'
import { noveltyHits, withNoveltyHits } from '../core/novelty'
import type { Analysis } from '../core/types'
import type { LensDb } from '../shared/db/schema'
import { addFirsts } from '../shared/index/firsts'
import {
  firstsOfPage,
  pageNovelty,
  prefetchNovelty,
  type NoveltyPrefetch,
  type PageNovelty,
} from './novelty'
import { panelIndex } from './panel-sections'
import type { Services } from './services'
import { visitedEvent } from './visit'
import { pairedForSave } from './other-side'

export async function annotatePage(
  req: { article: ArticleWire; url: string },
  tabId: number | undefined,
  svc: Services,
  early: (part: EarlyOf<'annotate-page'>) => Promise<void>,
): Promise<RestOf<'annotate-page'>> {
  const startedAt = epochMs()
  const settings = await svc.settings()
  const article = articleFromWire(req.article)
  // Novelty's first reads run while the page is analysed (a failing database still lets the
  // analysis reach the page).
  const opened: LensDb | Failure = await svc.db().catch(toFailure)
  const prefetch = 'ok' in opened ? undefined : prefetchNovelty(opened, article)
  const t0 = performance.now()
  const analysis = analyze(article, { extraPhrases: settings.customPhrases })
  const ms = performance.now() - t0
  const ev = analysis.event
  const eventId = analysisEventId({ ...analysis, url: analysis.url ?? req.url })

  let index: { db: LensDb; novelty: PageNovelty | undefined } | Failure
  /** Novelty's own time: starting its reads, then what it adds after the analysis. */
  let noveltyMs = prefetch?.ms ?? 0
  if ('ok' in opened) index = opened
  else {
    try {
      // Before painting and saving: its hits are painted and listed like every phrase, and the
      // saved event carries them as phrases (category `new`) for later readouts to count.
      const t1 = performance.now()
      const novelty = await noveltyOf(opened, article, analysis, eventId, prefetch)
      noveltyMs += performance.now() - t1
      index = { db: opened, novelty }
    } catch (e) {
      // The analysis still reaches the page; the panel says why the index part is missing.
      index = toFailure(e)
    }
  }
  // The page paints now; the save and the panel's sections follow on the same request once
  // it has (their queries would compete with its painting for the CPU).
  const json = encodePageAnalysis(analysis)
  await early({ json, ms, noveltyMs, startedAt, answeredAt: epochMs(), eventId })
  await recordTab(svc, tabId, req.url, analysis, eventId)
  if ('ok' in index) return { saved: false, panel: index }
  const { db, novelty } = index

  let saved = false
  /** The id the page was saved under: its Chinese event's when it is the other side's text. */
  let savedId: string | null = null
  try {
    if (settings.saveVisited && analysis.isReadout && ev) {
      const visited = await pairedForSave(db, visitedEvent(article, analysis, req.url))
      if (visited.text.length > 0) {
        await writeEvents(db, [visited], { mode: 'tail', trustGrams: true })
        saved = true
        savedId = visited.id
        const tailDb = db
        if ((await db.tail.count()) >= TAIL_MERGE_THRESHOLD) svc.later(() => mergeTail(tailDb))
        if (novelty?.novel.length) await addFirsts(db, firstsOfPage(novelty.novel, visited))
      }
    }
  } catch (e) {
    return { saved: false, panel: toFailure(e) }
  }
  const panel = await panelIndex({
    db,
    article,
    analysis,
    eventId: savedId ?? eventId,
    saved,
    families: settings.variantFamilies,
    ...(novelty ? { novelty } : {}),
  })
  return { saved, panel }
}

const epochMs = () => performance.timeOrigin + performance.now()

/** What the popup shows for the tab. */
async function recordTab(
  svc: Services,
  tabId: number | undefined,
  url: string,
  analysis: Analysis,
  eventId: string | null,
): Promise<void> {
  if (tabId === undefined) return
  const ev = analysis.event
  const status: TabStatus = {
    url,
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

/**
 * The page's new formulations and the ones coined earlier, merged into its phrases (so they
 * are painted and listed like the rest). Readouts only.
 */
async function noveltyOf(
  db: LensDb,
  article: Article,
  analysis: Analysis,
  eventId: string | null,
  prefetch?: NoveltyPrefetch,
): Promise<PageNovelty | undefined> {
  if (!analysis.isReadout) return undefined
  const page = {
    text: article.text,
    paragraphs: article.paragraphs,
    turns: analysis.turns,
    date: analysis.event?.date ?? null,
    eventId,
  }
  const novelty = await pageNovelty(db, page, prefetch)
  const hits = noveltyHits(article.text, novelty.novel, novelty.firstSeen)
  analysis.phrases = withNoveltyHits(analysis.phrases, hits)
  return novelty
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
  const db = await svc.db()
  const novelty = await noveltyOf(db, article, analysis, event.id)
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
    db,
    article,
    analysis,
    eventId: event.id,
    saved: false,
    families: settings.variantFamilies,
    ...(novelty ? { novelty } : {}),
  })
  return { event: meta, json: encodePageAnalysis(analysis), panel }
}
