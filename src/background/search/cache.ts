// What search keeps in memory between queries: the catalog and the tail rows. A cache only —
// rebuilt from the database whenever the `rev` counter (bumped by every write transaction,
// whichever page wrote) has moved, and after the background restarts.
import type { LensDb } from '../db/schema'
import { emptyCatalog, type Catalog } from '../index/catalog'

export interface SearchState {
  rev: unknown
  catalog: Catalog
  /** ord → sorted bigrams not yet merged into postings. */
  tail: Map<number, Uint32Array>
  /** All posting keys, sorted (one-character queries); loaded on demand. */
  postingKeys: Float64Array | null
}

let state: SearchState | null = null

export async function searchState(db: LensDb): Promise<SearchState> {
  const rev = (await db.meta.get('rev'))?.value ?? 0
  if (state && state.rev === rev) return state
  // Runs inside the caller's read transaction (search): plain awaits on Dexie promises only.
  const catRow = await db.meta.get('catalog')
  const tailRows = await db.tail.toArray()
  state = {
    rev,
    catalog: (catRow?.value as Catalog | undefined) ?? emptyCatalog(0),
    tail: new Map(tailRows.map((r) => [r.ord, r.grams])),
    postingKeys: null,
  }
  return state
}

export async function postingKeys(db: LensDb, s: SearchState): Promise<Float64Array> {
  if (!s.postingKeys)
    s.postingKeys = Float64Array.from(await db.postings.toCollection().primaryKeys())
  return s.postingKeys
}

export function dropSearchCache(): void {
  state = null
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
