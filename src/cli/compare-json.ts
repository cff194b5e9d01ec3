// JSON documents of the comparison features: `compare --json`, and the `sinceLast` / `history`
// fields of `analyze --json`. Offsets are left out (they index two different texts); sentences
// are referred to by their index in `a.sentences` / `b.sentences`.
import type { Comparison, HistoryEntry, SinceLast } from '../core/compare'

export function toCompareJson(c: Comparison) {
  const side = (s: Comparison['a']) => ({
    id: s.id,
    title: s.title,
    url: s.url,
    outlet: s.outlet,
    published: s.published,
    event: s.event,
    sentences: s.sentences.map((x) => ({
      index: x.index,
      speaker: x.speaker,
      text: x.text,
      formulations: x.formulations,
    })),
  })
  const only = (s: Comparison['a'], idx: number[]) =>
    idx.map((i) => ({ index: i, speaker: s.sentences[i]!.speaker, text: s.sentences[i]!.text }))
  const phrase = (f: Comparison['phrases']['added'][number]) => ({
    text: f.text,
    key: f.key,
    category: f.category,
    sentence: f.sentence,
  })
  return {
    sameEvent: c.sameEvent,
    aligner: c.aligner,
    a: side(c.a),
    b: side(c.b),
    aligned: c.aligned.map((p) => ({
      a: p.a,
      b: p.b,
      similarity: p.similarity,
      identical: p.identical,
    })),
    onlyA: only(c.a, c.onlyA),
    onlyB: only(c.b, c.onlyB),
    phrases: { added: c.phrases.added.map(phrase), dropped: c.phrases.dropped.map(phrase) },
    speakers: c.speakers,
    variants: c.variants.map((v) => ({ family: v.family, a: v.a, b: v.b })),
  }
}

export function toSinceLastJson(s: SinceLast | null) {
  if (!s) return null
  const f = (x: SinceLast['added'][number]) => ({
    text: x.text,
    key: x.key,
    category: x.category,
    sentence: x.sentence,
  })
  return {
    counterpart: s.counterpart,
    event: { id: s.event.id, date: s.event.date, kind: s.event.kind, title: s.event.title },
    earlier: s.earlier,
    added: s.added.map(f),
    dropped: s.dropped.map(f),
    kind: s.kind,
    requestedBy: s.requestedBy,
    variants: s.variants.map((v) => ({
      family: v.family,
      wording: v.wording,
      uses: v.uses,
      previous: v.previous,
      lastChange: v.lastChange,
      changedHere: v.changedHere,
    })),
  }
}

export function toHistoryJson(h: readonly HistoryEntry[]) {
  return h.map((e) => ({
    id: e.id,
    date: e.date,
    kind: e.kind,
    requestedBy: e.requestedBy,
    place: e.place,
    title: e.title,
    sources: e.sources,
    introduced: e.introduced.map((f) => ({ text: f.text, key: f.key, category: f.category })),
  }))
}
