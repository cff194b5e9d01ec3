// Sentence aligners: which sentence of readout A says what a sentence of readout B says. Topic
// order changes between calls, so alignment is by content, not position. Aligners are named so
// another one (e.g. by topic, for readouts in two languages) can be added to ALIGNERS.
import { assign } from './assignment'
import type { DocSentence } from './readout-doc'
import { bigramsOf, dice } from './similarity'

export interface AlignedPair {
  /** Sentence index in A and in B. */
  a: number
  b: number
  /** 0..1 (1: the same words). */
  similarity: number
}

export type Aligner = (a: readonly DocSentence[], b: readonly DocSentence[]) => AlignedPair[]

/** Below this bigram overlap two sentences are not the same point (set on the real readouts). */
export const MIN_SIMILARITY = 0.3
/** Above this many score cells the optimal assignment gives way to a greedy one. */
const MAX_OPTIMAL_CELLS = 300_000

function greedy(score: Float64Array[], columns: number): Int32Array {
  const cells: Array<[number, number, number]> = []
  score.forEach((row, i) => row.forEach((s, j) => s > 0 && cells.push([s, i, j])))
  cells.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2])
  const out = new Int32Array(score.length).fill(-1)
  const taken = new Uint8Array(columns)
  for (const [, i, j] of cells) {
    if (out[i] !== -1 || taken[j]) continue
    out[i] = j
    taken[j] = 1
  }
  return out
}

/** Character-bigram Dice similarity + the best one-to-one assignment of sentences. */
export const alignByContent: Aligner = (a, b) => {
  const ga = a.map((s) => bigramsOf(s.text))
  const gb = b.map((s) => bigramsOf(s.text))
  const score = ga.map((x) =>
    Float64Array.from(gb, (y) => {
      const d = dice(x, y)
      return d >= MIN_SIMILARITY ? d : 0
    }),
  )
  const pick =
    a.length * b.length <= MAX_OPTIMAL_CELLS ? assign(score, b.length) : greedy(score, b.length)
  const out: AlignedPair[] = []
  pick.forEach((j, i) => {
    if (j >= 0) out.push({ a: i, b: j, similarity: Math.round(score[i]![j]! * 1000) / 1000 })
  })
  return out
}

export const ALIGNERS: Record<string, Aligner> = { content: alignByContent }
