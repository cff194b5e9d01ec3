// Novelty as phrase hits, so the page paints and lists it like every other formulation: each
// occurrence of a new formulation as category `new`, of one an earlier event coined as
// `coined` (a formulation both coined before and new here cannot be: it is one or the other).
import type { PhraseHit } from '../types'
import type { SeenBefore } from './firsts'
import type { NovelFormulation } from './novel'

export function noveltyHits(
  source: string,
  novel: readonly NovelFormulation[],
  firstSeen: readonly SeenBefore[],
): PhraseHit[] {
  const hits: PhraseHit[] = []
  const add = (key: string, category: 'new' | 'coined', at: { start: number; end: number }) =>
    hits.push({ text: source.slice(at.start, at.end), key, category, ...at })
  for (const n of novel) for (const at of n.occurrences) add(n.key, 'new', at)
  for (const s of firstSeen) for (const at of s.occurrences) add(s.first.key, 'coined', at)
  return hits
}

/** The analysis's phrases with the novelty hits merged in (sorted as findPhrases sorts). */
export function withNoveltyHits(
  phrases: readonly PhraseHit[],
  hits: readonly PhraseHit[],
): PhraseHit[] {
  if (hits.length === 0) return [...phrases]
  return [...phrases, ...hits].sort((a, b) => a.start - b.start || b.end - a.end)
}
