// Full-text search over the index: bigram postings → candidates (rarest list first) → filters
// and recency from the catalog → exact verification against the folded text (precision 1) →
// snippets for the page of results. Exact-phrase matches come first, then events containing
// every term, each group newest first.
import type { SearchFilters, SearchHit } from '../../shared/messages'
import type { LensDb } from '../db/schema'
import { KINDS, type Catalog } from '../index/catalog'
import { PHRASE_CATEGORIES } from '../../options/settings-schema'
import { decodeIds, intersectSorted, unionSorted } from '../index/postings'
import { hasGram, orderByRecency, postingKeys, searchState, type SearchState } from './cache'
import { needsNoVerification, parseQuery, type ParsedQuery } from './query'
import { makeSnippet } from './snippet'
import { searchText } from '../index/rows'

export interface SearchResult {
  hits: SearchHit[]
  /** Matches in the index; an upper bound when `totalExact` is false (unverified candidates). */
  total: number
  totalExact: boolean
  ms: number
  /** Where the time went (ms), for benchmarks. */
  phases?: { state: number; candidates: number; verify: number; hits: number }
}

export const MAX_LIMIT = 100_000

/** Sorted ids of events containing bigram g: postings ∪ tail. */
function withTail(s: SearchState, g: number, posted: Int32Array | null): ArrayLike<number> {
  const extra: number[] = []
  for (const [ord, grams] of s.tail) if (hasGram(grams, g)) extra.push(ord)
  if (extra.length === 0) return posted ?? []
  extra.sort((a, b) => a - b)
  return posted ? unionSorted(posted, extra) : extra
}

async function listsFor(db: LensDb, s: SearchState, grams: number[]): Promise<ArrayLike<number>[]> {
  const rows = await db.postings.bulkGet(grams)
  return grams.map((g, i) => withTail(s, g, rows[i] ? decodeIds(rows[i]!.b, rows[i]!.n) : null))
}

/** Events containing any bigram that starts or ends with one of `chars` (1-character queries). */
async function singleCharCandidates(
  db: LensDb,
  s: SearchState,
  chars: number[],
): Promise<number[]> {
  const keys = await postingKeys(db, s)
  const want = new Set(chars)
  const grams: number[] = [...want].filter((c) => keys.includes(c))
  for (const k of keys)
    if (k >= 65536 && (want.has(Math.floor(k / 65536)) || want.has(k % 65536))) grams.push(k)
  let acc: number[] = []
  for (let i = 0; i < grams.length; i += 512) {
    for (const l of await listsFor(db, s, grams.slice(i, i + 512))) acc = unionSorted(acc, l)
  }
  for (const [ord, tg] of s.tail) {
    if (
      Array.from(tg).some((g) =>
        g < 65536 ? want.has(g) : want.has(Math.floor(g / 65536)) || want.has(g % 65536),
      )
    ) {
      acc = unionSorted(acc, [ord])
    }
  }
  return acc
}

function allOrds(c: Catalog): number[] {
  const out: number[] = []
  for (let o = 0; o < c.size; o++) if (c.kind[o]) out.push(o)
  return out
}

function passes(c: Catalog, ord: number, f: SearchFilters | undefined, cp: number): boolean {
  if (!f) return true
  if (f.kind && c.kind[ord] !== KINDS.indexOf(f.kind) + 1) return false
  if (f.counterpart !== undefined && c.cp[ord] !== cp) return false
  const year = Math.floor(c.day[ord]! / 10000)
  if (f.yearFrom !== undefined && (year === 0 || year < f.yearFrom)) return false
  if (f.yearTo !== undefined && (year === 0 || year > f.yearTo)) return false
  if (f.category) {
    const bit = PHRASE_CATEGORIES.indexOf(f.category)
    if (bit < 0 || !(c.cats[ord]! & (1 << bit))) return false
  }
  return true
}

async function candidates(db: LensDb, s: SearchState, q: ParsedQuery): Promise<number[]> {
  if (q.grams.length > 0) return intersectSorted(await listsFor(db, s, q.grams))
  if (q.singles.length > 0) return singleCharCandidates(db, s, [...new Set(q.singles)])
  return allOrds(s.catalog) // punctuation-only query: verify everything
}

