// Search tokens: character bigrams of the folded text, as numbers (c1 * 65536 + c2).
// Deterministic in every engine (no Intl.Segmenter); 100% recall for substring queries of
// two or more characters. Pairs that contain whitespace or punctuation are skipped.
import { isWordChar } from './chars'
import { foldForSearch } from './normalize'

function collect(folded: string): number[] {
  const set = new Set<number>()
  let prev = -1
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    if (!isWordChar(c)) {
      prev = -1
      continue
    }
    if (prev >= 0) set.add(prev * 65536 + c)
    prev = c
  }
  return [...set].sort((a, b) => a - b)
}

/** Sorted unique bigram codes of a document's text. */
export function gramsOf(text: string): number[] {
  return collect(foldForSearch(text))
}

/**
 * Bigrams a query needs (all must be present in a matching document). Whitespace separates
 * terms (`习近平 普京` needs no 平普). A one-character query has no bigram: returns [] and the
 * caller falls back to scanning.
 */
export function queryGrams(q: string): number[] {
  const set = new Set<number>()
  for (const term of q.split(/\s+/)) for (const g of collect(foldForSearch(term))) set.add(g)
  return [...set].sort((a, b) => a - b)
}
