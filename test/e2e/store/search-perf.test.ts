// Search at scale in Chromium: synthetic events (STORE_PERF_EVENTS, default 3,000; the
// benchmark runs 10k and 50k) imported through the options page, then a fixed query set (2-, 4-,
// 8-character and two-term queries) answered through the background, as the popup asks.
// Always asserted: recall = precision = 1 against a brute-force substring scan. The latency
// and import targets of issue 7 (p95 ≤ 10 ms, 10k import ≤ 15 s) are asserted with
// STORE_PERF_ASSERT=1 (on a quiet machine); otherwise they are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foldForSearch } from '../../../src/core/normalize'
import { TestBrowser, type TestPage } from '../harness'
import { shipped } from './helpers'
import { queriesFor, syntheticCorpus } from './synthetic'

const N = Number(process.env.STORE_PERF_EVENTS ?? 3_000)
const ASSERT_SPEED = process.env.STORE_PERF_ASSERT === '1'
const corpus = syntheticCorpus(shipped, N)
const json = JSON.stringify(corpus)
const queries = queriesFor(corpus, 60)
const FILE_URL = 'http://news.sina.com.cn/__store/synthetic.json'

function bruteForce(q: string): Set<string> {
  const terms = q.split(/\s+/).map(foldForSearch).filter(Boolean)
  const ids = new Set<string>()
  for (const e of corpus.events) {
    const text = foldForSearch(`${e.title}\n${e.text}`)
    if (terms.every((t) => text.includes(t))) ids.add(e.id)
  }
  return ids
}

async function importFromServer(page: TestPage): Promise<{ ms: number; note: string }> {
  return page.evaluate(async (url) => {
    const text = await (await fetch(url)).text()
    const input = document.querySelector<HTMLInputElement>('input[name="import"]')!
    const note = document.querySelector('[data-testid="data-note"]')!
    const seq = Number(note.getAttribute('data-seq') ?? 0)
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'synthetic.json', { type: 'application/json' }))
    const t0 = performance.now()
    input.files = dt.files
    input.dispatchEvent(new Event('change', { bubbles: true }))
    for (;;) {
      await new Promise((r) => setTimeout(r, 20))
      if (Number(note.getAttribute('data-seq')) > seq && note.getAttribute('data-kind') !== 'busy')
        break
    }
    return { ms: performance.now() - t0, note: note.textContent ?? '' }
  }, FILE_URL)
}

describe('chromium', () => {
  const b = new TestBrowser('chromium')
  beforeAll(() => b.launch(), 120_000)
  afterAll(() => b.close(), 60_000)
  it(`imports ${N} events and answers the query set fast and exactly`, async () => {
    b.server.route(FILE_URL, json, 'application/json')
    const options = await b.openOptions()
    await options.waitFor(() => !!document.querySelector('input[name="import"]'))
    const imported = await importFromServer(options)
    console.log(
      `${b.name}: import of ${N} events ${(imported.ms / 1000).toFixed(1)} s — ${imported.note}`,
    )
    expect(imported.note).toMatch(new RegExp(`${N}`))

    // latency as the popup sees it: message round trip, 20 results with snippets
    const times = await options.evaluate(async (qs) => {
      type Rt = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; ms: number }> } }
      const g = globalThis as unknown as { browser?: Rt; chrome: Rt }
      const api = g.browser ?? g.chrome
      for (const q of qs.slice(0, 8))
        await api.runtime.sendMessage({ type: 'search', query: q, limit: 20 })
      const out: Array<[number, number]> = []
      for (const q of qs) {
        const t0 = performance.now()
        const r = await api.runtime.sendMessage({ type: 'search', query: q, limit: 20 })
        out.push([performance.now() - t0, r.ms])
      }
      return out
    }, queries)
    const p95 = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.ceil(xs.length * 0.95) - 1]!
    const roundTrip = p95(times.map((t) => t[0]))
    const inBackground = p95(times.map((t) => t[1]))
    console.log(
      `${b.name}: search p95 ${roundTrip.toFixed(1)} ms round trip, ${inBackground.toFixed(1)} ms in the background (${N} events, ${queries.length} queries)`,
    )

    // exactness: every query's full result set against the brute-force scan
    let tp = 0
    let fp = 0
    let fn = 0
    for (const q of queries) {
      const r = await b.sendMessage({ type: 'search', query: q, limit: 100_000 })
      if (!r.ok) throw new Error(JSON.stringify(r))
      const want = bruteForce(q)
      const got = new Set(r.hits.map((h) => h.id).filter((id) => id.split(':').length === 4))
      for (const id of got) {
        if (want.has(id)) tp++
        else fp++
      }
      for (const id of want) if (!got.has(id)) fn++
    }
    console.log(
      `${b.name}: recall ${(tp / (tp + fn)).toFixed(4)}, precision ${(tp / (tp + fp)).toFixed(4)}`,
    )
    expect(fn).toBe(0)
    expect(fp).toBe(0)
    if (ASSERT_SPEED) {
      expect(imported.ms).toBeLessThan(15_000 * (N / 10_000))
      expect(inBackground).toBeLessThan(10)
    }
    await options.close()
  }, 600_000)
})
