// What novelty asks of the index: which earlier events hold a string. Answered from the
// character-bigram postings the index already keeps (core/search-tokens.ts): a string can only
// occur in an event holding all its bigrams, so the intersection of their posting lists gives
// the candidates, and a candidate's folded text confirms. A bigram nobody holds settles it at
// once; a common phrase is confirmed by its first candidate.
//
// The background keeps postings and texts in IndexedDB, so `postings()` and `text()` may answer
// undefined ("not loaded"): the check then reports which bigrams and events it wants
// (`Probe.missingGrams`, `Probe.missing`) and the caller loads them and asks again (findNovel),
// a batch at a time, never the whole index.
import { isWordChar } from '../chars'
import { foldForSearch } from '../normalize'
import { bitsOfList, type GramBits } from './bits'

export type { GramBits } from './bits'

export interface NoveltyHistory {
  /** How many earlier events the readout is compared against. */
  readonly size: number
  /**
   * Ordinals (ascending) of the earlier events whose search text holds bigram `g`
   * (c1 * 65536 + c2), or undefined while its posting row is not loaded.
   */
  postings(g: number): ArrayLike<number> | undefined
  /**
   * Optional, preferred when given: the same events as a bitset (bit o & 31 of word o >> 5)
   * with their count. A history that decodes its rows straight into bits (the background)
   * skips building the list only to turn it into bits here.
   */
  bits?(g: number): GramBits | undefined
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

/**
 * Substring checks against a history, cached per string. `seen` answers true/false, or null
 * when the answer needs texts that are not loaded yet (then `missing` names up to `batch` of
 * them per string, in ordinal order).
 */
export class Probe {
  /** Events whose texts a pass wanted. */
  readonly missing = new Set<number>()
  /** Bigrams whose posting rows a pass wanted. */
  readonly missingGrams = new Set<number>()
  private cache = new Map<string, boolean>()
  constructor(
    readonly history: NoveltyHistory,
    private batch = 16,
  ) {}

  /** Whether a pass wanted something not loaded: its answers are provisional. */
  get incomplete(): boolean {
    return this.missing.size > 0 || this.missingGrams.size > 0
  }

  /** Each bigram's events once loaded (they do not change between the passes of a readout). */
  private grams = new Map<number, GramBits>()

  private gram(g: number): GramBits | undefined {
    let b = this.grams.get(g)
    if (b) return b
    const h = this.history
    if (h.bits) b = h.bits(g)
    else {
      const list = h.postings(g)
      if (list) b = bitsOfList(list)
    }
    if (b === undefined) this.missingGrams.add(g)
    else this.grams.set(g, b)
    return b
  }

  /** Events holding bigram g (its document frequency); 0 while not loaded (the pass is then incomplete). */
  df(g: number): number {
    return this.gram(g)?.count ?? 0
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
    const maybe = grams.map((g) => this.gram(g))
    if (maybe.some((b) => b === undefined)) return null
    const sets = maybe as GramBits[]
    if (sets.some((b) => b.count === 0)) return false
    // Intersect as bitsets (one word per 32 events): a handful of word ANDs instead of a
    // binary search per candidate event and list.
    let acc: Uint32Array | null = null
    for (const { words: bits } of sets) {
      if (!acc) acc = bits.slice()
      else {
        const n = Math.min(acc.length, bits.length)
        for (let w = 0; w < n; w++) acc[w]! &= bits[w]!
        acc.fill(0, n)
      }
    }
    if (folded.length === 2) return acc!.some((w) => w !== 0)
    // Each event's text is looked up once per pass (loaded / absent bits); after that a check
    // is word operations over the candidates, not a lookup per candidate event.
    const { loaded, absent, wanted } = this.grow(acc!.length)
    let unloaded = false
    let inFlight = false
    for (let w = 0; w < acc!.length; w++) {
      const a = acc![w]!
      if (a === 0) continue
      for (let word = a & ~loaded[w]! & ~absent[w]!; word !== 0; word &= word - 1) {
        const bit = word & -word
        const text = this.history.text(w * 32 + (31 - Math.clz32(bit)))
        if (text === undefined) absent[w]! |= bit
        else loaded[w]! |= bit
      }
      for (let word = a & loaded[w]!; word !== 0; word &= word - 1) {
        const ord = w * 32 + (31 - Math.clz32(word & -word))
        if (this.history.text(ord)!.includes(folded)) return true
      }
      if (a & absent[w]!) unloaded = true
      if (a & wanted[w]!) inFlight = true
    }
    if (!unloaded) return false
    // A text another string of this pass already wants is likely to settle this one too (the
    // common phrases of a readout share the events that hold them): ask for nothing more.
    // Otherwise the first `batch` candidates, in ordinal order.
    if (!inFlight) {
      let asked = 0
      for (let w = 0; w < acc!.length && asked < this.batch; w++)
        for (let word = acc![w]! & absent[w]!; word !== 0 && asked < this.batch; word &= word - 1) {
          const bit = word & -word
          this.missing.add(w * 32 + (31 - Math.clz32(bit)))
          wanted[w]! |= bit
          asked++
        }
    }
    return null
  }

  private loaded = new Uint32Array(0)
  private absent = new Uint32Array(0)
  private wanted = new Uint32Array(0)

  private grow(words: number): { loaded: Uint32Array; absent: Uint32Array; wanted: Uint32Array } {
    if (this.loaded.length < words) {
      const up = (b: Uint32Array) => {
        const n = new Uint32Array(words)
        n.set(b)
        return n
      }
      this.loaded = up(this.loaded)
      this.absent = up(this.absent)
      this.wanted = up(this.wanted)
    }
    return { loaded: this.loaded, absent: this.absent, wanted: this.wanted }
  }

  /** A new pass over more loaded rows: what was wanted is forgotten, settled answers kept. */
  nextPass(batch: number): void {
    this.missing.clear()
    this.missingGrams.clear()
    this.absent.fill(0)
    this.wanted.fill(0)
    this.batch = batch
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
