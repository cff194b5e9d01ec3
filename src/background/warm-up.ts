// The page analysis runs here (`annotate-page` and `read-event`), once per page. Cold, V8 runs it several
// times slower than once it has optimised it (measured in the background: ~15 ms for a
// 20,000-character page on the first pages, ~4 ms later). Analysing the built-in corpus's
// texts a few times soon after the background starts — one small task each, after whatever
// woke it — makes the first pages fast as well.
import { analyze } from '../core/analyze'
import { parseText } from '../core/intake'
import type { CorpusIndex } from '../core/types'

const ROUNDS = 4

/** Analyses every corpus text ROUNDS times, awaiting `pause` between two; returns how many. */
export async function warmUpAnalysis(
  corpus: CorpusIndex,
  pause: () => Promise<void>,
): Promise<number> {
  const texts = corpus.events.map((e) => e.text).filter((t) => t.trim() !== '')
  if (texts.length === 0) return 0
  // The short seed texts alone leave the long-page paths cold: add them all as one article.
  const articles = [...texts, texts.join('\n')].map((t) => parseText(t))
  let n = 0
  for (let r = 0; r < ROUNDS; r++) {
    for (const a of articles) {
      await pause()
      analyze(a)
      n++
    }
  }
  return n
}
