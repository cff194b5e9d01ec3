// A readout the user visited, as an IndexedEvent: the article the page sent (its whole text)
// with the background's own analysis of it.
import { toIndexedEvent } from '../core/index/merge'
import type { Analysis, Article, IndexedEvent } from '../core/types'

export function visitedEvent(article: Article, analysis: Analysis, url: string): IndexedEvent {
  return toIndexedEvent(
    { ...article, url: article.url ?? url },
    { ...analysis, url: analysis.url ?? url },
    'visited',
  )
}
