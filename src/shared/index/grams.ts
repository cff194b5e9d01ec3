// Bigram codes of already-folded text: the same numbers as core's gramsOf (search-tokens.ts),
// computed without a Set of heap numbers (codes reach 2^32, beyond small integers) — sorted in
// a Uint32Array (every code fits) and deduplicated, ~10× faster on the write path.
// test/unit/store/grams.test.ts checks equality with gramsOf.
import { isWordChar } from '../../core/chars'

export function gramsOfFolded(folded: string): Uint32Array {
  const codes = new Uint32Array(folded.length)
  let n = 0
  let prev = -1
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    if (!isWordChar(c)) {
      prev = -1
      continue
    }
    if (prev >= 0) codes[n++] = prev * 65536 + c
    prev = c
  }
  const sorted = codes.subarray(0, n).sort()
  let m = 0
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i]!
  return sorted.slice(0, m)
}
