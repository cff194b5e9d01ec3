// One readout as the comparison sees it, whether it is the page being read (an Analysis) or an
// event from the index: its event facts, speaker turns and phrase hits, and its sentences.
import { analysisEventId } from '../index/event-id'
import { normalize } from '../normalize'
import { splitSentences } from '../sentences'
import type { Analysis, IndexedEvent, PhraseHit, ReadoutEvent, Turn } from '../types'

export interface ReadoutDoc {
  /** Event id (`date:kind:counterpart`) when the readout has an event. */
  id: string | null
  title: string
  url: string | null
  outlet: string | null
  published: string | null
  event: ReadoutEvent | null
  turns: Turn[]
  phrases: PhraseHit[]
}

/** A sentence of a readout: inside one turn, so it has that turn's speaker. */
export interface DocSentence {
  index: number
  speaker: string | null
  text: string
  /** Offsets in the same text as the turns' (end exclusive). */
  start: number
  end: number
}

export function docFromAnalysis(a: Analysis): ReadoutDoc {
  return {
    id: analysisEventId(a),
    title: a.title,
    url: a.url,
    outlet: a.outlet,
    published: a.published,
    event: a.event,
    turns: a.turns,
    phrases: a.phrases,
  }
}

export function docFromIndexed(ev: IndexedEvent): ReadoutDoc {
  const src = ev.sources.find((s) => s.url) ?? ev.sources[0]
  return {
    id: ev.id,
    title: ev.title,
    url: src?.url ?? null,
    outlet: src?.outlet ?? null,
    published: src?.published ?? null,
    event: {
      date: ev.date,
      kind: ev.kind,
      participants: ev.participants,
      counterpart: ev.counterpart,
      requestedBy: ev.requestedBy,
      place: ev.place,
    },
    turns: ev.turns,
    phrases: ev.phrases,
  }
}

const cache = new WeakMap<Turn[], DocSentence[]>()

/** Every sentence of every turn, in reading order (computed once per turns array). */
export function sentencesOf(doc: Pick<ReadoutDoc, 'turns'>): DocSentence[] {
  const hit = cache.get(doc.turns)
  if (hit) return hit
  const out: DocSentence[] = []
  for (const turn of doc.turns) {
    const text = turn.text
    // The splitter reads only text and paragraph ranges; one turn is one paragraph.
    const body = { text, map: new Int32Array(0), paragraphs: [{ start: 0, end: text.length }] }
    for (const s of splitSentences(body)) {
      out.push({
        index: out.length,
        speaker: turn.speaker,
        text: text.slice(s.start, s.end),
        start: turn.start + s.start,
        end: turn.start + s.end,
      })
    }
  }
  cache.set(doc.turns, out)
  return out
}

/** The span (sentence, turn) holding offset `at` (binary search over ordered, disjoint spans). */
export function sentenceAt<T extends { start: number; end: number }>(
  sentences: readonly T[],
  at: number,
): T | null {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (at < s.start) hi = mid - 1
    else if (at >= s.end) lo = mid + 1
    else return s
  }
  return null
}

const folded = new WeakMap<Turn[], string>()

/** The readout's text in canonical form (simplified, normalised), turns joined by line breaks. */
export function foldedText(doc: Pick<ReadoutDoc, 'turns'>): string {
  let t = folded.get(doc.turns)
  if (t === undefined) {
    t = normalize(doc.turns.map((x) => x.text).join('\n')).text
    folded.set(doc.turns, t)
  }
  return t
}
