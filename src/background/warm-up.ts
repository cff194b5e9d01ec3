// The page analysis runs here (`annotate-page` and `read-event`), once per page. Cold, V8 runs it several
// times slower than once it has optimised it (measured in the background: ~15 ms for a
// 20,000-character page on the first pages, ~4 ms later). Analysing the built-in corpus's
// texts a few times soon after the background starts — one small task each, after whatever
// woke it — makes the first pages fast as well.
//
// Novelty (core/novelty) is warmed the same way: the corpus's paragraphs stand in for earlier
// events, served as the background serves IndexedDB rows (nothing loaded until asked for, a
// pass per batch), so the pass loop and its probes are optimised too; then, when `index` is
// given, one real run against the user's index reads the posting rows a readout's common
// formulations need into novelty's cache.
import { analyze } from '../core/analyze'
import { parseText } from '../core/intake'
import {
  findNovel,
  historyOfTexts,
  MIN_HISTORY,
  prepareReadout,
  Probe,
  type NoveltyHistory,
} from '../core/novelty'
import type { NoveltyInput } from '../core/novelty'
import { foldForSearch } from '../core/normalize'
import type { Article, CorpusIndex } from '../core/types'

const ROUNDS = 4

/** Analyses every corpus text ROUNDS times, awaiting `pause` between two; returns how many. */
export async function warmUpAnalysis(
  corpus: CorpusIndex,
  pause: () => Promise<void>,
): Promise<number> {
  const articles = warmUpArticles(corpus)
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

function warmUpArticles(corpus: CorpusIndex): Article[] {
  const texts = corpus.events.map((e) => e.text).filter((t) => t.trim() !== '')
  if (texts.length === 0) return []
  // The short seed texts alone leave the long-page paths cold: add them all as one article.
  return [...texts, texts.join('\n')].map((t) => parseText(t))
}

/** A history whose rows are "loaded" only once a pass asked for them (as IndexedDB's are). */
function lazily(full: NoveltyHistory): {
  history: NoveltyHistory
  load(grams: number[], ords: number[]): void
} {
  const grams = new Set<number>()
  const texts = new Set<number>()
  return {
    history: {
      size: full.size,
      postings: (g) => (grams.has(g) ? full.postings(g) : undefined),
      text: (o) => (texts.has(o) ? full.text(o) : undefined),
    },
    load(gs, os) {
      for (const g of gs) grams.add(g)
      for (const o of os) texts.add(o)
    },
  }
}

/**
 * Runs novelty on every corpus text ROUNDS times against the corpus's paragraphs, pass by
 * pass as the background does, awaiting `pause` before each run; then once through `index`
 * (the background's pageNovelty) on all texts together. Returns how many runs.
 */
export async function warmUpNovelty(
  corpus: CorpusIndex,
  pause: () => Promise<void>,
  index?: (page: NoveltyInput & { date: null; eventId: null }) => Promise<unknown>,
): Promise<number> {
  const articles = warmUpArticles(corpus)
  if (articles.length === 0) return 0
  // Every other paragraph: half of each text is "earlier", half is not, so both the seen and
  // the new paths run.
  const paragraphs = articles
    .slice(0, -1)
    .flatMap((a) => a.paragraphs.map((p) => foldForSearch(p.text)))
    .filter((_, i) => i % 2 === 0)
  if (paragraphs.length < MIN_HISTORY) return 0
  const full = historyOfTexts(paragraphs)
  const inputs = articles.map((a) => ({ text: a.text, paragraphs: a.paragraphs, turns: [] }))
  let n = 0
  for (let r = 0; r < ROUNDS; r++) {
    for (const input of inputs) {
      await pause()
      const { history, load } = lazily(full)
      const probe = new Probe(history)
      const prepared = prepareReadout(input)
      for (let pass = 0; pass < 8; pass++) {
        const res = findNovel(input, history, { batch: 1 << (2 * pass), probe, prepared })
        if (res.missing.length === 0 && res.missingGrams.length === 0) break
        load(res.missingGrams, res.missing)
      }
      n++
    }
  }
  if (index) {
    await pause()
    await index({ ...inputs.at(-1)!, date: null, eventId: null })
    n++
  }
  return n
}
