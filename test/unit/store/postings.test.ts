import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addToRow,
  countIds,
  decodeIds,
  decodeIdsAsBits,
  encodeIds,
  intersectSorted,
  removeFromRow,
} from '../../../src/shared/index/postings'

const sortedIds = fc
  .uniqueArray(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 300 })
  .map((a) => a.sort((x, y) => x - y))

describe('posting lists', () => {
  it('round-trip delta+varint encoding', () => {
    fc.assert(
      fc.property(sortedIds, (ids) => {
        const bytes = encodeIds(ids)
        expect(countIds(bytes)).toBe(ids.length)
        expect(Array.from(decodeIds(bytes))).toEqual(ids)
        expect(Array.from(decodeIds(bytes, ids.length))).toEqual(ids)
      }),
    )
  })

  it('decodes into the bitset of the same ids', () => {
    fc.assert(
      fc.property(
        sortedIds.map((a) => [...new Set(a.map((x) => x % 70_000))].sort((x, y) => x - y)),
        (ids) => {
          const words = decodeIdsAsBits(encodeIds(ids), ids.at(-1) ?? -1)
          const back: number[] = []
          for (let o = 0; o < words.length * 32; o++)
            if (words[o >> 5]! & (1 << (o & 31))) back.push(o)
          expect(back).toEqual(ids)
        },
      ),
    )
  })

  it('uses one byte per small gap', () => {
    expect(encodeIds([0, 1, 2, 3, 100]).length).toBe(5)
    expect(encodeIds([0, 200]).length).toBe(3)
  })

  it('rejects unsorted input', () => {
    expect(() => encodeIds([3, 2])).toThrow()
    expect(() => encodeIds([2, 2])).toThrow()
  })

  it('appends, merges and removes like set operations', () => {
    fc.assert(
      fc.property(sortedIds, sortedIds, sortedIds, (a, b, rm) => {
        const row = addToRow(addToRow(undefined, 7, a), 7, b)
        const union = [...new Set([...a, ...b])].sort((x, y) => x - y)
        expect(Array.from(decodeIds(row.b, row.n))).toEqual(union)
        expect(row.n).toBe(union.length)
        if (union.length) expect(row.last).toBe(union[union.length - 1])
        const removed = row.n ? removeFromRow(row, new Set(rm)) : null
        const left = union.filter((x) => !rm.includes(x))
        if (left.length === 0) expect(removed).toBeNull()
        else expect(Array.from(decodeIds(removed!.b, removed!.n))).toEqual(left)
      }),
    )
  })

  it('intersects like a naive filter, rarest first', () => {
    fc.assert(
      fc.property(fc.array(sortedIds, { minLength: 1, maxLength: 5 }), (lists) => {
        const naive = lists[0]!.filter((x) => lists.every((l) => l.includes(x)))
        expect(intersectSorted(lists)).toEqual(naive)
      }),
    )
  })
})
