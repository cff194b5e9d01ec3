// Search figures through the real popup (src/popup) and background: time from the popup's
// `search` request to its results being in the DOM, time from opening the popup to the first
// results, recall/precision against a brute-force scan; and the same for FlexSearch on a
// bench-only extension page that loads its exported index from IndexedDB.
import type { Page } from 'playwright-core'
import { foldForSearch } from '../src/core/normalize'
import { searchText } from '../src/shared/index/rows'
import type { IndexedEvent } from '../src/core/types'
import { newBenchPage, type BenchBrowser } from './browser'
import { median, percentile } from './stats'

/** Fixed query set: 2-, 4- and 8-character, traditional script, and multi-term queries. */
export const QUERIES = [
  '合作',
  '主权',
  '普京',
  '能源',
  '战略协作',
  '核心利益',
  '多边主义',
  '中美关系',
  '戰略協作',
  '全面战略协作伙伴',
  '构建人类命运共同',
  '习近平 普京',
  '马克龙 气候变化',
  '普京 能源 合作',
  '乌克兰 伙伴关系',
]

/** Runs in the popup page's main world at document start. */
export function popupProbe(): void {
  if (!location.pathname.endsWith('/src/popup/index.html')) return
  const st = {
    sends: [] as Array<{ q: string; t: number }>,
    shownAt: null as number | null,
    typedAt: null as number | null,
    /** The background's own time for the last search (SearchResult.ms) and its phases. */
    engineMs: null as number | null,
    phases: null as Record<string, number> | null,
    /** When the last search reply reached the popup. */
    repliedAt: null as number | null,
  }
  ;(window as unknown as { __bench: typeof st }).__bench = st
  const rt = (
    globalThis as unknown as { chrome: { runtime: { sendMessage: (...a: unknown[]) => unknown } } }
  ).chrome.runtime
  const orig = rt.sendMessage.bind(rt)
  rt.sendMessage = (...args: unknown[]) => {
    const msg = args[0] as { type?: string; query?: string } | undefined
    // (The popup's empty warm-up query on opening is not a search of the query set.)
    if (msg?.type !== 'search' || !msg.query) return orig(...args)
    st.sends.push({ q: msg.query ?? '', t: performance.now() })
    const note = (res: unknown) => {
      st.repliedAt = performance.now()
      const r = res as { ms?: number; phases?: Record<string, number> } | undefined
      st.engineMs = r?.ms ?? null
      st.phases = r?.phases ?? null
    }
    // The polyfill passes a callback; a direct caller gets a promise.
    const last = args[args.length - 1]
    if (typeof last === 'function') {
      args[args.length - 1] = (res: unknown) => {
        note(res)
        ;(last as (r: unknown) => void)(res)
      }
      return orig(...args)
    }
    const ret = orig(...args) as Promise<unknown> | undefined
    void ret?.then(note, () => undefined)
    return ret
  }
  const params = new URLSearchParams(location.hash.slice(1))
  const first = params.get('bench-q')
  /** Experiments only: type this many ms after the box appears instead of at once. */
  const wait = Number(params.get('bench-wait') ?? 0)
  let typed = false
  new MutationObserver(() => {
    const box = document.querySelector<HTMLInputElement>('#q')
    if (first && box && !typed) {
      // The user types as soon as the box is there.
      typed = true
      const type = () => {
        st.typedAt = performance.now()
        box.value = first
        box.dispatchEvent(new Event('input', { bubbles: true }))
      }
      if (wait > 0) setTimeout(type, wait)
      else type()
    }
    if (st.shownAt === null && document.querySelector('.result')) st.shownAt = performance.now()
  }).observe(document, { childList: true, subtree: true })
}

async function openPopup(b: BenchBrowser, first?: string): Promise<Page> {
  const page = await newBenchPage(b)
  await page.addInitScript(popupProbe)
  const hash = first ? `#bench-q=${encodeURIComponent(first)}` : ''
  await page.goto(`${b.driver.extensionOrigin}/src/popup/index.html${hash}`)
  return page
}

