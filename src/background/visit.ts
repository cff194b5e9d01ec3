// A readout the user visited, as an IndexedEvent. The `page-analysed` message carries the
// Analysis (offsets into the page's collected text) but not the page text: the body is rebuilt
// from the turns (sentence spans that tile the body), one paragraph per run of adjacent turns.
import { toIndexedEvent } from '../core/index/merge'
import type { Analysis, Article, IndexedEvent, Paragraph } from '../core/types'

export function paragraphsFromTurns(analysis: Analysis): Paragraph[] {
  const turns = [...analysis.turns].sort((a, b) => a.start - b.start)
  const out: Paragraph[] = []
  for (const t of turns) {
    if (t.end <= t.start || t.text.length !== t.end - t.start) continue
    const last = out[out.length - 1]
    if (last && t.start < last.end) continue // overlapping turn: keep the first
    if (last && t.start === last.end) {
      last.text += t.text
      last.end = t.end
    } else out.push({ text: t.text, start: t.start, end: t.end })
  }
  return out
}

export function visitedEvent(analysis: Analysis, url: string): IndexedEvent {
  const paragraphs = paragraphsFromTurns(analysis)
  const article: Article = {
    title: analysis.title,
    published: analysis.published,
    outlet: analysis.outlet,
    url: analysis.url ?? url,
    text: '',
    paragraphs,
    format: 'dom',
  }
  return toIndexedEvent(article, { ...analysis, url: analysis.url ?? url }, 'visited')
}
