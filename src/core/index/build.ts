// Builds the corpus index (src/corpus/index.json, `readout-lens build-index`): every article
// analysed, readouts turned into index rows, copies of the same event merged across outlets.
import type { Analysis, Article, CorpusIndex, IndexedEvent } from '../types'
import { analyze, type AnalyzeOptions } from '../analyze'
import { recordFirsts } from '../novelty/firsts'
import { mergeIndexedEvents, toIndexedEvent, type IndexOrigin } from './merge'

export interface BuildOptions {
  /** ISO timestamp written into the index (default: now). */
  builtAt?: string
  origin?: IndexOrigin
  analyzeOptions?: AnalyzeOptions
}

export interface SkippedArticle {
  title: string
  url: string | null
  reason: string
}

export interface IndexedCorpus {
  events: IndexedEvent[]
  skipped: SkippedArticle[]
  /** The analysis of each input article, in input order (null when it was skipped before analysis). */
  analyses: Analysis[]
}

/** Index order: by date (undated last), then id. */
export function compareEvents(a: IndexedEvent, b: IndexedEvent): number {
  const da = a.date ?? '9999'
  const db = b.date ?? '9999'
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * One article → its index row, or why it has none: the rule of build-index, also applied by
 * the archive import and the extension's saved-page import.
 */
export function articleEvent(
  article: Article,
  origin: IndexOrigin,
  analyzeOptions?: AnalyzeOptions,
): { analysis: Analysis } & ({ event: IndexedEvent } | { reason: string }) {
  const analysis = analyze(article, analyzeOptions)
  if (!analysis.isReadout || !analysis.event) {
    const reason = analysis.isReadout
      ? 'no event found'
      : `not a readout (confidence ${analysis.confidence.toFixed(2)})`
    return { analysis, reason }
  }
  return { analysis, event: toIndexedEvent(article, analysis, origin) }
}

/** Analyses and merges; reports what was left out and why. Events sorted by date, then id. */
export function indexArticles(articles: Article[], opts: BuildOptions = {}): IndexedCorpus {
  const byId = new Map<string, IndexedEvent>()
  const skipped: SkippedArticle[] = []
  const analyses: Analysis[] = []
  for (const article of articles) {
    const found = articleEvent(article, opts.origin ?? 'built-in', opts.analyzeOptions)
    analyses.push(found.analysis)
    if ('reason' in found) {
      skipped.push({ title: article.title, url: article.url, reason: found.reason })
      continue
    }
    const row = found.event
    const prev = byId.get(row.id)
    byId.set(row.id, prev ? mergeIndexedEvents(prev, row) : row)
  }
  return { events: [...byId.values()].sort(compareEvents), skipped, analyses }
}

/** The index file: events, and the first appearances of new formulations among them. */
export function buildIndex(articles: Article[], opts: BuildOptions = {}): CorpusIndex {
  const events = indexArticles(articles, opts).events
  return {
    format: 'readout-lens-index',
    version: 1,
    builtAt: opts.builtAt ?? new Date().toISOString(),
    events,
    firsts: recordFirsts(events),
  }
}
