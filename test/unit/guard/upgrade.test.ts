// Installing a new version over a user-grown index: a database exactly as schema v1 wrote it
// (test/fixtures/guard/index-v1.json — the built-in corpus, a visited readout only the user
// has, a visited copy merged into a built-in event) is opened by the current code. Every row
// must still be there AND readable (text, turns, sources, search), and an update that ships a
// new corpus version re-seeds without duplicating anything or dropping the user's rows.
// Add a fixture here for every future schema version (written by that version's code).
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { CorpusIndex } from '../../../src/core/types'
import { LensDb } from '../../../src/shared/db/schema'
import { handleRequest, type Services } from '../../../src/background/handlers'
import { readAllEvents } from '../../../src/shared/index/write'
import { corpusVersion, needsSeed, seedFromCorpus, seedState } from '../../../src/background/seed'
import { dropSearchCache } from '../../../src/background/search/cache'
import { search } from '../../../src/background/search/engine'
import { testServices } from '../store/helpers'

interface Dump {
  schemaVersion: number
  stores: Record<string, string>
  tables: Record<string, unknown[]>
}

const FIXTURES = ['test/fixtures/guard/index-v1.json']
const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode)
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    if (Array.isArray(o.__u32)) return Uint32Array.from(o.__u32 as number[])
    if (Array.isArray(o.__u8)) return Uint8Array.from(o.__u8 as number[])
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]))
  }
  return v
}

/** Write the dump with the old schema, then open it with the current code. */
async function openUpgraded(dump: Dump): Promise<LensDb> {
  const factory = new IDBFactory()
  const old = new Dexie('readout-lens', { indexedDB: factory, IDBKeyRange })
  old.version(dump.schemaVersion).stores(dump.stores)
  await old.open()
  for (const [name, rows] of Object.entries(dump.tables))
    await old.table(name).bulkAdd(decode(rows) as object[])
  old.close()
  const db = new LensDb('readout-lens', { indexedDB: factory, IDBKeyRange })
  await db.open()
  return db
}

const svc = (db: LensDb): Services => testServices(db)

describe.each(FIXTURES)('upgrading %s', (file) => {
  const dump = JSON.parse(readFileSync(file, 'utf8')) as Dump
  type OldEvent = { id: string; ord: number; origin: string; sources: { url: string | null }[] }
  type OldBody = { ord: number; text: string; turns: unknown[]; phrases: unknown[] }
  const oldEvents = dump.tables.events as OldEvent[]
  const oldBodies = new Map((dump.tables.bodies as OldBody[]).map((b) => [b.ord, b]))

  it('keeps every event readable: text, turns, phrases, sources', async () => {
    const db = await openUpgraded(dump)
    const all = await readAllEvents(db)
    expect(all.map((e) => e.id).sort()).toEqual(oldEvents.map((e) => e.id).sort())
    for (const old of oldEvents) {
      const ev = all.find((e) => e.id === old.id)!
      const body = oldBodies.get(old.ord)!
      expect(ev.text, old.id).toBe(body.text)
      expect(ev.turns.length, old.id).toBe(body.turns.length)
      expect(ev.phrases.length, old.id).toBe(body.phrases.length)
      expect(ev.origin).toBe(old.origin)
      expect(ev.sources.map((s) => s.url)).toEqual(old.sources.map((s) => s.url))
      const got = await handleRequest({ type: 'get-event', id: old.id }, {}, svc(db))
      expect(got).toMatchObject({ ok: true, event: { id: old.id, text: body.text } })
    }
    // The user's own row and the merged copy survived.
    expect(all.find((e) => e.id.endsWith(':马克龙'))?.origin).toBe('visited')
    expect(all.flatMap((e) => e.sources.map((s) => s.url))).toContain(
      'https://www.myzaker.com/article/guardv1copy/',
    )
    dropSearchCache()
    const hits = (await search(db, '马克龙', undefined, 5)).hits.map((h) => h.id)
    expect(hits).toEqual([all.find((e) => e.id.endsWith(':马克龙'))!.id])
    db.close()
  })

  it('a new corpus version re-seeds over it without duplicates or losses', async () => {
    const db = await openUpgraded(dump)
    const before = (await readAllEvents(db)).map((e) => ({ id: e.id, sources: e.sources.length }))
    // The next release ships a refreshed corpus: same events, one more outlet on the first.
    const refreshed: CorpusIndex = {
      ...shipped,
      builtAt: 'next-release',
      events: shipped.events.map((e, i) =>
        i === 0
          ? {
              ...e,
              sources: [
                ...e.sources,
                {
                  url: 'https://www.news.cn/guard-next',
                  outlet: '新华网',
                  title: e.title,
                  published: e.date,
                },
              ],
            }
          : e,
      ),
    }
    expect(corpusVersion(refreshed)).not.toBe(corpusVersion(shipped))
    expect(await needsSeed(db, refreshed)).toBe(true)
    await seedFromCorpus(db, refreshed)
    expect(await seedState(db)).toMatchObject({
      version: corpusVersion(refreshed),
      done: refreshed.events.length,
    })
    const after = await readAllEvents(db)
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort())
    for (const b of before) {
      const a = after.find((e) => e.id === b.id)!
      const extra = a.id === shipped.events[0]!.id ? 1 : 0
      expect(a.sources.length, a.id).toBe(b.sources + extra)
    }
    expect(await db.events.count()).toBe(before.length)
    // Seeding again changes nothing.
    expect(await needsSeed(db, refreshed)).toBe(false)
    db.close()
  })
})
