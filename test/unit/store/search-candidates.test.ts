// Candidate counting (search/candidates.ts, postings.ts advanceCounts) against a naive
// intersection: every ordinal in all required lists (posting row ∪ tail), newest first.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { advanceCounts, encodeIds, type PostingRow } from '../../../src/shared/index/postings'
import { emptyCatalog } from '../../../src/shared/index/catalog'
import type { SearchState } from '../../../src/background/search/cache'
import { countGrams, rankedAtLeast, type GramList } from '../../../src/background/search/candidates'
import { rowCache } from '../../../src/background/search/rows-cache'
import type { LensDb } from '../../../src/shared/db/schema'

const N = 200
const ids = fc.uniqueArray(fc.integer({ min: 0, max: N + 20 }), { maxLength: 120 }).map((a) => {
  return a.sort((x, y) => x - y)
})

function row(list: number[]): PostingRow | undefined {
  return list.length
    ? { g: 1, n: list.length, last: list[list.length - 1]!, b: encodeIds(list) }
    : undefined
}

function state(byRank: number[]): SearchState {
  const catalog = emptyCatalog(N)
  catalog.size = N
  const rank = new Int32Array(N).fill(-1)
  byRank.forEach((o, r) => (rank[o] = r))
  return {
    rev: 0,
    catalog,
    tail: new Map(),
    rank,
    byRank: Int32Array.from(byRank),
    postingKeys: null,
    rows: rowCache({} as LensDb, 0),
  }
}

describe('candidate counting', () => {
  it('advanceCounts moves exactly the ids at the given level', () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const counts = new Uint16Array(N)
        expect(advanceCounts(encodeIds(a), counts, 0)).toBe(a.filter((x) => x < N).length)
        const both = b.filter((x) => x < N && a.includes(x))
        expect(advanceCounts(encodeIds(b), counts, 1)).toBe(both.length)
        for (let o = 0; o < N; o++)
          expect(counts[o]).toBe(both.includes(o) ? 2 : a.includes(o) ? 1 : 0)
      }),
    )
  })

  it('counts required and join lists (rows and tail) like a naive intersection, newest first', () => {
    const live = fc.uniqueArray(fc.integer({ min: 0, max: N - 1 }), { minLength: 1, maxLength: N })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ids, ids), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(ids, ids), { maxLength: 2 }),
        live,
        (required, join, byRank) => {
          const s = state(byRank)
          const list = ([posted, tail]: [number[], number[]]): GramList => ({
            row: row(posted),
            tail: tail.filter((x) => !posted.includes(x)),
          })
          const members = ([posted, tail]: [number[], number[]]) => new Set([...posted, ...tail])
          const c = countGrams(N, required.map(list), join.map(list))
          const inAll = (lists: Array<[number[], number[]]>) => (o: number) =>
            lists.every((l) => members(l).has(o))
          const keepEven = (o: number) => o % 2 === 0
          const expected = byRank.filter(inAll(required))
          expect(Array.from(rankedAtLeast(s, c.counts, c.need, null))).toEqual(expected)
          expect(Array.from(rankedAtLeast(s, c.counts, c.need, keepEven))).toEqual(
            expected.filter(keepEven),
          )
          if (join.length > 0 && c.matches > 0) {
            expect(Array.from(rankedAtLeast(s, c.counts, c.phraseLevel, null))).toEqual(
              expected.filter(inAll(join)),
            )
          }
        },
      ),
    )
  })
})
