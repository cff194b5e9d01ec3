// Novelty in the background: a page's formulations against the IndexedDB index (core/novelty).
// The earlier events are the catalog's live ordinals dated before the page's event (all
// others when it has no date), never the event itself. Posting rows and folded texts are read
// only as the core asks for them, a batch per pass (a few hundred rows, not the index), and
// the tail rows (recent saves not yet merged into postings) count like postings.
//
// First appearances live in one meta row (shared/index/firsts.ts): what an imported index
// recorded (build-index), every saved page's new formulations, and a recount over the whole
// index after imports (firsts.ts here).
import {
  findNovel,
  MIN_HISTORY,
  prepareReadout,
  Probe,
  seenBefore,
  type NovelFormulation,
  type PreparedReadout,
  type SeenBefore,
} from '../core/novelty'
import type { NoveltyHistory, NoveltyInput } from '../core/novelty'
import type { FirstAppearance } from '../core/types'
import type { LensDb } from '../shared/db/schema'
import { readFirsts } from '../shared/index/firsts'
import { dayOf } from '../shared/index/catalog'
import { decodeIds, type PostingRow } from '../shared/index/postings'
import { hasGram, searchState } from './search/cache'
import { currentRowCache } from './search/rows-cache'

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

const EMPTY = new Int32Array(0)

/** Posting rows decoded once (rows are immutable: a write puts a new row object). */
const decoded = new WeakMap<PostingRow, Int32Array>()
function decodedIds(row: PostingRow): Int32Array {
  let ids = decoded.get(row)
  if (!ids) decoded.set(row, (ids = decodeIds(row.b, row.n)))
  return ids
}

function live(cat: { size: number; kind: ArrayLike<number> }): number {
  let n = 0
  for (let o = 0; o < cat.size; o++) if (cat.kind[o]) n++
  return n
}

function onlyEarlier(list: Int32Array, earlier: Uint8Array): Int32Array {
  const out = new Int32Array(list.length)
  let n = 0
  for (let i = 0; i < list.length; i++) if (earlier[list[i]!] === 1) out[n++] = list[i]!
  return out.subarray(0, n)
}

/** The sorted union of two ascending lists of ordinals. */
function unionSorted(a: Int32Array, b: readonly number[]): Int32Array {
  if (b.length === 0) return a
  const out = new Int32Array(a.length + b.length)
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!
    if (n === 0 || out[n - 1] !== x) out[n++] = x
  }
  return out.subarray(0, n)
}

/**
 * Novelty's first reads, started before the page is analysed: the readout is folded and its
 * shapes found, and the posting rows its first pass will ask for are read while the analysis
 * runs (the reads wait on the database, not on this thread). A hint only: whatever it did not
 * read, or read before a write moved `gen`, the passes read themselves.
 */
export interface NoveltyPrefetch {
  prepared: PreparedReadout
  /** Settles when the rows are in the row cache; never rejects. */
  done: Promise<void>
  /** Main-thread time it took to start (part of novelty's cost). */
  ms: number
}

/** Asks for every posting row and nothing else: what a first pass over nothing loaded wants. */
const NOTHING_LOADED: NoveltyHistory = {
  size: MIN_HISTORY,
  postings: () => undefined,
  text: () => undefined,
}

export function prefetchNovelty(
  db: LensDb,
  article: Pick<NoveltyInput, 'text' | 'paragraphs'>,
): NoveltyPrefetch {
  const t0 = performance.now()
  const input = { ...article, turns: [] }
  const prepared = prepareReadout(input)
  const known = currentRowCache(db)?.postings
  const grams = findNovel(input, NOTHING_LOADED, { prepared }).missingGrams.filter(
    (g) => known?.get(g) === undefined,
  )
  const done = db
    .transaction('r', [db.meta, db.tail, db.postings], async () => {
      const [state, rows] = await Promise.all([searchState(db), db.postings.bulkGet(grams)])
      grams.forEach((g, i) => state.rows.postings.set(g, rows[i] ?? null))
    })
    .catch(() => undefined)
  return { prepared, done, ms: performance.now() - t0 }
}

export async function pageNovelty(
  db: LensDb,
  page: NoveltyPage,
  prefetched?: NoveltyPrefetch,
): Promise<PageNovelty> {
  await prefetched?.done
  const prepared = prefetched?.prepared ?? prepareReadout(page)
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
    // Rows earlier pages and searches read stay in search's row cache while the index's `gen`
    // stays (tail saves leave it): decoded here once per page, with the current tail rows.
    const cache = state.rows
    const tail = [...state.tail].sort((a, b) => a[0] - b[0])
    const grams = new Map<number, Int32Array>()
    const texts = new Map<number, string>()
    // Usually every live event but this one is earlier: then a list needs no filtering.
    const excluded = live(cat) - size
    const gramsOf = (g: number): Int32Array | undefined => {
      let l = grams.get(g)
      if (l) return l
      const row = cache.postings.get(g)
      if (row === undefined) return undefined
      const inTail: number[] = []
      for (const [o, tg] of tail) if (hasGram(tg, g)) inTail.push(o)
      l = unionSorted(row ? decodedIds(row) : EMPTY, inTail)
      if (excluded > 0) l = onlyEarlier(l, earlier)
      grams.set(g, l)
      return l
    }
    const textOf = (o: number): string | undefined => {
      let t = texts.get(o)
      if (t === undefined && (t = cache.folded.get(o)) !== undefined) texts.set(o, t)
      return t
    }
    const history: NoveltyHistory = {
      size,
      postings: gramsOf,
      text: textOf,
    }
    const probe = new Probe(history)
    let novel: NovelFormulation[] = []
    for (let pass = 0; ; pass++) {
      // The last pass asks for every text it still needs: an answer, never a silent nothing.
      const batch = pass + 1 >= MAX_PASSES ? Infinity : 1 << (2 * pass)
      const r = findNovel(page, history, { batch, probe, prepared })
      if (r.missing.length === 0 && r.missingGrams.length === 0) {
        novel = r.novel
        break
      }
      if (pass >= MAX_PASSES) throw new Error('novelty: the index kept asking for more rows')
      if (r.missingGrams.length) {
        const rows = await db.postings.bulkGet(r.missingGrams)
        r.missingGrams.forEach((g, i) => cache.postings.set(g, rows[i] ?? null))
      }
      if (r.missing.length) {
        const rows = await db.folded.bulkGet(r.missing)
        r.missing.forEach((o, i) => {
          const f = rows[i]?.f
          if (f !== undefined) cache.folded.set(o, f)
          texts.set(o, f ?? '')
        })
      }
    }
    const firstSeen = seenBefore(page, await readFirsts(db), {
      date: page.date,
      eventId: page.eventId,
    })
    return { novel, firstSeen, earlier: size }
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
