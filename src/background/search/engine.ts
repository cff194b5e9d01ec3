// Full-text search over the index: bigram postings → candidates (counted per ordinal, rarest
// list first) → filters and recency from the catalog → exact verification against the text
// (precision 1) → snippets for the page of results. Exact-phrase matches come first, then events
// containing every term, each group newest first.
//
// IndexedDB round trips dominate a query, so they are few and carry everything at once: the rev
// check with the posting rows; then the first batch of candidates in result order with their
// event rows and texts — which serve both the verification (the folded text is recomputed from
// the text, exactly as the index stored it) and the snippets, so a common query's result costs
// one read of each. Sparse matches (few candidates pass) are verified against folded rows.
// Every row read is kept in memory while the index's `gen` stays (rows-cache.ts): a query over
// rows read before costs only the rev/gen check.
import Dexie from 'dexie'
import type { SearchFilters, SearchHit } from '../../shared/messages'
import type { EventRow, LensDb, TextRow } from '../../shared/db/schema'
import { KINDS, type Catalog } from '../../shared/index/catalog'
import { PHRASE_CATEGORIES } from '../../shared/settings'
import { foldForSearch } from '../../core/normalize'
import { decodeIds, type PostingRow } from '../../shared/index/postings'
import { orderByRecency, postingKeys, searchState, type SearchState } from './cache'
import { countGrams, gramList, rankedAtLeast } from './candidates'
import { Doc, FoldedOnly, type Haystack } from './doc'
import { currentRowCache } from './rows-cache'
import { needsNoVerification, parseQuery, type ParsedQuery } from './query'
import { makeSnippet } from './snippet'

export interface SearchResult {
  hits: SearchHit[]
  /** Matches in the index; an upper bound when `totalExact` is false (unverified candidates). */
  total: number
  totalExact: boolean
  ms: number
  /**
   * Where the time went (ms), for benchmarks: `state` the first read (rev check + posting
   * rows), `candidates` counting and ordering, `verify` reading and checking candidates,
   * `hits` snippets and result rows.
   */
  phases?: { state: number; candidates: number; verify: number; hits: number }
}

export const MAX_LIMIT = 100_000
/** Results that get a snippet (what a list can show). */
const SNIPPETS = 200

function allOrds(c: Catalog): number[] {
  const out: number[] = []
  for (let o = 0; o < c.size; o++) if (c.kind[o]) out.push(o)
  return out
}

/** Events holding any posting key with one of `chars` (1-character queries). */
async function singleCharCandidates(
  db: LensDb,
  s: SearchState,
  chars: number[],
): Promise<number[]> {
  const keys = await postingKeys(db, s)
  const want = new Set(chars)
  const hit = (g: number) =>
    g < 65536 ? want.has(g) : want.has(Math.floor(g / 65536)) || want.has(g % 65536)
  const grams: number[] = []
  for (const k of keys) if (hit(k)) grams.push(k)
  const seen = new Uint8Array(s.catalog.size)
  for (let i = 0; i < grams.length; i += 512) {
    for (const row of await db.postings.bulkGet(grams.slice(i, i + 512))) {
      if (row) for (const o of decodeIds(row.b, row.n)) if (o < seen.length) seen[o] = 1
    }
  }
  for (const [ord, tg] of s.tail) if (ord < seen.length && tg.some(hit)) seen[ord] = 1
  const out: number[] = []
  for (let o = 0; o < seen.length; o++) if (seen[o]) out.push(o)
  return out
}

function filterTest(
  c: Catalog,
  f: SearchFilters | undefined,
  cp: number,
): ((ord: number) => boolean) | null {
  if (!f || Object.keys(f).length === 0) return null
  const kind = f.kind ? KINDS.indexOf(f.kind) + 1 : 0
  const bit = f.category ? PHRASE_CATEGORIES.indexOf(f.category) : -1
  return (ord) => {
    if (f.kind && c.kind[ord] !== kind) return false
    if (f.counterpart !== undefined && c.cp[ord] !== cp) return false
    const year = Math.floor(c.day[ord]! / 10000)
    if (f.yearFrom !== undefined && (year === 0 || year < f.yearFrom)) return false
    if (f.yearTo !== undefined && (year === 0 || year > f.yearTo)) return false
    if (f.category && (bit < 0 || !(c.cats[ord]! & (1 << bit)))) return false
    return true
  }
}

