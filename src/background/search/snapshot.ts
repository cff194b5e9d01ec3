// One consistent read of the index for a page's novelty: the search state, the first
// appearances and the posting rows (and folded texts) asked for, in one batch of requests
// sent before the function returns (read-now.ts), so it runs while the caller computes. A row
// cache that starts empty (a restarted worker, or rows dropped after a write) is filled from
// the hot row when that was packed at the same `gen` (hot-rows.ts).
import Dexie from 'dexie'
import type { FirstAppearance } from '../../core/types'
import type { LensDb } from '../../shared/db/schema'
import { FIRSTS_KEY, firstsOf, readFirsts } from '../../shared/index/firsts'
import { keptState, newState, searchState, type SearchState } from './cache'
import { HOT_ROWS_KEY, unpackRows } from './hot-rows'
import { readIndexNow } from './read-now'
import { currentRowCache } from './rows-cache'

/** What every pass of one page reads against. */
export interface Snapshot {
  state: SearchState
  firsts: FirstAppearance[]
}

/**
 * The state and first appearances in one read, with `grams`' rows and `ords`' folded texts
 * cached, and the hot row's when nothing is (unless `hot` is false: a refresh that is about
 * to replace it).
 */
export function readSnapshot(
  db: LensDb,
  grams: readonly number[] = [],
  { hot: wantHot = true, ords = [] as readonly number[] } = {},
): Promise<Snapshot> {
  // Only into an empty cache: otherwise it would repeat what is in memory.
  const cold = wantHot && !(currentRowCache(db)?.postings.size ?? 0)
  return readIndexNow(db, cold ? [FIRSTS_KEY, HOT_ROWS_KEY] : [FIRSTS_KEY], grams, ords).then(
    (r) => {
      const state = keptState(db, r.rev, r.gen) ?? newState(db, r.rev, r.gen, r.catalog, r.tail)
      const { postings, folded } = state.rows
      const hot = r.extra[1]?.value as { gen?: unknown } | undefined
      const kept = postings.size === 0 && hot?.gen === r.gen ? unpackRows(hot) : null
      // Least recently used first in, so the cache's order is the packing's.
      for (const [g, row] of kept?.postings.reverse() ?? []) postings.set(g, row)
      for (const [o, f] of kept?.folded.reverse() ?? []) folded.set(o, f)
      grams.forEach((g, i) => postings.set(g, r.postings[i] ?? null))
      ords.forEach((o, i) => {
        const f = r.folded[i]?.f
        if (f !== undefined) folded.set(o, f)
      })
      return { state, firsts: firstsOf(r.extra[0]) }
    },
    // Not open yet (or closed under us): through Dexie, which opens it.
    () =>
      Dexie.ignoreTransaction(() =>
        db.transaction('r', [db.meta, db.tail], async () => ({
          state: await searchState(db),
          firsts: await readFirsts(db),
        })),
      ),
  )
}
