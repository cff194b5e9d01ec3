// Which analysis a page gets: Chinese (the default) or English (src/core/en). Counted over the
// beginning of the body: a Chinese readout quoting an English name stays Chinese, an English
// readout quoting 习近平 stays English.
import type { Article } from './types'

export type Language = 'zh' | 'en'

const SAMPLE = 4_000

export function articleLanguage(article: Article): Language {
  let han = 0
  let latin = 0
  let seen = 0
  const sources = article.paragraphs.length > 0 ? article.paragraphs : [{ text: article.text }]
  for (const p of sources) {
    const s = p.text.slice(0, SAMPLE - seen)
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c >= 0x4e00 && c <= 0x9fff) han++
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++
    }
    seen += s.length
    if (seen >= SAMPLE) break
  }
  // A Han character carries a word; an English word takes ~5 letters.
  return latin >= 40 && latin > han * 8 ? 'en' : 'zh'
}
