// Seeding the index from the shipped corpus (src/corpus/index.json) on install and on update.
// Idempotent: events are merged by id (mergeIndexedEvents), so re-running never duplicates a
// row and never drops what the user added. Resumable: each chunk commits together with the
// progress in meta.seed, so a worker killed mid-seed continues where the last chunk ended.
import type { CorpusIndex } from '../core/types'
import type { LensDb } from '../shared/db/schema'
import { allTables, writeEvents } from '../shared/index/write'

export interface SeedState {
  version: string
  done: number
  total: number
}

export const SEED_CHUNK = 500

/** Identity of a corpus build: changes when the shipped corpus changes. */
export function corpusVersion(corpus: CorpusIndex): string {
  let h = 0x811c9dc5
  for (const ev of corpus.events) {
    const s = `${ev.id}|${ev.text.length}|${ev.sources.length}|${ev.phrases.length}`
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
  }
  return `${corpus.version}:${corpus.events.length}:${h.toString(16)}`
}

export async function seedState(db: LensDb): Promise<SeedState | null> {
  return ((await db.meta.get('seed'))?.value as SeedState | undefined) ?? null
}

export async function needsSeed(db: LensDb, corpus: CorpusIndex): Promise<boolean> {
  const s = await seedState(db)
  return !s || s.version !== corpusVersion(corpus) || s.done < s.total
}

export interface SeedReport {
  added: number
  updated: number
  unchanged: number
  resumedAt: number
}

export async function seedFromCorpus(
  db: LensDb,
  corpus: CorpusIndex,
  chunk = SEED_CHUNK,
): Promise<SeedReport> {
  const version = corpusVersion(corpus)
  const total = corpus.events.length
  const prev = await seedState(db)
  const start = prev && prev.version === version ? Math.min(prev.done, total) : 0
  const report: SeedReport = { added: 0, updated: 0, unchanged: 0, resumedAt: start }
  if (prev && prev.version === version && prev.done >= total) return report
  for (let i = start; i < total || (i === 0 && total === 0); i += chunk) {
    const slice = corpus.events.slice(i, i + chunk)
    await db.transaction('rw', allTables(db), async () => {
      const r = await writeEvents(db, slice, { mode: 'bulk', trustGrams: true })
      report.added += r.added
      report.updated += r.updated
      report.unchanged += r.unchanged
      const state: SeedState = { version, done: Math.min(total, i + chunk), total }
      await db.meta.put({ key: 'seed', value: state })
    })
    if (total === 0) break
  }
  return report
}