/** Type `q` into the popup; ms from its search request to the results in the DOM. */
export async function popupQuery(page: Page, q: string): Promise<{ ms: number; engineMs: number }> {
  return page.evaluate(async (query) => {
    const st = (
      window as unknown as {
        __bench: { sends: Array<{ t: number }>; shownAt: number | null; engineMs: number | null }
      }
    ).__bench
    const box = document.querySelector<HTMLInputElement>('#q')!
    const until = (f: () => boolean) =>
      new Promise<void>((ok, fail) => {
        const t0 = performance.now()
        const tick = () =>
          f()
            ? ok()
            : performance.now() - t0 > 20_000
              ? fail(new Error(`timeout: ${query}`))
              : setTimeout(tick, 2)
        tick()
      })
    box.value = ''
    box.dispatchEvent(new Event('input', { bubbles: true }))
    await until(() => !document.querySelector('.result'))
    st.sends = []
    st.shownAt = null
    box.value = query
    box.dispatchEvent(new Event('input', { bubbles: true }))
    await until(() => st.shownAt !== null)
    if (st.sends.length !== 1)
      throw new Error(`expected one search request, saw ${st.sends.length}`)
    return { ms: st.shownAt! - st.sends[0]!.t, engineMs: st.engineMs ?? NaN }
  }, q)
}

export interface SearchLatency {
  p95: number
  median: number
  samples: number
  /** Median of the background's own search time (the rest is messaging and rendering). */
  engineMedian: number
  engineP95: number
  /** The queries with the slowest median, slowest first. */
  slowest: Array<{ q: string; ms: number; engineMs: number }>
}

export async function measureSearchLatency(b: BenchBrowser, reps: number): Promise<SearchLatency> {
  const page = await openPopup(b)
  await page.waitForSelector('#q')
  for (const q of QUERIES) await popupQuery(page, q) // warm-up: the database is open after this
  const times: number[] = []
  const engine: number[] = []
  const perQuery = new Map<string, Array<{ ms: number; engineMs: number }>>()
  for (let r = 0; r < reps; r++) {
    for (const q of QUERIES) {
      const t = await popupQuery(page, q)
      times.push(t.ms)
      engine.push(t.engineMs)
      perQuery.set(q, [...(perQuery.get(q) ?? []), t])
    }
  }
  await page.close()
  const slowest = [...perQuery]
    .map(([q, ts]) => ({
      q,
      ms: median(ts.map((t) => t.ms)),
      engineMs: median(ts.map((t) => t.engineMs)),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 4)
  return {
    p95: percentile(times, 95),
    median: median(times),
    samples: times.length,
    engineMedian: median(engine),
    engineP95: percentile(engine, 95),
    slowest,
  }
}

/** Mark set by the first statement of the popup's script (src/popup/start-mark.ts). */
const POPUP_SCRIPT_MARK = 'readout-lens:popup-script'
/** Mark set by the first statement of a bench page's script (bench/ext/script-start.ts). */
const BENCH_SCRIPT_MARK = 'bench:script-start'

export interface FirstResults {
  /** Median ms from navigation start to the results in the DOM (the figure). */
  ms: number
  runs: number[]
  /** Medians, ms from navigation start: the popup's script starts, the query is typed, the
   *  request is sent, the reply arrives. */
  scriptAt: number
  typedAt: number
  sentAt: number
  repliedAt: number
  /** Median ms from the popup's first script statement to the results in the DOM. */
  fromScript: number
  /** Median of the background's own time for that first search, and of its first read. */
  engineMs: number
  stateMs: number
}

/** From navigating to the popup to the first query's results in the DOM (typed at once). */
export async function measureFirstResults(b: BenchBrowser, runs: number): Promise<FirstResults> {
  const rows: Array<
    Record<'shown' | 'script' | 'typed' | 'sent' | 'replied' | 'engine' | 'state', number>
  > = []
  for (let i = 0; i <= runs; i++) {
    const page = await openPopup(b, QUERIES[4])
    await page.waitForFunction(
      () => (window as unknown as { __bench: { shownAt: number | null } }).__bench.shownAt !== null,
      null,
      { timeout: 20_000, polling: 20 },
    )
    const t = await page.evaluate((mark) => {
      const st = (
        window as unknown as {
          __bench: {
            shownAt: number
            typedAt: number
            repliedAt: number | null
            engineMs: number | null
            phases: Record<string, number> | null
            sends: Array<{ t: number }>
          }
        }
      ).__bench
      return {
        shown: st.shownAt,
        script: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
        typed: st.typedAt,
        sent: st.sends[0]?.t ?? NaN,
        replied: st.repliedAt ?? NaN,
        engine: st.engineMs ?? NaN,
        state: st.phases?.state ?? NaN,
      }
    }, POPUP_SCRIPT_MARK)
    await page.close()
    if (i === 0) continue
    // All relative to the navigation start (timeOrigin).
    rows.push(t)
  }
  const med = (k: keyof (typeof rows)[number]) => median(rows.map((r) => r[k]))
  return {
    ms: med('shown'),
    runs: rows.map((r) => r.shown),
    scriptAt: med('script'),
    typedAt: med('typed'),
    sentAt: med('sent'),
    repliedAt: med('replied'),
    fromScript: median(rows.map((r) => r.shown - r.script)),
    engineMs: med('engine'),
    stateMs: med('state'),
  }
}

/**
 * The browser's fixed cost of opening an extension page: ms from navigation start to the first
 * statement of a bench page whose script does nothing else (bench/ext/blank.html), loaded the
 * way the popup loads its script.
 */
export async function blankPageFloor(b: BenchBrowser, runs: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i <= runs; i++) {
    const page = await newBenchPage(b)
    await page.goto(`${b.driver.extensionOrigin}/bench/blank.html`)
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, BENCH_SCRIPT_MARK)
    const t = await page.evaluate(
      (m) => performance.getEntriesByName(m)[0]!.startTime,
      BENCH_SCRIPT_MARK,
    )
    await page.close()
    if (i > 0) times.push(t)
  }
  return median(times)
}

