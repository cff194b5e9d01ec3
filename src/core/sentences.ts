// Sentence splitting on the normalised body. A sentence ends after 。！？；, a run of them,
// and any closing quotes/brackets that follow; or at the paragraph end. Terminators inside
// quotes (“…。…”) do not end a sentence unless the quote runs on too long to be one.
import type { Body } from './body'

export interface Sentence {
  /** Body coordinates, end exclusive. */
  start: number
  end: number
  /** Index of the paragraph in Body.paragraphs. */
  paragraph: number
  /** First sentence of its paragraph. */
  first: boolean
}

const TERMINAL = new Set(['。', '！', '？', '；', '…'])
const OPEN = new Set(['“', '「', '『', '《', '（', '‘'])
const CLOSE = new Set(['”', '」', '』', '》', '）', '’'])
/** A quote longer than this is treated as unbalanced (a lost closing mark). */
const MAX_QUOTE = 300

export function splitSentences(body: Body): Sentence[] {
  const out: Sentence[] = []
  const text = body.text
  body.paragraphs.forEach((p, paragraph) => {
    let start = p.start
    let depth = 0
    let quoteStart = -1
    let first = true
    const push = (end: number) => {
      // Skip leading/trailing ASCII spaces kept between non-Chinese words.
      let s = start
      let e = end
      while (s < e && text[s] === ' ') s++
      while (e > s && text[e - 1] === ' ') e--
      if (e > s) {
        out.push({ start: s, end: e, paragraph, first })
        first = false
      }
      start = end
    }
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!
      if (OPEN.has(ch)) {
        if (depth === 0) quoteStart = i
        depth++
        continue
      }
      if (CLOSE.has(ch)) {
        if (depth > 0) depth--
        // `…合作。”` ends the sentence after the closing quote.
        if (depth === 0 && i > p.start && TERMINAL.has(text[i - 1]!)) {
          let j = i + 1
          while (j < p.end && (TERMINAL.has(text[j]!) || CLOSE.has(text[j]!))) j++
          push(j)
          i = j - 1
        }
        continue
      }
      if (depth > 0 && i - quoteStart > MAX_QUOTE) depth = 0
      if (depth > 0 || !TERMINAL.has(ch)) continue
      let j = i + 1
      while (j < p.end && (TERMINAL.has(text[j]!) || CLOSE.has(text[j]!))) j++
      push(j)
      i = j - 1
    }
    if (start < p.end) push(p.end)
  })
  return out
}
