// Earlier events related to an analysed page, in the order an analyst reads them:
//   1. an event the text itself names (`去年12月30日，两国元首举行视频会晤`);
//   2. the previous event with the same counterpart ("this call against the last");
//   3. the other earlier events with that counterpart, newest first;
//   4. events sharing distinctive formulations, weighted tf-idf: a phrase few events use
//      (全球发展倡议 in a small index) weighs far more than one most use (战略协作).
// Each result carries structured reasons (RelatedReason) for the UI to word in its language,
// and `why`, the same in English (CLI, older callers). Only events before the analysed one.
import type { Analysis, IndexedEvent, Mention, RelatedEvent, RelatedReason } from '../types'
import { analysisEventId } from './event-id'

export interface RankOptions {
  /** Id of the analysed page's own event (default: derived from analysis.event). */
  selfId?: string
  /** At most this many results (default 10). */
  limit?: number
  /**
   * Document frequencies over the WHOLE index, when `events` is only a candidate subset
   * (the background on a large index): events using each phrase key, and the index size.
   */
  phraseDocs?: { counts: ReadonlyMap<string, number>; total: number }
}

/** Score bands: every result of a tier outranks every result of the next one. */
const TIER = { mentioned: 0.9, previous: 0.8, counterpart: 0.6, phrases: 0 } as const
/** Within a band: the share of the page's distinctive weight an event shares (0..1) × this. */
const SIMILARITY_SPAN = 0.04
const DAY_MS = 86_400_000

function daysBetween(earlier: string, later: string): number {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS,
  )
}

function describeGap(days: number): string {
  if (days < 1) return 'same day'
  if (days < 45) return `${days} day${days === 1 ? '' : 's'} earlier`
  if (days < 540) return `${Math.round(days / 30.44)} months earlier`
  return `${(days / 365.25).toFixed(1)} years earlier`
}

function quote(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s
}

/** Reasons in English: the CLI's wording and RelatedEvent.why. */
export function describeReason(r: RelatedReason): string {
  switch (r.kind) {
    case 'mentioned':
      return r.exact
        ? `mentioned in the text (${quote(r.text)})`
        : `its date is mentioned in the text (${quote(r.text)})`
    case 'previous-with-counterpart':
      return `previous event with ${r.counterpart}`
    case 'same-counterpart':
      return `same counterpart (${r.counterpart})`
    case 'shared-phrases': {
      const more = r.count > r.phrases.length ? ', …' : ''
      return `${r.count} shared distinctive phrase${r.count === 1 ? '' : 's'} (${r.phrases.join(', ')}${more})`
    }
    case 'gap':
      return describeGap(r.days)
    case 'undated':
      return 'undated'
  }
}

/** The page's phrase keys (structure words left out) with their first verbatim text. */
function ownPhrases(analysis: Analysis): Map<string, string> {
  const keys = new Map<string, string>()
  for (const p of analysis.phrases)
    if (p.category !== 'structure' && !keys.has(p.key)) keys.set(p.key, p.text)
  return keys
}

function eventKeys(ev: IndexedEvent): Set<string> {
  const keys = new Set<string>()
  for (const p of ev.phrases) if (p.category !== 'structure') keys.add(p.key)
  return keys
}

/** idf = ln(1 + N/df): always positive, rare phrases weigh most. */
function idfWeights(
  own: Map<string, string>,
  events: IndexedEvent[],
  keysOf: Map<IndexedEvent, Set<string>>,
  docs: RankOptions['phraseDocs'],
): Map<string, number> {
  let counts = docs?.counts
  let total = docs?.total ?? events.length
  if (!counts) {
    const c = new Map<string, number>()
    for (const ev of events)
      for (const k of keysOf.get(ev)!) if (own.has(k)) c.set(k, (c.get(k) ?? 0) + 1)
    counts = c
  }
  total = Math.max(total, 1)
  const w = new Map<string, number>()
  for (const k of own.keys()) w.set(k, Math.log(1 + total / Math.max(1, counts.get(k) ?? 0)))
  return w
}

interface Candidate {
  ev: IndexedEvent
  mention: Mention | null
  exact: boolean
  sameCounterpart: boolean
  shared: string[]
  similarity: number
}

