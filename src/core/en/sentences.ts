// English sentence splitting over an article's paragraphs, offsets into Article.text.
// A sentence ends at `.`/`!`/`?` (and closing quotes or brackets after it) followed by a space
// and a capital, a quote or a digit — except after an abbreviation or an initial
// (`Joseph R. Biden`, `Jr.`, `U.S. President`, `Mr.`), which English readouts are full of.
import type { Article } from '../types'

export interface EnSentence {
  /** Offsets into Article.text, end exclusive, trimmed. */
  start: number
  end: number
  /** Index into Article.paragraphs. */
  paragraph: number
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'amb',
  'prof',
  'vs',
  'inc',
  'co',
  'corp',
  'messrs',
])

/** The word before a period at `dot`: letters and inner dots (`U.S`, `Jr`). */
function wordBefore(text: string, dot: number, from: number): string {
  let i = dot
  while (i > from && /[A-Za-z.]/.test(text[i - 1]!)) i--
  return text.slice(i, dot)
}

function endsSentence(text: string, dot: number, from: number): boolean {
  if (text[dot] !== '.') return true
  const word = wordBefore(text, dot, from)
  if (word.length === 1 && /[A-Z]/.test(word)) return false // an initial: `R.`
  if (word.includes('.')) return false // `U.S.`, `U.N.`, `a.m.`
  if (word === 'No' && /^\s*\d/.test(text.slice(dot + 1, dot + 4))) return false // `No. 5`
  return !ABBREVIATIONS.has(word.toLowerCase())
}

const TERMINAL = /[.!?]/
/** The press-release end mark (`###`, escaped `\\###` in Markdown exports), not a sentence. */
const END_MARK = /^(?:\\?#{3,}|-?\s*(?:END|end)\s*-?)$/
const CLOSING = /["'”’)\]]/

export function splitEnglishSentences(article: Article): EnSentence[] {
  const out: EnSentence[] = []
  const text = article.text
  const push = (s: number, e: number, paragraph: number) => {
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s && !END_MARK.test(text.slice(s, e))) out.push({ start: s, end: e, paragraph })
  }
  article.paragraphs.forEach((p, paragraph) => {
    let start = p.start
    for (let i = p.start; i < p.end; i++) {
      // A blank line inside a paragraph (plain-text intake) ends a sentence too.
      if (text[i] === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 8))) {
        push(start, i, paragraph)
        start = i
        continue
      }
      if (!TERMINAL.test(text[i]!)) continue
      let j = i + 1
      while (j < p.end && (TERMINAL.test(text[j]!) || CLOSING.test(text[j]!))) j++
      if (j < p.end && !/\s/.test(text[j]!)) continue // `U.S.-China`, `3.5`
      let k = j
      while (k < p.end && /\s/.test(text[k]!)) k++
      const next = text[k]
      if (k < p.end && next !== undefined && !/[A-Z"“‘'(0-9]/.test(next)) continue
      if (!endsSentence(text, i, p.start)) continue
      push(start, j, paragraph)
      start = j
      i = j - 1
    }
    push(start, p.end, paragraph)
  })
  return out
}
