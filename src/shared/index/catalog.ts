// Compact per-ordinal facets of every event (date, kind, phrase categories, counterpart), kept in
// one meta row so a search can filter and order thousands of candidates by recency without
// reading event rows. Rewritten in the same transaction as the events it describes.
import type { IndexedEvent, PhraseCategory } from '../../core/types'
import { EVENT_KINDS, PHRASE_CATEGORIES } from '../../core/categories'

export const KINDS = EVENT_KINDS

export interface Catalog {
  /** Ordinals 0..size-1 are allocated (an entry with kind 0 is a free slot). */
  size: number
  /** YYYYMMDD, 0 when undated. */
  day: Int32Array
  /** 1 + index in KINDS; 0 = no event. */
  kind: Uint8Array
  /** Bit i = has a phrase of PHRASE_CATEGORIES[i]. */
  cats: Uint16Array
  /** 1 + index in cpNames; 0 = unknown counterpart. */
  cp: Uint16Array
  cpNames: string[]
  /** Event id of each ordinal ('' for a free slot): results are read with one bulkGet. */
  ids: string[]
}

export function emptyCatalog(capacity = 256): Catalog {
  return {
    size: 0,
    day: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    cats: new Uint16Array(capacity),
    cp: new Uint16Array(capacity),
    cpNames: [],
    ids: [],
  }
}

function grow<T extends Int32Array | Uint8Array | Uint16Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap)
  b.set(a)
  return b
}

/** Reserve the next ordinal. */
export function allocOrd(cat: Catalog): number {
  const ord = cat.size
  if (ord >= cat.day.length) {
    const cap = Math.max(256, cat.day.length * 2)
    cat.day = grow(cat.day, cap)
    cat.kind = grow(cat.kind, cap)
    cat.cats = grow(cat.cats, cap)
    cat.cp = grow(cat.cp, cap)
  }
  cat.size = ord + 1
  return ord
}

export function dayOf(date: string | null): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return 0
  return (
    Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
  )
}

export function categoryBits(phrases: ReadonlyArray<{ category: PhraseCategory }>): number {
  let bits = 0
  for (const p of phrases) {
    const i = PHRASE_CATEGORIES.indexOf(p.category)
    if (i >= 0) bits |= 1 << i
  }
  return bits
}

export function setEntry(
  cat: Catalog,
  ord: number,
  ev: Pick<IndexedEvent, 'id' | 'date' | 'kind' | 'counterpart' | 'phrases'>,
): void {
  cat.ids ??= []
  cat.ids[ord] = ev.id
  cat.day[ord] = dayOf(ev.date)
  cat.kind[ord] = KINDS.indexOf(ev.kind) + 1 || KINDS.length
  cat.cats[ord] = categoryBits(ev.phrases)
  const name = ev.counterpart?.name ?? ''
  let cp = 0
  if (name) {
    let i = cat.cpNames.indexOf(name)
    if (i < 0) i = cat.cpNames.push(name) - 1
    cp = i + 1
  }
  cat.cp[ord] = cp
}

/** Live ordinals, newest first (date descending, undated last, then later-added first). */
export function byRecency(cat: Catalog, ords: ArrayLike<number>): number[] {
  const out = Array.from(ords).filter((o) => o < cat.size && cat.kind[o]! > 0)
  out.sort((a, b) => {
    const da = cat.day[a]! || -1
    const db = cat.day[b]! || -1
    return da !== db ? db - da : b - a
  })
  return out
}
