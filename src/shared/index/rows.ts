// IndexedEvent ⇄ the rows it is stored in (metadata, body, folded text).
import { stringTable } from '../../core/analysis-wire'
import { isWordChar } from '../../core/chars'
import { foldForSearch } from '../../core/normalize'
import { gramsOfFolded } from './grams'
import type { IndexedEvent, Mention, PhraseCategory, PhraseHit, Turn } from '../../core/types'
import {
  UNDATED,
  type BodyRow,
  type EventRow,
  type FoldedRow,
  type ObjectBodyRow,
  type PackedBodyRow,
  type TextRow,
} from '../db/schema'

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
      ...(ev.language ? { language: ev.language } : {}),
    },
    body: packBody(ev, ord),
    text: { ord, text: ev.text, ...(ev.sides?.length ? { sides: ev.sides } : {}) },
    folded: { ord, f: foldForSearch(searchText(ev)) },
  }
}

/**
 * The body row of an event: spans without their text slices (the text row holds them once; a
 * body used to store the whole text a second time, sentence by sentence), packed.
 */
export function packBody(
  ev: Pick<IndexedEvent, 'turns' | 'phrases' | 'mentions'>,
  ord: number,
): PackedBodyRow {
  const { strs, ref } = stringTable()
  const turns = new Int32Array(ev.turns.length * 4)
  ev.turns.forEach((t, i) => turns.set([ref(t.speaker), ref(t.verb), t.start, t.end], 4 * i))
  const phrases = new Int32Array(ev.phrases.length * 4)
  ev.phrases.forEach((p, i) => phrases.set([ref(p.key), ref(p.category), p.start, p.end], 4 * i))
  return {
    ord,
    packed: 1,
    strs,
    turns,
    phrases,
    mentions: ev.mentions.map((m) => ({ date: m.date, kind: m.kind, start: m.start, end: m.end })),
  }
}

// Spans with their text, sliced from the body text (rows written by earlier versions may carry
// it). Keys in the order of types.ts, so exports stay stable byte for byte.
const textOf = (it: { start: number; end: number; text?: string }, text: string): string =>
  typeof it.text === 'string' ? it.text : text.slice(it.start, it.end)

function unpacked(
  body: PackedBodyRow,
  text: string,
): Pick<IndexedEvent, 'turns' | 'phrases' | 'mentions'> {
  const { strs, turns, phrases } = body
  const str = (i: number): string | null => (i < 0 ? null : (strs[i] ?? null))
  const t: ObjectBodyRow['turns'] = []
  for (let i = 0; i + 3 < turns.length; i += 4)
    t.push({
      speaker: str(turns[i]!),
      verb: str(turns[i + 1]!),
      start: turns[i + 2]!,
      end: turns[i + 3]!,
    })
  const p: ObjectBodyRow['phrases'] = []
  for (let i = 0; i + 3 < phrases.length; i += 4)
    p.push({
      key: str(phrases[i]!) ?? '',
      category: (str(phrases[i + 1]!) ?? 'custom') as PhraseCategory,
      start: phrases[i + 2]!,
      end: phrases[i + 3]!,
    })
  return {
    turns: turnsOf(t, text),
    phrases: phrasesOf(p, text),
    mentions: mentionsOf(body.mentions, text),
  }
}

function turnsOf(turns: ObjectBodyRow['turns'], text: string): Turn[] {
  return turns.map((t) => ({
    speaker: t.speaker,
    verb: t.verb,
    text: textOf(t, text),
    start: t.start,
    end: t.end,
  }))
}

function phrasesOf(phrases: ObjectBodyRow['phrases'], text: string): PhraseHit[] {
  return phrases.map((p) => ({
    text: textOf(p, text),
    key: p.key,
    category: p.category,
    start: p.start,
    end: p.end,
  }))
}

function mentionsOf(mentions: ObjectBodyRow['mentions'], text: string): Mention[] {
  return mentions.map((m) => ({
    date: m.date,
    kind: m.kind,
    text: textOf(m, text),
    start: m.start,
    end: m.end,
  }))
}

/** The spans of a body row of either shape (none when the row is missing). */
export function spansOf(
  body: BodyRow | undefined,
  text: string,
): Pick<IndexedEvent, 'turns' | 'phrases' | 'mentions'> {
  if (!body) return { turns: [], phrases: [], mentions: [] }
  if ('packed' in body) return unpacked(body, text)
  return {
    turns: turnsOf(body.turns, text),
    phrases: phrasesOf(body.phrases, text),
    mentions: mentionsOf(body.mentions, text),
  }
}

/** Rebuild the IndexedEvent (field order fixed, so exports are stable byte for byte). */
export function fromRows(
  meta: EventRow,
  body: BodyRow | undefined,
  textRow: TextRow | undefined,
): IndexedEvent {
  const text = textRow?.text ?? ''
  const sources = meta.sources
  const { turns, phrases, mentions } = spansOf(body, text)
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
    turns,
    phrases,
    mentions,
    origin: meta.origin,
    ...(meta.language ? { language: meta.language } : {}),
    ...(textRow?.sides?.length ? { sides: textRow.sides } : {}),
    grams: Array.from(gramsOfFolded(foldForSearch(searchText({ sources, text })))),
  }
}
