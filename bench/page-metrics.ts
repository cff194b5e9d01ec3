// In-page figures on generated Sina pages: annotation time (the content script's own
// performance marks, which Chromium shares between the content script's world and the page's),
// long tasks while annotating, mark.js on the same page, detection on a non-readout page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { newBenchPage, type BenchBrowser } from './browser'
import { ROOT, type GeneratedPage } from './gen-corpus'
import { median } from './stats'

const MARKJS = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')

/** Runs in the page's main world at document start: collect long tasks from the beginning. */
function observeLongTasks(): void {
  const w = window as unknown as { __rlLong: Array<{ s: number; d: number }> }
  w.__rlLong = []
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__rlLong.push({ s: e.startTime, d: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // no longtask support: reported as missing below
  }
}

async function open(b: BenchBrowser, url: string): Promise<Page> {
  const page = await newBenchPage(b)
  await page.addInitScript(observeLongTasks)
  await page.goto(url, { waitUntil: 'load' })
  return page
}

async function waitMark(page: Page, name: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
    timeout,
    polling: 50,
  })
}

export interface AnnotateRun {
  ms: number
  longTasks: number
  maxTaskMs: number
  highlights: number
  phrases: string[]
  /** The content script's stage marks (ms after the article mark), when it sets them. */
  stages: Record<string, number>
  /** Long tasks while annotating: [start after the article mark, duration] (ms). */
  taskStarts: number[][]
}

async function annotateOnce(page: Page): Promise<AnnotateRun> {
  await waitMark(page, 'readout-lens:highlights')
  // Let the observer deliver the last task's entry.
  await page.waitForTimeout(100)
  return page.evaluate(() => {
    const start = performance.getEntriesByName('readout-lens:article')[0]!.startTime
    const end = performance.getEntriesByName('readout-lens:highlights')[0]!.startTime
    const long = (window as unknown as { __rlLong: Array<{ s: number; d: number }> }).__rlLong
    const during = long.filter((t) => t.s < end && t.s + t.d > start)
    const phrases = new Set<string>()
    let highlights = 0
    // The registry's names are opaque (the page learns nothing from them); phrase groups are
    // the ones painted over the speaker tints (priority 2, src/shared/paint/plan.ts).
    for (const [, hl] of CSS.highlights) {
      for (const r of hl as Highlight) {
        highlights++
        if ((hl as Highlight).priority !== 2) continue
        // The ranges may be StaticRanges: read their text through a live Range.
        const live = document.createRange()
        live.setStart(r.startContainer, r.startOffset)
        live.setEnd(r.endContainer, r.endOffset)
        phrases.add(live.toString())
      }
    }
    const stages: Record<string, number> = {}
    for (const e of performance.getEntriesByType('mark'))
      if (e.name.startsWith('readout-lens:') && e.startTime >= start && e.startTime <= end) {
        stages[e.name.slice(13)] = Math.round((e.startTime - start) * 10) / 10
      }
    // The background's own analysis time (the rest of that stage is messaging).
    const bg = performance.getEntriesByName('readout-lens:background-analysis').at(-1)
    if (bg) stages['background took'] = Math.round(bg.duration * 10) / 10
    for (const [name, label] of [
      ['background-novelty', 'novelty took'],
      ['background-answer', 'background answered after'],
      ['to-background', 'way there'],
      ['from-background', 'way back'],
    ] as const) {
      const m = performance.getEntriesByName(`readout-lens:${name}`).at(-1)
      if (m) stages[label] = Math.round(m.duration * 10) / 10
    }
    return {
      stages,
      ms: end - start,
      longTasks: during.filter((t) => t.d > 50).length,
      taskStarts: during
        .filter((t) => t.d > 50)
        .map((t) => [Math.round(t.s - start), Math.round(t.d)]),
      maxTaskMs: Math.max(0, ...during.map((t) => t.d)),
      highlights,
      phrases: [...phrases],
    }
  })
}

