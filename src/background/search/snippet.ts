// A one-line snippet around the first match, with the matched ranges to mark — ranges index the
// ORIGINAL text's characters (as shown), never the folded form.
import { foldWithMap, toOriginal } from '../../core/fold-map'

export interface Snippet {
  snippet: string
  marks: Array<[number, number]>
}

const BEFORE = 24
const WIDTH = 96

/** Original offset of the first match of `phrase` (else the earliest term), or -1. */
function anchorOf(original: string, phrase: string, terms: string[]): number {
  // Fast path: simplified text without spaces inside the match is found as is.
  let at = phrase ? original.indexOf(phrase) : -1
  if (at < 0) {
    for (const t of terms) {
      const i = original.indexOf(t)
      if (i >= 0 && (at < 0 || i < at)) at = i
    }
  }
  if (at >= 0) return at
  // Traditional script, full-width or spaced text: search the folded form.
  const folded = foldWithMap(original)
  let f = phrase ? folded.text.indexOf(phrase) : -1
  let len = phrase.length
  if (f < 0) {
    for (const t of terms) {
      const i = folded.text.indexOf(t)
      if (i >= 0 && (f < 0 || i < f)) {
        f = i
        len = t.length
      }
    }
  }
  return f < 0 ? -1 : toOriginal(folded, f, f + len)[0]
}

/** `terms` are folded; `phrase` (folded, terms joined) is preferred for the anchor. */
export function makeSnippet(original: string, phrase: string, terms: string[]): Snippet {
  const s = anchorOf(original, phrase, terms)
  let from = 0
  if (s >= 0) {
    from = Math.max(0, s - BEFORE)
    // Start after a line break just before the match when there is one (reads as a sentence).
    const nl = s > 0 ? original.lastIndexOf('\n', s - 1) : -1
    if (nl >= from) from = nl + 1
  }
  const to = Math.min(original.length, from + WIDTH)
  const window = original.slice(from, to)
  const body = window.replace(/[\r\n\t]/g, ' ')
  const lead = from > 0 ? '…' : ''
  const trail = to < original.length ? '…' : ''
  // Marks: fold only the window (a match cut by its edge is not marked).
  const folded = foldWithMap(window)
  const marks: Array<[number, number]> = []
  const needles = [...new Set([phrase, ...terms])].filter((t) => t.length > 0)
  for (const t of needles) {
    let at = folded.text.indexOf(t)
    while (at >= 0) {
      const [ms, me] = toOriginal(folded, at, at + t.length)
      marks.push([ms + lead.length, me + lead.length])
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
