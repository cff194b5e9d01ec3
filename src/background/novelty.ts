// Novelty in the background: a page's formulations against the IndexedDB index (core/novelty).
// The earlier events are the catalog's live ordinals dated before the page's event (all
// others when it has no date), never the event itself. Posting rows and folded texts are read
// only as the core asks for them (a few hundred rows, not the index), and the tail rows
// (recent saves not yet merged into postings) count like postings.
//
// The reads start before the page is analysed (prefetchNovelty): one snapshot — the search
// state, the first appearances and the posting rows the first pass will want — on IndexedDB's
// own transaction, so they run during the analysis. Later passes read what they still lack
// together with `gen`, and start over on a fresh snapshot if a write moved it meanwhile. The
// rows read outlive the worker in one packed row (search/keep-rows.ts), and are read again
// after an import made them stale.
//
// First appearances live in one meta row (shared/index/firsts.ts): what an imported index
// recorded (build-index), every saved page's new formulations, and a recount over the whole
// index after imports (firsts.ts here).
import {
  findNovel,
  firstAppearanceOf,
  idsOfBits,
  MIN_HISTORY,
  popcount,
  prepareReadout,
  Probe,
  seenBefore,
  withRecordedFirsts,
  type NovelFormulation,
  type PreparedReadout,
  type SeenBefore,
} from '../core/novelty'
import type { GramBits, NoveltyHistory, NoveltyInput } from '../core/novelty'
import type { FirstAppearance } from '../core/types'
import Dexie from 'dexie'
import type { LensDb } from '../shared/db/schema'
import { dayOf } from '../shared/index/catalog'
import { hasGram, lastState } from './search/cache'
import { keepRowsSoon, postponeKeep } from './search/keep-rows'
import { rowBits } from './search/row-bits'
import { currentRowCache } from './search/rows-cache'
import { readSnapshot, type Snapshot } from './search/snapshot'

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

const NO_BITS = new Uint32Array(0)

function live(cat: { size: number; kind: ArrayLike<number> }): number {
  let n = 0
  for (let o = 0; o < cat.size; o++) if (cat.kind[o]) n++
  return n
}

/**
 * Novelty's first reads, started before the page is analysed: the readout is folded and its
 * shapes found, and the search state, the first appearances and the posting rows its first
 * pass will ask for are read while the analysis runs (the reads wait on the database, not on
 * this thread). Whatever it did not read, the passes read themselves.
 */
export interface NoveltyPrefetch {
  /** Null when the index was too small to look for anything new in (nothing computed). */
  prepared: PreparedReadout | null
  /** The snapshot once its rows are in (before the transaction's commit); null if it failed. */
  ready: Promise<Snapshot | null>
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
  postponeKeep()
  // An index too small to compare with (as last seen): read the snapshot, compute nothing.
  const last = lastState(db)
  if (!last || live(last.catalog) < MIN_HISTORY)
    return { prepared: null, ready: readSnapshot(db).catch(() => null), ms: performance.now() - t0 }
  // Turns are not known yet: one leader turn over everything gives every candidate the most
  // signs it can have, so the rows asked for cover whatever the analysis then says.
  const input = { ...article, turns: [{ speaker: 'prefetch', start: 0, end: article.text.length }] }
  const prepared = prepareReadout(input)
  const known = currentRowCache(db)?.postings
  const grams = findNovel(input, NOTHING_LOADED, { prepared }).missingGrams.filter(
    (g) => known?.get(g) === undefined,
  )
  // A failure here is the passes' to report (they read again and say why).
  const ready = readSnapshot(db, grams).catch(() => null)
  return { prepared, ready, ms: performance.now() - t0 }
}

export async function pageNovelty(
  db: LensDb,
  page: NoveltyPage,
  prefetched?: NoveltyPrefetch,
): Promise<PageNovelty> {
  const prepared = prefetched?.prepared ?? null
  let snap = (await prefetched?.ready) ?? (await readSnapshot(db))
  // A write that moves `gen` between the snapshot and a later read: again on a fresh one.
  for (let tries = 1; ; tries++) {
    const r = await novelAgainst(db, page, prepared, snap)
    if (r) {
      keepRowsSoon(db)
      // An indexed event also lists what the recount recorded for it (sign recursLater).
      return { ...r, novel: withRecordedFirsts(page, r.novel, snap.firsts, page.eventId) }
    }
    if (tries >= 3) throw new Error('novelty: the index kept changing while it was read')
    snap = await readSnapshot(db)
  }
}

