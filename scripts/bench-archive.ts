// The archive import's own cost per story, without network waits: the whole of 2023 from the
// saved 新闻联播 pages (../shared/realpages/cctv) served from memory, every day page parsed and
// every readout story parsed, analysed and merged into an in-memory index — against the bare
// analysis of the same stories in the same run (the ratio is the import's overhead).
// Run: `npx tsx scripts/bench-archive.ts [--json]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze } from '../src/core/analyze'
import {
  memorySink,
  newArchiveJob,
  parseStoryPage,
  POLITE,
  runArchiveJob,
} from '../src/core/archive'

const REAL = fileURLToPath(new URL('../../shared/realpages/cctv', import.meta.url))

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json')
  if (!existsSync(join(REAL, 'days'))) {
    process.stdout.write(json ? '{}\n' : 'no saved pages at ../shared/realpages/cctv\n')
    return
  }
  const pages = new Map<string, string>()
  for (const f of readdirSync(join(REAL, 'days')))
    pages.set(`/lm/xwlb/day/${f}`, readFileSync(join(REAL, 'days', f), 'utf8'))
  const stories: Array<{ url: string; html: string }> = []
  for (const f of readdirSync(join(REAL, 'readouts')).filter((n) => n.endsWith('.shtml'))) {
    const m = /(\d\d)(\d\d)(\d\d)\.shtml$/.exec(f)!
    const path = `/20${m[1]}/${m[2]}/${m[3]}/${f}`
    const html = readFileSync(join(REAL, 'readouts', f), 'utf8')
    pages.set(path, html)
    if (path.startsWith('/2023/')) stories.push({ url: `https://tv.cctv.com${path}`, html })
  }
  const fetcher = {
    async get(url: string) {
      const body = pages.get(new URL(url).pathname)
      return body === undefined ? { status: 404, body: '' } : { status: 200, body }
    },
  }
  const runImport = async () => {
    const sink = memorySink([])
    const t0 = performance.now()
    const job = await runArchiveJob(
      newArchiveJob({ from: '2023-01-01', to: '2023-12-31', origin: 'http://m' }, POLITE),
      { fetcher, sink, now: () => 0, sleep: async () => {}, politeness: POLITE },
      { save: () => {}, halted: () => false },
    )
    return { ms: performance.now() - t0, job }
  }
  const bare = () => {
    const t0 = performance.now()
    for (const s of stories) {
      const r = parseStoryPage(s.html, s.url)
      if ('article' in r) analyze(r.article)
    }
    return performance.now() - t0
  }
  await runImport()
  bare()
  const runs: number[] = []
  const bares: number[] = []
  let last = (await runImport()).job
  for (let i = 0; i < 5; i++) {
    const r = await runImport()
    runs.push(r.ms)
    last = r.job
    bares.push(bare())
  }
  const perStory = median(runs) / stories.length
  const barePerStory = median(bares) / stories.length
  const out = {
    archive_import_ms_per_story: Number(perStory.toFixed(3)),
    archive_analysis_ms_per_story: Number(barePerStory.toFixed(3)),
    archive_import_overhead_ratio: Number((perStory / barePerStory).toFixed(2)),
    archive_days: last.daysDone,
    archive_stories: stories.length,
    archive_events: last.added,
  }
  if (json) process.stdout.write(`${JSON.stringify(out)}\n`)
  else
    console.log(
      `archive import, 2023 (${out.archive_days} day pages, ${out.archive_stories} saved stories → ${out.archive_events} events), no network waits: ${perStory.toFixed(2)} ms per story, bare analysis ${barePerStory.toFixed(2)} ms per story (ratio ${out.archive_import_overhead_ratio}: day pages, 404s, page parsing, rows and merging)`,
    )
}

void main()
