// Index rows from analysed pages, and merging the copies of one event that different outlets
// published (the same id): sources are united, the fullest text is kept with its annotations.
import type { Analysis, Article, EventSource, IndexedEvent } from '../types'
import { HOST_FORMS, alternation, traditionalForms } from '../leaders'
import { gramsOf } from '../search-tokens'
import { eventIdFor, eventSource } from './event-id'
import { remapper } from './remap'
import { attachSides, isEnglishEvent, sideOf, unionSides } from '../pairing/attach'

export type IndexOrigin = IndexedEvent['origin']

/** Headline of the readout itself (习近平同…通电话), preferred over editorial titles. */
const READOUT_HEADLINE = new RegExp(
  `^(?:国家主席|國家主席)?(?:${alternation(traditionalForms(HOST_FORMS))}).{0,30}(?:通电话|通電話|通话|通話|会晤|會晤|会谈|會談|会见|會見)$`,
)

/**
 * The event's title: the page title when it is the readout headline, else the headline of the
 * full 通稿 an editorial piece carries in its body (`更多内容，请读通稿：` + `习近平同…举行视频会晤`),
 * else the page title.
 */
function eventTitle(pageTitle: string, paragraphs: Article['paragraphs']): string {
  if (READOUT_HEADLINE.test(pageTitle)) return pageTitle
  const inBody = paragraphs.find((p) => p.text.length <= 40 && READOUT_HEADLINE.test(p.text))
  return inBody ? inBody.text : pageTitle
}

/** The text the search grams cover: every source title, then the body. */
function gramText(sources: EventSource[], text: string): string {
  return [...new Set(sources.map((s) => s.title).filter((t) => t !== '')), text].join('\n')
}

export function toIndexedEvent(
  article: Article,
  analysis: Analysis,
  origin: IndexOrigin,
): IndexedEvent {
  const ev = analysis.event
  if (!ev) throw new Error('toIndexedEvent: the analysis has no event (not a readout?)')
  const map = remapper(article.paragraphs)
  const move = <T extends { start: number; end: number }>(items: T[], withText: boolean): T[] =>
    items.flatMap((item) => {
      const r = map.range(item.start, item.end)
      if (!r) return []
      const moved = { ...item, start: r[0], end: r[1] }
      if (withText) (moved as T & { text: string }).text = map.text.slice(r[0], r[1])
      return [moved]
    })
  const english = analysis.language === 'en'
  const source: EventSource = {
    url: analysis.url ?? article.url,
    outlet: analysis.outlet ?? article.outlet,
    title: analysis.title || article.title,
    published: analysis.published ?? article.published,
    ...(english ? { language: 'en' as const } : {}),
  }
  return {
    id: eventIdFor(ev, eventSource(source)),
    date: ev.date,
    kind: ev.kind,
    title: eventTitle(source.title, article.paragraphs),
    counterpart: ev.counterpart,
    participants: [...ev.participants],
    requestedBy: ev.requestedBy,
    place: ev.place,
    sources: [source],
    text: map.text,
    // The index keeps who said what, not why (the rule is an explanation of one analysis).
    turns: move(
      analysis.turns.map(({ rule: _rule, ...t }) => t),
      true,
    ),
    phrases: move(analysis.phrases, true),
    mentions: move(analysis.mentions, true),
    origin,
    ...(english ? { language: 'en' as const } : {}),
    grams: gramsOf(gramText([source], map.text)),
  }
}

function sourceKey(s: EventSource): string {
  return s.url ?? `${s.outlet ?? ''}|${s.title}|${s.published ?? ''}`
}

function compareSources(a: EventSource, b: EventSource): number {
  const pa = a.published ?? '9999'
  const pb = b.published ?? '9999'
  if (pa !== pb) return pa < pb ? -1 : 1
  const ka = sourceKey(a)
  const kb = sourceKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** The copy whose text and annotations are kept: the longest text, then the most turns. */
function fuller(a: IndexedEvent, b: IndexedEvent): [IndexedEvent, IndexedEvent] {
  if (a.text.length !== b.text.length) return a.text.length > b.text.length ? [a, b] : [b, a]
  if (a.turns.length !== b.turns.length) return a.turns.length > b.turns.length ? [a, b] : [b, a]
  return a.text <= b.text ? [a, b] : [b, a]
}

const ORIGIN_RANK: Record<IndexOrigin, number> = { 'built-in': 0, imported: 1, visited: 2 }

/**
 * Merges two rows of the same event (same id). Order-independent and idempotent:
 * merge(a, b) equals merge(b, a), and merge(a, a) equals a (for rows made by toIndexedEvent).
 */
export function mergeIndexedEvents(a: IndexedEvent, b: IndexedEvent): IndexedEvent {
  if (a.id !== b.id) throw new Error(`mergeIndexedEvents: different events (${a.id} vs ${b.id})`)
  // The other side's English readout joins the Chinese event as a side, not as its text.
  if (isEnglishEvent(a) !== isEnglishEvent(b)) {
    const [zh, en] = isEnglishEvent(a) ? [b, a] : [a, b]
    const joined = attachSides(zh, [sideOf(en), ...(en.sides ?? [])])
    const sources = [...joined.sources].sort(compareSources)
    return { ...joined, sources, grams: gramsOf(gramText(sources, joined.text)) }
  }
  const [keep, other] = fuller(a, b)
  const byKey = new Map<string, EventSource>()
  for (const s of [...keep.sources, ...other.sources])
    if (!byKey.has(sourceKey(s))) byKey.set(sourceKey(s), s)
  // A built-in copy (no URL) of a page the user then visited (same outlet and title): one source.
  const withUrl = new Set(
    [...byKey.values()].filter((s) => s.url !== null).map((s) => `${s.outlet ?? ''}|${s.title}`),
  )
  const sources = [...byKey.values()]
    .filter((s) => s.url !== null || !withUrl.has(`${s.outlet ?? ''}|${s.title}`))
    .sort(compareSources)
  const headlines = [keep.title, other.title, ...sources.map((s) => s.title)]
    .filter((t) => READOUT_HEADLINE.test(t))
    .sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0))
  const participants = [...keep.participants]
  for (const p of other.participants) if (!participants.includes(p)) participants.push(p)
  const origin = ORIGIN_RANK[a.origin] <= ORIGIN_RANK[b.origin] ? a.origin : b.origin
  const sides = unionSides(a.sides, b.sides)
  return {
    ...keep,
    ...(sides.length > 0 ? { sides } : {}),
    title: headlines[0] ?? keep.title,
    counterpart: keep.counterpart ?? other.counterpart,
    participants,
    requestedBy: keep.requestedBy ?? other.requestedBy,
    place: keep.place ?? other.place,
    sources,
    origin,
    grams: gramsOf(gramText(sources, keep.text)),
  }
}
