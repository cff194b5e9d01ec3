// Annotation cost on long readout pages (issue 7): from the article being present
// (`readout-lens:article` mark) to every highlight registered (`readout-lens:highlights`),
// read from the page's performance timeline; main-thread long tasks (> 50 ms) while
// annotating, in Chromium (Firefox has no longtask entries). Thresholds here are loose
// (shared CI machines); the measured figures are printed and written to test-output/.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { Page as PwPage } from 'playwright-core'
import type { Page as PptrPage } from 'puppeteer-core'
import { forEachBrowser, loadFixtureSites, ROOT, type TestBrowser, type TestPage } from '../harness'
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

interface Timing {
  /** Stage marks (ms after the article was present) of one run. */
  marks: string
  annotateMs: number
  detectMs: number
  chars: number
  longTasks: number[]
}

async function measure(b: TestBrowser, chars: number, run: number): Promise<Timing> {
  const url = `https://finance.sina.com.cn/china/gncj/2021-12-16/doc-ikyakumx44${chars}${run}.shtml`
  b.server.route(url, longSinaPageFromFile(sina.readoutFile, chars))
  const page = await openPageWith(b, url, () => {
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
  })
  try {
    await b.waitForAnnotation(page, { timeout: 30_000 })
    await page.waitFor(
      () => performance.getEntriesByName('readout-lens:annotate').length > 0,
      undefined,
      { message: 'no readout-lens:annotate measure' },
    )
    await b.idle(300)
    return await page.evaluate(() => {
      const m = performance.getEntriesByName('readout-lens:annotate')[0]!
      const d = performance.getEntriesByName('readout-lens:detect')[0]
      const start = m.startTime
      const w = window as unknown as { __longTasks?: Array<{ start: number; duration: number }> }
      const longTasks = (w.__longTasks ?? [])
        .filter((t) => t.start + t.duration >= start)
        .map((t) => t.duration)
      const article = document.getElementById('article')
      const marks = JSON.stringify(
        performance
          .getEntriesByType('mark')
          .filter((e) => e.name.startsWith('readout-lens'))
          .map((e) => [e.name, Math.round(e.startTime - start)]),
      )
      return {
        marks,
        annotateMs: m.duration,
        detectMs: d?.duration ?? -1,
        chars: article?.textContent?.length ?? 0,
        longTasks,
      }
    })
  } finally {
    await page.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

forEachBrowser((b) => {
  it('annotates 20,000- and 200,000-character readouts quickly, without long tasks', async () => {
    const results: Record<string, unknown> = {}
    for (const chars of [20_000, 200_000]) {
      const runs: Timing[] = []
      for (let run = 0; run < 4; run++) runs.push(await measure(b, chars, run))
      results[`stages_${chars / 1000}k`] = runs[runs.length - 1]!.marks
      const measured = runs.slice(1) // first run warms the caches
      const annotate = median(measured.map((r) => r.annotateMs))
      const longTasks = measured.flatMap((r) => r.longTasks)
      results[`annotate_ms_${chars / 1000}k`] = Math.round(annotate * 10) / 10
      results[`long_tasks_${chars / 1000}k`] = longTasks.length
      results[`detect_ms_${chars / 1000}k`] =
        Math.round(median(measured.map((r) => r.detectMs)) * 10) / 10
      results[`page_chars_${chars / 1000}k`] = measured[0]!.chars
      expect(measured[0]!.chars).toBeGreaterThan(chars * 0.95)
    }
    console.log(b.name, JSON.stringify(results))
    mkdirSync(TEST_OUTPUT_DIR, { recursive: true })
    writeFileSync(
      join(TEST_OUTPUT_DIR, `content-perf-${b.name}.json`),
      JSON.stringify(results, null, 2),
    )
    if (b.name === 'chromium')
      expect(results.long_tasks_200k, 'long tasks while annotating 200k').toBe(0)
    expect(results.annotate_ms_20k).toBeLessThan(400)
    expect(results.annotate_ms_200k).toBeLessThan(1500)
  })
})