/**
 * The bare Highlight-API pass a minimal extension would do, on the same page with the same
 * phrases: collect the article's text nodes, indexOf per phrase per node, one Range per hit,
 * CSS.highlights.set — the floor our annotation is judged against (annotate_vs_bare_20k).
 */
async function bareOnce(page: Page, phrases: string[]): Promise<{ ms: number; ranges: number }> {
  return page.evaluate((ph) => {
    const t0 = performance.now()
    const root = document.querySelector('#article')!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
    const ranges: Range[] = []
    for (const p of ph)
      for (const node of nodes) {
        for (let i = node.data.indexOf(p); i >= 0; i = node.data.indexOf(p, i + p.length)) {
          const r = document.createRange()
          r.setStart(node, i)
          r.setEnd(node, i + p.length)
          ranges.push(r)
        }
      }
    CSS.highlights.set('bench-bare', new Highlight(...ranges))
    const ms = performance.now() - t0
    CSS.highlights.delete('bench-bare')
    return { ms, ranges: ranges.length }
  }, phrases)
}

/**
 * The bare cost of asking the background from this page's content script, in the same page
 * right after our annotation: a port opened with the page's request name carrying a message
 * as large as the article, which the background refuses at once (the port closes: that is
 * the answer), and a runtime.sendMessage of the same size that no listener answers. Run in
 * the content script's world through scripting.executeScript from an extension page.
 */
async function roundTripOnce(
  control: Page,
  url: string,
): Promise<{ portMs: number; sendMs: number } | null> {
  /* eslint-disable @typescript-eslint/no-explicit-any -- the extension API, untyped here */
  return control.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: any }).chrome
    const [tab] = await api.tabs.query({ url: u })
    if (!tab) return null
    const [res] = await api.scripting.executeScript({
      target: { tabId: tab.id },
      func: async () => {
        const c = (globalThis as unknown as { chrome: any }).chrome
        const text = document.querySelector('#article')!.textContent ?? ''
        const msg = { type: 'bench-round-trip', text }
        const t0 = performance.now()
        await new Promise<void>((resolve) => {
          const port = c.runtime.connect({ name: 'readout-lens-request' })
          port.onDisconnect.addListener(() => {
            void c.runtime.lastError
            resolve()
          })
          port.postMessage(msg)
        })
        const t1 = performance.now()
        await c.runtime.sendMessage(msg).catch(() => undefined)
        return { portMs: t1 - t0, sendMs: performance.now() - t1 }
      },
    })
    return (res?.result ?? null) as { portMs: number; sendMs: number } | null
  }, url)
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

/** A plain TreeWalker text collection of the whole page (detect_vs_walk_non_readout's floor). */
async function walkOnce(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    let chars = 0
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length
    const ms = performance.now() - t0
    return chars >= 0 ? ms : ms
  })
}

/** mark.js over the article element, the same phrases, in the same page. */
async function markjsOnce(page: Page, phrases: string[]): Promise<{ ms: number; marks: number }> {
  await page.addScriptTag({ content: MARKJS })
  return page.evaluate(
    (ph) =>
      new Promise<{ ms: number; marks: number }>((resolve) => {
        const el = document.querySelector('#article')!
        const Mark = (
          window as unknown as { Mark: new (e: Element) => { mark(k: string[], o: object): void } }
        ).Mark
        const t0 = performance.now()
        let marks = 0
        new Mark(el).mark(ph, {
          separateWordSearch: false,
          diacritics: false,
          each: () => marks++,
          done: () => resolve({ ms: performance.now() - t0, marks }),
        })
      }),
    phrases,
  )
}

export interface AnnotateFigures {
  ms: number
  longTasks: number
  maxTaskMs: number
  highlights: number
  phrases: number
  markjsMs?: number
  markjsMarks?: number
  /** The bare Highlight-API pass, same page, same phrases (with mark.js runs only). */
  bareMs?: number
  /** A bare round trip to the background from the content script (with mark.js runs only). */
  roundTrip?: { portMs: number; sendMs: number }
  runs: number[]
}

