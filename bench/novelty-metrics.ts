// Novelty in the background (issue 17): readout pages opened with an index in the extension's
// IndexedDB; the background finds each page's new formulations against every earlier event
// (src/background/novelty.ts) while answering its `annotate-page`. Both times come from the
// same page load: the annotation (the content script's article → highlights marks) and the
// novelty part of the background's work (the reply's `noveltyMs`, which the content script
// records as the `readout-lens:background-novelty` measure).
//
// Every page is a new event (saving it adds a tail row). Each run opens three:
// - right after `invalidate` rewrote posting rows (an import), so nothing the background read
//   for earlier pages is current — "after an import";
// - with what the first read still cached, as successive visits find it — "warm";
// - after `restart` stopped the background (as the browser stops an idle service worker), so
//   nothing is in memory, the JIT included — "restarted". It first waits for the background
//   to keep the rows it read (search/keep-rows.ts), as an idle worker has before it is stopped.
// Each page is closed only once its panel has arrived (the background's save and sections
// after the paint are done).
import type { Page } from 'playwright-core'
import { stopServiceWorkers } from '../test/e2e/harness/drivers'
import { newBenchPage, type BenchBrowser } from './browser'
import type { GeneratedPage } from './gen-corpus'
import { median } from './stats'

export interface Load {
  novelty: number
  annotate: number
}

/** Median novelty time in the background and the annotation time of the same loads (ms). */
export interface NoveltyFigures {
  afterImport: Load
  warm: Load
  restarted: Load
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

/** The background's wait before keeping the rows it read (search/keep-rows.ts SAVE_DELAY_MS), and a margin. */
const KEPT_AFTER_MS = 3_000 + 1_000

/** Stops the extension's service worker, as the browser does with an idle one. */
async function stopBackground(b: BenchBrowser): Promise<void> {
  const page = await newBenchPage(b)
  await stopServiceWorkers(page)
  await page.close()
}

/** runs + 1 rounds (the first warms the code and is not counted). */
export async function measureNovelty(
  b: BenchBrowser,
  readout: (n: number) => GeneratedPage,
  invalidate: () => Promise<void>,
  runs: number,
  log: (s: string) => void,
): Promise<NoveltyFigures> {
  const rounds: Array<[Load, Load, Load]> = []
  const fmt = (l: Load) => `${l.novelty.toFixed(1)} ms (annotation ${l.annotate.toFixed(1)} ms)`
  for (let i = 0; i <= runs; i++) {
    await invalidate()
    const c = await load(b, readout(3 * i))
    const w = await load(b, readout(3 * i + 1))
    await new Promise((r) => setTimeout(r, KEPT_AFTER_MS))
    await stopBackground(b)
    const r = await load(b, readout(3 * i + 2))
    log(
      `  novelty run ${i}${i === 0 ? ' (not counted)' : ''}: after an import ${fmt(c)}, warm ${fmt(w)}, restarted ${fmt(r)}`,
    )
    if (i > 0) rounds.push([c, w, r])
  }
  const med = (k: 0 | 1 | 2): Load => ({
    novelty: median(rounds.map((x) => x[k].novelty)),
    annotate: median(rounds.map((x) => x[k].annotate)),
  })
  return { afterImport: med(0), warm: med(1), restarted: med(2) }
}
