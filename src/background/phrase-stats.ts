// "First seen on …, in N of M events": answered from the *phraseDates index, whose entries
// `<key>\u0001<date>` sort by date within a key (undated last).
import type { PhraseStat } from '../shared/messages'
import type { LensDb } from '../shared/db/schema'
import { UNDATED } from '../shared/db/schema'

export async function phraseStats(
  db: LensDb,
  keys: string[],
  excludeEventId?: string,
): Promise<{ stats: PhraseStat[]; total: number }> {
  return db.transaction('r', [db.events], async () => {
    const excluded = excludeEventId ? await db.events.get(excludeEventId) : undefined
    const excludedKeys = new Set((excluded?.phraseDates ?? []).map((e) => e.split('\u0001')[0]))
    const total = (await db.events.count()) - (excluded ? 1 : 0)
    const stats: PhraseStat[] = []
    for (const key of [...new Set(keys)]) {
      const range = () =>
        db.events.where('phraseDates').between(`${key}\u0001`, `${key}\u0002`, true, false)
      const count = await range().count()
      const firstTwo = await range().limit(2).toArray()
      const first = firstTwo.find((e) => e.id !== excludeEventId)
      const date = first?.phraseDates.find((e) => e.startsWith(`${key}\u0001`))?.split('\u0001')[1]
      stats.push({
        key,
        firstSeen: date && date !== UNDATED ? date : null,
        firstEventId: first?.id ?? null,
        events: count - (excludedKeys.has(key) ? 1 : 0),
      })
    }
    return { stats, total }
  })
}
