// The handler table: one function per message of the table in shared/messages.ts (the
// compiler checks every message has one, taking its request and returning its reply).
// Extension APIs come in through `Services`, so the same code runs in the background and in
// Node tests (fake-indexeddb, in-memory tab store).
import type {
  MessageType,
  ReplyOf,
  Request,
  RequestOf,
  Result,
  TabStatus,
} from '../shared/messages'
import type { LensSettings } from '../shared/settings'
import { articleFromWire } from '../core/analysis-wire'
import { encodePageAnalysis } from '../shared/page-analysis'
import { analyze } from '../core/analyze'
import { eventIdFor } from '../core/index/event-id'
import type { LensDb } from './db/schema'
import { toFailure, InvalidInput } from './errors'
import { fromRows } from './index/rows'
import { mergeTail, TAIL_MERGE_THRESHOLD, writeEvents } from './index/write'
import { phraseStats } from './phrase-stats'
import { relatedFor } from './related'
import { searchState } from './search/cache'
import { search } from './search/engine'
import type { SenderInfo } from './validate-message'
import { visitedEvent } from './visit'

export interface Services {
  db(): Promise<LensDb>
  settings(): Promise<LensSettings>
  getTabStatus(tabId: number): Promise<TabStatus | null>
  setTabStatus(tabId: number, status: TabStatus): Promise<void>
  annotateTab(tabId: number): Promise<void>
  /** Open the extension's reader page on an indexed event, next to the asking tab. */
  openReader(id: string, openerTabId?: number): Promise<void>
  storageUsage(): Promise<number | null>
  /** Run work after replying (tail merge); the background keeps it alive briefly. */
  later(task: () => Promise<unknown>): void
}

type Handler<K extends MessageType> = (
  req: RequestOf<K>,
  sender: SenderInfo,
  svc: Services,
) => Promise<ReplyOf<K>>

export const HANDLERS: { [K in MessageType]: Handler<K> } = {
  async 'page-analysed'({ analysis, url }, sender, svc) {
    const tabId = sender.tab?.id
    if (!analysis.event) throw new InvalidInput('page-analysed without an event')
    const eventId = eventIdFor(analysis.event)
    const status: TabStatus = {
      url,
      isReadout: analysis.isReadout,
      confidence: analysis.confidence,
      eventId,
      title: analysis.title,
      date: analysis.event.date,
      kind: analysis.event.kind,
      counterpart: analysis.event.counterpart?.name ?? null,
    }
    if (tabId !== undefined) await svc.setTabStatus(tabId, status)
    const settings = await svc.settings()
    if (!settings.saveVisited || !analysis.isReadout) return { eventId, saved: false }
    const ev = visitedEvent(analysis, url)
    if (ev.text.length === 0) return { eventId, saved: false }
    const db = await svc.db()
    await writeEvents(db, [ev], { mode: 'tail', trustGrams: true })
    if ((await db.tail.count()) >= TAIL_MERGE_THRESHOLD) svc.later(() => mergeTail(db))
    return { eventId: ev.id, saved: true }
  },

  async 'analyse-article'(req, _sender, svc) {
    const t0 = performance.now()
    const article = articleFromWire(req.article)
    const settings = await svc.settings()
    const analysis = analyze(article, { extraPhrases: settings.customPhrases })
    const json = encodePageAnalysis(analysis)
    return { json, ms: performance.now() - t0 }
  },

  async 'page-not-readout'(req, sender, svc) {
    const tabId = sender.tab?.id
    if (tabId !== undefined)
      await svc.setTabStatus(tabId, { url: req.url, isReadout: false, confidence: req.confidence })
    return {}
  },

  async 'get-tab-status'(req, _sender, svc) {
    return { status: await svc.getTabStatus(req.tabId) }
  },

  async 'get-related'(req, _sender, svc) {
    return relatedFor(await svc.db(), req.analysis)
  },

  async 'get-phrase-stats'(req, _sender, svc) {
    return phraseStats(await svc.db(), req.keys, req.excludeEventId)
  },

  async 'get-event'(req, _sender, svc) {
    const db = await svc.db()
    const event = await db.transaction('r', [db.events, db.bodies, db.texts], async () => {
      const meta = await db.events.get(req.id)
      if (!meta) return null
      return fromRows(meta, await db.bodies.get(meta.ord), await db.texts.get(meta.ord))
    })
    return { event }
  },

  async search(req, _sender, svc) {
    const r = await search(await svc.db(), req.query, req.filters, req.limit ?? 20)
    return { hits: r.hits, total: r.total, ms: r.ms, totalExact: r.totalExact, phases: r.phases }
  },

  async 'index-info'(_req, _sender, svc) {
    // Live ordinals of the catalog the search keeps in memory: counting the events table
    // took 20-80 ms at 10,000 events and held the database up while the popup opened.
    const db = await svc.db()
    const { catalog } = await db.transaction('r', [db.meta, db.tail], () => searchState(db))
    let events = 0
    for (let o = 0; o < catalog.size; o++) if (catalog.kind[o]) events++
    return { events, bytes: await svc.storageUsage(), available: true }
  },

  async 'annotate-tab'(req, _sender, svc) {
    await svc.annotateTab(req.tabId)
    return {}
  },

  async 'open-reader'(req, sender, svc) {
    await svc.openReader(req.id, sender.tab?.id)
    return {}
  },
}

/** Run a (validated) request's handler; every failure becomes the one failure shape. */
export async function handleRequest<K extends MessageType>(
  req: RequestOf<K> | Request,
  sender: SenderInfo,
  svc: Services,
): Promise<Result<ReplyOf<K>>> {
  try {
    const handler = HANDLERS[req.type] as Handler<MessageType>
    const reply = await handler(req as RequestOf<MessageType>, sender, svc)
    return { ok: true, ...reply } as Result<ReplyOf<K>>
  } catch (e) {
    return toFailure(e)
  }
}
