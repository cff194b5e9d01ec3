// Candidates of a bigram query: events holding every required bigram (and which of them also
// hold the bigrams across term boundaries, for exact-phrase ranking), newest first. One counter
// per ordinal instead of decoded lists and pairwise intersections: each posting list is decoded
// once straight into the counters, and the recency order is one walk over the ranked ordinals.
import { advanceCounts, type PostingRow } from '../../shared/index/postings'
import { hasGram, type SearchState } from './cache'

/** One bigram's events: its posting row (if any) and the tail ordinals holding it. */
export interface GramList {
  row: PostingRow | undefined
  tail: number[]
}

export function gramList(s: SearchState, g: number, row: PostingRow | undefined): GramList {
  const tail: number[] = []
  for (const [ord, grams] of s.tail) if (hasGram(grams, g)) tail.push(ord)
  return { row, tail }
}

const sizeOf = (l: GramList) => (l.row?.n ?? 0) + l.tail.length

/** Ordinals at level `from` that are in `l` move to `from + 1`; returns how many moved. */
function advance(l: GramList, counts: Uint16Array, from: number): number {
  let n = l.row ? advanceCounts(l.row.b, counts, from) : 0
  for (const ord of l.tail) {
    // A tail ordinal already advanced by the posting row (never both, but be safe) stays.
    if (ord < counts.length && counts[ord] === from) {
      counts[ord] = from + 1
      n++
    }
  }
  return n
}

export interface Counted {
  /** counts[o] ≥ need: o holds every required bigram; = need + join: the join bigrams too. */
  counts: Uint16Array
  need: number
  /** Level of ordinals that also hold every join bigram (> need only when there are any). */
  phraseLevel: number
  /** How many ordinals hold every required bigram (0: nothing can match). */
  matches: number
}

/** Count, rarest list first, so later lists only touch survivors. */
export function countGrams(size: number, required: GramList[], join: GramList[]): Counted {
  const counts = new Uint16Array(size)
  const need = required.length
  let matches = 0
  let level = 0
  for (const l of [...required].sort((a, b) => sizeOf(a) - sizeOf(b))) {
    matches = advance(l, counts, level++)
    if (matches === 0) return { counts, need, phraseLevel: need, matches: 0 }
  }
  for (const l of [...join].sort((a, b) => sizeOf(a) - sizeOf(b))) {
    if (advance(l, counts, level++) === 0) break
  }
  return { counts, need, phraseLevel: need + join.length, matches }
}

/** Ordinals whose count is at least `level` and that `keep` accepts, newest first. */
export function rankedAtLeast(
  s: SearchState,
  counts: Uint16Array,
  level: number,
  keep: ((ord: number) => boolean) | null,
  max = counts.length,
): Int32Array {
  const out = new Int32Array(Math.min(max, s.byRank.length))
  let n = 0
  const byRank = s.byRank
  for (let r = 0; r < byRank.length && n < out.length; r++) {
    const o = byRank[r]!
    if (o < counts.length && counts[o]! >= level && (keep === null || keep(o))) out[n++] = o
  }
  return out.subarray(0, n)
}
