// Bench-only extension page (copied into a bench copy of dist/chrome, never shipped): drives the
// background's own index code in the extension's IndexedDB — the import path (checkImport +
// importIndex, what the options page's import runs) and the save path of a visited readout
// (visitedEvent + writeEvents in tail mode, what the `annotate-page` handler runs) — and the two
// bare baselines of issue 15: a Dexie bulkPut of a file's events into a fresh database, and an
// in-memory `includes` scan of the same texts the search covers.
import Dexie, { type Table } from 'dexie'
import { analyze } from '../../src/core/analyze'
import { parseText } from '../../src/core/intake'
import { foldForSearch } from '../../src/core/normalize'
import type { CorpusIndex } from '../../src/core/types'
import { openDb } from '../../src/shared/db/open'
import { LensDb } from '../../src/shared/db/schema'
import { searchText } from '../../src/shared/index/rows'
import { checkImport, importIndex } from '../../src/shared/index/transfer'
import {
  allTables,
  clearIndex,
  mergeTail,
  TAIL_MERGE_THRESHOLD,
  writeEvents,
} from '../../src/shared/index/write'
import { seedState } from '../../src/background/seed'
import { visitedEvent } from '../../src/background/visit'

let dbp: Promise<LensDb> | null = null
const db = () => (dbp ??= openDb())

async function waitSeeded(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const s = await seedState(await db())
    if (s && s.done >= s.total) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the background never finished seeding the built-in corpus')
}

async function fetchText(url: string): Promise<{ text: string; bytes: number }> {
  const buf = await (await fetch(url)).arrayBuffer()
  return { text: new TextDecoder().decode(buf), bytes: buf.byteLength }
}

/** Folded search texts, newest first (the order the popup lists results in). */
let scanTexts: string[] = []
let scanRows: Array<{ day: string; n: number; f: string }> = []

const bench = {
  /** Empty the index (seed state kept, so the background does not re-seed). */
  async clear(): Promise<void> {
    await waitSeeded()
    await clearIndex(await db())
  },
  /** Import a CorpusIndex file fetched from `url`; times parsing+checking and writing. */
  async importFile(
    url: string,
  ): Promise<{ checkMs: number; writeMs: number; added: number; bytes: number }> {
    const res = await fetch(url)
    const buf = await res.arrayBuffer()
    const text = new TextDecoder().decode(buf)
    const t0 = performance.now()
    const checked = checkImport(text, buf.byteLength)
    if (!checked.ok) throw new Error(checked.message)
    const t1 = performance.now()
    const r = await importIndex(await db(), checked.index)
    const t2 = performance.now()
    return { checkMs: t1 - t0, writeMs: t2 - t1, added: r.added, bytes: buf.byteLength }
  },
  /**
   * Save visited readouts as the `page-analysed` handler does; the analysis (done by the
   * content script on the page) is not timed. Returns ms per save.
   */
  async addReadouts(
    pages: Array<{ text: string; url: string; published: string }>,
  ): Promise<number[]> {
    const d = await db()
    const times: number[] = []
    for (const p of pages) {
      const article = parseText(p.text, { url: p.url, published: p.published })
      const analysis = analyze(article)
      const t0 = performance.now()
      const ev = visitedEvent(article, analysis, p.url)
      await writeEvents(d, [ev], { mode: 'tail', trustGrams: true })
      if ((await d.tail.count()) >= TAIL_MERGE_THRESHOLD) void mergeTail(d)
      times.push(performance.now() - t0)
    }
    return times
  },
  /**
   * One file, each way into a database of its own created for the run and deleted after:
   *   ours   checkImport + importIndex (what the options page runs);
   *   rows   a bare baseline: the rows ours wrote (every table, read back untimed), put with one
   *          Dexie bulkPut per table in one transaction into another database of the same schema;
   *   file   a barer one: JSON.parse and one bulkPut of the file's events as they are into a
   *          one-table database (no derived rows, no secondary indexes).
   * ms each; fetching and decoding the file not included.
   */
  async importVsBulkPut(
    url: string,
  ): Promise<{ oursMs: number; rowsMs: number; fileMs: number; events: number }> {
    const { text, bytes } = await fetchText(url)
    const ours = new LensDb('bench-import-ours')
    await ours.open()
    let t0 = performance.now()
    const checked = checkImport(text, bytes)
    if (!checked.ok) throw new Error(checked.message)
    await importIndex(ours, checked.index)
    const oursMs = performance.now() - t0
    const rows = await Promise.all(allTables(ours).map((t) => t.toArray()))
    ours.close()
    await Dexie.delete('bench-import-ours')

    const same = new LensDb('bench-import-rows')
    await same.open()
    t0 = performance.now()
    const tables = allTables(same)
    await same.transaction('rw', tables, () =>
      Promise.all(tables.map((t, i) => (t as Table<unknown>).bulkPut(rows[i]!))),
    )
    const rowsMs = performance.now() - t0
    rows.length = 0
    same.close()
    await Dexie.delete('bench-import-rows')

    const bare = new Dexie('bench-import-bare')
    bare.version(1).stores({ events: 'id' })
    await bare.open()
    t0 = performance.now()
    const events = (JSON.parse(text) as CorpusIndex).events
    await bare.table('events').bulkPut(events)
    const fileMs = performance.now() - t0
    bare.close()
    await Dexie.delete('bench-import-bare')
    return { oursMs, rowsMs, fileMs, events: events.length }
  },
  /** Add the folded search texts of a file's events to those in memory (untimed); `reset`
   *  drops the earlier ones. Kept newest first. */
  async scanLoad(url: string, reset: boolean): Promise<number> {
    if (reset) scanRows = []
    for (const ev of (JSON.parse((await fetchText(url)).text) as CorpusIndex).events)
      scanRows.push({ day: ev.date ?? '', n: scanRows.length, f: foldForSearch(searchText(ev)) })
    // Newest first, undated last, later-added first among equals (catalog.byRecency's order).
    scanRows.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? 1 : -1) : b.n - a.n))
    scanTexts = scanRows.map((r) => r.f)
    return scanTexts.length
  },
  /**
   * ms per query of the bare scan doing the popup's job: fold the query's terms as search does,
   * walk every text in memory newest first (the popup shows how many match), count those that
   * contain every term and keep the first `limit`, exact-phrase matches first (the popup's
   * order). `firstOnly`: stop at the first `limit` matches instead (no count, no phrase order).
   */
  scanTimes(queries: string[], reps: number, limit: number, firstOnly = false): number[] {
    const times: number[] = []
    let sink = 0
    for (let r = 0; r < reps; r++) {
      for (const q of queries) {
        const t0 = performance.now()
        const terms = q.split(/\s+/).map(foldForSearch).filter(Boolean)
        const phrase = terms.join('')
        const exact: number[] = []
        const other: number[] = []
        let total = 0
        for (let i = 0; i < scanTexts.length; i++) {
          const f = scanTexts[i]!
          if (!terms.every((t) => f.includes(t))) continue
          total++
          if (terms.length === 1 || f.includes(phrase)) {
            if (exact.length < limit) exact.push(i)
          } else if (other.length < limit) other.push(i)
          if (firstOnly && exact.length + other.length >= limit) break
        }
        const found = exact.concat(other).slice(0, limit)
        times.push(performance.now() - t0)
        sink += found.length + total
      }
    }
    if (sink === 0) throw new Error('the scan found nothing')
    return times
  },
  async count(): Promise<number> {
    return (await db()).events.count()
  },
}

;(globalThis as unknown as { bench: typeof bench }).bench = bench
document.title = 'bench store ready'
