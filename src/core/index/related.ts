// Earlier events related to an analysed page, best first, each with the reasons in English.
// Order of evidence: the text names the event (a mention with its date and kind) > shared key
// phrases > same counterpart > recency. Only events before the analysed one (or undated).
import type { Analysis, IndexedEvent, Mention, RelatedEvent } from '../types'
import { eventIdFor } from './event-id'

export interface RankOptions {
  /** Id of the analysed page's own event (default: derived from analysis.event). */
  selfId?: string
  /** At most this many results (default 10). */
  limit?: number
}

// Weights keep the evidence order: a mention (0.6) outweighs everything else together (0.4);
// three or more shared phrases outweigh a shared counterpart; recency only breaks near-ties.
const W_MENTION = 0.6
const W_MENTION_DATE_ONLY = 0.45
const W_PHRASES = 0.25
const W_COUNTERPART = 0.1
const W_RECENCY = 0.05
/** Shared phrases at which the phrase evidence is ~63% saturated. */
const PHRASE_SCALE = 4

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

function phraseKeys(
  items: Array<{ key?: string; text: string; category: string }>,
): Map<string, string> {
  const keys = new Map<string, string>()
  for (const p of items) if (p.category !== 'structure') keys.set(p.key ?? p.text, p.text)
  return keys
}

function quote(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s
}

export function rankRelated(
  analysis: Analysis,
  events: IndexedEvent[],
  opts: RankOptions = {},
): RelatedEvent[] {
  const selfId = opts.selfId ?? (analysis.event ? eventIdFor(analysis.event) : undefined)
  const limit = opts.limit ?? 10
  const refDate = analysis.event?.date ?? analysis.published
  const counterpart = analysis.event?.counterpart?.name ?? null
  const ownKeys = phraseKeys(analysis.phrases)
  const dated = analysis.mentions.filter((m): m is Mention & { date: string } => m.date !== null)
  // How many indexed events use each of the page's phrases: the `why` names the rarest first.
  const df = new Map<string, number>()
  for (const ev of events) {
    const seen = new Set<string>()
    for (const p of ev.phrases) if (ownKeys.has(p.key) && !seen.has(p.key)) seen.add(p.key)
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1)
  }

  const results: RelatedEvent[] = []
  for (const ev of events) {
    if (ev.id === selfId) continue
    if (refDate && ev.date && ev.date >= refDate) continue
    let score = 0
    const why: string[] = []

    const sameDay = ev.date ? dated.filter((m) => m.date === ev.date) : []
    const exact = sameDay.find((m) => m.kind === ev.kind)
    if (exact) {
      score += W_MENTION
      why.push(`mentioned in the text (${quote(exact.text)})`)
    } else if (sameDay[0]) {
      score += W_MENTION_DATE_ONLY
      why.push(`its date is mentioned in the text (${quote(sameDay[0].text)})`)
    }

    const sharedKeys: string[] = []
    for (const p of ev.phrases) {
      if (p.category !== 'structure' && ownKeys.has(p.key) && !sharedKeys.includes(p.key))
        sharedKeys.push(p.key)
    }
    // Stable sort: equally rare phrases keep their order in the event's text.
    sharedKeys.sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0))
    const shared = sharedKeys.map((k) => ownKeys.get(k)!)
    if (shared.length > 0) {
      score += W_PHRASES * (1 - Math.exp(-shared.length / PHRASE_SCALE))
      const examples = shared.slice(0, 3).join(', ')
      why.push(
        `${shared.length} shared phrase${shared.length === 1 ? '' : 's'} (${examples}${shared.length > 3 ? ', …' : ''})`,
      )
    }

    const sameCounterpart = counterpart !== null && ev.counterpart?.name === counterpart
    if (sameCounterpart) {
      score += W_COUNTERPART
      why.push(`same counterpart (${counterpart})`)
    }
    if (score === 0) continue // recency alone is no relation

    if (refDate && ev.date) {
      const days = daysBetween(ev.date, refDate)
      score += W_RECENCY * Math.exp(-days / 365)
      why.push(describeGap(days))
    } else if (!ev.date) {
      why.push('undated')
    }
    results.push({
      id: ev.id,
      date: ev.date,
      kind: ev.kind,
      title: ev.title,
      score: Math.round(score * 1000) / 1000,
      why: why.join('; '),
    })
  }
  results.sort(
    (a, b) =>
      b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id),
  )
  return results.slice(0, limit)
}
