// IndexedEvent ⇄ the rows it is stored in (metadata, body, folded text).
import { isWordChar } from '../../core/chars'
import { foldForSearch } from '../../core/normalize'
import { gramsOfFolded } from './grams'
import type { IndexedEvent, Mention, PhraseHit, Turn } from '../../core/types'
import { UNDATED, type BodyRow, type EventRow, type FoldedRow, type TextRow } from '../db/schema'

export function phraseDates(ev: Pick<IndexedEvent, 'phrases' | 'date'>): string[] {
  const keys = new Set(ev.phrases.map((p) => p.key))
  return [...keys].map((k) => `${k}\u0001${ev.date ?? UNDATED}`)
}

/**
 * The text search covers, exactly as INDEX's `grams` are built (core/index/merge.ts): every
 * distinct source title, then the body, joined with '\n'.
 */
export function searchText(ev: Pick<IndexedEvent, 'sources' | 'text'>): string {
  return [...new Set(ev.sources.map((s) => s.title).filter((t) => t !== '')), ev.text].join('\n')
}

/**
 * Word characters with no word character on either side (`。双。`): no bigram holds them, so
 * they get a posting row of their own (key = the char code, < 65536, apart from every bigram
 * code) and one-character queries stay exact.
 */
export function isolatedChars(folded: string): number[] {
  const out = new Set<number>()
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    if (!isWordChar(c)) continue
    if (i > 0 && isWordChar(folded.charCodeAt(i - 1))) continue
    if (i + 1 < folded.length && isWordChar(folded.charCodeAt(i + 1))) continue
    out.add(c)
  }
  return [...out].sort((a, b) => a - b)
}

/** Posting keys of an event: its bigrams plus its isolated characters, sorted. */
export function postingKeysOf(grams: ArrayLike<number>, folded: string): Uint32Array {
  const iso = isolatedChars(folded)
  const out = new Uint32Array(iso.length + grams.length)
  out.set(iso, 0)
  for (let i = 0; i < grams.length; i++) out[iso.length + i] = grams[i]!
  return out
}

export function toRows(
  ev: IndexedEvent,
  ord: number,
): { meta: EventRow; body: BodyRow; text: TextRow; folded: FoldedRow } {
  return {
    meta: {
      id: ev.id,
      ord,
      date: ev.date,
      kind: ev.kind,
      title: ev.title,
      counterpart: ev.counterpart,
      counterpartName: ev.counterpart?.name ?? '',
      participants: ev.participants,
      requestedBy: ev.requestedBy,
      place: ev.place,
      sources: ev.sources,
      origin: ev.origin,
      phraseDates: phraseDates(ev),
    },
    // Without their text slices: the text row holds them once (a body used to store the
    // whole text a second time, sentence by sentence).
    body: {
      ord,
      turns: ev.turns.map(({ text: _t, ...t }) => t),
      phrases: ev.phrases.map(({ text: _t, ...p }) => p),
      mentions: ev.mentions.map(({ text: _t, ...m }) => m),
    },
    text: { ord, text: ev.text },
    folded: { ord, f: foldForSearch(searchText(ev)) },
  }
}

// Spans with their text, sliced from the body text (rows written by earlier versions carry
// it). Keys in the order of types.ts, so exports stay stable byte for byte.
const textOf = (it: { start: number; end: number; text?: string }, text: string): string =>
  typeof it.text === 'string' ? it.text : text.slice(it.start, it.end)

function turnsOf(body: BodyRow | undefined, text: string): Turn[] {
  return (body?.turns ?? []).map((t) => ({
    speaker: t.speaker,
    verb: t.verb,
    text: textOf(t, text),
    start: t.start,
    end: t.end,
  }))
}

function phrasesOf(body: BodyRow | undefined, text: string): PhraseHit[] {
  return (body?.phrases ?? []).map((p) => ({
    text: textOf(p, text),
    key: p.key,
    category: p.category,
    start: p.start,
    end: p.end,
  }))
}

function mentionsOf(body: BodyRow | undefined, text: string): Mention[] {
  return (body?.mentions ?? []).map((m) => ({
    date: m.date,
    kind: m.kind,
    text: textOf(m, text),
    start: m.start,
    end: m.end,
  }))
}

/** Rebuild the IndexedEvent (field order fixed, so exports are stable byte for byte). */
export function fromRows(
  meta: EventRow,
  body: BodyRow | undefined,
  textRow: TextRow | undefined,
): IndexedEvent {
  const text = textRow?.text ?? ''
  const sources = meta.sources
  return {
    id: meta.id,
    date: meta.date,
    kind: meta.kind,
    title: meta.title,
    counterpart: meta.counterpart,
    participants: meta.participants,
    requestedBy: meta.requestedBy,
    place: meta.place,
    sources: meta.sources,
    text,
    turns: turnsOf(body, text),
    phrases: phrasesOf(body, text),
    mentions: mentionsOf(body, text),
    origin: meta.origin,
    grams: Array.from(gramsOfFolded(foldForSearch(searchText({ sources, text })))),
  }
}
