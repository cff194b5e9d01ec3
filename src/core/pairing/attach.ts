// The other side's readout in the index: an English readout is stored as another source of the
// Chinese event it pairs with (its text and turns in `sides`, beside the Chinese text — never
// in its place), or as an event of its own (`language: 'en'`) until the Chinese one arrives.
import { canonicalZh, NAMES, type NameTable } from '../en/names'
import type { EventSource, IndexedEvent, ReadoutEvent, SideText } from '../types'
import { pairEvents } from './same-event'

export function isEnglishEvent(ev: Pick<IndexedEvent, 'language'>): boolean {
  return ev.language === 'en'
}

/** An English event row as a side of the Chinese event. */
export function sideOf(en: IndexedEvent): SideText {
  const source: EventSource = { ...(en.sources[0] ?? emptySource(en)), language: 'en' }
  return {
    language: 'en',
    source,
    text: en.text,
    turns: en.turns,
    date: en.date,
    kind: en.kind,
    requestedBy: en.requestedBy,
  }
}

function emptySource(en: IndexedEvent): EventSource {
  return { url: null, outlet: null, title: en.title, published: en.date }
}

const sideKey = (s: SideText) => s.source.url ?? `${s.source.outlet ?? ''}|${s.source.title}`

/** Sides united by source (the later copy of one page wins), in a stable order. */
export function unionSides(a: readonly SideText[] = [], b: readonly SideText[] = []): SideText[] {
  const byKey = new Map<string, SideText>()
  for (const s of [...a, ...b]) {
    const prev = byKey.get(sideKey(s))
    if (!prev || s.text.length > prev.text.length) byKey.set(sideKey(s), s)
  }
  return [...byKey.values()].sort((x, y) => (sideKey(x) < sideKey(y) ? -1 : 1))
}

/** The Chinese event with `sides` added; each side's page also listed among its sources. */
export function attachSides(zh: IndexedEvent, sides: readonly SideText[]): IndexedEvent {
  const all = unionSides(zh.sides, sides)
  const known = new Set(zh.sources.map((s) => s.url ?? s.title))
  const sources = [...zh.sources]
  for (const s of all) if (!known.has(s.source.url ?? s.source.title)) sources.push(s.source)
  return { ...zh, sources, sides: all }
}

/**
 * Among `candidates`, the event `ev` pairs with across languages (dates within a day,
 * participants through the name table): the nearest in date, then the same kind.
 */
export function pairedCandidate<T extends { event: ReadoutEvent }>(
  ev: ReadoutEvent,
  candidates: readonly T[],
  table: NameTable = NAMES,
): T | null {
  let best: T | null = null
  let bestRank = Infinity
  for (const c of candidates) {
    const p = pairEvents(ev, c.event, table)
    if (!p.sameEvent) continue
    const rank = Math.abs(p.days ?? 0) * 2 + (c.event.kind === ev.kind ? 0 : 1)
    if (rank < bestRank) {
      best = c
      bestRank = rank
    }
  }
  return best
}

/** The counterpart name rows are looked up by (canonical, so 川普 finds 特朗普's rows). */
export function pairingKey(ev: ReadoutEvent, table: NameTable = NAMES): string | null {
  return ev.counterpart ? canonicalZh(ev.counterpart.name, table) : null
}
