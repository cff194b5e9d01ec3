// Novelty in the background: a page's formulations against the IndexedDB index (core/novelty).
// The earlier events are the catalog's live ordinals dated before the page's event (all
// others when it has no date), never the event itself. Posting rows and folded texts are read
// only as the core asks for them, a batch per pass (a few hundred rows, not the index), and
// the tail rows (recent saves not yet merged into postings) count like postings.
//
// First appearances live in one meta row (`novelty-firsts`): what an imported index recorded
// (build-index) and every saved page's new formulations, the earliest event per key kept.
import { findNovel, seenBefore, type NovelFormulation, type SeenBefore } from '../core/novelty'
import type { NoveltyHistory, NoveltyInput } from '../core/novelty'
import type { FirstAppearance } from '../core/types'
import type { LensDb } from '../shared/db/schema'
import { dayOf } from '../shared/index/catalog'
import { decodeIds } from '../shared/index/postings'
import { hasGram, searchState } from './search/cache'

export const FIRSTS_KEY = 'novelty-firsts'

/** Passes before giving up (each loads what the previous one asked for). */
const MAX_PASSES = 8

export interface NoveltyPage extends NoveltyInput {
  date: string | null
  eventId: string | null
}

export interface PageNovelty {
  novel: NovelFormulation[]
  firstSeen: SeenBefore[]
  /** How many earlier events the page was compared with. */
  earlier: number
}

export async function readFirsts(db: LensDb): Promise<FirstAppearance[]> {
  const value = (await db.meta.get(FIRSTS_KEY))?.value
  return Array.isArray(value) ? (value as FirstAppearance[]) : []
}

export async function pageNovelty(db: LensDb, page: NoveltyPage): Promise<PageNovelty> {
  return db.transaction('r', [db.meta, db.tail, db.postings, db.folded], async () => {
    const state = await searchState(db)
    const cat = state.catalog
    const target = dayOf(page.date)
    const own = page.eventId ? cat.ids.indexOf(page.eventId) : -1
    const earlier = new Uint8Array(cat.size)
    let size = 0
    for (let o = 0; o < cat.size; o++) {
      if (!cat.kind[o] || o === own) continue
      if (target && !(cat.day[o]! > 0 && cat.day[o]! < target)) continue
      earlier[o] = 1
      size++
    }
    const grams = new Map<number, Int32Array>()
    const texts = new Map<number, string>()
    const history: NoveltyHistory = {
      size,
      postings: (g) => grams.get(g),
      text: (ord) => texts.get(ord),
    }
    const tail = [...state.tail].sort((a, b) => a[0] - b[0])
    let novel: NovelFormulation[] = []
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const r = findNovel(page, history, { batch: 8 << (2 * pass) })
      if (r.missing.length === 0 && r.missingGrams.length === 0) {
        novel = r.novel
        break
      }
      if (r.missingGrams.length) {
        const rows = await db.postings.bulkGet(r.missingGrams)
        r.missingGrams.forEach((g, i) => {
          const row = rows[i]
          const ids = new Set<number>()
          if (row) for (const o of decodeIds(row.b, row.n)) if (earlier[o]) ids.add(o)
          for (const [o, tg] of tail) if (earlier[o] && hasGram(tg, g)) ids.add(o)
          grams.set(g, Int32Array.from([...ids].sort((a, b) => a - b)))
        })
      }
      if (r.missing.length) {
        const rows = await db.folded.bulkGet(r.missing)
        r.missing.forEach((o, i) => texts.set(o, rows[i]?.f ?? ''))
      }
    }
    const firstSeen = seenBefore(page, await readFirsts(db), {
      date: page.date,
      eventId: page.eventId,
    })
    return { novel, firstSeen, earlier: size }
  })
}

/**
 * Keep the earliest event per key: `incoming` (an imported index's firsts, or a saved page's
 * new formulations) merged into `current`.
 */
export function mergeFirsts(
  current: readonly FirstAppearance[],
  incoming: readonly FirstAppearance[],
): FirstAppearance[] {
  const byKey = new Map(current.map((f) => [f.key, f]))
  for (const f of incoming) {
    const old = byKey.get(f.key)
    const earlier =
      !old ||
      (f.date !== null && (old.date === null || f.date < old.date)) ||
      old.eventId === f.eventId
    if (earlier) byKey.set(f.key, f)
  }
  return [...byKey.values()]
}

export async function addFirsts(db: LensDb, incoming: readonly FirstAppearance[]): Promise<void> {
  if (incoming.length === 0) return
  await db.transaction('rw', [db.meta], async () => {
    const merged = mergeFirsts(await readFirsts(db), incoming)
    await db.meta.put({ key: FIRSTS_KEY, value: merged })
  })
}

/** A saved page's new formulations as first appearances. */
export function firstsOfPage(
  novel: readonly NovelFormulation[],
  ev: { id: string; date: string | null; title: string },
): FirstAppearance[] {
  return novel.map((n) => ({
    key: n.key,
    text: n.text,
    eventId: ev.id,
    date: ev.date,
    title: ev.title,
    speaker: n.speaker,
  }))
}
