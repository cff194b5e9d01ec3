// Writing events into the index: metadata, body, folded text, catalog facets and postings, all
// in one transaction (so a failure — quota, a killed worker — leaves the index as it was).
//
// Two ways to index bigrams:
//   'bulk' (seeding, import): posting rows are read and rewritten once per batch;
//   'tail' (one visited page): the event's bigrams go to a `tail` row and are merged into the
//          postings later (mergeTail), so a save touches 6 rows instead of ~2,000.
// Postings ∪ tail always hold exactly each live event's bigrams, so a one-bigram query needs no
// verification and nothing is ever missed.
//
// Two counters in `meta`: `rev` moves with every write; `gen` only when a stored row changes or
// goes (bulk postings, tail merges, an event updated, clearing) — not when a visited page is
// added — so the rows search keeps in memory stay valid across page visits.
import { mergeIndexedEvents } from '../../core/index/merge'
import { gramsOfFolded } from './grams'
import type { IndexedEvent } from '../../core/types'
import type { LensDb } from '../db/schema'
import { allocOrd, emptyCatalog, setEntry, type Catalog } from './catalog'
import { addToRow, removeFromRow, type PostingRow } from './postings'
import { fromRows, postingKeysOf, searchText, toRows } from './rows'
import { foldForSearch } from '../../core/normalize'
import { announceGenMoved } from './gen-signal'

function keysOfText(text: string): Uint32Array {
  const folded = foldForSearch(text)
  return postingKeysOf(gramsOfFolded(folded), folded)
}

export type IndexMode = 'bulk' | 'tail'

export interface WriteResult {
  added: number
  updated: number
  unchanged: number
  ids: string[]
}

export function allTables(db: LensDb) {
  return [db.events, db.texts, db.bodies, db.folded, db.postings, db.tail, db.meta]
}

export async function loadCatalog(db: LensDb): Promise<Catalog> {
  const row = await db.meta.get('catalog')
  return (row?.value as Catalog | undefined) ?? emptyCatalog()
}

export async function bumpRev(db: LensDb): Promise<void> {
  const row = await db.meta.get('rev')
  await db.meta.put({ key: 'rev', value: ((row?.value as number | undefined) ?? 0) + 1 })
}

/** A value no earlier `gen` had (a counter could repeat after the database is recreated). */
export async function bumpGen(db: LensDb): Promise<void> {
  await db.meta.put({ key: 'gen', value: `${Date.now()}-${Math.random().toString(36).slice(2)}` })
  announceGenMoved()
}

/**
 * Bigram code → T, open addressing over a Uint32Array of keys. Codes reach 2^32 (heap numbers
 * in V8), which makes a plain Map several times slower on a 10,000-event import.
 */
class GramMap<T> {
  /** slot → 1 + index into codes/vals; 0 = empty. */
  private slots = new Int32Array(1 << 12)
  private codeList: number[] = []
  private vals: T[] = []

  private slot(g: number): number {
    const mask = this.slots.length - 1
    let i = (Math.imul(g >>> 0, 0x9e3779b1) >>> 0) & mask
    for (;;) {
      const at = this.slots[i]!
      if (at === 0 || this.codeList[at - 1] === g) return i
      i = (i + 1) & mask
    }
  }
  get(g: number): T | undefined {
    const at = this.slots[this.slot(g)]!
    return at === 0 ? undefined : this.vals[at - 1]
  }
  set(g: number, v: T): void {
    const i = this.slot(g)
    const at = this.slots[i]!
    if (at !== 0) {
      this.vals[at - 1] = v
      return
    }
    this.codeList.push(g)
    this.vals.push(v)
    this.slots[i] = this.vals.length
    if (this.vals.length * 2 > this.slots.length) this.grow()
  }
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let k = 0; k < this.codeList.length; k++) this.slots[this.slot(this.codeList[k]!)] = k + 1
  }
  keys(): number[] {
    return this.codeList
  }
}

