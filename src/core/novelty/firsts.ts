// First appearances: where each formulation the index ever found new was first said. Recorded
// once over the whole index, in date order (build-index, an import), so a later readout finds
// "first seen on …" with one Aho–Corasick pass over its text instead of a novelty search.
import { buildAutomaton, longestNonOverlapping, searchAll, type Automaton } from '../aho-corasick'
import { foldForSearch } from '../normalize'
import type { FirstAppearance, IndexedEvent } from '../types'

export type { FirstAppearance }
import { foldParagraphs, sourceRange } from './folded-doc'
import { bigramsOf, type NoveltyHistory } from './history'
import { findNovel, pickNovel, score, type NoveltyInput, type ScoredFormulation } from './novel'
import { MIN_SCORE, RECURS_LATER_DAYS, RECURS_LATER_MIN_LENGTH } from './rules'

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

type FirstsEvent = Pick<IndexedEvent, 'id' | 'date' | 'title' | 'text' | 'turns'>

/**
 * Walks the events in date order; each day's events are compared with everything dated
 * before that day (same-day events are not "earlier"), then join the history. Undated events
 * are left out: they have no place in the order. The first event to say a key keeps it.
 * Hindsight adds sign recursLater (see firstsByDay) unless `recursLater` is false (what a
 * page read live would list: the measure's live mode).
 */
export function recordFirsts(
  events: readonly FirstsEvent[],
  opts: { recursLater?: boolean } = {},
): FirstAppearance[] {
  const steps = firstsByDay(events, opts)
  for (let s = steps.next(); ; s = steps.next()) if (s.done) return s.value
}

/** Texts searched per step of the recurs-later pass (a day of the walk costs about as much). */
const LATER_CHUNK = 64

/** A formulation as first said at `ev` (a recount's entry, or a saved page's). */
export function firstAppearanceOf(
  n: ScoredFormulation,
  ev: Pick<IndexedEvent, 'id' | 'date' | 'title'>,
): FirstAppearance {
  return {
    key: n.key,
    text: n.text,
    eventId: ev.id,
    date: ev.date,
    title: ev.title,
    speaker: n.speaker,
    rule: n.rule,
    signs: n.signs,
  }
}

/**
 * Sign recursLater is not for a document title (said again, it names the document; it does
 * not make it a formulation), a short unquoted one (RECURS_LATER_MIN_LENGTH), nor a piece of
 * a candidate that reached MIN_SCORE without it (全天候战略 inside 全天候战略合作伙伴关系: it
 * recurs because the whole does).
 */
function recursLaterApplies(n: ScoredFormulation, listed: readonly ScoredFormulation[]): boolean {
  if (n.rule === 'titled') return false
  if (n.rule !== 'quoted' && n.key.length < RECURS_LATER_MIN_LENGTH) return false
  return !listed.some((t) => n.start < t.end && t.start < n.end)
}

/**
 * recordFirsts one step at a time (yields after each day, then after each chunk of the
 * recurs-later pass): a caller can pause in between.
 *
 * Sign recursLater needs what comes after an event, so it is given here, in two steps:
 * 1. the walk keeps, per event, its new candidates that only that sign could lift to
 *    MIN_SCORE (findNovel's `scored`, with the ones that reached it);
 * 2. one Aho–Corasick pass over every folded text in date order, over the kept keys only,
 *    counts for each key the distinct days after its first day that say it — one linear
 *    pass however many keys, instead of a search per key. Then each event with a key said on
 *    RECURS_LATER_DAYS later days is ranked again (pickNovel, at most MAX_NOVEL) with the sign,
 *    and its list replaces what the walk recorded for it.
 * A key another event recorded (one of the same day) is left to that event. Adding a first
 * changes nothing for later events: they had the key in their history either way.
 */
export function* firstsByDay(
  events: readonly FirstsEvent[],
  opts: { recursLater?: boolean } = {},
): Generator<void, FirstAppearance[]> {
  const hindsight = opts.recursLater !== false
  const dated = events.filter((e) => e.date).sort((a, b) => inOrder(a.date, a.id, b.date, b.id))
  const history = new GrowingHistory()
  const firsts = new Map<string, FirstAppearance>()
  /** Per event with a candidate the sign may lift: those that reached the bar, and those. */
  const kept: Array<{ ev: FirstsEvent; listed: ScoredFormulation[]; below: ScoredFormulation[] }> =
    []
  for (let i = 0; i < dated.length;) {
    let j = i
    while (j < dated.length && dated[j]!.date === dated[i]!.date) j++
    const day = dated.slice(i, j)
    for (const ev of day) {
      const r = findNovel(noveltyInputOf(ev), history, { laterSign: hindsight })
      for (const n of r.novel) if (!firsts.has(n.key)) firsts.set(n.key, firstAppearanceOf(n, ev))
      const listed = (r.scored ?? []).filter((n) => n.score >= MIN_SCORE)
      const below = (r.scored ?? []).filter(
        (n) => n.score < MIN_SCORE && recursLaterApplies(n, listed),
      )
      if (below.length) kept.push({ ev, listed, below })
    }
    for (const ev of day) history.add(foldForSearch(ev.text))
    i = j
    yield
  }
  if (kept.length === 0) return [...firsts.values()]

  // The keys below the bar, each with the day it was new on (same-day events share it).
  const keyIndex = new Map<string, number>()
  const firstDay: string[] = []
  for (const { ev, below } of kept)
    for (const n of below)
      if (!keyIndex.has(n.key)) {
        keyIndex.set(n.key, firstDay.length)
        firstDay.push(ev.date!)
      }
  const ac = buildAutomaton([...keyIndex.keys()])
  const laterDays = new Uint8Array(firstDay.length)
  const lastDay: Array<string | undefined> = []
  const from = dated.findIndex((e) => e.date! > kept[0]!.ev.date!)
  for (let o = from; o >= 0 && o < dated.length; o++) {
    const date = dated[o]!.date!
    for (const { word: w } of searchAll(ac, history.text(o)!))
      if (date > firstDay[w]! && lastDay[w] !== date && laterDays[w]! < RECURS_LATER_DAYS) {
        lastDay[w] = date
        laterDays[w]!++
      }
    if ((o + 1) % LATER_CHUNK === 0) yield
  }

  for (const { ev, listed, below } of kept) {
    const lifted: ScoredFormulation[] = []
    for (const n of below) {
      if (laterDays[keyIndex.get(n.key)!]! < RECURS_LATER_DAYS) continue
      const other = firsts.get(n.key)
      if (other && other.eventId !== ev.id) continue
      const signs = [...n.signs, 'recursLater' as const].sort()
      lifted.push({ ...n, signs, score: score(signs) })
    }
    if (lifted.length === 0) continue
    const ranked = [...listed, ...lifted]
    const picked = pickNovel(ranked)
    const keys = new Set(picked.map((n) => n.key))
    for (const n of ranked)
      if (!keys.has(n.key) && firsts.get(n.key)?.eventId === ev.id) firsts.delete(n.key)
    for (const n of picked) if (!firsts.has(n.key)) firsts.set(n.key, firstAppearanceOf(n, ev))
  }
  // In the walk's order (date, event id), as it recorded them.
  return [...firsts.values()].sort((a, b) => inOrder(a.date, a.eventId, b.date, b.eventId))
}

/** Date, then id (dates are YYYY-MM-DD strings: they compare as strings). */
function inOrder(da: string | null, ia: string, db: string | null, ib: string): number {
  if (da !== db) return da! < db! ? -1 : 1
  return ia < ib ? -1 : ia > ib ? 1 : 0
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
