import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { CorpusIndex } from '../../../src/core/types'
import { corpusVersion, needsSeed, seedFromCorpus, seedState } from '../../../src/background/seed'
import { readAllEvents, writeEvents } from '../../../src/shared/index/write'
import { search } from '../../../src/background/search/engine'
import { dropSearchCache } from '../../../src/background/search/cache'
import { exportIndex } from '../../../src/shared/index/transfer'
import { freshDb, makeEvent } from './helpers'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex

async function rowCounts(db: ReturnType<typeof freshDb>['db']) {
  return {
    events: await db.events.count(),
    bodies: await db.bodies.count(),
    texts: await db.texts.count(),
    folded: await db.folded.count(),
  }
}

describe('seeding from the shipped corpus', () => {
  it('loads every event once, and a second run changes nothing', async () => {
    const { db } = freshDb()
    const first = await seedFromCorpus(db, shipped)
    expect(first.added).toBe(shipped.events.length)
    const n = shipped.events.length
    expect(await rowCounts(db)).toEqual({ events: n, bodies: n, texts: n, folded: n })
    expect(await needsSeed(db, shipped)).toBe(false)
    // "update" with the same corpus (state forgotten): merged, not duplicated
    await db.meta.delete('seed')
    const again = await seedFromCorpus(db, shipped)
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: n })
    expect(await rowCounts(db)).toEqual({ events: n, bodies: n, texts: n, folded: n })
    // what is stored is what was shipped (exports leave out the search grams: import recomputes them)
    const exported = await exportIndex(db, shipped.builtAt)
    expect(exported.events.every((e) => e.grams.length === 0)).toBe(true)
    expect(JSON.stringify(exported.events)).toBe(
      JSON.stringify(shipped.events.map((e) => ({ ...e, grams: [] }))),
    )
  })

  it('keeps visited rows and merges a visited copy of a built-in event on update', async () => {
    const { db } = freshDb()
    await seedFromCorpus(db, shipped)
    const visited = makeEvent('习近平同某国总统通电话。双方同意深化合作。', {
      date: '2024-05-01',
      counterpart: '某总统',
      origin: 'visited',
      url: 'https://news.sina.com.cn/c/2024-05-01/doc-x.shtml',
    })
    const builtIn = shipped.events[1]!
    const copy = {
      ...builtIn,
      origin: 'visited' as const,
      sources: [
        {
          url: 'https://www.myzaker.com/article/abc/',
          outlet: 'ZAKER',
          title: builtIn.title,
          published: builtIn.date,
        },
      ],
    }
    await writeEvents(db, [visited, copy], { mode: 'tail', trustGrams: false })
    // a newer corpus version (one more event) is seeded over it
    const extra = makeEvent('习近平同测试国领导人会谈。', {
      date: '2019-01-01',
      kind: 'talks',
      counterpart: '测试',
    })
    const next: CorpusIndex = { ...shipped, events: [...shipped.events, extra] }
    expect(await needsSeed(db, next)).toBe(true)
    await seedFromCorpus(db, next)
    const all = await readAllEvents(db)
    expect(all.map((e) => e.id).sort()).toEqual(
      [...next.events.map((e) => e.id), visited.id].sort(),
    )
    const merged = all.find((e) => e.id === builtIn.id)!
    expect(merged.sources.map((s) => s.url)).toContain('https://www.myzaker.com/article/abc/')
    expect(merged.sources.length).toBe(builtIn.sources.length + 1)
    dropSearchCache()
    expect((await search(db, '深化合作', undefined, 20)).hits.map((h) => h.id)).toEqual([
      visited.id,
    ])
  })

  it('resumes after the worker died between chunks, without duplicates', async () => {
    const { db } = freshDb()
    const events = Array.from({ length: 7 }, (_, i) =>
      makeEvent(`习近平同第${i}位领导人通电话。合作${i}号。`, {
        date: `2020-01-0${i + 1}`,
        counterpart: `L${i}`,
      }),
    )
    const corpus: CorpusIndex = { format: 'readout-lens-index', version: 1, builtAt: 'x', events }
    // Simulate a kill: the third chunk's transaction fails (as an aborted transaction would).
    const original = db.events.bulkPut.bind(db.events)
    let calls = 0
    db.events.bulkPut = ((...args: Parameters<typeof original>) => {
      if (++calls === 3) throw new Error('worker stopped')
      return original(...args)
    }) as typeof original
    await expect(seedFromCorpus(db, corpus, 2)).rejects.toThrow('worker stopped')
    db.events.bulkPut = original
    expect(await seedState(db)).toEqual({ version: corpusVersion(corpus), done: 4, total: 7 })
    expect(await db.events.count()).toBe(4)
    const resumed = await seedFromCorpus(db, corpus, 2)
    expect(resumed.resumedAt).toBe(4)
    expect(resumed.added).toBe(3)
    expect(await rowCounts(db)).toEqual({ events: 7, bodies: 7, texts: 7, folded: 7 })
    dropSearchCache()
    for (let i = 0; i < 7; i++) {
      expect((await search(db, `合作${i}号`, undefined, 5)).hits.map((h) => h.id)).toEqual([
        events[i]!.id,
      ])
    }
  })
})
