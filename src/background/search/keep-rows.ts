// When the rows the background read are kept beyond this worker's memory, and read again
// after a write made them stale:
// - a few seconds after a page read new rows, they are packed into the hot row (hot-rows.ts),
//   which the next worker (the browser stops idle ones) reads in one request;
// - a write that moved `gen` elsewhere (an import: shared/index/gen-signal.ts) drops the cache
//   at once; shortly after, the bigrams it held are read again at the new `gen` (and packed,
//   later), so the next page does not pay for the import with a few hundred single reads.
// Both run in idle time and are only caches: a failure is logged, never surfaced.
import type { LensDb } from '../../shared/db/schema'
import { HOT_ROWS_KEY, saveHotRows, type HotRows } from './hot-rows'
import { rowBits } from './row-bits'
import { currentRowCache, dropRowCache, recentRows, type RowCache } from './rows-cache'
import { readSnapshot } from './snapshot'

/** After a page's reads: long enough to stay out of the next page's way. */
export const SAVE_DELAY_MS = 3_000
/** After a write moved `gen`: at once (the read waits for the write's commit anyway); the
 *  writes of a long import come in a burst, which REFRESH_EVERY_MS spaces out. */
export const REFRESH_DELAY_MS = 0
/** At most one refresh in this long (an import of thousands of events moves `gen` often). */
const REFRESH_EVERY_MS = 1_000
/** Bigrams and texts read again at most (≈ the few most recent pages' worth). */
const REFRESH_GRAMS = 2_000
const REFRESH_TEXTS = 100
/** Rows decoded per task after a refresh (≈ 1 ms: a page's request is not kept waiting). */
const DECODE_STEP = 50

const warn = (what: string) => (e: unknown) => console.warn(`Readout Lens: ${what} failed`, e)

/** The cache sizes packed last: a cache is packed again only once it grew by a tenth (a
 *  megabyte written per page visit would be churn for little). */
const saved = new WeakMap<RowCache, number>()
const GROWTH = 1.1
let saveTimer: ReturnType<typeof setTimeout> | null = null

let pendingDb: LensDb | null = null

/** Packs the rows cached for `db` SAVE_DELAY_MS after the last call (if they changed). */
export function keepRowsSoon(db: LensDb, delayMs = SAVE_DELAY_MS): void {
  if (saveTimer) clearTimeout(saveTimer)
  pendingDb = db
  saveTimer = setTimeout(() => {
    saveTimer = null
    pendingDb = null
    void keepRows(db).catch(warn('keeping the read rows'))
  }, delayMs)
  unref(saveTimer)
}

/** A page is being analysed: a packing due now waits (its copy and write would delay it). */
export function postponeKeep(): void {
  if (pendingDb) keepRowsSoon(pendingDb)
}

/** Idle work never keeps a process alive (Node: the CLI, tests); browsers return numbers. */
function unref(t: unknown): void {
  ;(t as { unref?: () => void }).unref?.()
}

/** Packs the rows cached for `db` now, unless they barely changed since the last packing. */
export async function keepRows(db: LensDb): Promise<boolean> {
  const cache = currentRowCache(db)
  if (!cache || cache.postings.size === 0) return false
  const last = saved.get(cache)
  if (last !== undefined && cache.postings.size < last * GROWTH) return false
  const wrote = await saveHotRows(db, cache)
  if (wrote) saved.set(cache, cache.postings.size)
  return wrote
}

let refreshTimer: ReturnType<typeof setTimeout> | null = null
let lastRefresh = -Infinity

/** `gen` moved in some context: drop the rows now, read the hot bigrams again shortly. */
export function rowsMoved(db: () => Promise<LensDb>, delayMs = REFRESH_DELAY_MS): void {
  dropRowCache()
  if (refreshTimer) clearTimeout(refreshTimer)
  const wait = Math.max(delayMs, lastRefresh + REFRESH_EVERY_MS - performance.now())
  refreshTimer = setTimeout(() => {
    refreshTimer = null
    lastRefresh = performance.now()
    void db().then(refreshRows).catch(warn('reading the rows again'))
  }, wait)
  unref(refreshTimer)
}

/**
 * Reads again, at the database's current `gen`, the bigrams and folded texts the dropped cache
 * held (or, in a worker that has read none yet, the stale hot row's), decodes the rows as
 * novelty will want them, and packs them soon. Returns how many bigrams.
 */
export async function refreshRows(db: LensDb, pause = nextTask): Promise<number> {
  let { grams, ords } = recentRows(db)
  if (grams.length === 0) {
    const hot = (await db.meta.get(HOT_ROWS_KEY))?.value as Partial<HotRows> | undefined
    if (hot?.grams instanceof Uint32Array) grams = [...hot.grams]
    if (hot?.ords instanceof Uint32Array) ords = [...hot.ords]
  }
  if (grams.length === 0) return 0
  grams = grams.slice(0, REFRESH_GRAMS)
  const { state } = await readSnapshot(db, grams, {
    hot: false,
    ords: ords.slice(0, REFRESH_TEXTS),
  })
  const rows = state.rows.postings
  for (let i = 0; i < grams.length; i += DECODE_STEP) {
    await pause()
    if (currentRowCache(db) !== state.rows) break // dropped again meanwhile
    for (const g of grams.slice(i, i + DECODE_STEP)) {
      const row = rows.peek(g)
      if (row) rowBits(row)
    }
  }
  // Packed later, in idle time: a megabyte written now would hold up the next page's reads.
  keepRowsSoon(db)
  return grams.length
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0))