class GramEdits {
  /** Additions as (sorted grams, ord) pairs, turned into per-bigram id lists in `apply`:
   *  a 10,000-event import adds ~8.5 million ids, and pushing each into a growing array
   *  cost more in garbage collection than the rest of the bookkeeping. */
  private adds: Array<{ grams: ArrayLike<number>; ord: number }> = []
  remove = new GramMap<Set<number>>()
  addIds(grams: ArrayLike<number>, ord: number): void {
    if (grams.length) this.adds.push({ grams, ord })
  }
  removeIds(grams: ArrayLike<number>, ord: number): void {
    for (let i = 0; i < grams.length; i++) {
      const g = grams[i]!
      const s = this.remove.get(g)
      if (s) s.add(ord)
      else this.remove.set(g, new Set([ord]))
    }
  }
  /** Bigram → its added ids, in the order added (two passes: count, then fill). */
  private addLists(): GramMap<Int32Array> {
    const counts = new GramMap<number>()
    for (const { grams } of this.adds)
      for (let i = 0; i < grams.length; i++) counts.set(grams[i]!, (counts.get(grams[i]!) ?? 0) + 1)
    const lists = new GramMap<Int32Array>()
    const fill = new GramMap<number>()
    for (const g of counts.keys()) {
      lists.set(g, new Int32Array(counts.get(g)!))
      fill.set(g, 0)
    }
    for (const { grams, ord } of this.adds) {
      for (let i = 0; i < grams.length; i++) {
        const g = grams[i]!
        const at = fill.get(g)!
        lists.get(g)![at] = ord
        fill.set(g, at + 1)
      }
    }
    return lists
  }
  /** Writes the posting rows (`fresh`: there are none yet, nothing to read); false when there
   *  was nothing to write. */
  async apply(db: LensDb, fresh = false): Promise<boolean> {
    const added = this.addLists()
    const keys = [...new Set([...added.keys(), ...this.remove.keys()])].sort((a, b) => a - b)
    if (keys.length === 0) return false
    const rows = fresh ? [] : await db.postings.bulkGet(keys)
    const put: PostingRow[] = []
    const del: number[] = []
    keys.forEach((g, i) => {
      let row: PostingRow | null | undefined = rows[i]
      const rm = this.remove.get(g)
      if (row && rm) row = removeFromRow(row, rm)
      const add = added.get(g)
      if (add) {
        // Ordinals are allocated in increasing order, so the list is almost always sorted
        // already: checking is linear, sorting is not.
        if (!ascending(add)) add.sort()
        row = addToRow(row ?? undefined, g, add)
      }
      if (row) put.push(row)
      else if (rows[i]) del.push(g)
    })
    if (del.length) await db.postings.bulkDelete(del)
    if (put.length) await db.postings.bulkPut(put)
    return true
  }
}

function ascending(xs: ArrayLike<number>): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]! > xs[i]!) return false
  return true
}

function sameEvent(a: IndexedEvent, b: IndexedEvent): boolean {
  return JSON.stringify({ ...a, grams: 0 }) === JSON.stringify({ ...b, grams: 0 })
}

function minus(a: Iterable<number>, b: ReadonlySet<number>): number[] {
  const out: number[] = []
  for (const x of a) if (!b.has(x)) out.push(x)
  return out
}

/**
 * Insert or merge events (same id → mergeIndexedEvents). `trustGrams`: use `ev.grams` as given
 * (the shipped corpus, events built by toIndexedEvent); otherwise they are recomputed from text.
 * Joins the caller's transaction when there is one.
 */
