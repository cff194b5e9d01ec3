// The cross-language part of `compare --json`: whether the two readouts tell of one event by
// date and name table (core/pairing), their topics {both, onlyA, onlyB} with the sentences of
// each side per topic, and what each side says about who asked for the call.
import type { SideBySide } from '../core/pairing/compare-sides'
import { topicLabel } from '../core/topics/lexicon'

export function toSidesJson(s: SideBySide) {
  return {
    pairing: {
      sameEvent: s.pairing.sameEvent,
      days: s.pairing.days,
      shared: s.pairing.shared,
      mismatch: s.pairing.mismatch,
    },
    languages: { a: s.a.language, b: s.b.language },
    topics: { both: s.topics.both, onlyA: s.topics.onlyA, onlyB: s.topics.onlyB },
    topicRows: s.rows.map((r) => ({
      topic: r.topic,
      label: { en: topicLabel(r.topic, 'en'), zh: topicLabel(r.topic, 'zh') },
      a: r.a.map((i) => s.a.sentences[i]!.text),
      b: r.b.map((i) => s.b.sentences[i]!.text),
    })),
    requested: { a: s.a.requested, b: s.b.requested },
  }
}
