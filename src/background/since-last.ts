// The panel's "Since …" section (registered in panel-sections.ts) and the timeline page: a counterpart's events read from the
// index (by the counterpartName index, so the cost follows that leader's history, not the
// index size), then core/compare does the rest.
import { allFamilies, history, sinceLast, type HistoryEntry } from '../core/compare'
import { eventIdFor } from '../core/index/event-id'
import type { Analysis, IndexedEvent } from '../core/types'
import type { PanelSections } from '../shared/panel/sections'
import type { VariantFamily } from '../core/compare'
import type { LensDb } from '../shared/db/schema'
import { fromRows } from '../shared/index/rows'

export async function counterpartEvents(db: LensDb, name: string): Promise<IndexedEvent[]> {
  return db.transaction('r', [db.events, db.bodies, db.texts], async () => {
    const metas = await db.events.where('counterpartName').equals(name).toArray()
    const ords = metas.map((m) => m.ord)
    const [bodies, texts] = await Promise.all([db.bodies.bulkGet(ords), db.texts.bulkGet(ords)])
    return metas.map((m, i) => fromRows(m, bodies[i], texts[i]))
  })
}

export async function sinceLastFor(
  db: LensDb,
  analysis: Analysis,
  userFamilies: readonly VariantFamily[],
): Promise<PanelSections['since']> {
  const ev = analysis.event
  const name = ev?.counterpart?.name
  if (!ev || !name || !analysis.isReadout) return undefined
  const events = await counterpartEvents(db, name)
  return {
    sinceLast: sinceLast(analysis, events, { families: allFamilies(userFamilies) }),
    history: history(name, events, { before: ev.date ?? '9999', excludeId: eventIdFor(ev) }),
  }
}

export async function historyFor(db: LensDb, name: string): Promise<HistoryEntry[]> {
  return history(name, await counterpartEvents(db, name))
}
