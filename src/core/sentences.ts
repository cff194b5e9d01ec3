// Sentence splitting on the normalised body. A sentence ends after 。！？；…, a run of them,
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

const TERMINAL = 1
const OPEN = 2
const CLOSE = 3
/** Character classes by code unit (one table lookup per character). */
const CLASS = new Uint8Array(65536)
for (const ch of '。！？；…') CLASS[ch.charCodeAt(0)] = TERMINAL
for (const ch of '“「『《（‘') CLASS[ch.charCodeAt(0)] = OPEN
for (const ch of '”」』》）’') CLASS[ch.charCodeAt(0)] = CLOSE
/** A quote longer than this is treated as unbalanced (a lost closing mark). */
const MAX_QUOTE = 300

function pushSentence(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  // Skip ASCII spaces kept between non-Chinese words.
  while (start < end && text.charCodeAt(start) === 0x20) start++
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--
  if (end <= start) return
  const prev = out[out.length - 1]
  out.push({ start, end, paragraph, first: !prev || prev.paragraph !== paragraph })
}

/** End of a run of terminators and closing marks starting at i. */
function runEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const k = CLASS[text.charCodeAt(i)]
    if (k !== TERMINAL && k !== CLOSE) break
    i++
  }
  return i
}

export function splitSentences(body: Body): Sentence[] {
  const out: Sentence[] = []
  const text = body.text
  for (let paragraph = 0; paragraph < body.paragraphs.length; paragraph++) {
    const p = body.paragraphs[paragraph]!
    let start = p.start
    let depth = 0
    let quoteStart = -1
    for (let i = p.start; i < p.end; i++) {
      const k = CLASS[text.charCodeAt(i)]
      if (!k) continue
      if (k === OPEN) {
        if (depth === 0) quoteStart = i
        depth++
        continue
      }
      if (k === CLOSE) {
        if (depth > 0) depth--
        // `…合作。”` ends the sentence after the closing quote.
        if (depth === 0 && i > p.start && CLASS[text.charCodeAt(i - 1)] === TERMINAL) {
          const j = runEnd(text, i + 1, p.end)
          pushSentence(out, text, start, j, paragraph)
          start = j
          i = j - 1
        }
        continue
      }
      if (depth > 0 && i - quoteStart > MAX_QUOTE) depth = 0
      if (depth > 0) continue
      const j = runEnd(text, i + 1, p.end)
      pushSentence(out, text, start, j, paragraph)
      start = j
      i = j - 1
    }
    if (start < p.end) pushSentence(out, text, start, p.end, paragraph)
  }
  return out
}
