// A readout read back from the index as a compareSides() side: its text (one paragraph a line,
// offsets those of the stored text) and an analysis holding what the comparison reads — the
// event, the turns, the language.
import type { Analysis, Article, IndexedEvent, ReadoutEvent, SideText } from '../types'
import type { Side } from './compare-sides'

function articleOfText(
  text: string,
  title: string,
  url: string | null,
  published: string | null,
): Article {
  const paragraphs = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ text: line, start, end: start + line.length })
    start += line.length + 1
  }
  return { title, published, outlet: null, url, text, paragraphs, format: 'text' }
}

function analysisOf(
  article: Article,
  event: ReadoutEvent,
  turns: Analysis['turns'],
  language: 'zh' | 'en',
): Analysis {
  return {
    language,
    isReadout: true,
    confidence: 1,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    url: article.url,
    event,
    turns,
    phrases: [],
    mentions: [],
  }
}

function eventOf(ev: IndexedEvent): ReadoutEvent {
  return {
    date: ev.date,
    kind: ev.kind,
    participants: ev.participants,
    counterpart: ev.counterpart,
    requestedBy: ev.requestedBy,
    place: ev.place,
  }
}

/** An indexed event's own text (Chinese, or English for an English-only event). */
export function sideOfEvent(ev: IndexedEvent): Side {
  const src = ev.sources.find((s) => s.language === ev.language) ?? ev.sources[0]
  const article = articleOfText(ev.text, ev.title, src?.url ?? null, src?.published ?? ev.date)
  return { article, analysis: analysisOf(article, eventOf(ev), ev.turns, ev.language ?? 'zh') }
}

/** An English side stored beside a Chinese event; `of` gives the participants. */
export function sideOfText(s: SideText, of: IndexedEvent): Side {
  const article = articleOfText(s.text, s.source.title, s.source.url, s.source.published)
  const event = { ...eventOf(of), date: s.date, kind: s.kind, requestedBy: s.requestedBy }
  return { article, analysis: analysisOf(article, event, s.turns, 'en') }
}
