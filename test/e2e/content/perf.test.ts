// Long readout pages (20,000 and 200,000 characters) are annotated completely — the chunked
// analysis and painting register exactly the highlights the whole-article analysis gives — and
// the timings are recorded: from the article being present (`readout-lens:article` mark) to
// every highlight registered (`readout-lens:highlights`), the stages in between, and main-
// thread long tasks in Chromium. The figures go to test-output/content-perf-<browser>.json;
// the targets themselves are checked by `npm run bench` on a quiet machine, not here (shared
// CI runners make millisecond thresholds flaky).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { Page as PwPage } from 'playwright-core'
import type { Page as PptrPage } from 'puppeteer-core'
import { forEachBrowser, loadFixtureSites, ROOT, type TestBrowser, type TestPage } from '../harness'
import { expectedForHtml, squash } from './expected'
import { longSinaPageFromFile } from './long-page'

const sina = loadFixtureSites().find((s) => s.id === 'sina')!
const TEST_OUTPUT_DIR = join(ROOT, 'test-output')

/** Open `url` with `init` running in the page before any of its scripts. */
async function openPageWith(b: TestBrowser, url: string, init: () => void): Promise<TestPage> {
  const page = await b.openPage('about:blank')
  if (b.name === 'chromium') await (page.raw as PwPage).addInitScript(init)
  else await (page.raw as PptrPage).evaluateOnNewDocument(init)
  await page.goto(url)
  return page
}

function recordLongTasks(): void {
  const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> }
  w.__longTasks = []
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No longtask entries in this browser.
  }
}

interface Run {
  annotateMs: number
  detectMs: number
  chars: number
  longTasks: number[]
  stages: Record<string, number>
}

async function annotateOnce(b: TestBrowser, url: string): Promise<{ run: Run; page: TestPage }> {
  const page = await openPageWith(b, url, recordLongTasks)
  await b.waitForAnnotation(page, { timeout: 60_000 })
  await page.waitFor(
    () => performance.getEntriesByName('readout-lens:annotate').length > 0,
    undefined,
    { timeout: 30_000, message: 'no readout-lens:annotate measure' },
  )
  await b.idle(200)
  const run = await page.evaluate(() => {
    const m = performance.getEntriesByName('readout-lens:annotate')[0]!
    const d = performance.getEntriesByName('readout-lens:detect')[0]
    const start = m.startTime
    const end = start + m.duration
    const w = window as unknown as { __longTasks?: Array<{ start: number; duration: number }> }
    const stages: Record<string, number> = {}
    for (const e of performance.getEntriesByType('mark'))
      if (e.name.startsWith('readout-lens:') && e.startTime >= start)
        stages[e.name.slice(13)] = Math.round(e.startTime - start)
    return {
      annotateMs: m.duration,
      detectMs: d?.duration ?? -1,
      chars: document.getElementById('article')?.textContent?.length ?? 0,
      longTasks: (w.__longTasks ?? [])
        .filter((t) => t.start < end && t.start + t.duration > start)
        .map((t) => Math.round(t.duration)),
      stages,
    }
  })
  return { run, page }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

forEachBrowser((b) => {
  for (const chars of [20_000, 200_000]) {
    it(`annotates a ${chars / 1000}k-character readout completely, in chunks`, async () => {
      const html = longSinaPageFromFile(sina.readoutFile, chars)
      const exp = expectedForHtml(html, sina.url)
      const runs: Run[] = []
      for (let i = 0; i < 3; i++) {
        const url = `https://finance.sina.com.cn/china/gncj/2021-12-16/doc-ikyakumx${chars}${i}.shtml`
        b.server.route(url, html)
        const { run, page } = await annotateOnce(b, url)
        runs.push(run)
        try {
          if (i === 0) {
            expect(run.chars).toBeGreaterThan(chars * 0.95)
            const h = await b.readHighlights(page)
            const legend = await b.queryPanel(page, '[data-testid=speakers] li[data-highlight]')
            expect(new Set(legend.map((l) => l.attributes['data-speaker']))).toEqual(
              new Set(exp.speakers.keys()),
            )
            for (const item of legend) {
              const want = exp.speakers.get(item.attributes['data-speaker']!)!
              const got = (h[item.attributes['data-highlight']!] ?? []).map((r) => squash(r.text))
              expect(got.length, item.attributes['data-speaker']).toBe(want.length)
              expect(got).toEqual(want)
            }
            for (const [cat, want] of exp.categories) {
              expect(
                (h[`readout-lens-phrase-${cat}`] ?? []).map((r) => squash(r.text)),
                cat,
              ).toEqual(want)
            }
          }
        } finally {
          await page.close()
        }
      }
      const warm = runs.slice(1)
      const figures = {
        annotate_ms: Math.round(median(warm.map((r) => r.annotateMs)) * 10) / 10,
        detect_ms: Math.round(median(warm.map((r) => r.detectMs)) * 10) / 10,
        long_tasks: warm.map((r) => r.longTasks),
        stages: warm.map((r) => r.stages),
        page_chars: runs[0]!.chars,
      }
      console.log(b.name, `${chars / 1000}k`, JSON.stringify(figures))
      mkdirSync(TEST_OUTPUT_DIR, { recursive: true })
      writeFileSync(
        join(TEST_OUTPUT_DIR, `content-perf-${b.name}-${chars / 1000}k.json`),
        JSON.stringify(figures, null, 2),
      )
    })
  }
})
