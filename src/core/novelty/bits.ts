// Sets of event ordinals as bitsets (bit o & 31 of word o >> 5): what novelty intersects, a
// word of 32 events at a time.

/** The events holding a bigram, as bits over ordinals, and how many they are. */
export interface GramBits {
  words: Uint32Array
  count: number
}

/** The bitset of an ascending list of ordinals. */
export function bitsOfList(list: ArrayLike<number>): GramBits {
  const last = list.length ? list[list.length - 1]! : 0
  const words = new Uint32Array((last >> 5) + 1)
  for (let i = 0; i < list.length; i++) words[list[i]! >> 5]! |= 1 << (list[i]! & 31)
  return { words, count: list.length }
}

/** How many ordinals a bitset holds. */
export function popcount(words: Uint32Array): number {
  let n = 0
  for (let w = 0; w < words.length; w++) {
    let v = words[w]!
    v -= (v >>> 1) & 0x55555555
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
    n += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
  }
  return n
}

/** The ascending ordinals a bitset holds. */
export function idsOfBits(words: Uint32Array): number[] {
  const out: number[] = []
  for (let w = 0; w < words.length; w++)
    for (let v = words[w]!; v !== 0; v &= v - 1) out.push(w * 32 + (31 - Math.clz32(v & -v)))
  return out
}
