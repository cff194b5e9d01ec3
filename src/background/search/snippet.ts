// A one-line snippet around the first match, with the matched ranges to mark — ranges index the
// ORIGINAL text's characters (as shown), never the folded form.
import { foldWithMap, toOriginal } from './fold-map'

export interface Snippet {
  snippet: string
  marks: Array<[number, number]>
}

const BEFORE = 24
const WIDTH = 96

/** `terms` are folded; `phrase` (folded, terms joined) is preferred for the anchor. */
export function makeSnippet(original: string, phrase: string, terms: string[]): Snippet {
  const folded = foldWithMap(original)
  let anchor = phrase ? folded.text.indexOf(phrase) : -1
  let anchorLen = phrase.length
  if (anchor < 0) {
    for (const t of terms) {
      const at = folded.text.indexOf(t)
      if (at >= 0 && (anchor < 0 || at < anchor)) {
        anchor = at
        anchorLen = t.length
      }
    }
  }
  let from = 0
  if (anchor >= 0) {
    const [s] = toOriginal(folded, anchor, anchor + anchorLen)
    from = Math.max(0, s - BEFORE)
    // Start after a line break just before the match when there is one (reads as a sentence).
    const nl = s > 0 ? original.lastIndexOf('\n', s - 1) : -1
    if (nl >= from) from = nl + 1
  }
  const to = Math.min(original.length, from + WIDTH)
  const body = original.slice(from, to).replace(/[\r\n\t]/g, ' ')
  const lead = from > 0 ? '…' : ''
  const trail = to < original.length ? '…' : ''
  const marks: Array<[number, number]> = []
  const needles = [...new Set([phrase, ...terms])].filter((t) => t.length > 0)
  for (const t of needles) {
    let at = folded.text.indexOf(t)
    while (at >= 0) {
      const [s, e] = toOriginal(folded, at, at + t.length)
      if (s >= to) break
      if (s >= from && e <= to) marks.push([s - from + lead.length, e - from + lead.length])
      at = folded.text.indexOf(t, at + t.length)
    }
  }
  return { snippet: lead + body + trail, marks: mergeRanges(marks) }
}

export function mergeRanges(r: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...r].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: Array<[number, number]> = []
  for (const [s, e] of sorted) {
    const last = out[out.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}
