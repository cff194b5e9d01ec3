// The rows search keeps in memory (search/rows-cache.ts): a repeated query reads no posting or
// text rows, and every kind of write — a visited page, an update, an import, a tail merge,
// clearing, a write from another page's connection — is seen by the next query.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBKeyRange } from 'fake-indexeddb'
import { foldForSearch } from '../../../src/core/normalize'
import type { IndexedEvent } from '../../../src/core/types'
import { dropSearchCache } from '../../../src/background/search/cache'
import { search } from '../../../src/background/search/engine'
import { Lru } from '../../../src/background/search/rows-cache'
import { LensDb } from '../../../src/shared/db/schema'
import { searchText } from '../../../src/shared/index/rows'
import { importIndex } from '../../../src/shared/index/transfer'
import { clearIndex, mergeTail, writeEvents } from '../../../src/shared/index/write'
import { freshDb, makeEvent } from './helpers'

const A = makeEvent('习近平同普京通电话。双方同意深化能源合作。', { date: '2021-08-25' })
const B = makeEvent('习近平同马克龙通电话。双方讨论气候变化与能源合作。', {
  date: '2022-03-08',
  counterpart: '马克龙',
})
const C = makeEvent('习近平会见拜登。双方同意加强沟通。', {
  date: '2023-11-15',
  counterpart: '拜登',
})

const QUERIES = ['能源合作', '能源 合作', '习近平', '气候', '加强沟通', '战略协作', '电']

function bruteForce(events: IndexedEvent[], query: string): string[] {
  const terms = query.split(/\s+/).map(foldForSearch).filter(Boolean)
  return events
    .filter((e) => terms.every((t) => foldForSearch(searchText(e)).includes(t)))
    .map((e) => e.id)
    .sort()
}

async function expectExact(db: LensDb, events: IndexedEvent[]): Promise<void> {
  for (const q of QUERIES) {
    const r = await search(db, q, undefined, 100)
    expect(r.hits.map((h) => h.id).sort(), q).toEqual(bruteForce(events, q))
  }
}

beforeEach(() => dropSearchCache())

describe('search row cache', () => {
  it('Lru drops the least recently used once over its weight', () => {
    const lru = new Lru<number, string>(5, (s) => s.length)
    lru.set(1, 'aa')
    lru.set(2, 'bb')
    expect(lru.get(1)).toBe('aa') // 1 is now the most recent
    lru.set(3, 'cc')
    expect(lru.get(2)).toBeUndefined()
    expect(lru.get(1)).toBe('aa')
    expect(lru.get(3)).toBe('cc')
    lru.set(4, 'toolong') // heavier than the whole budget: kept alone
    expect(lru.size).toBe(1)
    expect(lru.get(4)).toBe('toolong')
  })

  it('answers a repeated query without reading posting or text rows', async () => {
    const { db } = freshDb()
    await writeEvents(db, [A, B, C], { mode: 'bulk', trustGrams: true })
    const first = await search(db, '能源 合作', undefined, 20)
    const postings = vi.spyOn(db.postings, 'bulkGet')
    const texts = vi.spyOn(db.texts, 'bulkGet')
    const events = vi.spyOn(db.events, 'bulkGet')
    const again = await search(db, '能源 合作', undefined, 20)
    expect(again.hits).toEqual(first.hits)
    expect(postings).not.toHaveBeenCalled()
    expect(texts).not.toHaveBeenCalled()
    expect(events).not.toHaveBeenCalled()
  })

  it('a visited page (tail write) is found and keeps the cached rows', async () => {
    const { db } = freshDb()
    await writeEvents(db, [A, B], { mode: 'bulk', trustGrams: true })
    await expectExact(db, [A, B])
    const gen = (await db.meta.get('gen'))?.value
    await writeEvents(db, [C], { mode: 'tail', trustGrams: true })
    expect((await db.meta.get('gen'))?.value).toBe(gen) // nothing stored changed
    await expectExact(db, [A, B, C])
  })

  it('an updated event, a tail merge, an import and clearing are all seen', async () => {
    const { db } = freshDb()
    await writeEvents(db, [A, B], { mode: 'bulk', trustGrams: true })
    await expectExact(db, [A, B])
    // The same event again with more text and another source: merged, its rows rewritten.
    const fuller = makeEvent(`${A.text}双方同意加强沟通。`, {
      date: '2021-08-25',
      url: 'https://news.cn/a',
      outlet: '人民网',
    })
    const gen = (await db.meta.get('gen'))?.value
    await writeEvents(db, [fuller], { mode: 'tail', trustGrams: true })
    expect((await db.meta.get('gen'))?.value).not.toBe(gen)
    const merged = { ...A, text: fuller.text }
    await expectExact(db, [merged, B])
    const hit = (await search(db, '加强沟通', undefined, 20)).hits[0]!
    expect(hit.url).toBe('https://news.cn/a')
    expect(hit.outlets).toBe(2)

    await mergeTail(db)
    await expectExact(db, [merged, B])

    await importIndex(db, {
      format: 'readout-lens-index',
      version: 1,
      builtAt: '2026-01-01T00:00:00.000Z',
      events: [{ ...C, grams: [] }],
    })
    await expectExact(db, [merged, B, C])

    await clearIndex(db)
    for (const q of QUERIES) expect((await search(db, q, undefined, 20)).hits, q).toEqual([])
  })

  it('sees writes made through another connection (the options page)', async () => {
    const { db, factory } = freshDb()
    const options = new LensDb('readout-lens', { indexedDB: factory, IDBKeyRange })
    await writeEvents(db, [A, B], { mode: 'bulk', trustGrams: true })
    await expectExact(db, [A, B])
    await writeEvents(options, [C], { mode: 'bulk', trustGrams: true })
    await expectExact(db, [A, B, C])
    await clearIndex(options)
    await writeEvents(options, [B], { mode: 'bulk', trustGrams: true })
    await expectExact(db, [B])
  })
})