function byDateDesc(a: IndexedEvent, b: IndexedEvent): number {
  const da = a.date ?? ''
  const db = b.date ?? ''
  return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function rankRelated(
  analysis: Analysis,
  events: IndexedEvent[],
  opts: RankOptions = {},
): RelatedEvent[] {
  const selfId = opts.selfId ?? analysisEventId(analysis) ?? undefined
  const limit = opts.limit ?? 10
  const refDate = analysis.event?.date ?? analysis.published
  const counterpart = analysis.event?.counterpart?.name ?? null
  const own = ownPhrases(analysis)
  const dated = analysis.mentions.filter((m): m is Mention & { date: string } => m.date !== null)

  const earlier = events.filter(
    (ev) => ev.id !== selfId && !(refDate && ev.date && ev.date >= refDate),
  )
  const keysOf = new Map(events.map((ev) => [ev, eventKeys(ev)]))
  const idf = idfWeights(own, events, keysOf, opts.phraseDocs)
  let ownWeight = 0
  for (const w of idf.values()) ownWeight += w

  const candidates: Candidate[] = []
  for (const ev of earlier) {
    const sameDay = ev.date ? dated.filter((m) => m.date === ev.date) : []
    const exactMention = sameDay.find((m) => m.kind === ev.kind) ?? null
    const mention = exactMention ?? sameDay[0] ?? null
    const keys = keysOf.get(ev)!
    // Rarest first; equally rare ones keep the page's order.
    const shared = [...own.keys()].filter((k) => keys.has(k))
    shared.sort((x, y) => idf.get(y)! - idf.get(x)!)
    let sharedWeight = 0
    for (const k of shared) sharedWeight += idf.get(k)!
    const sameCounterpart = counterpart !== null && ev.counterpart?.name === counterpart
    if (!mention && !sameCounterpart && shared.length === 0) continue
    candidates.push({
      ev,
      mention,
      exact: exactMention !== null,
      sameCounterpart,
      shared,
      similarity: ownWeight > 0 ? sharedWeight / ownWeight : 0,
    })
  }
  // The previous event with the counterpart: the newest dated one (an undated one only if
  // there is nothing else), unless the text names it already.
  const withCounterpart = candidates
    .filter((c) => c.sameCounterpart)
    .sort((a, b) => byDateDesc(a.ev, b.ev))
  const previous = withCounterpart.find((c) => c.ev.date !== null) ?? withCounterpart[0] ?? null

  const results: RelatedEvent[] = candidates.map((c) => {
    const reasons: RelatedReason[] = []
    let score: number
    const sim = c.similarity * SIMILARITY_SPAN
    if (c.mention) {
      reasons.push({ kind: 'mentioned', text: c.mention.text, exact: c.exact })
      score = TIER.mentioned + (c.exact ? 0.05 : 0) + sim
    } else if (c === previous) {
      score = TIER.previous + sim
    } else if (c.sameCounterpart) {
      const recency = c.ev.date && refDate ? Math.exp(-daysBetween(c.ev.date, refDate) / 365) : 0
      score = TIER.counterpart + 0.15 * recency + sim
    } else {
      score = 0.5 * c.similarity
    }
    if (c === previous)
      reasons.push({ kind: 'previous-with-counterpart', counterpart: counterpart! })
    else if (c.sameCounterpart)
      reasons.push({ kind: 'same-counterpart', counterpart: counterpart! })
    if (c.shared.length > 0)
      reasons.push({
        kind: 'shared-phrases',
        phrases: c.shared.slice(0, 3).map((k) => own.get(k)!),
        count: c.shared.length,
      })
    if (refDate && c.ev.date) reasons.push({ kind: 'gap', days: daysBetween(c.ev.date, refDate) })
    else if (!c.ev.date) reasons.push({ kind: 'undated' })
    return {
      id: c.ev.id,
      date: c.ev.date,
      kind: c.ev.kind,
      title: c.ev.title,
      score: Math.round(score * 10_000) / 10_000,
      why: reasons.map(describeReason).join('; '),
      reasons,
    }
  })
  results.sort(
    (a, b) =>
      b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id),
  )
  return results.slice(0, limit)
}
