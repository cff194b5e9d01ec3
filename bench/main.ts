// `npm run bench [-- --json] [-- --quick]`: the figures of issue 7, side by side with mark.js
// and FlexSearch in the same run. Progress goes to stderr; the table (or with --json one JSON
// object with exactly the issue's keys) to stdout.
//   --quick   skip the 50k corpus (search_p95_ms_50k is then null)
//   --only=search   only the index import and the search figures (the others are null)
//   --only=page     only the in-page figures (annotation, mark.js, bare pass, detection) and
//                   the content script's size
//   --only=novelty  only novelty against the 2,000-event index (issue 17)
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { launchBench } from './browser'
import { contentScriptSize } from './content-size'
import { corpus } from './corpus-cache'
import { nonReadoutPage, readoutPage, ROOT, visitedReadouts } from './gen-corpus'
import { measureAnnotation, measureDetect } from './page-metrics'
import { measureNovelty, type Load } from './novelty-metrics'
import {
  blankPageFloor,
  bruteForce,
  flexFirstResults,
  flexResults,
  flexSetup,
  measureFirstResults,
  measureSearchLatency,
  importVsBulkPut,
  ourResults,
  quality,
  QUERIES,
  scanLatency,
  scanLoad,
  type SearchLatency,
} from './search-metrics'
import { median, round } from './stats'
import { TARGETS, type Key } from './targets'
import type { IndexedEvent } from '../src/core/types'
import type { Page } from 'playwright-core'
import { newBenchPage, type BenchBrowser } from './browser'

const args = new Set(process.argv.slice(2))
const JSON_OUT = args.has('--json')
const QUICK = args.has('--quick')
const ONLY_SEARCH = args.has('--only=search')
const ONLY_PAGE = args.has('--only=page')
const ONLY_NOVELTY = args.has('--only=novelty')
const log = (s: string) => process.stderr.write(`${s}\n`)

const figures: Partial<Record<Key, number | null>> = {}
const notes: string[] = []

function coreThroughput(): number {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/bench-core.ts'), '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  if (r.status !== 0) throw new Error(`scripts/bench-core.ts failed: ${r.stderr}`)
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { analysis_chars_per_ms: number }
  return out.analysis_chars_per_ms
}

/** The archive import's cost per story without network waits (scripts/bench-archive.ts). */
function archiveCost(): string {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/bench-archive.ts')],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  return r.status === 0 ? r.stdout.trim() : `archive import bench failed: ${r.stderr.trim()}`
}

function corpusFile(events: IndexedEvent[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: 'readout-lens-index',
      version: 1,
      builtAt: '2026-01-01T00:00:00.000Z',
      events,
    }),
  )
}

async function storePage(b: BenchBrowser): Promise<Page> {
  const page = await newBenchPage(b)
  await page.goto(`${b.driver.extensionOrigin}/bench/store.html`)
  await page.waitForFunction(() => 'bench' in window)
  return page
}

interface ImportResult {
  checkMs: number
  writeMs: number
  added: number
  bytes: number
}

async function importEvents(
  b: BenchBrowser,
  page: Page,
  events: IndexedEvent[],
  parts: number,
  name: string,
): Promise<ImportResult[]> {
  await page.evaluate(() =>
    (window as unknown as { bench: { clear(): Promise<void> } }).bench.clear(),
  )
  const size = Math.ceil(events.length / parts)
  const out: ImportResult[] = []
  for (let i = 0; i < parts; i++) {
    const url = `http://news.sina.com.cn/bench/${name}-${i}.json`
    b.server.route(url, corpusFile(events.slice(i * size, (i + 1) * size)), 'application/json')
    const r = await page.evaluate(
      (u) =>
        (
          window as unknown as { bench: { importFile(u: string): Promise<ImportResult> } }
        ).bench.importFile(u),
      url,
    )
    b.server.route(url, '', 'application/json') // free the buffer
    log(
      `  ${name} part ${i + 1}/${parts}: ${r.added} events, ${(r.bytes / 1048576).toFixed(0)} MB, check ${(r.checkMs / 1000).toFixed(1)} s, write ${(r.writeMs / 1000).toFixed(1)} s`,
    )
    out.push(r)
  }
  return out
}

