// A counterpart's timeline: every indexed event with that leader, newest first, each with what
// it introduced — the formulations no earlier event with the same counterpart had.
import type { EventKind, EventSource, IndexedEvent } from '../types'
import { diffFormulations, formulationsOf, type Formulation } from './formulations'
import { docFromIndexed, foldedText, sentenceAt, sentencesOf, type ReadoutDoc } from './readout-doc'

/** A formulation with the sentence it first appears in: what a citation quotes. */
export interface CitedFormulation extends Formulation {
  sentence: string
}

export interface HistoryEntry {
  id: string
  date: string | null
  kind: EventKind
  requestedBy: string | null
  place: string | null
  title: string
  sources: EventSource[]
  introduced: CitedFormulation[]
}

export interface HistoryOptions {
  /** Only events strictly before this date (YYYY-MM-DD). */
  before?: string | null
  /** Leave this event out (the readout being read). */
  excludeId?: string | null
}

export function cite(doc: ReadoutDoc, f: Formulation): CitedFormulation {
  const s = sentenceAt(sentencesOf(doc), f.start)
  return { ...f, sentence: s ? s.text : f.text }
}

/** Oldest first; undated events count as the oldest (they cannot be placed). */
function chronological(a: IndexedEvent, b: IndexedEvent): number {
  const da = a.date ?? ''
  const db = b.date ?? ''
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The counterpart's events in `index`, oldest first, filtered by `opts`. */
export function eventsWith(
  counterpart: string,
  index: readonly IndexedEvent[],
  opts: HistoryOptions = {},
): IndexedEvent[] {
  const before = opts.before ?? null
  return index
    .filter(
      (e) =>
        e.counterpart?.name === counterpart &&
        e.id !== opts.excludeId &&
        (before === null || (e.date !== null && e.date < before)),
    )
    .sort(chronological)
}

/** Every event with `counterpart`, newest first, with the formulations each introduced. */
export function history(
  counterpart: string,
  index: readonly IndexedEvent[],
  opts: HistoryOptions = {},
): HistoryEntry[] {
  let seen = new Map<string, Formulation>()
  const earlierTexts: string[] = []
  const out: HistoryEntry[] = []
  for (const ev of eventsWith(counterpart, index, opts)) {
    const doc = docFromIndexed(ev)
    const own = formulationsOf(ev.phrases)
    const introduced = diffFormulations(seen, own)
      .added.filter((f) => !earlierTexts.some((t) => t.includes(f.key)))
      .map((f) => cite(doc, f))
    seen = new Map([...seen, ...own])
    earlierTexts.push(foldedText(doc))
    out.push({
      id: ev.id,
      date: ev.date,
      kind: ev.kind,
      requestedBy: ev.requestedBy,
      place: ev.place,
      title: ev.title,
      sources: ev.sources,
      introduced,
    })
  }
  return out.reverse()
}
