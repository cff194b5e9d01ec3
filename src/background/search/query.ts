// A query as the engine sees it: folded terms (whitespace-separated), the folded whole phrase,
// and the bigrams each needs.
import { isWordChar } from '../../core/chars'
import { foldForSearch } from '../../core/normalize'
import { queryGrams } from '../../core/search-tokens'

export interface ParsedQuery {
  terms: string[]
  /** Terms joined: an exact-phrase match ranks first. */
  phrase: string
  /** Bigrams every result must contain (union over terms). */
  grams: number[]
  /** Bigrams of the joined phrase that no single term has (only for ranking). */
  joinGrams: number[]
  /** Word characters of terms too short for a bigram (one-character fallback). */
  singles: number[]
}

export function parseQuery(q: string): ParsedQuery {
  const terms = [
    ...new Set(
      q
        .split(/\s+/)
        .map(foldForSearch)
        .filter((t) => t.length > 0),
    ),
  ]
  const phrase = terms.join('')
  const grams = new Set<number>()
  const singles: number[] = []
  for (const t of terms) {
    const g = queryGrams(t)
    for (const x of g) grams.add(x)
    if (g.length === 0) {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i)
        if (isWordChar(c)) singles.push(c)
      }
    }
  }
  const joinGrams = terms.length > 1 ? queryGrams(phrase).filter((g) => !grams.has(g)) : []
  return { terms, phrase, grams: [...grams].sort((a, b) => a - b), joinGrams, singles }
}

/** True when bigram candidates are already exact matches (one term of exactly two word chars). */
export function needsNoVerification(p: ParsedQuery): boolean {
  if (p.terms.length !== 1) return false
  const t = p.terms[0]!
  return t.length === 2 && isWordChar(t.charCodeAt(0)) && isWordChar(t.charCodeAt(1))
}
