// The first-appearance store: where each formulation the index ever found new was first said
// (core/novelty/firsts.ts), one meta row, the earliest event per key. Written by the
// background (a saved page's new formulations; a recount over the whole index after imports)
// and by the options page (an imported index file's `firsts`), so it lives here, in shared.
import type { FirstAppearance } from '../../core/types'
import type { LensDb } from '../db/schema'

export const FIRSTS_KEY = 'novelty-firsts'
/**
 * Set when events arrived that the store has not been recounted over (archive and saved-page
 * imports, an index file without `firsts`): a counter, so a recount that ran while more
 * arrived knows it is not the last word.
 */
export const FIRSTS_STALE_KEY = 'novelty-firsts-stale'

export const MAX_FIRSTS = 200_000

export async function readFirsts(db: LensDb): Promise<FirstAppearance[]> {
  return firstsOf(await db.meta.get(FIRSTS_KEY))
}

/** The first appearances a `FIRSTS_KEY` meta row holds (none when it is missing). */
export function firstsOf(row: { value: unknown } | undefined): FirstAppearance[] {
  return Array.isArray(row?.value) ? (row.value as FirstAppearance[]) : []
}

/**
 * Keep the earliest event per key: `incoming` (an imported index's firsts, or a saved page's
 * new formulations) merged into `current`.
 */
export function mergeFirsts(
  current: readonly FirstAppearance[],
  incoming: readonly FirstAppearance[],
): FirstAppearance[] {
  const byKey = new Map(current.map((f) => [f.key, f]))
  for (const f of incoming) {
    const old = byKey.get(f.key)
    const earlier =
      !old ||
      (f.date !== null && (old.date === null || f.date < old.date)) ||
      old.eventId === f.eventId
    if (earlier) byKey.set(f.key, f)
  }
  return [...byKey.values()]
}

/** Merges `incoming` into the store (inside the caller's transaction when there is one). */
export async function addFirsts(db: LensDb, incoming: readonly FirstAppearance[]): Promise<void> {
  if (incoming.length === 0) return
  await db.transaction('rw', [db.meta], async () => {
    const merged = mergeFirsts(await readFirsts(db), incoming)
    await db.meta.put({ key: FIRSTS_KEY, value: merged })
  })
}

/** The stale counter (0: the store reflects every event it was told about). */
export async function firstsStale(db: LensDb): Promise<number> {
  const v = (await db.meta.get(FIRSTS_STALE_KEY))?.value
  return typeof v === 'number' ? v : 0
}

export async function markFirstsStale(db: LensDb): Promise<void> {
  await db.transaction('rw', [db.meta], async () => {
    await db.meta.put({ key: FIRSTS_STALE_KEY, value: (await firstsStale(db)) + 1 })
  })
}

const strOrNull = (v: unknown, max: number) =>
  v === null || (typeof v === 'string' && v.length <= max)

/** What is wrong with an index file's `firsts`, or null (absent is fine). */
export function firstsProblem(v: unknown): string | null {
  if (v === undefined) return null
  if (!Array.isArray(v)) return '"firsts" must be a list of first appearances'
  if (v.length > MAX_FIRSTS) return `"firsts" has more than ${MAX_FIRSTS} entries`
  for (let i = 0; i < v.length; i++) {
    const f = v[i] as Record<string, unknown> | null
    const ok =
      !!f &&
      typeof f === 'object' &&
      typeof f.key === 'string' &&
      f.key.length > 0 &&
      f.key.length <= 200 &&
      typeof f.text === 'string' &&
      f.text.length <= 200 &&
      typeof f.eventId === 'string' &&
      f.eventId.length <= 500 &&
      (f.date === null || (typeof f.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.date))) &&
      typeof f.title === 'string' &&
      f.title.length <= 2000 &&
      strOrNull(f.speaker, 200) &&
      (f.rule === undefined || (typeof f.rule === 'string' && f.rule.length <= 40)) &&
      (f.signs === undefined ||
        (Array.isArray(f.signs) &&
          f.signs.length <= 40 &&
          f.signs.every((x) => typeof x === 'string' && x.length <= 40)))
    if (!ok)
      return `"firsts" entry ${i + 1} must be {key, text, eventId, date (YYYY-MM-DD or null), title, speaker, and optionally rule and signs (a list of names)}`
  }
  return null
}