async function main(): Promise<void> {
  const t0 = Date.now()
  const loadStart = loadavg()[0]!.toFixed(1)
  if (ONLY_PAGE) {
    const size = contentScriptSize(join(ROOT, 'dist/chrome'))
    figures.content_script_kb_gz = round(size.gzBytes / 1024, 1)
    const b = await launchBench()
    try {
      await pageFigures(b)
    } finally {
      await b.close()
    }
    notes.push(
      `load average at start/end: ${loadStart} / ${loadavg()[0]!.toFixed(1)} (other work on the machine inflates every timing)`,
    )
    report()
    return
  }
  if (ONLY_NOVELTY) {
    const events = (await corpus(10_000, log)).slice(0, 2_010)
    const b = await launchBench()
    try {
      const store = await storePage(b)
      await importEvents(b, store, events.slice(0, 2_000), 1, 'corpus-2k')
      await noveltyFigure(b, store, events.slice(2_000))
    } finally {
      await b.close()
    }
    report()
    return
  }
  if (!ONLY_SEARCH) {
    log('▶ core analysis throughput (scripts/bench-core.ts)')
    figures.analysis_chars_per_ms = coreThroughput()
    log('▶ archive import cost per story (scripts/bench-archive.ts)')
    notes.push(archiveCost())

    const size = contentScriptSize(join(ROOT, 'dist/chrome'))
    figures.content_script_kb_gz = round(size.gzBytes / 1024, 1)
    notes.push(
      `content script before detection: ${size.files.map((f) => `${f.file.replace(/^assets\//, '')} ${(f.gz / 1024).toFixed(1)}`).join(', ')} (KB gz)`,
    )
  }

  log('▶ corpora')
  const events10k = await corpus(10_000, log)
  const events50k = QUICK ? null : await corpus(50_000, log)

  const expected10 = bruteForce(events10k)
  log('▶ Chromium with the extension')
  const b = await launchBench()
  try {
    if (!ONLY_SEARCH) await pageFigures(b)

    const store = await storePage(b)
    // A full archive import (2016 to now) is well over a thousand readouts: the search there.
    log('▶ index + search at a full archive import’s size (2,000 events)')
    await importEvents(b, store, events10k.slice(0, 2_000), 1, 'corpus-2k')
    const lat2 = await measureSearchLatency(b, 3)
    notes.push(latencyNote('2k (a full archive import)', lat2))
    if (!ONLY_SEARCH) await noveltyFigure(b, store, events10k.slice(2_000))
    await store.evaluate(() =>
      (window as unknown as { bench: { clear(): Promise<void> } }).bench.clear(),
    )

    log('▶ index: import 10k events')
    const imp = await importEvents(b, store, events10k, 1, 'corpus-10k')
    figures.index_build_s_10k = round((imp[0]!.checkMs + imp[0]!.writeMs) / 1000)
    log('▶ index: our import and a bare bulkPut of the same 10k file, each into a fresh database')
    const rawUrl = 'http://news.sina.com.cn/bench/corpus-10k-raw.json'
    b.server.route(rawUrl, corpusFile(events10k), 'application/json')
    const ib = await importVsBulkPut(store, rawUrl)
    figures.index_build_vs_bulkput_10k = round(ib.oursMs / ib.rowsMs)
    notes.push(
      `import 10k, each into a fresh database: ours (check + import) ${(ib.oursMs / 1000).toFixed(1)} s; bare Dexie bulkPut of the rows ours wrote (same tables and indexes, one transaction) ${(ib.rowsMs / 1000).toFixed(1)} s; JSON.parse + one bulkPut of the file's events as they are into a one-table database ${(ib.fileMs / 1000).toFixed(1)} s (ours / that ${(ib.oursMs / ib.fileMs).toFixed(2)})`,
    )
    await scanLoad(store, rawUrl, true)
    b.server.route(rawUrl, '', 'application/json')

    log('▶ search, 10k')
    const lat10 = await measureSearchLatency(b, 5)
    figures.search_p95_ms_10k = round(lat10.p95)
    notes.push(latencyNote('10k', lat10))
    const scan10 = await scanLatency(store, 5)
    figures.search_vs_scan_p95_10k = round(lat10.p95 / scan10.p95)
    notes.push(scanNote('10k', scan10))
    const first = await measureFirstResults(b, 5)
    figures.search_first_ms_10k = round(first.ms)
    notes.push(
      `popup open → first results (10k), ms from navigation start: popup script starts ${first.scriptAt.toFixed(0)}, query typed ${first.typedAt.toFixed(0)}, search request sent ${first.sentAt.toFixed(0)}, reply ${first.repliedAt.toFixed(0)} (background ${first.engineMs.toFixed(0)} ms, of which its first database read ${first.stateMs.toFixed(0)} ms), results shown ${first.ms.toFixed(0)}`,
    )
    const floor = await blankPageFloor(b, 5)
    const q10 = quality(expected10, await ourResults(b))
    figures.search_recall = round(q10.recall, 4)
    figures.search_precision = round(q10.precision, 4)

    log('▶ FlexSearch, 10k')
    const flexUrl = 'http://news.sina.com.cn/bench/flex-10k.json'
    b.server.route(flexUrl, corpusFile(events10k), 'application/json')
    const fs = await flexSetup(b, flexUrl)
    b.server.route(flexUrl, '', 'application/json')
    const ff = await flexFirstResults(b, 3)
    // From each page's first script (the browser's page-creation cost, the same for both, left out).
    figures.flexsearch_first_ratio_10k = round(ff.fromScript / first.fromScript, 1)
    notes.push(`FlexSearch / ours from navigation start: ${(ff.ms / first.ms).toFixed(1)}`)
    const fq = quality(expected10, await flexResults(b, events10k))
    notes.push(
      `FlexSearch (Charset.CJK, export in IndexedDB): build ${(fs.buildMs / 1000).toFixed(1)} s, popup open → first results ${ff.ms.toFixed(0)} ms; precision ${fq.precision.toFixed(3)}, recall ${fq.recall.toFixed(3)}`,
    )
    notes.push(
      `first results without the browser's page-creation cost (from each page's first script statement): ours ${first.fromScript.toFixed(0)} ms, FlexSearch ${ff.fromScript.toFixed(0)} ms (ratio ${(ff.fromScript / first.fromScript).toFixed(1)}); a blank extension page's first script runs ${floor.toFixed(0)} ms after navigation start (same run), so from navigation start no extension page can show anything sooner`,
    )

    if (!ONLY_SEARCH) {
      log('▶ saving visited readouts, 10k index')
      const adds = await store.evaluate(
        (pages) =>
          (
            window as unknown as { bench: { addReadouts(p: unknown): Promise<number[]> } }
          ).bench.addReadouts(pages),
        visitedReadouts(11),
      )
      figures.add_readout_ms_10k = round(median(adds.slice(1)))
    }

    if (events50k) {
      log('▶ index + search, 50k')
      const imp50 = await importEvents(b, store, events50k, 5, 'corpus-50k')
      notes.push(
        `import 50k (5 files): ${(imp50.reduce((n, r) => n + r.checkMs + r.writeMs, 0) / 1000).toFixed(1)} s`,
      )
      const lat50 = await measureSearchLatency(b, 3)
      figures.search_p95_ms_50k = round(lat50.p95)
      const size50 = Math.ceil(events50k.length / 5)
      for (let i = 0; i < 5; i++) {
        const url = `http://news.sina.com.cn/bench/corpus-50k-raw-${i}.json`
        b.server.route(
          url,
          corpusFile(events50k.slice(i * size50, (i + 1) * size50)),
          'application/json',
        )
        await scanLoad(store, url, i === 0)
        b.server.route(url, '', 'application/json')
      }
      const scan50 = await scanLatency(store, 3)
      figures.search_vs_scan_p95_50k = round(lat50.p95 / scan50.p95)
      notes.push(scanNote('50k', scan50))
      const q50 = quality(bruteForce(events50k), await ourResults(b))
      notes.push(latencyNote('50k', lat50))
      notes.push(
        `search 50k: recall ${q50.recall.toFixed(4)}, precision ${q50.precision.toFixed(4)}`,
      )
    } else figures.search_p95_ms_50k = null
    await store.close()
    notes.push(
      `recall/precision per query (10k): ${q10.perQuery.map((p) => `${p.q} ${p.correct}/${p.expected}`).join(', ')}`,
    )
  } finally {
    await b.close()
  }
  const version = spawnSync('/usr/lib/chromium/chromium', ['--version'], {
    encoding: 'utf8',
  }).stdout.trim()
  notes.push(
    `load average at start/end: ${loadStart} / ${loadavg()[0]!.toFixed(1)} (other work on the machine inflates every timing)`,
  )
  notes.push(
    `machine: ${cpus().length} cores, Node ${process.version}, ${version}; bench took ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  )
  report()
}

/** The annotation and detection figures (pages with the content script). */
async function pageFigures(b: BenchBrowser): Promise<void> {
  const page20k = readoutPage(20_000)
  const page200k = readoutPage(200_000)
  // "Long" non-readout: 50,000 characters (a long feature article is 10–30k); the extreme
  // 200,000-character page is measured too and reported in the notes.
  const other = nonReadoutPage(50_000)
  const otherHuge = nonReadoutPage(200_000)
  log('▶ annotation (20k page, with mark.js on the same page)')
  const a20 = await measureAnnotation(b, page20k, 7, true, log)
  figures.annotate_ms_20k = round(a20.ms)
  figures.markjs_ratio = round(a20.markjsMs! / a20.ms, 1)
  figures.annotate_vs_bare_20k = round(a20.ms / a20.bareMs!, 2)
  notes.push(
    `20k page: ${page20k.chars} chars, ${a20.highlights} highlight ranges, ${a20.phrases} distinct phrases; mark.js ${a20.markjsMs!.toFixed(1)} ms for ${a20.markjsMarks} marks`,
  )
  log('▶ annotation (200k page)')
  const a200 = await measureAnnotation(b, page200k, 5, false, log)
  figures.annotate_ms_200k = round(a200.ms)
  figures.long_tasks_200k = a200.longTasks
  notes.push(
    `200k page: ${page200k.chars} chars, ${a200.highlights} highlight ranges; longest task while annotating ${a200.maxTaskMs.toFixed(0)} ms`,
  )
  notes.push(
    `20k page, bare Highlight-API pass (text nodes, indexOf per phrase, Ranges, CSS.highlights.set), same phrases: ${a20.bareMs!.toFixed(1)} ms`,
  )
  if (a20.roundTrip)
    notes.push(
      `20k page, a bare round trip from the content script to the background with the article's text (no analysis): port ${a20.roundTrip.portMs.toFixed(1)} ms, sendMessage ${a20.roundTrip.sendMs.toFixed(1)} ms; mark.js / (port round trip + bare pass) = ${(a20.markjsMs! / (a20.roundTrip.portMs + a20.bareMs!)).toFixed(1)}, the most any annotation analysed in the background could reach here`,
    )
  log('▶ annotation (2 MB page)')
  const page2mb = readoutPage(700_000) // ≈ 2 MB of UTF-8
  const mb = (Buffer.byteLength(page2mb.html) / 1048576).toFixed(1)
  const a2mb = await measureAnnotation(b, page2mb, 2, false, log)
  figures.longest_task_ms_2mb = round(a2mb.maxTaskMs)
  notes.push(
    `2 MB page (${page2mb.chars} chars, ${mb} MB of HTML): annotated in ${a2mb.ms.toFixed(0)} ms, longest task ${a2mb.maxTaskMs.toFixed(0)} ms, ${a2mb.longTasks} long tasks`,
  )
  log('▶ detection on a long non-readout page')
  const det = await measureDetect(b, other, 7)
  figures.detect_ms_non_readout = round(det.ms)
  figures.detect_vs_walk_non_readout = round(det.ms / det.walkMs, 2)
  const detHuge = await measureDetect(b, otherHuge, 5)
  notes.push(
    `content script on non-readout pages (extraction + detection): ${det.ms.toFixed(1)} ms at ${other.chars} chars, ${detHuge.ms.toFixed(1)} ms at ${otherHuge.chars} chars`,
  )
}

/** Novelty of 20k-char readouts in the background against the 2,000-event index (issue 17). */
async function noveltyFigure(b: BenchBrowser, store: Page, spare: IndexedEvent[]): Promise<void> {
  log('▶ novelty: 20k readouts against the 2k index, in the background')
  let n = 0
  // One more event imported: posting rows rewritten, nothing the background read is reusable.
  const invalidate = async () => {
    const url = `http://news.sina.com.cn/bench/novelty-${n}.json`
    b.server.route(url, corpusFile([spare[n++]!]), 'application/json')
    await store.evaluate(
      (u) =>
        (
          window as unknown as { bench: { importFile(u: string): Promise<unknown> } }
        ).bench.importFile(u),
      url,
    )
  }
  // Dated after every corpus event (2000–2025): the whole index is earlier.
  const day = (k: number) => new Date(Date.UTC(2026, 10, 1 + k)).toISOString().slice(0, 10)
  const nv = await measureNovelty(
    b,
    (k) => readoutPage(20_000, 100 + k, day(k)),
    invalidate,
    7,
    log,
  )
  // The worst of the three: each is how some visits find the background.
  const share = (l: Load) => l.novelty / l.annotate
  figures.novelty_vs_annotate_20k_2k = round(
    Math.max(share(nv.afterImport), share(nv.restarted), share(nv.warm)),
    2,
  )
  const part = (what: string, l: Load) =>
    `${what} ${l.novelty.toFixed(1)} ms of ${l.annotate.toFixed(1)} ms (${share(l).toFixed(2)})`
  notes.push(
    `novelty, 20k readout against the 2k index (background, medians of 7; novelty's time, of the annotation of the same loads): ${part('after an import rewrote the rows', nv.afterImport)}; ${part('restarted background', nv.restarted)}; ${part('warm', nv.warm)}`,
  )
}

function latencyNote(scale: string, l: SearchLatency): string {
  const slow = l.slowest
    .map((s) => `${s.q} ${s.ms.toFixed(0)} (${s.engineMs.toFixed(0)})`)
    .join(', ')
  return `search ${scale}: request → results shown median ${l.median.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms over ${l.samples} queries (${QUERIES.length} distinct); the background's own search time median ${l.engineMedian.toFixed(1)} ms, p95 ${l.engineP95.toFixed(1)} ms; slowest (ms, background ms): ${slow}`
}

function scanNote(scale: string, s: { p95: number; median: number; firstOnlyP95: number }): string {
  return `in-memory includes scan ${scale} (folded texts in the store page; every text checked to count the matches, the newest 20 kept, exact phrase first): median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms; stopping at the first 20 matches instead (no count): p95 ${s.firstOnlyP95.toFixed(2)} ms`
}

function report(): void {
  const out: Record<string, number | null> = {}
  for (const t of TARGETS) out[t.key] = figures[t.key] ?? null
  if (JSON_OUT) {
    process.stdout.write(`${JSON.stringify(out)}\n`)
    for (const n of notes) log(n)
    return
  }
  const rows = TARGETS.map((t) => {
    const v = out[t.key] ?? null
    const verdict = v === null ? 'n/a' : t.test ? (t.test(v) ? 'pass' : 'MISS') : ''
    return [t.key, v === null ? '—' : String(v), t.target, verdict, t.label]
  })
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6))
  const line = (r: string[]) =>
    r
      .map((c, i) => (i < 4 ? (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)) : c))
      .join('  ')
  console.log(line(['figure', 'value', 'target', 'result', 'what']))
  for (const r of rows) console.log(line(r))
  console.log('')
  for (const n of notes) console.log(`- ${n}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