/** Ids of every event the brute-force scan finds for each query (all terms as substrings). */
export function bruteForce(events: IndexedEvent[], queries = QUERIES): Map<string, Set<string>> {
  // (Every query of the set has matches, so the popup always shows a result list.)
  const folded = events.map((ev) => foldForSearch(searchText(ev)))
  const out = new Map<string, Set<string>>()
  for (const q of queries) {
    const terms = q.split(/\s+/).map(foldForSearch).filter(Boolean)
    const hits = new Set<string>()
    folded.forEach((f, i) => {
      if (terms.every((t) => f.includes(t))) hits.add(events[i]!.id)
    })
    if (hits.size === 0) throw new Error(`query "${q}" matches nothing in the corpus`)
    out.set(q, hits)
  }
  return out
}

export interface Quality {
  recall: number
  precision: number
  perQuery: Array<{ q: string; expected: number; got: number; correct: number }>
}

export function quality(expected: Map<string, Set<string>>, got: Map<string, string[]>): Quality {
  let tp = 0
  let nGot = 0
  let nExp = 0
  const perQuery: Quality['perQuery'] = []
  for (const [q, exp] of expected) {
    const g = got.get(q) ?? []
    const correct = g.filter((id) => exp.has(id)).length
    tp += correct
    nGot += g.length
    nExp += exp.size
    perQuery.push({ q, expected: exp.size, got: g.length, correct })
  }
  return { recall: nExp ? tp / nExp : 1, precision: nGot ? tp / nGot : 1, perQuery }
}

/** Every match of each query from the background (the popup's own request, no limit). */
export async function ourResults(
  b: BenchBrowser,
  queries = QUERIES,
): Promise<Map<string, string[]>> {
  const page = await openPopup(b)
  await page.waitForSelector('#q')
  const out = new Map<string, string[]>()
  for (const q of queries) {
    const ids = await page.evaluate(async (query) => {
      const ext = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } }
        }
      ).chrome
      const res = (await ext.runtime.sendMessage({ type: 'search', query, limit: 100_000 })) as {
        ok: boolean
        hits?: Array<{ id: string }>
        message?: string
      }
      if (!res?.ok) throw new Error(`search failed: ${res?.message}`)
      return res.hits!.map((h) => h.id)
    }, q)
    out.set(q, ids)
  }
  await page.close()
  return out
}

// ---- FlexSearch ----

export async function flexSetup(
  b: BenchBrowser,
  corpusUrl: string,
): Promise<{ buildMs: number; exportMs: number; keys: number }> {
  const page = await newBenchPage(b)
  await page.goto(`${b.driver.extensionOrigin}/bench/flex.html`)
  await page.waitForFunction(() => 'flex' in window)
  const r = await page.evaluate(
    (url) =>
      (
        window as unknown as {
          flex: { setup(u: string): Promise<{ buildMs: number; exportMs: number; keys: number }> }
        }
      ).flex.setup(url),
    corpusUrl,
  )
  await page.close()
  return r
}

