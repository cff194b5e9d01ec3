// What search keeps in memory between queries: the catalog and the tail rows. A cache only —
// rebuilt from the database whenever the `rev` counter (bumped by every write transaction,
// whichever page wrote) has moved, and after the background restarts. The rows it has read
// (rows-cache.ts) follow `gen`, read in the same request.
import type { LensDb, MetaRow, TailRow } from '../../shared/db/schema'
import { byRecency, emptyCatalog, type Catalog } from '../../shared/index/catalog'
import { dropRowCache, rowCache, type RowCache } from './rows-cache'

export interface SearchState {
  rev: unknown
  catalog: Catalog
  /** ord → sorted bigrams not yet merged into postings. */
  tail: Map<number, Uint32Array>
  /** Recency rank of each ordinal (0 = newest) and its inverse: ordering candidates is then a
   *  native typed-array sort instead of a comparator sort over dates. */
  rank: Int32Array
  byRank: Int32Array
  /** All posting keys, sorted (one-character queries); loaded on demand. */
  postingKeys: Float64Array | null
  /** The rows read so far at the database's current `gen`. */
  rows: RowCache
}

let state: SearchState | null = null

export async function searchState(db: LensDb): Promise<SearchState> {
  const [revRow, genRow] = await db.meta.bulkGet(['rev', 'gen'])
  const rev = revRow?.value ?? 0
  const kept = keptState(db, rev, genRow?.value)
  if (kept) return kept
  // Runs inside the caller's read transaction (search): plain awaits on Dexie promises only.
  // Both at once: one round trip, not two.
  const [catRow, tailRows] = await Promise.all([db.meta.get('catalog'), db.tail.toArray()])
  return newState(db, rev, genRow?.value, catRow, tailRows)
}

/** The state last read for `db`, current or not (a hint for work started before any read). */
export function lastState(db: LensDb): SearchState | null {
  return state && state.rows.db === db ? state : null
}

/** The state kept in memory if it is still the one at counters `rev` and `gen`. */
export function keptState(db: LensDb, rev: unknown, gen: unknown): SearchState | null {
  const rows = rowCache(db, gen)
  if (!state || state.rev !== rev || state.rows.db !== db) return null
  state.rows = rows
  return state
}

/** The state built from the catalog and tail rows read with counters `rev` and `gen`. */
export function newState(
  db: LensDb,
  rev: unknown,
  gen: unknown,
  catRow: MetaRow | undefined,
  tailRows: readonly TailRow[],
): SearchState {
  const catalog = (catRow?.value as Catalog | undefined) ?? emptyCatalog(0)
  const all: number[] = []
  for (let o = 0; o < catalog.size; o++) all.push(o)
  const byRank = Int32Array.from(byRecency(catalog, all))
  const rank = new Int32Array(catalog.size).fill(-1)
  byRank.forEach((o, r) => (rank[o] = r))
  state = {
    rev,
    catalog,
    rank,
    byRank,
    tail: new Map(tailRows.map((r) => [r.ord, r.grams])),
    postingKeys: null,
    rows: rowCache(db, gen),
  }
  return state
}

export async function postingKeys(db: LensDb, s: SearchState): Promise<Float64Array> {
  if (!s.postingKeys)
    s.postingKeys = Float64Array.from(await db.postings.toCollection().primaryKeys())
  return s.postingKeys
}

/** Live ordinals among `ords`, newest first (same order as catalog.byRecency). */
export function orderByRecency(s: SearchState, ords: ArrayLike<number>): number[] {
  const ranks = new Int32Array(ords.length)
  let n = 0
  for (let i = 0; i < ords.length; i++) {
    const r = s.rank[ords[i]!]
    if (r !== undefined && r >= 0) ranks[n++] = r
  }
  const sorted = ranks.subarray(0, n).sort()
  const out = new Array<number>(n)
  for (let i = 0; i < n; i++) out[i] = s.byRank[sorted[i]!]!
  return out
}

export function dropSearchCache(): void {
  state = null
  dropRowCache()
}

export function hasGram(sorted: Uint32Array, g: number): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < g) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo] === g
}
