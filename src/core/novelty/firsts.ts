// First appearances: where each formulation the index ever found new was first said. Recorded
// once over the whole index, in date order (build-index, an import), so a later readout finds
// "first seen on …" with one Aho–Corasick pass over its text instead of a novelty search.
import { buildAutomaton, longestNonOverlapping, searchAll, type Automaton } from '../aho-corasick'
import { foldForSearch } from '../normalize'
import type { FirstAppearance, IndexedEvent } from '../types'

export type { FirstAppearance }
import { foldParagraphs, sourceRange } from './folded-doc'
import { bigramsOf, type NoveltyHistory } from './history'
import { novelFormulations, type NoveltyInput } from './novel'

/** A formulation of this readout that an earlier event said first. */
export interface SeenBefore {
  /** The first occurrence here. */
  text: string
  start: number
  end: number
  first: FirstAppearance
  /** Every occurrence here (source offsets), the first included. */
  occurrences: Array<{ start: number; end: number }>
}

/** An in-memory history that grows event by event (ordinals in insertion order). */
export class GrowingHistory implements NoveltyHistory {
  private postingMap = new Map<number, number[]>()
  private texts: string[] = []
  get size(): number {
    return this.texts.length
  }
  add(foldedText: string): void {
    const ord = this.texts.length
    this.texts.push(foldedText)
    for (const g of bigramsOf(foldedText)) {
      const list = this.postingMap.get(g)
      if (list) list.push(ord)
      else this.postingMap.set(g, [ord])
    }
  }
  postings(g: number): ArrayLike<number> {
    return this.postingMap.get(g) ?? []
  }
  text(ord: number): string | undefined {
    return this.texts[ord]
  }
}

/** Novelty input of an index row: its text is one paragraph per line. */
export function noveltyInputOf(ev: Pick<IndexedEvent, 'text' | 'turns'>): NoveltyInput {
  const paragraphs: Array<{ start: number; end: number }> = []
  let at = 0
  for (const line of ev.text.split('\n')) {
    paragraphs.push({ start: at, end: at + line.length })
    at += line.length + 1
  }
  return { text: ev.text, paragraphs, turns: ev.turns }
}

/**
 * Walks the events in date order; each day's events are compared with everything dated
 * before that day (same-day events are not "earlier"), then join the history. Undated events
 * are left out: they have no place in the order. The first event to say a key keeps it.
 */
export function recordFirsts(
  events: ReadonlyArray<Pick<IndexedEvent, 'id' | 'date' | 'title' | 'text' | 'turns'>>,
): FirstAppearance[] {
  const steps = firstsByDay(events)
  for (let s = steps.next(); ; s = steps.next()) if (s.done) return s.value
}

/** recordFirsts one day at a time (yields after each day): a caller can pause in between. */
export function* firstsByDay(
  events: ReadonlyArray<Pick<IndexedEvent, 'id' | 'date' | 'title' | 'text' | 'turns'>>,
): Generator<void, FirstAppearance[]> {
  const dated = events
    .filter((e) => e.date)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : 1))
  const history = new GrowingHistory()
  const firsts = new Map<string, FirstAppearance>()
  for (let i = 0; i < dated.length;) {
    let j = i
    while (j < dated.length && dated[j]!.date === dated[i]!.date) j++
    const day = dated.slice(i, j)
    for (const ev of day) {
      for (const n of novelFormulations(noveltyInputOf(ev), history)) {
        if (firsts.has(n.key)) continue
        firsts.set(n.key, {
          key: n.key,
          text: n.text,
          eventId: ev.id,
          date: ev.date,
          title: ev.title,
          speaker: n.speaker,
        })
      }
    }
    for (const ev of day) history.add(foldForSearch(ev.text))
    i = j
    yield
  }
  return [...firsts.values()]
}

/**
 * The automaton of the last key list asked for: the store is read afresh for every page (a
 * new array each time), so it is matched by its keys, not by identity.
 */
let lastAutomaton: { keys: string; ac: Automaton } | null = null
function automatonOf(firsts: readonly FirstAppearance[]): Automaton {
  const keys = firsts.map((f) => f.key).join('\u0000')
  if (lastAutomaton?.keys !== keys)
    lastAutomaton = { keys, ac: buildAutomaton(firsts.map((f) => f.key)) }
  return lastAutomaton.ac
}

/**
 * Recorded formulations this readout says again, each at its first occurrence here, when an
 * event other than this one said it first, before `date` (or at all, when date is null).
 */
export function seenBefore(
  input: NoveltyInput,
  firsts: readonly FirstAppearance[],
  opts: { date: string | null; eventId?: string | null },
): SeenBefore[] {
  const usable = (f: FirstAppearance): boolean =>
    f.eventId !== opts.eventId && (!opts.date || (f.date !== null && f.date < opts.date))
  if (!firsts.some(usable)) return []
  const ac = automatonOf(firsts)
  const doc = foldParagraphs(input.text, input.paragraphs ?? [{ start: 0, end: input.text.length }])
  const byWord = new Map<number, SeenBefore>()
  const matches = searchAll(ac, doc.text).filter((m) => usable(firsts[m.word]!))
  for (const m of longestNonOverlapping(matches)) {
    const at = sourceRange(doc, m.start, m.end)
    const seen = byWord.get(m.word)
    if (seen) seen.occurrences.push(at)
    else
      byWord.set(m.word, {
        text: input.text.slice(at.start, at.end),
        ...at,
        first: firsts[m.word]!,
        occurrences: [at],
      })
  }
  return [...byWord.values()]
}