/** Per query: what has been read of each candidate (null: the row is missing). */
interface Reads {
  docs: Map<number, Doc | null>
  folded: Map<number, Haystack | null>
}

/**
 * Event rows and texts of `ords` (texts of the first `withText` only), in one round trip for
 * those not in memory.
 */
async function readDocs(
  db: LensDb,
  s: SearchState,
  ords: number[],
  into: Map<number, Doc | null>,
  withText = ords.length,
): Promise<void> {
  const cached = s.rows.docs
  const rest: number[] = []
  let restWithText = 0
  ords.forEach((ord, i) => {
    const d = cached.get(ord)
    if (d) into.set(ord, d)
    else {
      rest.push(ord)
      if (i < withText) restWithText++ // (the ords that need texts come first)
    }
  })
  if (rest.length === 0) return
  const ids = s.catalog.ids
  const [metas, texts] = await Promise.all([
    ids && rest.every((o) => ids[o])
      ? db.events.bulkGet(rest.map((o) => ids[o]!))
      : db.events.where('ord').anyOf(rest).toArray(),
    db.texts.bulkGet(rest.slice(0, restWithText)),
  ])
  const metaByOrd = new Map<number, EventRow>()
  for (const m of metas) if (m) metaByOrd.set(m.ord, m)
  rest.forEach((ord, i) => {
    const m = metaByOrd.get(ord)
    const d = m ? new Doc(m, (texts[i] as TextRow | undefined)?.text ?? '') : null
    into.set(ord, d)
    if (d && i < restWithText) cached.set(ord, d)
  })
}

async function readFolded(
  db: LensDb,
  s: SearchState,
  ords: number[],
  into: Reads['folded'],
): Promise<void> {
  const rest: number[] = []
  for (const ord of ords) {
    const d = s.rows.docs.get(ord)
    const f = d ? undefined : s.rows.folded.get(ord)
    if (d) into.set(ord, d)
    else if (f !== undefined) into.set(ord, new FoldedOnly(f))
    else rest.push(ord)
  }
  if (rest.length === 0) return
  const rows = await db.folded.bulkGet(rest)
  rest.forEach((ord, i) => {
    const f = rows[i]?.f
    into.set(ord, f === undefined ? null : new FoldedOnly(f))
    if (f !== undefined) s.rows.folded.set(ord, f)
  })
}

/**
 * The search state and the posting rows of `keys`, in one round trip: rows in memory are used
 * while the state's check confirms they are current; the rest are read alongside the check.
 */
async function stateAndRows(
  db: LensDb,
  keys: number[],
): Promise<[SearchState, Array<PostingRow | undefined>]> {
  const early = currentRowCache(db)
  const known = new Map<number, PostingRow | null>()
  const want: number[] = []
  for (const k of keys) {
    const row = early?.postings.get(k)
    if (row === undefined) want.push(k)
    else known.set(k, row)
  }
  const [s, got] = await Promise.all([
    searchState(db),
    want.length > 0 ? db.postings.bulkGet(want) : Promise.resolve([]),
  ])
  if (known.size > 0 && s.rows !== early) {
    // The index changed under the rows held: read them all again.
    known.clear()
    want.splice(0, want.length, ...keys)
    got.splice(0, got.length, ...(await db.postings.bulkGet(keys)))
  }
  want.forEach((k, i) => {
    known.set(k, got[i] ?? null)
    s.rows.postings.set(k, got[i] ?? null)
  })
  return [s, keys.map((k) => known.get(k) ?? undefined)]
}

