// The analysed body: article paragraphs normalised and joined with '\n', with one offset map
// back into Article.text. Paragraphs split inside a date by a broken line wrap
// (`3` / `月` / `20` / `日` on separate lines) are joined without a separator.
import { normalize } from './normalize'
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

/** A paragraph that ends inside a date, and one that continues it (`3` | `月` | `20` | `日`). */
const ENDS_IN_DATE = /(?:\d|[年月])$/
const CONTINUES_DATE = /^(?:[年月日号]|\d{1,4}(?:[年月日号]|$))/

export function buildBody(article: Article): Body {
  const parts: string[] = []
  const maps: Int32Array[] = []
  const paragraphs: Array<{ start: number; end: number }> = []
  let length = 0
  let prevText = ''
  for (const p of sourceParagraphs(article)) {
    const n = normalize(article.text, p.start, p.end)
    if (n.text.length === 0) continue
    const glue = paragraphs.length > 0 && ENDS_IN_DATE.test(prevText) && CONTINUES_DATE.test(n.text)
    if (paragraphs.length > 0 && !glue) {
      parts.push('\n')
      maps.push(Int32Array.of(maps.length ? lastSourceEnd(maps) : p.start))
      length += 1
    }
    if (glue) {
      paragraphs[paragraphs.length - 1]!.end = length + n.text.length
    } else {
      paragraphs.push({ start: length, end: length + n.text.length })
    }
    prevText = n.text
    parts.push(n.text)
    maps.push(n.map.subarray(0, n.text.length))
    length += n.text.length
  }
  const map = new Int32Array(length + 1)
  let at = 0
  for (const m of maps) {
    map.set(m, at)
    at += m.length
  }
  map[length] = length > 0 ? map[length - 1]! + 1 : 0
  return { text: parts.join(''), map, paragraphs }
}

function lastSourceEnd(maps: Int32Array[]): number {
  const last = maps[maps.length - 1]!
  return last.length ? last[last.length - 1]! + 1 : 0
}

/** Source range (into Article.text) of body range [i, j). */
export function bodyToSource(body: Body, i: number, j: number): { start: number; end: number } {
  if (j <= i) return { start: body.map[i] ?? 0, end: body.map[i] ?? 0 }
  return { start: body.map[i]!, end: body.map[j - 1]! + 1 }
}
