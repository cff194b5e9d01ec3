// Content similarity of two sentences: Dice coefficient over their character bigrams (letters,
// digits and Han characters of the normalised text; punctuation and spaces ignored), so word
// order inside a sentence and script (简/繁) do not matter and no segmenter is needed.
import { normalize } from '../normalize'

/** Sorted unique bigram codes of a sentence. */
export function bigramsOf(text: string): Uint32Array {
  const t = normalize(text).text.replace(/[^\p{L}\p{N}]+/gu, '')
  const set = new Set<number>()
  for (let i = 0; i + 1 < t.length; i++)
    set.add(((t.charCodeAt(i) << 16) | t.charCodeAt(i + 1)) >>> 0)
  return Uint32Array.from(set).sort()
}

/** 2|A∩B| / (|A| + |B|) over sorted unique codes; 0 for two empty sentences. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    } else if (a[i]! < b[j]!) i++
    else j++
  }
  return (2 * shared) / (a.length + b.length)
}
