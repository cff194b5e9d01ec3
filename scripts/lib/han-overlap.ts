// How much of a reference article an extraction holds, compared on Han characters only, so
// whitespace, punctuation, markup and Latin furniture do not count, and by character bigrams
// (as a multiset), so the order of paragraphs does not matter but a stray character does not
// pass for a sentence.

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g

/** The Han characters of a text, in order. */
export function hanOnly(text: string): string {
  return (text.match(HAN) ?? []).join('')
}

function bigrams(han: string): Map<string, number> {
  const m = new Map<string, number>()
  for (let i = 0; i + 1 < han.length; i++) {
    const g = han.slice(i, i + 2)
    m.set(g, (m.get(g) ?? 0) + 1)
  }
  return m
}

export interface Overlap {
  /** Share of the reference's bigrams the extraction holds (0..1). */
  recall: number
  /** Share of the extraction's bigrams that are in the reference (0..1). */
  precision: number
}

/** Overlap of two texts; an empty side gives 0 for the shares that divide by it. */
export function hanOverlap(extracted: string, reference: string): Overlap {
  const a = bigrams(hanOnly(extracted))
  const b = bigrams(hanOnly(reference))
  let common = 0
  let na = 0
  let nb = 0
  for (const n of a.values()) na += n
  for (const [g, n] of b) {
    nb += n
    common += Math.min(n, a.get(g) ?? 0)
  }
  return { recall: nb ? common / nb : 0, precision: na ? common / na : 0 }
}

/**
 * The stretch of a page's Han text from the first anchor to the end of the last one after it
 * (anchors are sentences chosen by reading the page: the article's first and last), or null
 * when either anchor is not on the page.
 */
export function hanBetween(pageText: string, first: string, last: string): string | null {
  const han = hanOnly(pageText)
  const a = han.indexOf(hanOnly(first))
  if (a < 0) return null
  const lastHan = hanOnly(last)
  const b = han.indexOf(lastHan, a)
  return b < 0 ? null : han.slice(a, b + lastHan.length)
}
