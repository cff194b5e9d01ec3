// The handler table: one function per message of the table in shared/messages.ts (the
// compiler checks every message has one, taking its request and returning its reply).
// Extension APIs come in through `Services` (services.ts).
import type { IndexedEvent } from '../core/types'
import type {
  EarlyOf,
  MessageType,
  ReplyOf,
  Request,
  RequestOf,
  RestOf,
  Result,
} from '../shared/messages'
import type { LensDb } from '../shared/db/schema'
import { InvalidInput, toFailure } from '../shared/errors'
import { fromRows } from '../shared/index/rows'
import { annotatePage, readEvent } from './page'
import { historyFor } from './since-last'
import { searchState } from './search/cache'
import { search } from './search/engine'
import type { Services } from './services'
import { trackPhrase } from './track-phrase'
import type { SenderInfo } from './validate-message'
import type { ArchiveRunner } from './archive/runner'
import { importSavedPage } from './saved-pages/import-page'

export type { Services }

function archiveOf(svc: Services): ArchiveRunner {
  if (!svc.archive) throw new InvalidInput('the archive import is not available here')
  return svc.archive
}

/** A handler returns its reply; one whose message declares an early part hands that to
 *  `early` as soon as it is ready (awaiting it before heavy work: it resolves once the client
 *  has used the part) and returns the rest. */
type Handler<K extends MessageType> = (
  req: RequestOf<K>,
  sender: SenderInfo,
  svc: Services,
  early: (part: EarlyOf<K>) => Promise<void>,
) => Promise<RestOf<K>>

export const HANDLERS: { [K in MessageType]: Handler<K> } = {
  async 'annotate-page'(req, sender, svc, early) {
    return annotatePage(req, sender.tab?.id, svc, early)
  },

  async 'page-not-readout'(req, sender, svc) {
    const tabId = sender.tab?.id
    if (tabId !== undefined)
      await svc.setTabStatus(tabId, { url: req.url, isReadout: false, confidence: req.confidence })
    return {}
  },

  async 'track-phrase'(req, _sender, svc) {
    return trackPhrase(req.phrase, svc)
  },

  async 'get-tab-status'(req, _sender, svc) {
    return { status: await svc.getTabStatus(req.tabId) }
  },

  async 'get-event'(req, _sender, svc) {
    return { event: await loadEvent(await svc.db(), req.id) }
  },

  async 'read-event'(req, _sender, svc) {
    const db = await svc.db()
    return readEvent(req.id, (id) => loadEvent(db, id), svc)
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

  async 'archive-start'(req, _sender, svc) {
    const { from, to, politeness } = req
    return { record: await archiveOf(svc).start({ from, to, politeness }) }
  },

  async 'archive-control'(req, _sender, svc) {
    const runner = archiveOf(svc)
    const record =
      req.action === 'pause'
        ? await runner.pause()
        : req.action === 'resume'
          ? await runner.resume()
          : await runner.cancel()
    return { record }
  },

  async 'archive-status'(_req, _sender, svc) {
    return { record: await archiveOf(svc).status() }
  },

  async 'import-saved-page'(req, _sender, svc) {
    return { report: await importSavedPage(req, svc) }
  },

  async 'get-history'(req, _sender, svc) {
    return { history: await historyFor(await svc.db(), req.counterpart) }
  },

  async 'open-page'(req, sender, svc) {
    await svc.openPage(req.page, req.query, sender.tab?.id)
    return {}
  },
}

/**
 * Run a (validated) request's handler; every failure becomes the one failure shape. With
 * `onEarly` (a port), the early part goes there and the result is the rest; without, the
 * result is the whole reply.
 */
export async function handleRequest<K extends MessageType>(
  req: RequestOf<K> | Request,
  sender: SenderInfo,
  svc: Services,
  onEarly?: (part: EarlyOf<K>) => Promise<void>,
): Promise<Result<ReplyOf<K>>> {
  let first: object = {}
  const early = async (part: object) => {
    if (onEarly) await onEarly(part as EarlyOf<K>)
    else first = part
  }
  try {
    const handler = HANDLERS[req.type] as Handler<MessageType>
    const reply = await handler(req as RequestOf<MessageType>, sender, svc, early)
    return { ok: true, ...first, ...reply } as Result<ReplyOf<K>>
  } catch (e) {
    return toFailure(e)
  }
}

function loadEvent(db: LensDb, id: string): Promise<IndexedEvent | null> {
  return db.transaction('r', [db.events, db.bodies, db.texts], async () => {
    const meta = await db.events.get(id)
    if (!meta) return null
    return fromRows(meta, await db.bodies.get(meta.ord), await db.texts.get(meta.ord))
  })
}
