// What novelty asks of the index: which earlier events hold a string. Answered from the
// character-bigram postings the index already keeps (core/search-tokens.ts): a string can only
// occur in an event holding all its bigrams, so the intersection of their posting lists gives
// the candidates, and a candidate's folded text confirms. A bigram nobody holds settles it at
// once; a common phrase is confirmed by its first candidate.
//
// The background keeps texts in IndexedDB, so `text()` may answer undefined ("not loaded"):
// the check then reports which events it wants (`Probe.missing`) and the caller loads them and
// asks again (see findNovel), a batch at a time, never the whole index.
import { isWordChar } from '../chars'
import { foldForSearch } from '../normalize'

export interface NoveltyHistory {
  /** How many earlier events the readout is compared against. */
  readonly size: number
  /** Ordinals (ascending) of the earlier events whose search text holds bigram `g` (c1 * 65536 + c2). */
  postings(g: number): ArrayLike<number>
  /** The folded search text of an earlier event, or undefined while it is not loaded. */
  text(ord: number): string | undefined
}

/** Distinct bigram codes of a folded string (pairs across non-word characters skipped). */
export function bigramsOf(folded: string): number[] {
  const out = new Set<number>()
  for (let i = 1; i < folded.length; i++) {
    const a = folded.charCodeAt(i - 1)
    const b = folded.charCodeAt(i)
    if (isWordChar(a) && isWordChar(b)) out.add(a * 65536 + b)
  }
  return [...out]
}

function has(sorted: ArrayLike<number>, x: number): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo] === x
}

/**
 * Substring checks against a history, cached per string. `seen` answers true/false, or null
 * when the answer needs texts that are not loaded yet (then `missing` names up to `batch` of
 * them per string, in ordinal order).
 */
export class Probe {
  readonly missing = new Set<number>()
  private cache = new Map<string, boolean>()
  constructor(
    readonly history: NoveltyHistory,
    private batch = 16,
  ) {}

  /** Events holding bigram g (its document frequency). */
  df(g: number): number {
    return this.history.postings(g).length
  }

  /** Document frequency of the pair of folded characters a, b. */
  pairDf(a: number, b: number): number {
    return this.df(a * 65536 + b)
  }

  seen(folded: string): boolean | null {
    const cached = this.cache.get(folded)
    if (cached !== undefined) return cached
    const answer = this.check(folded)
    if (answer !== null) this.cache.set(folded, answer)
    return answer
  }

  private check(folded: string): boolean | null {
    const grams = bigramsOf(folded)
    // One character (or none): too short to be new.
    if (grams.length === 0) return true
    const lists = grams.map((g) => this.history.postings(g))
    if (lists.some((l) => l.length === 0)) return false
    lists.sort((a, b) => a.length - b.length)
    const [rarest, ...rest] = lists
    let asked = 0
    let unknown = false
    for (let i = 0; i < rarest!.length; i++) {
      const ord = rarest![i]!
      if (!rest.every((l) => has(l, ord))) continue
      // Two characters: the posting list is exact, no text needed.
      if (folded.length === 2) return true
      const text = this.history.text(ord)
      if (text === undefined) {
        unknown = true
        if (asked++ < this.batch) this.missing.add(ord)
        else break
        continue
      }
      if (text.includes(folded)) return true
    }
    return unknown ? null : false
  }
}

/** An in-memory history over folded texts (the CLI, build-index, tests): postings built here. */
export function historyOfTexts(folded: readonly string[]): NoveltyHistory {
  const postings = new Map<number, number[]>()
  folded.forEach((text, ord) => {
    for (const g of bigramsOf(text)) {
      const list = postings.get(g)
      if (list) list.push(ord)
      else postings.set(g, [ord])
    }
  })
  return {
    size: folded.length,
    postings: (g) => postings.get(g) ?? [],
    text: (ord) => folded[ord],
  }
}

/** historyOfTexts over raw texts (folded here, as search folds them). */
export function historyOf(texts: readonly string[]): NoveltyHistory {
  return historyOfTexts(texts.map(foldForSearch))
}