/**
 * Walk `ords` in order, batch by batch, until `want` pass `test`; returns how many of `ords`
 * were looked at. The first batch is exactly what is still wanted and is read with its event
 * rows and texts: most candidates of a common query match, and then those rows are the results.
 * Once a batch matches less than half, the rest is verified against folded rows (one small read
 * per candidate instead of two); the matches' rows are read afterwards (see searchIn).
 */
async function collect(
  db: LensDb,
  s: SearchState,
  ords: ArrayLike<number>,
  want: number,
  test: (d: Haystack) => boolean,
  reads: Reads,
  out: number[],
): Promise<number> {
  let i = 0
  let batch = Math.max(1, want - out.length)
  let withRows = reads.folded.size === 0
  while (i < ords.length && out.length < want) {
    const slice: number[] = []
    for (let k = i; k < ords.length && slice.length < batch; k++) slice.push(ords[k]!)
    const missing = slice.filter((o) => !reads.docs.has(o) && !reads.folded.has(o))
    if (withRows) await readDocs(db, s, missing, reads.docs)
    else if (missing.length > 0) await readFolded(db, s, missing, reads.folded)
    let matched = 0
    for (const o of slice) {
      i++
      const d = reads.docs.get(o) ?? reads.folded.get(o)
      if (d && test(d)) {
        matched++
        out.push(o)
        if (out.length >= want) break
      }
    }
    if (matched * 2 < slice.length) withRows = false
    batch = Math.min(Math.max(batch * 2, 32), 2048)
  }
  return i
}

export function search(
  db: LensDb,
  query: string,
  filters: SearchFilters | undefined,
  limit = 20,
): Promise<SearchResult> {
  // One read transaction for everything: each IndexedDB transaction costs milliseconds.
  const tables = [db.meta, db.tail, db.postings, db.events, db.texts, db.folded]
  return new Promise((resolve, reject) => {
    // The scope must be an async function: Dexie keeps its zone across native awaits only then.
    // The answer is complete once read: no need to wait for the read-only transaction to
    // report its commit (one more round trip); a failure before that still rejects.
    db.transaction('r', tables, async () => {
      const result = await searchIn(db, query, filters, limit)
      // Outside the transaction's zone, or the caller's next database call would join it.
      Dexie.ignoreTransaction(() => resolve(result))
    }).catch(reject)
  })
}