/** Verify ords in order with `test`, batch by batch, until `want` matches. */
async function verifyInOrder(
  db: LensDb,
  ords: number[],
  from: number,
  want: number,
  test: (folded: string) => boolean,
  out: number[],
): Promise<number> {
  let i = from
  let batch = Math.max(16, want)
  while (i < ords.length && out.length < want) {
    const slice = ords.slice(i, i + batch)
    const rows = await db.folded.bulkGet(slice)
    for (let k = 0; k < slice.length; k++) {
      i++
      if (rows[k] && test(rows[k]!.f)) {
        out.push(slice[k]!)
        if (out.length >= want) break
      }
    }
    batch = Math.min(batch * 2, 2048)
  }
  return i
}

export async function search(
  db: LensDb,
  query: string,
  filters: SearchFilters | undefined,
  limit = 20,
): Promise<SearchResult> {
  // One read transaction for everything: each IndexedDB transaction costs milliseconds.
  const tables = [db.meta, db.tail, db.postings, db.folded, db.events, db.texts]
  // The scope must be an async function: Dexie keeps its zone across native awaits only then.
  return db.transaction('r', tables, async () => searchIn(db, query, filters, limit))
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
  if (q.terms.length === 0) return { hits: [], total: 0, totalExact: true, ms: 0 }
  const s = await searchState(db)
  const tState = performance.now()
  const cpIndex = filters?.counterpart ? s.catalog.cpNames.indexOf(filters.counterpart) + 1 : 0
  if (filters?.counterpart && cpIndex === 0) {
    return { hits: [], total: 0, totalExact: true, ms: performance.now() - t0 }
  }
  const cand = (await candidates(db, s, q)).filter((o) => passes(s.catalog, o, filters, cpIndex))
  const tCand = performance.now()
  const ordered = orderByRecency(s, cand)

  let found: number[] = []
  let total: number
  let totalExact: boolean
  if (needsNoVerification(q)) {
    found = ordered.slice(0, limit)
    total = ordered.length
    totalExact = true
  } else {
    const { phrase, terms } = q
    const allTerms = (f: string) => terms.every((t) => f.includes(t))
    // 1) exact phrase (only events holding the bigrams across term boundaries can have it)
    let phraseOrds = ordered
    if (q.joinGrams.length > 0) {
      const join = new Set(
        intersectSorted([
          cand.slice().sort((a, b) => a - b),
          ...(await listsFor(db, s, q.joinGrams)),
        ]),
      )
      phraseOrds = ordered.filter((o) => join.has(o))
    }
    const exact: number[] = []
    const phraseDone = await verifyInOrder(
      db,
      phraseOrds,
      0,
      limit,
      (f) => f.includes(phrase),
      exact,
    )
    found = exact
    let rest: number[] = []
    let restDone = 0
    if (terms.length > 1 && found.length < limit) {
      const taken = new Set(exact)
      rest = ordered.filter((o) => !taken.has(o))
      const more: number[] = []
      restDone = await verifyInOrder(
        db,
        rest,
        0,
        limit - found.length,
        (f) => !f.includes(phrase) && allTerms(f),
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
        found.length < limit ? rest.length - restDone : ordered.length - found.length
      total = found.length + unverified
      totalExact = unverified === 0
    }
  }
  const tVerify = performance.now()
  const hits = await toHits(db, s, found, q)
  const end = performance.now()
  const phases = {
    state: tState - t0,
    candidates: tCand - tState,
    verify: tVerify - tCand,
    hits: end - tVerify,
  }
  return { hits, total, totalExact, ms: end - t0, phases }
}

async function toHits(
  db: LensDb,
  s: SearchState,
  ords: number[],
  q: ParsedQuery,
): Promise<SearchHit[]> {
  if (ords.length === 0) return []
  const snippetOrds = ords.slice(0, 200) // snippets only for what a list can show
  const ids = s.catalog.ids
  const metas =
    ids && ords.every((o) => ids[o])
      ? (await db.events.bulkGet(ords.map((o) => ids[o]!))).filter((m) => m !== undefined)
      : await db.events.where('ord').anyOf(ords).toArray()
  const texts = await db.texts.bulkGet(snippetOrds)
  const metaByOrd = new Map(metas.map((m) => [m.ord, m]))
  const hits: SearchHit[] = []
  ords.forEach((ord, i) => {
    const m = metaByOrd.get(ord)
    if (!m) return
    const body = texts[i]
    const snip = body
      ? makeSnippet(searchText({ sources: m.sources, text: body.text }), q.phrase, q.terms)
      : { snippet: '', marks: [] }
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
