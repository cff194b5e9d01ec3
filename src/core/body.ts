// The analysed body: article paragraphs normalised and joined with '\n', with one offset map
// back into Article.text. Paragraphs split inside a date by a broken line wrap
// (`3` / `月` / `20` / `日` on separate lines) are joined without a separator.
import { capacityFor, decode, foldRangeInto } from './normalize'
import type { Article } from './types'

export interface Body {
  /** Normalised paragraphs joined by '\n'. */
  text: string
  /** map[i] = index in Article.text of body char i ('\n' separators map to the paragraph end). */
  map: Int32Array
  /** Paragraph ranges in body coordinates (end exclusive, without the '\n'). */
  paragraphs: Array<{ start: number; end: number }>
}

/** Paragraphs to analyse: the article's, or its text split at line breaks when it has none. */
function sourceParagraphs(article: Article): Array<{ start: number; end: number }> {
  if (article.paragraphs.length > 0) {
    return article.paragraphs
      .map((p) => ({ start: Math.max(0, p.start), end: Math.min(article.text.length, p.end) }))
      .filter((p) => p.end > p.start)
  }
  const out: Array<{ start: number; end: number }> = []
  const re = /[^\n]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(article.text))) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

export function buildBody(article: Article): Body {
  const sources = sourceParagraphs(article)
  let total = 0
  for (const p of sources) total += p.end - p.start + 1
  const cap = capacityFor(total)
  const buf = { out: new Uint16Array(cap), map: new Int32Array(cap + 1) }
  const { out, map } = buf
  const paragraphs: Array<{ start: number; end: number }> = []
  let n = 0
  let prevStart = -1
  for (const p of sources) {
    // Fold after a tentative separator slot; the slot is dropped when the pieces are glued.
    const sep = paragraphs.length > 0 ? 1 : 0
    const from = n + sep
    const to = foldRangeInto(article.text, p.start, p.end, buf, from)
    if (to === from) continue
    if (sep && endsInDate(out, prevStart, n) && continuesDate(out, from, to)) {
      out.copyWithin(n, from, to)
      map.copyWithin(n, from, to)
      n += to - from
      paragraphs[paragraphs.length - 1]!.end = n
      prevStart = n - (to - from)
      continue
    }
    if (sep) {
      out[n] = 10
      map[n] = map[n - 1]! + 1
    }
    paragraphs.push({ start: from, end: to })
    prevStart = from
    n = to
  }
  const finalMap = map.slice(0, n + 1)
  finalMap[n] = n > 0 ? finalMap[n - 1]! + 1 : 0
  return { text: decode(out, 0, n), map: finalMap, paragraphs }
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39
const NIAN = 0x5e74 // 年
const YUE = 0x6708 // 月
const RI = 0x65e5 // 日
const HAO = 0x53f7 // 号

/** The previous piece ends inside a date: `…2`, `…2月`, `…2021年`. */
function endsInDate(out: Uint16Array, start: number, end: number): boolean {
  if (end <= start) return false
  const c = out[end - 1]!
  return isAsciiDigit(c) || c === NIAN || c === YUE
}

/** The next piece continues it: `月…`, `日上午…`, or a bare number (`20`, `20日…`). */
function continuesDate(out: Uint16Array, start: number, end: number): boolean {
  const c = out[start]!
  if (c === NIAN || c === YUE || c === RI || c === HAO) return true
  let i = start
  while (i < end && i - start < 4 && isAsciiDigit(out[i]!)) i++
  if (i === start) return false
  if (i === end) return true
  const d = out[i]!
  return d === NIAN || d === YUE || d === RI || d === HAO
}

/** Source range (into Article.text) of body range [i, j). */
export function bodyToSource(body: Body, i: number, j: number): { start: number; end: number } {
  if (j <= i) return { start: body.map[i] ?? 0, end: body.map[i] ?? 0 }
  return { start: body.map[i]!, end: body.map[j - 1]! + 1 }
}
