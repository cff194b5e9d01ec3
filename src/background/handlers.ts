// One function per request type. Extension APIs come in through `Services`, so the same code
// runs in the background and in Node tests (fake-indexeddb, in-memory tab store).
import type { Request, Response, TabStatus } from '../shared/messages'
import type { LensSettings } from '../options/settings-schema'
import { articleFromWire } from '../core/analysis-wire'
import { encodePageAnalysis } from '../shared/page-analysis'
import { analyze } from '../core/analyze'
import { eventIdFor } from '../core/index/event-id'
import type { LensDb } from './db/schema'
import { toErrorResponse, InvalidInput } from './errors'
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

type AnyResponse = Response<Request['type']>

export async function handleRequest(
  req: Request,
  sender: SenderInfo,
  svc: Services,
): Promise<AnyResponse> {
  try {
    return await dispatch(req, sender, svc)
  } catch (e) {
    return toErrorResponse(e)
  }
}

async function dispatch(req: Request, sender: SenderInfo, svc: Services): Promise<AnyResponse> {
  switch (req.type) {
    case 'page-analysed': {
      const { analysis, url } = req
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
      if (!settings.saveVisited || !analysis.isReadout) return { ok: true, eventId, saved: false }
      const ev = visitedEvent(analysis, url)
      if (ev.text.length === 0) return { ok: true, eventId, saved: false }
      const db = await svc.db()
      await writeEvents(db, [ev], { mode: 'tail', trustGrams: true })
      if ((await db.tail.count()) >= TAIL_MERGE_THRESHOLD) svc.later(() => mergeTail(db))
      return { ok: true, eventId: ev.id, saved: true }
    }
    case 'analyse-article': {
      const t0 = performance.now()
      const article = articleFromWire(req.article)
      const settings = await svc.settings()
      const analysis = analyze(article, { extraPhrases: settings.customPhrases })
      const json = encodePageAnalysis(analysis)
      return { ok: true, json, ms: performance.now() - t0 }
    }
    case 'page-not-readout': {
      const tabId = sender.tab?.id
      if (tabId !== undefined) {
        await svc.setTabStatus(tabId, {
          url: req.url,
          isReadout: false,
          confidence: req.confidence,
        })
      }
      return { ok: true }
    }
    case 'get-tab-status':
      return { ok: true, status: await svc.getTabStatus(req.tabId) }
    case 'get-related': {
      const r = await relatedFor(await svc.db(), req.analysis)
      return { ok: true, related: r.related, eventId: r.eventId }
    }
    case 'get-phrase-stats': {
      const r = await phraseStats(await svc.db(), req.keys, req.excludeEventId)
      return { ok: true, stats: r.stats, total: r.total }
    }
    case 'get-event': {
      const db = await svc.db()
      const ev = await db.transaction('r', [db.events, db.bodies, db.texts], async () => {
        const meta = await db.events.get(req.id)
        if (!meta) return null
        return fromRows(meta, await db.bodies.get(meta.ord), await db.texts.get(meta.ord))
      })
      return { ok: true, event: ev }
    }
    case 'search': {
      const r = await search(await svc.db(), req.query, req.filters, req.limit ?? 20)
      const reply = {
        ok: true as const,
        hits: r.hits,
        total: r.total,
        ms: r.ms,
        // Beyond the contract: whether `total` is exact, and where the time went.
        totalExact: r.totalExact,
        phases: r.phases,
      }
      return reply
    }
    case 'index-info': {
      // Live ordinals of the catalog the search keeps in memory: counting the events table
      // took 20-80 ms at 10,000 events and held the database up while the popup opened.
      const db = await svc.db()
      const { catalog } = await db.transaction('r', [db.meta, db.tail], () => searchState(db))
      let events = 0
      for (let o = 0; o < catalog.size; o++) if (catalog.kind[o]) events++
      return { ok: true, events, bytes: await svc.storageUsage(), available: true }
    }
    case 'annotate-tab':
      await svc.annotateTab(req.tabId)
      return { ok: true }
    case 'open-reader':
      await svc.openReader(req.id, sender.tab?.id)
      return { ok: true }
  }
}
