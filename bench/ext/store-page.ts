// Bench-only extension page (copied into a bench copy of dist/chrome, never shipped): drives the
// background's own index code in the extension's IndexedDB — the import path (checkImport +
// importIndex, what the options page's import runs) and the save path of a visited readout
// (visitedEvent + writeEvents in tail mode, what the `annotate-page` handler runs).
import { analyze } from '../../src/core/analyze'
import { parseText } from '../../src/core/intake'
import { openDb } from '../../src/shared/db/open'
import type { LensDb } from '../../src/shared/db/schema'
import { checkImport, importIndex } from '../../src/shared/index/transfer'
import {
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
  async count(): Promise<number> {
    return (await db()).events.count()
  },
}

;(globalThis as unknown as { bench: typeof bench }).bench = bench
document.title = 'bench store ready'