async function searchIn(
  db: LensDb,
  query: string,
  filters: SearchFilters | undefined,
  limit: number,
): Promise<SearchResult> {
  const t0 = performance.now()
  limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)))
  const q = parseQuery(query)
  if (q.terms.length === 0) {
    // No hits, but the state is loaded: the popup asks this when it opens, so a background that
    // was asleep has its catalog in memory before the first keystroke.
    await searchState(db)
    return { hits: [], total: 0, totalExact: true, ms: performance.now() - t0 }
  }
  // First round trip: the rev check and every posting row the query needs, requested together.
  const keys = [...q.grams, ...q.joinGrams]
  const [s, rows] = await stateAndRows(db, keys)
  const tState = performance.now()
  const cpIndex = filters?.counterpart ? s.catalog.cpNames.indexOf(filters.counterpart) + 1 : 0
  if (filters?.counterpart && cpIndex === 0) {
    return { hits: [], total: 0, totalExact: true, ms: performance.now() - t0 }
  }
  const keep = filterTest(s.catalog, filters, cpIndex)

  // Candidates newest first; `phraseOrds`: those that can hold the whole phrase.
  let ordered: ArrayLike<number>
  let phraseOrds: ArrayLike<number>
  if (q.grams.length > 0) {
    const lists = keys.map((g, i) => gramList(s, g, rows[i]))
    const c = countGrams(
      s.catalog.size,
      lists.slice(0, q.grams.length),
      lists.slice(q.grams.length),
    )
    ordered = c.matches === 0 ? new Int32Array(0) : rankedAtLeast(s, c.counts, c.need, keep)
    phraseOrds =
      c.phraseLevel > c.need && c.matches > 0
        ? rankedAtLeast(s, c.counts, c.phraseLevel, keep)
        : ordered
  } else {
    const cand =
      q.singles.length > 0
        ? await singleCharCandidates(db, s, [...new Set(q.singles)])
        : allOrds(s.catalog) // punctuation-only query: verify everything
    ordered = orderByRecency(s, keep ? cand.filter(keep) : cand)
    phraseOrds = ordered
  }
  const tCand = performance.now()

  const reads: Reads = { docs: new Map(), folded: new Map() }
  let found: number[] = []
  let total: number
  let totalExact: boolean
  if (needsNoVerification(q)) {
    for (let i = 0; i < ordered.length && i < limit; i++) found.push(ordered[i]!)
    await readDocs(db, s, found, reads.docs, SNIPPETS)
    total = ordered.length
    totalExact = true
  } else {
    const { phrase, terms } = q
    // Fast containment checks need needles that fold to themselves (see Doc.has).
    const phraseSelf = foldForSearch(phrase) === phrase
    const termSelf = terms.map((t) => foldForSearch(t) === t)
    const hasAll = (d: Haystack) => terms.every((t, i) => d.has(t, termSelf[i]!))
    // 1) exact phrase
    const exact: number[] = []
    const phraseDone = await collect(
      db,
      s,
      phraseOrds,
      limit,
      (d) => d.has(phrase, phraseSelf),
      reads,
      exact,
    )
    found = exact
    let restLength = 0
    let restDone = 0
    // 2) every term, not as the phrase
    if (terms.length > 1 && found.length < limit) {
      const taken = new Set(exact)
      const rest: number[] = []
      for (let i = 0; i < ordered.length; i++) if (!taken.has(ordered[i]!)) rest.push(ordered[i]!)
      restLength = rest.length
      const more: number[] = []
      restDone = await collect(
        db,
        s,
        rest,
        limit - found.length,
        (d) => !d.has(phrase, phraseSelf) && hasAll(d),
        reads,
        more,
      )
      found = found.concat(more)
    }
    const unverifiedPhrase = phraseOrds.length - phraseDone
    if (terms.length === 1) {
      total = found.length + unverifiedPhrase
      totalExact = unverifiedPhrase === 0
    } else {
      const unverified =
        found.length < limit ? restLength - restDone : ordered.length - found.length
      total = found.length + unverified
      totalExact = unverified === 0
    }
  }
  // Results verified against folded rows only: their event rows (and texts for snippets) now.
  const unread = found.map((o, i) => [o, i] as const).filter(([o]) => !reads.docs.has(o))
  await Promise.all([
    readDocs(
      db,
      s,
      unread.filter(([, i]) => i < SNIPPETS).map(([o]) => o),
      reads.docs,
    ),
    readDocs(
      db,
      s,
      unread.filter(([, i]) => i >= SNIPPETS).map(([o]) => o),
      reads.docs,
      0,
    ),
  ])
  const tVerify = performance.now()
  const hits = toHits(found, reads.docs, q)
  const end = performance.now()
  const phases = {
    state: tState - t0,
    candidates: tCand - tState,
    verify: tVerify - tCand,
    hits: end - tVerify,
  }
  return { hits, total, totalExact, ms: end - t0, phases }
}

function toHits(ords: number[], docs: Map<number, Doc | null>, q: ParsedQuery): SearchHit[] {
  const hits: SearchHit[] = []
  ords.forEach((ord, i) => {
    const d = docs.get(ord)
    if (!d) return
    const m = d.meta
    const snip = i < SNIPPETS ? makeSnippet(d.hay, q.phrase, q.terms) : { snippet: '', marks: [] }
    const outlets = new Set(m.sources.map((x) => x.outlet ?? x.url ?? x.title))
    hits.push({
      id: m.id,
      date: m.date,
      kind: m.kind,
      counterpart: m.counterpart?.name ?? null,
      title: m.title,
      outlets: outlets.size,
      snippet: snip.snippet,
      marks: snip.marks,
      url: m.sources.find((x) => x.url)?.url ?? null,
    })
  })
  return hits
}
