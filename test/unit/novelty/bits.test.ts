// Ordinal sets as bitsets: the list, the bits and the count agree.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bitsOfList, idsOfBits, popcount } from '../../../src/core/novelty'

const ordinals = fc
  .uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 400 })
  .map((a) => a.sort((x, y) => x - y))

describe('ordinal bitsets', () => {
  it('hold the ordinals of the list, and count them', () => {
    fc.assert(
      fc.property(ordinals, (ids) => {
        const { words, count } = bitsOfList(ids)
        expect(count).toBe(ids.length)
        expect(popcount(words)).toBe(ids.length)
        expect(idsOfBits(words)).toEqual(ids)
      }),
    )
  })

  it('count bit 31 and full words', () => {
    expect(popcount(Uint32Array.of(0x80000000, 0xffffffff))).toBe(33)
    expect(idsOfBits(Uint32Array.of(0x80000000))).toEqual([31])
  })
})
