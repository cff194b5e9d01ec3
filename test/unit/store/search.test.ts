import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { foldForSearch } from '../../../src/core/normalize'
import { search } from '../../../src/background/search/engine'
import { mergeTail, writeEvents } from '../../../src/shared/index/write'
import { searchText } from '../../../src/shared/index/rows'
import { dropSearchCache } from '../../../src/background/search/cache'
import type { IndexedEvent } from '../../../src/core/types'
import { freshDb, makeEvent } from './helpers'

const A = makeEvent('国家主席习近平同俄罗斯总统普京通电话。习近平指出，中俄关系保持高水平运行。', {
  date: '2021-08-25',
  phrases: [['中俄关系', 'relationship']],
})
const B = makeEvent('習近平同法國總統馬克龍通電話。雙方就烏克蘭危機交換意見。', {
  date: '2022-03-08',
  counterpart: '马克龙',
  title: '習近平同法國總統馬克龍通電話',
  phrases: [['烏克蘭危機', 'conflict']],
})
const C = makeEvent(
  '两国元首举行视频会晤。习近平强调，中俄新时代全面战略协作伙伴关系。普京表示，俄中关系很好。',
  {
    date: '2021-06-28',
    kind: 'video',
    phrases: [['全面战略协作伙伴关系', 'relationship']],
  },
)
const D = makeEvent('习近平会见美国总统拜登。双方同意加强沟通。', {
  date: null,
  kind: 'meeting',
  counterpart: '拜登',
})

/** Brute force: every event whose folded search text contains every term. */
function bruteForce(events: IndexedEvent[], query: string): string[] {
  const terms = query.split(/\s+/).map(foldForSearch).filter(Boolean)
  if (terms.length === 0) return []
  return events
    .filter((e) => terms.every((t) => foldForSearch(searchText(e)).includes(t)))
    .map((e) => e.id)
}

async function setup(mode: 'bulk' | 'tail', events = [A, B, C, D]) {
  dropSearchCache()
  const { db } = freshDb()
  if (mode === 'bulk') await writeEvents(db, events, { mode: 'bulk', trustGrams: true })
  else for (const e of events) await writeEvents(db, [e], { mode: 'tail', trustGrams: true })
  return db
}

describe('search', () => {
  for (const mode of ['bulk', 'tail'] as const) {
    it(`finds substrings, folded trad→simp, newest first (${mode})`, async () => {
      const db = await setup(mode)
      const r = await search(db, '习近平', undefined, 20)
      expect(r.hits.map((h) => h.id)).toEqual([B.id, A.id, C.id, D.id]) // undated last
      expect(r.total).toBe(4)
      const fr = await search(db, '乌克兰危机', undefined, 20)
      expect(fr.hits.map((h) => h.id)).toEqual([B.id])
      // the mark covers the ORIGINAL (traditional) characters
      const h = fr.hits[0]!
      const [s, e] = h.marks[0]!
      expect(h.snippet.slice(s, e)).toBe('烏克蘭危機')
    })
  }

  it('ranks exact phrase matches before events that only contain all terms', async () => {
    const older = makeEvent('中俄关系好。', { date: '2020-01-01', counterpart: 'X' })
    const newer = makeEvent('关系很好，中俄合作。', { date: '2023-01-01', counterpart: 'Y' })
    const db = await setup('bulk', [older, newer])
    const r = await search(db, '中俄 关系', undefined, 20)
    expect(r.hits.map((h) => h.id)).toEqual([older.id, newer.id])
    const single = await search(db, '中俄关系', undefined, 20)
    expect(single.hits.map((h) => h.id)).toEqual([older.id])
  })

  it('applies filters: counterpart, years, kind, category', async () => {
    const db = await setup('bulk')
    const ids = async (f: Parameters<typeof search>[2]) =>
      (await search(db, '习近平', f, 20)).hits.map((h) => h.id)
    expect(await ids({ counterpart: '马克龙' })).toEqual([B.id])
    expect(await ids({ counterpart: 'nobody' })).toEqual([])
    expect(await ids({ yearFrom: 2022 })).toEqual([B.id])
    expect(await ids({ yearTo: 2021 })).toEqual([A.id, C.id])
    expect(await ids({ kind: 'video' })).toEqual([C.id])
    expect(await ids({ category: 'relationship' })).toEqual([A.id, C.id])
    expect(await ids({ category: 'conflict', yearFrom: 2021, yearTo: 2022 })).toEqual([B.id])
  })

  it('handles one-character and punctuation queries', async () => {
    const db = await setup('tail')
    expect((await search(db, '拜', undefined, 20)).hits.map((h) => h.id)).toEqual([D.id])
    expect((await search(db, '法', undefined, 20)).hits.map((h) => h.id)).toEqual([B.id])
    expect((await search(db, '。', undefined, 20)).total).toBe(4)
    expect((await search(db, '   ', undefined, 20)).hits).toEqual([])
  })

  it('respects the limit and reports the total', async () => {
    const db = await setup('bulk')
    const r = await search(db, '习近平', undefined, 2)
    expect(r.hits).toHaveLength(2)
    expect(r.total).toBe(4)
  })

  it('equals a brute-force substring scan (property, bulk + tail + merge)', async () => {
    const texts = [A, B, C, D].map((e) => e.text)
    const corpus: IndexedEvent[] = []
    for (let i = 0; i < 40; i++) {
      const t = texts[i % 4]!
      const cut = (i * 7) % (t.length - 5)
      corpus.push(
        makeEvent(t.slice(cut) + t.slice(0, cut), {
          date: `20${10 + (i % 13)}-0${1 + (i % 9)}-1${i % 10}`,
          counterpart: `P${i}`,
        }),
      )
    }
    const { db } = freshDb()
    dropSearchCache()
    await writeEvents(db, corpus.slice(0, 25), { mode: 'bulk', trustGrams: false })
    for (const e of corpus.slice(25)) await writeEvents(db, [e], { mode: 'tail', trustGrams: true })
    const all = corpus.map((e) => searchText(e)).join('\n')
    await fc.assert(
      fc.asyncProperty(
        fc.nat(all.length - 1),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        async (at, len, merge) => {
          if (merge) await mergeTail(db)
          const q = all.slice(at, at + len)
          const r = await search(db, q, undefined, 1000)
          expect(r.hits.map((h) => h.id).sort()).toEqual(bruteForce(corpus, q).sort())
          if (r.totalExact) expect(r.total).toBe(r.hits.length)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('keeps postings exact when a merge changes an event text', async () => {
    const db = await setup('bulk')
    const longer = makeEvent(`${A.text}双方同意加强协调。`, {
      date: '2021-08-25',
      origin: 'visited',
      url: 'https://news.cn/x',
    })
    await writeEvents(db, [longer], { mode: 'tail', trustGrams: true })
    expect((await search(db, '加强协调', undefined, 20)).hits.map((h) => h.id)).toEqual([A.id])
    await mergeTail(db)
    expect((await search(db, '加强协调', undefined, 20)).hits.map((h) => h.id)).toEqual([A.id])
    const shorter = makeEvent('习近平同普京通电话。', { date: '2021-08-25' })
    // mergeIndexedEvents keeps the fuller text: still found, still one event
    await writeEvents(db, [shorter], { mode: 'tail', trustGrams: true })
    expect((await search(db, '加强协调', undefined, 20)).hits.map((h) => h.id)).toEqual([A.id])
    expect(await db.events.count()).toBe(4)
    const hit = (await search(db, '加强协调', undefined, 20)).hits[0]!
    expect(hit.outlets).toBe(1)
    expect(hit.url).toBe('https://news.cn/x')
  })
})