export async function writeEvents(
  db: LensDb,
  events: IndexedEvent[],
  opts: { mode: IndexMode; trustGrams?: boolean },
): Promise<WriteResult> {
  return db.transaction('rw', allTables(db), async () => {
    const result: WriteResult = { added: 0, updated: 0, unchanged: 0, ids: [] }
    if (events.length === 0) return result
    const catalog = await loadCatalog(db)
    // The same id twice in one batch: fold them together first.
    const byId = new Map<string, IndexedEvent>()
    for (const ev of events) {
      const prev = byId.get(ev.id)
      byId.set(ev.id, prev ? mergeIndexedEvents(prev, ev) : ev)
    }
    const ids = [...byId.keys()]
    // An empty index (first import, after clearing): nothing stored to merge with or read.
    const fresh = catalog.size === 0 && (await db.events.count()) === 0
    const metas = fresh ? ids.map(() => undefined) : await db.events.bulkGet(ids)
    const existingOrds = metas.filter((m) => m !== undefined).map((m) => m!.ord)
    const bodies = await db.bodies.bulkGet(existingOrds)
    const texts = await db.texts.bulkGet(existingOrds)
    const textByOrd = new Map(existingOrds.map((o, i) => [o, texts[i]]))
    const tails = await db.tail.bulkGet(existingOrds)
    const bodyByOrd = new Map(existingOrds.map((o, i) => [o, bodies[i]]))
    const tailByOrd = new Map(existingOrds.map((o, i) => [o, tails[i]]))
    const edits = new GramEdits()
    const rowsOut: ReturnType<typeof toRows>[] = []
    const tailPut: { ord: number; grams: Uint32Array }[] = []
    const tailDel: number[] = []
    for (let i = 0; i < ids.length; i++) {
      const incoming = byId.get(ids[i]!)!
      const meta = metas[i]
      result.ids.push(incoming.id)
      if (!meta) {
        const ord = allocOrd(catalog)
        const rows = toRows(incoming, ord)
        const grams = postingKeysOf(
          opts.trustGrams ? incoming.grams : gramsOfFolded(rows.folded.f),
          rows.folded.f,
        )
        rowsOut.push(rows)
        setEntry(catalog, ord, incoming)
        if (opts.mode === 'bulk') edits.addIds(grams, ord)
        else tailPut.push({ ord, grams: Uint32Array.from(grams) })
        result.added++
        continue
      }
      const body = bodyByOrd.get(meta.ord)
      const existing = fromRows(meta, body, textByOrd.get(meta.ord))
      const merged = mergeIndexedEvents(existing, incoming)
      if (sameEvent(existing, merged)) {
        result.unchanged++
        continue
      }
      result.updated++
      rowsOut.push(toRows(merged, meta.ord))
      setEntry(catalog, meta.ord, merged)
      if (searchText(merged) === searchText(existing)) continue
      // Searchable text changed: P = bigrams in postings for this ord, T = in its tail row (disjoint).
      const tailRow = tailByOrd.get(meta.ord)
      const inTail = new Set<number>(tailRow ? Array.from(tailRow.grams) : [])
      const inPostings = new Set(minus(keysOfText(searchText(existing)), inTail))
      const next = new Set(keysOfText(searchText(merged)))
      edits.removeIds(minus(inPostings, next), meta.ord)
      const missing = minus(next, inPostings)
      if (opts.mode === 'bulk') {
        edits.addIds(missing, meta.ord)
        if (tailRow) tailDel.push(meta.ord)
      } else if (missing.length) {
        tailPut.push({ ord: meta.ord, grams: Uint32Array.from(missing.sort((a, b) => a - b)) })
      } else if (tailRow) tailDel.push(meta.ord)
    }
    // All requested at once, the rows first: the database writes them while the page builds
    // the posting lists.
    const written = await Promise.all([
      rowsOut.length && db.events.bulkPut(rowsOut.map((r) => r.meta)),
      rowsOut.length && db.bodies.bulkPut(rowsOut.map((r) => r.body)),
      rowsOut.length && db.texts.bulkPut(rowsOut.map((r) => r.text)),
      rowsOut.length && db.folded.bulkPut(rowsOut.map((r) => r.folded)),
      tailDel.length && db.tail.bulkDelete(tailDel),
      tailPut.length && db.tail.bulkPut(tailPut),
      edits.apply(db, fresh),
    ])
    const postingsChanged = written[written.length - 1] === true
    if (rowsOut.length) {
      await db.meta.put({ key: 'catalog', value: catalog })
      await bumpRev(db)
    }
    if (postingsChanged || result.updated > 0) await bumpGen(db)
    return result
  })
}

/** Fold every tail row into the posting rows (one transaction; safe to interrupt). */
export async function mergeTail(db: LensDb): Promise<number> {
  return db.transaction('rw', [db.postings, db.tail, db.meta], async () => {
    const rows = await db.tail.toArray()
    if (rows.length === 0) return 0
    const edits = new GramEdits()
    for (const r of rows.sort((a, b) => a.ord - b.ord)) edits.addIds(r.grams, r.ord)
    await edits.apply(db)
    await db.tail.clear()
    await bumpRev(db)
    await bumpGen(db)
    return rows.length
  })
}

export const TAIL_MERGE_THRESHOLD = 64

/** Every stored event, in ordinal order (export, related ranking on small indexes). */
export async function readAllEvents(db: LensDb): Promise<IndexedEvent[]> {
  return db.transaction('r', [db.events, db.bodies, db.texts], async () => {
    const metas = await db.events.orderBy('ord').toArray()
    const ords = metas.map((m) => m.ord)
    const bodies = await db.bodies.bulkGet(ords)
    const texts = await db.texts.bulkGet(ords)
    return metas.map((m, i) => fromRows(m, bodies[i], texts[i]))
  })
}

/**
 * Delete every event. The seed state is kept, so the built-in corpus is not silently re-added
 * on the next start; it comes back with the next corpus update (or `seedFromCorpus` by hand).
 */
export async function clearIndex(db: LensDb): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    const seed = await db.meta.get('seed')
    for (const t of allTables(db)) await t.clear()
    if (seed) await db.meta.put(seed)
    await db.meta.put({ key: 'rev', value: Date.now() })
    await bumpGen(db)
  })
}
