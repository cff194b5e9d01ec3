// The posting rows and folded texts the background last had cached, packed into one meta row.
// A worker the browser stopped (an MV3 service worker goes after 30 s idle, so most visits
// meet a fresh one) starts with nothing in memory, and novelty's first pass would read a few
// hundred rows one request at a time (≈ 10 ms of IndexedDB round trips in Chromium for 240
// rows); one row holding them all is one request and one structured clone. A cache only:
// valid for the `gen` it was packed at, ignored otherwise; losing it (storage full, a failed
// write) costs speed, nothing else.
import type { LensDb } from '../../shared/db/schema'
import type { PostingRow } from '../../shared/index/postings'
import type { RowCache } from './rows-cache'

export const HOT_ROWS_KEY = 'hot-rows'

/** Bytes of posting lists packed at most (a 2,000-event index: ≈ 1,000 common rows). */
export const HOT_ROWS_BYTES = 1 << 20
/** Characters of folded texts packed at most (≈ 100 readouts: the few a page verifies against). */
export const HOT_TEXT_CHARS = 200_000

/** Rows as parallel arrays over one byte buffer (structured clone copies five buffers, not rows). */
export interface HotRows {
  gen: unknown
  grams: Uint32Array
  /** Ids in the row; 0 for a bigram no event holds (a cached "no row"). */
  n: Uint32Array
  last: Uint32Array
  /** End of each row's bytes in `bytes` (its start is the previous end). */
  ends: Uint32Array
  bytes: Uint8Array
  /** Folded texts by ordinal. */
  ords: Uint32Array
  texts: string[]
}

export interface UnpackedRows {
  postings: Array<[number, PostingRow | null]>
  folded: Array<[number, string]>
}

/** The cached rows and texts, most recently used first, up to `maxBytes` and `maxChars`. */
export function packRows(
  cache: RowCache,
  maxBytes = HOT_ROWS_BYTES,
  maxChars = HOT_TEXT_CHARS,
): HotRows {
  const picked: Array<[number, PostingRow | null]> = []
  let size = 0
  for (const g of cache.postings.keys()) {
    const row = cache.postings.peek(g)
    if (row === undefined) continue
    const len = row?.b.length ?? 0
    if (size + len > maxBytes) continue
    size += len
    picked.push([g, row])
  }
  const ords: number[] = []
  const texts: string[] = []
  let chars = 0
  for (const o of cache.folded.keys()) {
    const f = cache.folded.peek(o)
    if (f === undefined || chars + f.length > maxChars) continue
    chars += f.length
    ords.push(o)
    texts.push(f)
  }
  const k = picked.length
  const out: HotRows = {
    gen: cache.gen,
    grams: new Uint32Array(k),
    n: new Uint32Array(k),
    last: new Uint32Array(k),
    ends: new Uint32Array(k),
    bytes: new Uint8Array(size),
    ords: Uint32Array.from(ords),
    texts,
  }
  let at = 0
  picked.forEach(([g, row], i) => {
    out.grams[i] = g
    if (row) {
      out.n[i] = row.n
      out.last[i] = row.last
      out.bytes.set(row.b, at)
      at += row.b.length
    }
    out.ends[i] = at
  })
  return out
}

/** The packing's rows (views into its buffer) and texts, or null when it is not a packing. */
export function unpackRows(value: unknown): UnpackedRows | null {
  const h = value as Partial<HotRows> | undefined
  if (
    !(h?.grams instanceof Uint32Array) ||
    !(h.n instanceof Uint32Array) ||
    !(h.last instanceof Uint32Array) ||
    !(h.ends instanceof Uint32Array) ||
    !(h.bytes instanceof Uint8Array) ||
    !(h.ords instanceof Uint32Array) ||
    !Array.isArray(h.texts)
  )
    return null
  const k = h.grams.length
  if (h.n.length !== k || h.last.length !== k || h.ends.length !== k) return null
  if (h.texts.length !== h.ords.length || h.texts.some((t) => typeof t !== 'string')) return null
  const rows: Array<[number, PostingRow | null]> = []
  let start = 0
  for (let i = 0; i < k; i++) {
    const end = h.ends[i]!
    if (end < start || end > h.bytes.length) return null
    const g = h.grams[i]!
    rows.push([
      g,
      h.n[i] ? { g, n: h.n[i]!, last: h.last[i]!, b: h.bytes.subarray(start, end) } : null,
    ])
    start = end
  }
  const ords = h.ords
  return { postings: rows, folded: h.texts.map((t: string, i) => [ords[i]!, t]) }
}

/**
 * Writes the cache's rows as the hot row, if the database is still at the cache's `gen`
 * (checked in the same transaction). Returns whether it wrote.
 */
export async function saveHotRows(db: LensDb, cache: RowCache): Promise<boolean> {
  const value = packRows(cache)
  return db.transaction('rw', [db.meta], async () => {
    if ((await db.meta.get('gen'))?.value !== cache.gen) return false
    await db.meta.put({ key: HOT_ROWS_KEY, value })
    return true
  })
}
