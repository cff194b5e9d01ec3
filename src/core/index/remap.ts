// Moves offsets from `Article.text` (a whole file or a page's collected text) into the compact
// text an IndexedEvent stores: the body paragraphs joined with '\n'. Ranges outside the body
// (title, dateline, furniture) are dropped.
import type { Paragraph } from '../types'

export interface Remapper {
  text: string
  /** Maps [start, end) of the article text to the joined text, or null when outside the body. */
  range(start: number, end: number): [number, number] | null
}

export function remapper(paragraphs: Paragraph[]): Remapper {
  const starts: number[] = []
  let pos = 0
  for (const p of paragraphs) {
    starts.push(pos)
    pos += p.text.length + 1
  }
  const text = paragraphs.map((p) => p.text).join('\n')
  /** Index of the paragraph holding offset `o` (end-exclusive when `isEnd`). */
  const find = (o: number, isEnd: boolean): number => {
    let lo = 0
    let hi = paragraphs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const p = paragraphs[mid]!
      if (isEnd ? o <= p.start : o < p.start) hi = mid - 1
      else if (isEnd ? o > p.end : o >= p.end) lo = mid + 1
      else return mid
    }
    return -1
  }
  return {
    text,
    range(start, end) {
      const a = find(start, false)
      const b = find(end, true)
      if (a < 0 || b < 0 || b < a) return null
      const s = starts[a]! + (start - paragraphs[a]!.start)
      const e = starts[b]! + (end - paragraphs[b]!.start)
      return e > s ? [s, e] : null
    },
  }
}
