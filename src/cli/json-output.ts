// The `analyze --json` document, field by field as documented in the README (issue 2, item 9).
// `event.counterpart` is the counterpart object `{ name, country, title }` (or null), not just
// the name, so scripts get the country and title without a second lookup.
import type { PageNovelty } from '../core/novelty'
import type { Analysis, Counterpart, EventKind, PhraseCategory, RelatedEvent } from '../core/types'

export interface AnalyzeJson {
  /** `en` for English readouts (White House, Kremlin, foreign ministry in English). */
  language: 'zh' | 'en'
  isReadout: boolean
  confidence: number
  title: string
  published: string | null
  outlet: string | null
  url: string | null
  event: {
    date: string | null
    kind: EventKind
    participants: string[]
    counterpart: Counterpart | null
    requestedBy: string | null
    place: string | null
  } | null
  turns: Array<{
    speaker: string | null
    verb: string | null
    /** The attribution rule that decided the turn (core/attribution-rules.ts). */
    rule: string | null
    text: string
    start: number
    end: number
  }>
  phrases: Array<{ text: string; category: PhraseCategory; start: number; end: number }>
  mentions: Array<{ date: string | null; kind: EventKind; text: string }>
  /** Formulations no earlier event of the index said (core/novelty), most formulaic first; the rule that found each and the signs that ranked it. */
  novel: Array<{
    text: string
    start: number
    end: number
    speaker: string | null
    rule: string
    signs: string[]
  }>
  /** Formulations an earlier event of the index said first: where. */
  firstSeen: Array<{
    text: string
    start: number
    end: number
    date: string | null
    eventId: string
    title: string
    speaker: string | null
  }>
  related: Array<{
    id: string
    date: string | null
    kind: EventKind
    title: string
    score: number
    why: string
  }>
}

export function toAnalyzeJson(
  a: Analysis,
  related: RelatedEvent[],
  novelty: PageNovelty = { novel: [], firstSeen: [] },
): AnalyzeJson {
  const ev = a.event
  return {
    language: a.language ?? 'zh',
    isReadout: a.isReadout,
    confidence: a.confidence,
    title: a.title,
    published: a.published,
    outlet: a.outlet,
    url: a.url,
    event: ev
      ? {
          date: ev.date,
          kind: ev.kind,
          participants: [...ev.participants],
          counterpart: ev.counterpart
            ? {
                name: ev.counterpart.name,
                country: ev.counterpart.country,
                title: ev.counterpart.title,
              }
            : null,
          requestedBy: ev.requestedBy,
          place: ev.place,
        }
      : null,
    turns: a.turns.map((t) => ({
      speaker: t.speaker,
      verb: t.verb,
      rule: t.rule ?? null,
      text: t.text,
      start: t.start,
      end: t.end,
    })),
    phrases: a.phrases.map((p) => ({
      text: p.text,
      category: p.category,
      start: p.start,
      end: p.end,
    })),
    mentions: a.mentions.map((m) => ({ date: m.date, kind: m.kind, text: m.text })),
    novel: novelty.novel.map((n) => ({
      text: n.text,
      start: n.start,
      end: n.end,
      speaker: n.speaker,
      rule: n.rule,
      signs: n.signs,
    })),
    firstSeen: novelty.firstSeen.map((f) => ({
      text: f.text,
      start: f.start,
      end: f.end,
      date: f.first.date,
      eventId: f.first.eventId,
      title: f.first.title,
      speaker: f.first.speaker,
    })),
    related: related.map((r) => ({
      id: r.id,
      date: r.date,
      kind: r.kind,
      title: r.title,
      score: r.score,
      why: r.why,
    })),
  }
}