export async function measureAnnotation(
  b: BenchBrowser,
  pg: GeneratedPage,
  runs: number,
  withMarkjs: boolean,
  log: (s: string) => void,
): Promise<AnnotateFigures> {
  b.server.route(pg.url, pg.html)
  const results: AnnotateRun[] = []
  const mj: Array<{ ms: number; marks: number }> = []
  const bare: number[] = []
  const trips: Array<{ portMs: number; sendMs: number }> = []
  const control = withMarkjs ? await newBenchPage(b) : null
  await control?.goto(`${b.driver.extensionOrigin}/bench/blank.html`)
  for (let i = 0; i <= runs; i++) {
    const page = await open(b, pg.url)
    const r = await annotateOnce(page)
    const bareRun = withMarkjs ? await bareOnce(page, r.phrases) : null
    const trip = control ? await roundTripOnce(control, pg.url) : null
    if (trip && i > 0) trips.push(trip)
    const m = withMarkjs ? await markjsOnce(page, r.phrases) : null
    await page.close()
    if (i === 0) continue // warm-up
    results.push(r)
    if (m) mj.push(m)
    if (bareRun) bare.push(bareRun.ms)
    log(
      `  ${pg.chars} chars run ${i}: ${r.ms.toFixed(1)} ms, ${r.longTasks} long tasks (max ${r.maxTaskMs.toFixed(0)} ms)${m ? `, mark.js ${m.ms.toFixed(0)} ms` : ''}${bareRun ? `, bare ${bareRun.ms.toFixed(1)} ms` : ''}${trip ? `, round trip port ${trip.portMs.toFixed(1)} / sendMessage ${trip.sendMs.toFixed(1)} ms` : ''}; stages ${JSON.stringify(r.stages)}${r.longTasks ? `; long tasks at ${JSON.stringify(r.taskStarts)}` : ''}`,
    )
  }
  await control?.close()
  const last = results[results.length - 1]!
  return {
    ms: median(results.map((r) => r.ms)),
    longTasks: Math.max(...results.map((r) => r.longTasks)),
    maxTaskMs: Math.max(...results.map((r) => r.maxTaskMs)),
    highlights: last.highlights,
    phrases: last.phrases.length,
    ...(withMarkjs
      ? {
          markjsMs: median(mj.map((m) => m.ms)),
          markjsMarks: mj[mj.length - 1]!.marks,
          bareMs: median(bare),
          ...(trips.length
            ? {
                roundTrip: {
                  portMs: median(trips.map((t) => t.portMs)),
                  sendMs: median(trips.map((t) => t.sendMs)),
                },
              }
            : {}),
        }
      : {}),
    runs: results.map((r) => r.ms),
  }
}

/** The content script's extraction + detection on a long non-readout page. */
export async function measureDetect(
  b: BenchBrowser,
  pg: GeneratedPage,
  runs: number,
): Promise<{ ms: number; walkMs: number; runs: number[] }> {
  b.server.route(pg.url, pg.html)
  const times: number[] = []
  const walks: number[] = []
  for (let i = 0; i <= runs; i++) {
    const page = await open(b, pg.url)
    await waitMark(page, 'readout-lens:detect')
    const ms = await page.evaluate(
      () => performance.getEntriesByName('readout-lens:detect')[0]!.duration,
    )
    const annotated = await page.evaluate(
      () => performance.getEntriesByName('readout-lens:highlights').length,
    )
    const walk = await walkOnce(page)
    await page.close()
    if (annotated) throw new Error('the non-readout page was annotated')
    if (i > 0) {
      times.push(ms)
      walks.push(walk)
    }
  }
  return { ms: median(times), walkMs: median(walks), runs: times }
}