/** The page's novelty against one snapshot; null when the index changed under it. */
async function novelAgainst(
  db: LensDb,
  page: NoveltyPage,
  prepared: PreparedReadout | null,
  { state, firsts }: Snapshot,
): Promise<PageNovelty | null> {
  const cat = state.catalog
  const target = dayOf(page.date)
  const own = page.eventId ? cat.ids.indexOf(page.eventId) : -1
  const earlier = new Uint32Array((cat.size >> 5) + 1)
  let size = 0
  for (let o = 0; o < cat.size; o++) {
    if (!cat.kind[o] || o === own) continue
    if (target && !(cat.day[o]! > 0 && cat.day[o]! < target)) continue
    earlier[o >> 5]! |= 1 << (o & 31)
    size++
  }
  const firstSeen = seenBefore(page, firsts, { date: page.date, eventId: page.eventId })
  // Too few earlier events to tell what is new: the readout is not even folded.
  if (size < MIN_HISTORY) return { novel: [], firstSeen, earlier: size }
  const readout = prepared ?? prepareReadout(page)
  // Rows earlier pages and searches read stay in search's row cache while the index's `gen`
  // stays (tail saves leave it): decoded here once per page, with the current tail rows.
  const cache = state.rows
  const tail = [...state.tail]
  const grams = new Map<number, GramBits>()
  const texts = new Map<number, string>()
  // Usually every live event but this one is earlier: then the bits need no filtering.
  const excluded = live(cat) - size
  const bitsOf = (g: number): GramBits | undefined => {
    const known = grams.get(g)
    if (known) return known
    const row = cache.postings.get(g)
    if (row === undefined) return undefined
    let words = row ? rowBits(row) : NO_BITS
    // The row's bits are shared by every page: copied before the tail or the filter edits them.
    let copied = false
    const editable = () => {
      if (copied) return
      const w = new Uint32Array(Math.max(words.length, earlier.length))
      w.set(words)
      words = w
      copied = true
    }
    for (const [o, tg] of tail)
      if (hasGram(tg, g)) {
        editable()
        words[o >> 5]! |= 1 << (o & 31)
      }
    if (excluded > 0) {
      editable()
      for (let w = 0; w < words.length; w++) words[w]! &= earlier[w] ?? 0
    }
    const b = { words, count: popcount(words) }
    grams.set(g, b)
    return b
  }
  const textOf = (o: number): string | undefined => {
    let t = texts.get(o)
    if (t === undefined && (t = cache.folded.get(o)) !== undefined) texts.set(o, t)
    return t
  }
  const history: NoveltyHistory = {
    size,
    postings: (g) => {
      const b = bitsOf(g)
      return b && idsOfBits(b.words)
    },
    bits: bitsOf,
    text: textOf,
  }
  const probe = new Probe(history)
  let novel: NovelFormulation[] = []
  for (let pass = 0; ; pass++) {
    // The last pass asks for every text it still needs: an answer, never a silent nothing.
    const batch = pass + 1 >= MAX_PASSES ? Infinity : 1 << (2 * pass)
    const r = findNovel(page, history, { batch, probe, prepared: readout })
    if (r.missing.length === 0 && r.missingGrams.length === 0) {
      novel = r.novel
      break
    }
    if (pass >= MAX_PASSES) throw new Error('novelty: the index kept asking for more rows')
    // Rows and texts with the counter, in one transaction: kept only if read at the
    // snapshot's `gen` (else they belong to another index than the snapshot's catalog).
    // (Its own transaction, never a part of the snapshot's: that one resolved before its commit.)
    const [gen, rows, folded] = await Dexie.ignoreTransaction(() =>
      db.transaction('r', [db.meta, db.postings, db.folded], () =>
        Promise.all([
          db.meta.get('gen'),
          db.postings.bulkGet(r.missingGrams),
          db.folded.bulkGet(r.missing),
        ]),
      ),
    )
    if (gen?.value !== cache.gen) return null
    r.missingGrams.forEach((g, i) => cache.postings.set(g, rows[i] ?? null))
    r.missing.forEach((o, i) => {
      const f = folded[i]?.f
      if (f !== undefined) cache.folded.set(o, f)
      texts.set(o, f ?? '')
    })
  }
  return { novel, firstSeen, earlier: size }
}

/** A saved page's new formulations as first appearances. */
export function firstsOfPage(
  novel: readonly NovelFormulation[],
  ev: { id: string; date: string | null; title: string },
): FirstAppearance[] {
  return novel.map((n) => firstAppearanceOf(n, ev))
}
