// The other side's readout in the index: saving an English readout under the id of the Chinese
// event it pairs with (so the two become one event with the English as a side), and the
// panel section that links each side to the other with their topics compared.
import { pairedCandidate, pairingKey } from '../core/pairing/attach'
import {
  otherSideView,
  type OtherSideRef,
  type OtherSideView,
} from '../core/pairing/other-side-view'
import { sideOfEvent, sideOfText } from '../core/pairing/stored-side'
import type { Side } from '../core/pairing/compare-sides'
import type { IndexedEvent, ReadoutEvent } from '../core/types'
import type { EventRow, LensDb } from '../shared/db/schema'
import { fromRows } from '../shared/index/rows'

const rowEvent = (r: EventRow): ReadoutEvent => ({
  date: r.date,
  kind: r.kind,
  participants: r.participants,
  counterpart: r.counterpart,
  requestedBy: r.requestedBy,
  place: r.place,
})

/** The indexed row of `ev`'s event in the other language: English when `english`, else Chinese. */
export async function pairedRow(
  db: LensDb,
  ev: ReadoutEvent,
  english: boolean,
): Promise<EventRow | null> {
  const key = pairingKey(ev)
  if (!key) return null
  const rows = await db.events.where('counterpartName').equals(key).toArray()
  const candidates = rows
    .filter((r) => (r.language === 'en') === english)
    .map((row) => ({ row, event: rowEvent(row) }))
  return pairedCandidate(ev, candidates)?.row ?? null
}

/**
 * An English readout about to be saved: under the id of its Chinese event when the index holds
 * one (a day apart, or another kind word), so the write merges it in as a side.
 */
export async function pairedForSave(db: LensDb, visited: IndexedEvent): Promise<IndexedEvent> {
  if (visited.language !== 'en') return visited
  const row = await pairedRow(db, visited, false)
  return row && row.id !== visited.id ? { ...visited, id: row.id } : visited
}

async function load(db: LensDb, row: EventRow): Promise<IndexedEvent> {
  const [body, text] = await Promise.all([db.bodies.get(row.ord), db.texts.get(row.ord)])
  return fromRows(row, body, text)
}

const webUrl = (u: string | null | undefined): string | null =>
  u && /^https?:\/\//i.test(u) ? u : null

function chineseRef(ev: IndexedEvent): OtherSideRef {
  const src = ev.sources.find((s) => s.language !== 'en' && webUrl(s.url)) ?? ev.sources[0]
  return {
    id: ev.id,
    url: webUrl(src?.url),
    title: ev.title,
    outlet: src?.outlet ?? null,
    language: 'zh',
    date: ev.date,
  }
}

/**
 * The panel's view of the other side for the page `here`: on an English page the Chinese
 * readout of its event, on a Chinese page each English readout the index holds of it.
 */
export async function otherSides(
  db: LensDb,
  here: Side,
  eventId: string | null,
): Promise<OtherSideView[]> {
  const ev = here.analysis.event
  if (!ev || !here.analysis.isReadout) return []
  const own = eventId ? await db.events.get(eventId) : undefined
  const pageUrl = here.analysis.url
  if (here.analysis.language === 'en') {
    const row = own && own.language !== 'en' ? own : await pairedRow(db, ev, false)
    if (!row) return []
    const zh = await load(db, row)
    const view = otherSideView(here, sideOfEvent(zh), chineseRef(zh))
    return view ? [view] : []
  }
  const views: OtherSideView[] = []
  if (own && own.language !== 'en') {
    const zh = await load(db, own)
    for (const s of zh.sides ?? []) {
      if (s.source.url && s.source.url === pageUrl) continue
      const ref: OtherSideRef = {
        id: zh.id,
        url: webUrl(s.source.url),
        title: s.source.title,
        outlet: s.source.outlet,
        language: 'en',
        date: s.date,
      }
      const view = otherSideView(here, sideOfText(s, zh), ref)
      if (view) views.push(view)
    }
  }
  if (views.length > 0) return views
  // An English readout saved before any Chinese one: still its own event.
  const enRow = await pairedRow(db, ev, true)
  if (!enRow) return []
  const en = await load(db, enRow)
  const src = en.sources[0]
  const view = otherSideView(here, sideOfEvent(en), {
    id: en.id,
    url: webUrl(src?.url),
    title: en.title,
    outlet: src?.outlet ?? null,
    language: 'en',
    date: en.date,
  })
  return view ? [view] : []
}
