// Novelty in the background (issue 17): readout pages opened with an index in the extension's
// IndexedDB; the background finds each page's new formulations against every earlier event
// (src/background/novelty.ts) while answering its `annotate-page`. Both times come from the
// same page load: the annotation (the content script's article → highlights marks) and the
// novelty part of the background's work (the reply's `noveltyMs`, which the content script
// records as the `readout-lens:background-novelty` measure).
//
// Every page is a new event (saving it adds a tail row). Each run opens two: the first right
// after `invalidate` rewrote posting rows (an import), so nothing the background read for
// earlier pages is usable — the cold figure; the second with what the first read still
// cached, as successive visits find it — the warm one. Each page is closed only once its
// panel has arrived (the background's save and sections after the paint are done).
import type { Page } from 'playwright-core'
import { newBenchPage, type BenchBrowser } from './browser'
import type { GeneratedPage } from './gen-corpus'
import { median } from './stats'

interface Load {
  novelty: number
  annotate: number
}

export interface NoveltyFigures {
  /** Median novelty time in the background with nothing cached (ms)… */
  coldMs: number
  /** …and the annotation time of the same page loads (ms). */
  coldAnnotateMs: number
  /** The same with the previous page's reads cached. */
  warmMs: number
  warmAnnotateMs: number
}

async function load(b: BenchBrowser, pg: GeneratedPage): Promise<Load> {
  b.server.route(pg.url, pg.html)
  const page: Page = await newBenchPage(b)
  await page.goto(pg.url, { waitUntil: 'load' })
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('readout-lens:highlights').length > 0 &&
      performance.getEntriesByName('readout-lens:background-novelty').length > 0,
    undefined,
    { timeout: 60_000, polling: 50 },
  )
  const r = await page.evaluate(() => {
    const at = (n: string) => performance.getEntriesByName(n)[0]!
    return {
      novelty: at('readout-lens:background-novelty').duration,
      annotate: at('readout-lens:highlights').startTime - at('readout-lens:article').startTime,
    }
  })
  // The background saves the page and computes its panel after painting: let it finish, so
  // the next page's novelty does not queue behind this one's writes.
  await page.waitForFunction(
    () => performance.getEntriesByName('readout-lens:panel-data').length > 0,
    undefined,
    { timeout: 60_000, polling: 50 },
  )
  await page.close()
  return r
}

/** runs + 1 rounds (the first warms the code and is not counted). */
export async function measureNovelty(
  b: BenchBrowser,
  readout: (n: number) => GeneratedPage,
  invalidate: () => Promise<void>,
  runs: number,
  log: (s: string) => void,
): Promise<NoveltyFigures> {
  const cold: Load[] = []
  const warm: Load[] = []
  for (let i = 0; i <= runs; i++) {
    await invalidate()
    const c = await load(b, readout(2 * i))
    const w = await load(b, readout(2 * i + 1))
    log(
      `  novelty run ${i}${i === 0 ? ' (not counted)' : ''}: cold ${c.novelty.toFixed(1)} ms (annotation ${c.annotate.toFixed(1)} ms), warm ${w.novelty.toFixed(1)} ms (annotation ${w.annotate.toFixed(1)} ms)`,
    )
    if (i === 0) continue
    cold.push(c)
    warm.push(w)
  }
  const med = (xs: Load[], k: keyof Load) => median(xs.map((x) => x[k]))
  return {
    coldMs: med(cold, 'novelty'),
    coldAnnotateMs: med(cold, 'annotate'),
    warmMs: med(warm, 'novelty'),
    warmAnnotateMs: med(warm, 'annotate'),
  }
}
