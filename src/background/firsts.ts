// First appearances recounted over the whole index after imports. The archive import goes
// newest day first and a saved-page import in any order, so an event's novelty at the moment
// it is added says little (its earlier events may not be there yet): instead every import
// marks the store stale (shared/index/firsts.ts) and, once imports pause, the background
// walks the whole index in date order (core firstsByDay), one day per task, and writes the
// result. A recount cut short (the worker stopped) leaves the mark: the next start resumes it.
import { firstsByDay } from '../core/novelty'
import type { LensDb } from '../shared/db/schema'
import {
  FIRSTS_KEY,
  FIRSTS_STALE_KEY,
  firstsStale,
  mergeFirsts,
  readFirsts,
} from '../shared/index/firsts'
import { readAllEvents } from '../shared/index/write'

/** Quiet time after the last imported event before the recount starts. */
export const RECOUNT_DELAY_MS = 10_000

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0))

/**
 * Recounts the store over every event, awaiting `pause` after each day. Entries of events
 * saved meanwhile (a visited page's new formulations) are kept. Returns how many entries.
 */
export async function recountFirsts(db: LensDb, pause = nextTask): Promise<number> {
  const stale = await firstsStale(db)
  const events = await readAllEvents(db)
  const counted = new Set(events.map((e) => e.id))
  const steps = firstsByDay(events)
  let step = steps.next()
  while (!step.done) {
    await pause()
    step = steps.next()
  }
  const recounted = step.value
  return db.transaction('rw', [db.meta], async () => {
    const since = (await readFirsts(db)).filter((f) => !counted.has(f.eventId))
    const value = mergeFirsts(recounted, since)
    await db.meta.put({ key: FIRSTS_KEY, value })
    // Events imported while it ran: another recount follows.
    if ((await firstsStale(db)) === stale) await db.meta.delete(FIRSTS_STALE_KEY)
    return value.length
  })
}

let timer: ReturnType<typeof setTimeout> | null = null
let running: Promise<unknown> | null = null

/** A recount RECOUNT_DELAY_MS after the last call (imports in a row wait for the last). */
export function recountSoon(db: () => Promise<LensDb>, delayMs = RECOUNT_DELAY_MS): void {
  if (timer) clearTimeout(timer)
  timer = setTimeout(() => {
    timer = null
    if (running) {
      void running.then(() => recountSoon(db, delayMs))
      return
    }
    running = (async () => {
      const d = await db()
      if ((await firstsStale(d)) > 0) await recountFirsts(d)
    })()
      .catch((e) => console.warn('Readout Lens: recounting first appearances failed', e))
      .finally(() => (running = null))
  }, delayMs)
}
