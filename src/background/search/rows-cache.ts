// The rows search has read, kept in memory between queries: posting rows, and the event rows,
// texts and folded texts of the candidates it verified. A query then costs one small read (the
// `rev`/`gen` check) instead of two or three round trips carrying posting lists and texts.
//
// Valid for one database while its `gen` (shared/index/write.ts: moved by every write that
// changes or removes a stored row, in whichever page it ran) stays the same; dropped whole when it
// moves. Adding a visited page leaves `gen` alone: its rows are new ordinals nobody has read.
// Bounded, least recently used first out.
import type { LensDb } from '../../shared/db/schema'
import type { PostingRow } from '../../shared/index/postings'
import type { Doc } from './doc'

/** Least recently used out once the summed weight (taken when a value is set) passes `max`. */
export class Lru<K, V> {
  private map = new Map<K, { v: V; w: number }>()
  private total = 0
  constructor(
    private readonly max: number,
    private readonly weight: (v: V) => number = () => 1,
  ) {}
  get(k: K): V | undefined {
    const e = this.map.get(k)
    if (e === undefined) return undefined
    this.map.delete(k)
    this.map.set(k, e)
    return e.v
  }
  /** The value without marking it used. */
  peek(k: K): V | undefined {
    return this.map.get(k)?.v
  }
  set(k: K, v: V): void {
    const old = this.map.get(k)
    if (old !== undefined) {
      this.total -= old.w
      this.map.delete(k)
    }
    const w = this.weight(v)
    this.map.set(k, { v, w })
    this.total += w
    for (const [key, e] of this.map) {
      if (this.total <= this.max || this.map.size <= 1) break
      this.map.delete(key)
      this.total -= e.w
    }
  }
  get size(): number {
    return this.map.size
  }
  /** Keys, most recently used first. */
  keys(): K[] {
    return [...this.map.keys()].reverse()
  }
}

export interface RowCache {
  db: LensDb
  gen: unknown
  /** Bigram → its row; null: no row (no event holds the bigram). */
  postings: Lru<number, PostingRow | null>
  /** Events read with their text. */
  docs: Lru<number, Doc>
  /** Folded search texts of candidates verified without their event rows. */
  folded: Lru<number, string>
}

// Posting rows: ≈ 1 byte per event per bigram, so 8 MB holds the lists of a few hundred common
// bigrams at 50,000 events. Texts: 2 bytes a character; a readout ≈ 2,000 characters, held
// two or three times by a Doc (text, search text, folded), so ≈ 800 events and 1,500 folded texts.
const POSTING_BYTES = 8 << 20
const DOC_CHARS = 5_000_000
const FOLDED_CHARS = 3_000_000

let cache: RowCache | null = null
/** What the last dropped cache held (most recently used first): read again after a write. */
let dropped: { grams: number[]; ords: number[] } = { grams: [], ords: [] }

/** The cache for `db` at `gen`: the same one while nothing changed, else a new empty one. */
export function rowCache(db: LensDb, gen: unknown): RowCache {
  if (cache && cache.db === db && cache.gen === gen) return cache
  cache = {
    db,
    gen,
    postings: new Lru(POSTING_BYTES, (r) => 16 + (r?.b.length ?? 0)),
    docs: new Lru(DOC_CHARS, (d) => d.size + 200),
    folded: new Lru(FOLDED_CHARS, (f) => f.length),
  }
  return cache
}

/** The cache as it stands, whatever its generation (to start reads before the check returns). */
export function currentRowCache(db: LensDb): RowCache | null {
  return cache && cache.db === db ? cache : null
}

export function dropRowCache(): void {
  if (cache && cache.postings.size > 0)
    dropped = { grams: cache.postings.keys(), ords: cache.folded.keys() }
  cache = null
}

/**
 * The bigrams and folded texts the cache holds, or the last dropped one held (of whichever
 * database: a hint only): what the next pages will likely want.
 */
export function recentRows(db: LensDb): { grams: number[]; ords: number[] } {
  const c = currentRowCache(db)
  return c && c.postings.size > 0 ? { grams: c.postings.keys(), ords: c.folded.keys() } : dropped
}
