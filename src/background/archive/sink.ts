// One imported event into the index, as the archive import and the saved-page import write it:
// its own transaction (no half event), bigrams to the tail, merged into the postings when the
// tail is long. The outcome says whether the event was new, gained a source, or was there.
import type { PutOutcome } from '../../core/archive'
import type { IndexedEvent } from '../../core/types'
import type { LensDb } from '../../shared/db/schema'
import { markFirstsStale } from '../../shared/index/firsts'
import { mergeTail, TAIL_MERGE_THRESHOLD, writeEvents } from '../../shared/index/write'
import { recountSoon } from '../firsts'

export async function putImported(db: LensDb, ev: IndexedEvent): Promise<PutOutcome> {
  const r = await writeEvents(db, [ev], { mode: 'tail', trustGrams: true })
  if ((await db.tail.count()) >= TAIL_MERGE_THRESHOLD) await mergeTail(db)
  if (r.added || r.updated) {
    // First appearances are recounted once the imports pause (../firsts.ts).
    await markFirstsStale(db)
    recountSoon(async () => db)
  }
  return r.added ? 'added' : r.updated ? 'merged' : 'unchanged'
}