export async function flexFirstResults(
  b: BenchBrowser,
  runs: number,
): Promise<{ ms: number; runs: number[]; fromScript: number }> {
  const times: number[] = []
  const fromScript: number[] = []
  for (let i = 0; i <= runs; i++) {
    const page = await newBenchPage(b)
    await page.goto(
      `${b.driver.extensionOrigin}/bench/flex.html#q=${encodeURIComponent(QUERIES[4]!)}`,
    )
    await page.waitForFunction(() => 'flexShownAt' in window || 'flexError' in window, null, {
      timeout: 120_000,
      polling: 50,
    })
    const r = await page.evaluate((mark) => {
      const w = window as unknown as { flexShownAt?: number; flexError?: string }
      return {
        t: w.flexShownAt,
        e: w.flexError,
        script: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
      }
    }, BENCH_SCRIPT_MARK)
    await page.close()
    if (r.e !== undefined) throw new Error(`FlexSearch page: ${r.e}`)
    if (i > 0) {
      times.push(r.t!)
      fromScript.push(r.t! - r.script)
    }
  }
  return { ms: median(times), runs: times, fromScript: median(fromScript) }
}

/** FlexSearch's matches (positions in the corpus → ids). */
export async function flexResults(
  b: BenchBrowser,
  events: IndexedEvent[],
  queries = QUERIES,
): Promise<Map<string, string[]>> {
  const page = await newBenchPage(b)
  await page.goto(`${b.driver.extensionOrigin}/bench/flex.html`)
  await page.waitForFunction(() => 'flex' in window)
  const out = new Map<string, string[]>()
  for (const q of queries) {
    const ix = await page.evaluate(
      (query) =>
        (window as unknown as { flex: { searchAll(q: string): Promise<number[]> } }).flex.searchAll(
          query,
        ),
      q,
    )
    out.set(
      q,
      ix.map((i) => events[i]!.id),
    )
  }
  await page.close()
  return out
}

// ---- bare baselines (issue 15), run on the bench store page (bench/ext/store-page.ts) ----

interface StoreBench {
  importVsBulkPut(u: string): Promise<ImportVsBulkPut>
  scanLoad(u: string, reset: boolean): Promise<number>
  scanTimes(q: string[], reps: number, limit: number, firstOnly?: boolean): number[]
}

export interface ImportVsBulkPut {
  oursMs: number
  /** Bare bulkPuts of the rows ours wrote, same schema. */
  rowsMs: number
  /** JSON.parse + one bulkPut of the file's events into a one-table database. */
  fileMs: number
  events: number
}

/** Our import of the file at `url` and bare bulkPuts (bench/ext/store-page.ts), each into a fresh
 *  database. */
export function importVsBulkPut(store: Page, url: string): Promise<ImportVsBulkPut> {
  return store.evaluate(
    (u) => (window as unknown as { bench: StoreBench }).bench.importVsBulkPut(u),
    url,
  )
}

/** Load the files' search texts into the store page's memory (`reset` on the first). */
export function scanLoad(store: Page, url: string, reset: boolean): Promise<number> {
  return store.evaluate(
    ({ u, r }) => (window as unknown as { bench: StoreBench }).bench.scanLoad(u, r),
    { u: url, r: reset },
  )
}

/** The in-memory `includes` scan over the query set: what the popup's search is judged against. */
export async function scanLatency(
  store: Page,
  reps: number,
): Promise<{ p95: number; median: number; firstOnlyP95: number }> {
  const [times, firstOnly] = await store.evaluate(
    ({ q, r }) => {
      const bench = (window as unknown as { bench: StoreBench }).bench
      bench.scanTimes(q, 1, 20) // warm-up, as for the popup
      return [bench.scanTimes(q, r, 20), bench.scanTimes(q, r, 20, true)]
    },
    { q: QUERIES, r: reps },
  )
  return {
    p95: percentile(times, 95),
    median: median(times),
    firstOnlyP95: percentile(firstOnly, 95),
  }
}
