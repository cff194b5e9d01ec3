// What the panel shows about the other side's readout of the page's event: a link to it, the
// topics both, only this page and only the other mention (with the sentences of each), and
// what each says about who asked for the call. Pure: the background computes it from the index.
import { topicLabel } from '../topics/lexicon'
import { compareSides, type Side } from './compare-sides'
import type { RequestClaim } from './requests'

export interface OtherSideRef {
  /** Index event id of the other readout (the same as the page's when stored together). */
  id: string | null
  url: string | null
  title: string
  outlet: string | null
  language: 'zh' | 'en'
  date: string | null
}

export interface OtherSideView {
  other: OtherSideRef
  days: number | null
  topics: { both: string[]; onlyHere: string[]; onlyThere: string[] }
  /** One row per topic: its labels and the sentences of each side (at most MAX_QUOTES each). */
  rows: Array<{
    topic: string
    label: { en: string; zh: string }
    here: string[]
    there: string[]
  }>
  requested: { here: RequestClaim; there: RequestClaim }
}

/** Sentences quoted per side and topic: enough to read, short enough for a panel. */
export const MAX_QUOTES = 3

export function otherSideView(here: Side, there: Side, other: OtherSideRef): OtherSideView | null {
  const c = compareSides(here, there)
  if (!c.sameEvent) return null
  const quote = (s: typeof c.a, idx: number[]) =>
    idx.slice(0, MAX_QUOTES).map((i) => s.sentences[i]!.text.replace(/\s+/g, ' ').trim())
  return {
    other,
    days: c.pairing.days,
    topics: { both: c.topics.both, onlyHere: c.topics.onlyA, onlyThere: c.topics.onlyB },
    rows: c.rows.map((r) => ({
      topic: r.topic,
      label: { en: topicLabel(r.topic, 'en'), zh: topicLabel(r.topic, 'zh') },
      here: quote(c.a, r.a),
      there: quote(c.b, r.b),
    })),
    requested: { here: c.a.requested, there: c.b.requested },
  }
}
