// The local index: one Dexie database `readout-lens`, versioned from v1.
//
// Tables (v1):
//   events   id → EventRow        metadata only (no text), indexes: &ord, counterpartName, date,
//                                  *phraseDates (`<phrase key>\u0001<date>` for first-seen/counts)
//   texts    ord → TextRow        the body text (snippets, get-event)
//   bodies   ord → BodyRow        turns/phrases/mentions (get-event, related ranking)
//   folded   ord → FoldedRow      foldForSearch(text): what search verifies candidates against
//   postings g → PostingRow       bigram code → delta+varint ids (ordinals) of events containing it
//   tail     ord → TailRow        bigrams of recently saved events not yet merged into postings
//   meta     key → MetaRow        seed state, next ordinal, catalog (compact per-ordinal facets), rev
//
// Keeping text out of `events` means listing/filtering never loads article bodies.
// Every schema change adds a `this.version(n)` below with an upgrade function, and a test in
// test/unit/store/upgrade.test.ts that opens a database written by each earlier version.
import Dexie, { type Table, type Transaction } from 'dexie'
import type {
  Counterpart,
  EventKind,
  EventSource,
  IndexedEvent,
  Mention,
  PhraseHit,
  SideText,
  Turn,
} from '../../core/types'
import type { PostingRow } from '../index/postings'

export const DB_NAME = 'readout-lens'

export interface EventRow {
  id: string
  ord: number
  date: string | null
  kind: EventKind
  title: string
  counterpart: Counterpart | null
  /** '' when unknown (IndexedDB cannot index null). */
  counterpartName: string
  participants: string[]
  requestedBy: string | null
  place: string | null
  sources: EventSource[]
  origin: IndexedEvent['origin']
  /** `${phrase key}\u0001${date ?? UNDATED}` per distinct phrase key. */
  phraseDates: string[]
  /** `en` for an English readout stored as its own event (core/pairing/attach.ts). */
  language?: 'en'
}

export interface TextRow {
  ord: number
  text: string
  /** The other side's English readouts of the event, kept beside its text. */
  sides?: SideText[]
}

/** A span stored without its `text` (a slice of the text row); older rows still carry it. */
type Stored<T extends { text: string }> = Omit<T, 'text'> & { text?: string }

/** Rows written by earlier versions: spans as objects (with or without their text). */
export interface ObjectBodyRow {
  ord: number
  turns: Array<Stored<Turn>>
  phrases: Array<Stored<PhraseHit>>
  mentions: Array<Stored<Mention>>
}

/**
 * Rows written now: turns and phrases as flat numbers in typed arrays (cloned as one block,
 * about a quarter of the bytes of the same spans as objects) with their strings in `strs`.
 */
export interface PackedBodyRow {
  ord: number
  packed: 1
  strs: string[]
  /** speaker, verb (index into strs, -1 for null), start, end — per turn. */
  turns: Int32Array
  /** key, category (index into strs), start, end — per phrase. */
  phrases: Int32Array
  mentions: Array<Stored<Mention>>
}

export type BodyRow = ObjectBodyRow | PackedBodyRow

export interface FoldedRow {
  ord: number
  f: string
}

export interface TailRow {
  ord: number
  /** Sorted bigram codes this event has that are not (yet) in `postings` for it. */
  grams: Uint32Array
}

export interface MetaRow {
  key: string
  value: unknown
}

export const SCHEMA_V1 = {
  events: 'id, &ord, counterpartName, date, *phraseDates',
  texts: 'ord',
  bodies: 'ord',
  folded: 'ord',
  postings: 'g',
  tail: 'ord',
  meta: 'key',
}

export class LensDb extends Dexie {
  events!: Table<EventRow, string>
  texts!: Table<TextRow, number>
  bodies!: Table<BodyRow, number>
  folded!: Table<FoldedRow, number>
  postings!: Table<PostingRow, number>
  tail!: Table<TailRow, number>
  meta!: Table<MetaRow, string>

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores(SCHEMA_V1)
    // v2: the body text moved from `bodies` to `texts`. Databases written by the first v1 code
    // (text inside `bodies`, no `texts` table) get their texts moved, not lost
    // (test/unit/guard/upgrade.test.ts opens one written by that code).
    this.version(2).stores(SCHEMA_V1).upgrade(moveTextsOutOfBodies)
  }
}

async function moveTextsOutOfBodies(tx: Transaction): Promise<void> {
  const texts: TextRow[] = []
  await tx
    .table('bodies')
    .toCollection()
    .modify((row: BodyRow & { text?: unknown }) => {
      if (typeof row.text === 'string') texts.push({ ord: row.ord, text: row.text })
      delete row.text
    })
  if (texts.length) await tx.table('texts').bulkPut(texts)
}

export const UNDATED = '9999-12-31'
