// Related earlier events for an analysed page. The ranking is INDEX's rankRelated; here we pick
// which stored events it sees: everything on a small index, otherwise the events that can score
// at all (mentioned dates, shared phrases, same counterpart), with the index's phrase counts.
import { rankRelated } from '../core/index/related'
import { analysisEventId } from '../core/index/event-id'
import type { Analysis, RelatedEvent } from '../core/types'
import type { LensDb } from '../shared/db/schema'
import { fromRows } from '../shared/index/rows'

const SMALL_INDEX = 400
const PER_KEY = 60

export async function relatedFor(
  db: LensDb,
  analysis: Analysis,
): Promise<{ related: RelatedEvent[]; eventId: string }> {
  const eventId = analysisEventId(analysis) ?? ''
  return db.transaction('r', [db.events, db.bodies, db.texts], async () => {
    let metas
    let phraseDocs: { counts: Map<string, number>; total: number } | undefined
    const total = await db.events.count()
    if (total <= SMALL_INDEX) {
      metas = await db.events.toArray()
    } else {
      // Only candidates are read: the phrases' rarity comes from the whole index's counts.
      phraseDocs = { counts: new Map(), total }
      const ids = new Set<string>()
      const cp = analysis.event?.counterpart?.name
      if (cp)
        for (const k of await db.events.where('counterpartName').equals(cp).primaryKeys())
          ids.add(k)
      const dates = [
        ...new Set(analysis.mentions.map((m) => m.date).filter((d): d is string => !!d)),
      ]
      if (dates.length)
        for (const k of await db.events.where('date').anyOf(dates).primaryKeys()) ids.add(k)
      for (const key of new Set(
        analysis.phrases.filter((p) => p.category !== 'structure').map((p) => p.key),
      )) {
        const range = () =>
          db.events.where('phraseDates').between(`${key}\u0001`, `${key}\u0002`, true, false)
        phraseDocs.counts.set(key, await range().count())
        const keys = await range().limit(PER_KEY).primaryKeys()
        for (const k of keys) ids.add(k)
      }
      metas = (await db.events.bulkGet([...ids])).filter((m) => m !== undefined)
    }
    const ords = metas.map((m) => m.ord)
    const bodies = await db.bodies.bulkGet(ords)
    const texts = await db.texts.bulkGet(ords)
    const events = metas.map((m, i) => fromRows(m, bodies[i], texts[i]))
    return {
      related: rankRelated(analysis, events, { selfId: eventId || undefined, phraseDocs }),
      eventId,
    }
  })
}
