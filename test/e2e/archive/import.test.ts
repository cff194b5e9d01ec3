// The 新闻联播 archive import in both browsers, with the harness serving the saved pages of
// ../shared/realpages/cctv at https://tv.cctv.com (the background's own fetches: request
// routing in Chromium, the proxy's TLS tunnel in Firefox).
// A month's import adds exactly that month's readouts; a rerun adds none; a background stopped
// mid-run resumes; a 404 or 500 day is reported and skipped, a 429 slows the job down, and a
// malformed story is reported while nothing else is lost. The options page and the popup show it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { storyEvent } from '../../../src/core/archive'
import type { ArchiveRecord } from '../../../src/shared/archive'
import { forEachBrowser, type TestBrowser } from '../harness'
import { inExtensionPage, probeEventIds, restartBackground, sleep } from '../guard/helpers'
import { waitForIndex } from '../store/helpers'

const REAL = fileURLToPath(new URL('../../../../shared/realpages/cctv', import.meta.url))
const ORIGIN = 'https://tv.cctv.com'
/** Test-only pace: the defaults (2/s, 2 s backoff) would make this file take minutes. */
const QUICK = { ratePerSecond: 25, backoffMs: 50 }

const storyFiles = readdirSync(join(REAL, 'readouts')).filter((f) => f.endsWith('.shtml'))
const storyPath = (f: string) => {
  const m = /(\d\d)(\d\d)(\d\d)\.shtml$/.exec(f)!
  return `/20${m[1]}/${m[2]}/${m[3]}/${f}`
}

/** Serve every saved day page and readout story at tv.cctv.com (others answer 404). */
function serveArchive(b: TestBrowser): void {
  for (const f of readdirSync(join(REAL, 'days')))
    b.server.route(`${ORIGIN}/lm/xwlb/day/${f}`, () => readFileSync(join(REAL, 'days', f)))
  for (const f of storyFiles)
    b.server.route(`${ORIGIN}${storyPath(f)}`, () => readFileSync(join(REAL, 'readouts', f)))
}

/** The events the import must make of the saved stories linked from these days' pages. */
function expectedIds(from: string, to: string, except: (url: string) => boolean = () => false) {
  const ids = new Set<string>()
  for (const f of readdirSync(join(REAL, 'days'))) {
    const day = `${f.slice(0, 4)}-${f.slice(4, 6)}-${f.slice(6, 8)}`
    if (day < from || day > to) continue
    const html = readFileSync(join(REAL, 'days', f), 'utf8')
    for (const m of html.matchAll(
      /href="https:\/\/tv\.cctv\.com(\/\d{4}\/\d\d\/\d\d\/(VIDE\w+\.shtml))"/g,
    )) {
      if (!storyFiles.includes(m[2]!) || except(m[1]!)) continue
      const found = storyEvent(
        readFileSync(join(REAL, 'readouts', m[2]!), 'utf8'),
        `https://tv.cctv.com${m[1]}`,
      )
      if ('event' in found) ids.add(found.event.id)
    }
  }
  return [...ids].sort()
}

async function status(b: TestBrowser): Promise<ArchiveRecord | null> {
  const r = await b.sendMessage({ type: 'archive-status' })
  if (!r.ok) throw new Error(`${b.name}: archive-status: ${JSON.stringify(r.error)}`)
  return r.record
}

async function waitFor(
  b: TestBrowser,
  done: (r: ArchiveRecord) => boolean,
  what: string,
  timeout = 60_000,
): Promise<ArchiveRecord> {
  const deadline = Date.now() + timeout
  let last: ArchiveRecord | null = null
  while (Date.now() < deadline) {
    try {
      last = await status(b)
      if (last && done(last)) return last
    } catch {
      // The background is restarting: ask again.
    }
    await sleep(300)
  }
  throw new Error(
    `${b.name}: ${what} not reached: ${JSON.stringify(last?.job ?? null).slice(0, 600)}`,
  )
}

async function start(b: TestBrowser, from: string, to: string) {
  const r = await b.sendMessage({ type: 'archive-start', from, to, politeness: QUICK })
  if (!r.ok) throw new Error(`${b.name}: archive-start: ${JSON.stringify(r.error)}`)
  return waitFor(
    b,
    (x) => x.job.status !== 'running' && x.startedAt === r.record.startedAt,
    `import ${from}..${to}`,
  )
}

const allIds = (b: TestBrowser) => inExtensionPage(b, probeEventIds)

/** The ids in the index now that were not in `before`. */
async function newIds(b: TestBrowser, before: string[]): Promise<string[]> {
  const old = new Set(before)
  return (await allIds(b)).filter((id) => !old.has(id)).sort()
}

forEachBrowser((b) => {
  it('a month imports exactly that month’s readouts; a rerun adds none', async () => {
    serveArchive(b)
    await waitForIndex(b)
    // Day pages from 2023-10-02 to 10-20 (the Belt and Road forum week: many meetings).
    const [from, to] = ['2023-10-02', '2023-10-20']
    const before = await allIds(b)
    const first = await start(b, from, to)
    expect(first.job).toMatchObject({ status: 'done', daysDone: 19, daysTotal: 19, merged: 0 })
    const want = expectedIds(from, to)
    expect(want.length).toBeGreaterThan(15)
    expect(first.job.added).toBe(want.length)
    expect(await newIds(b, before)).toEqual(want)
    // Newest first, from tv.cctv.com itself.
    const days = b.server.requests.filter((u) => u.includes('/lm/xwlb/day/'))
    expect(days[0]).toBe(`${ORIGIN}/lm/xwlb/day/20231020.shtml`)
    const again = await start(b, from, to)
    expect(again.job).toMatchObject({ status: 'done', added: 0, merged: 0, unchanged: want.length })
    expect(await newIds(b, before)).toEqual(want)
  })

  it('the options page shows the import with pause, resume and cancel; the popup shows a running import', async () => {
    const options = await b.openOptions()
    await options.waitFor(
      () => !!document.querySelector('[data-testid="past-readouts"]'),
      undefined,
    )
    const r = await b.sendMessage({
      type: 'archive-start',
      from: '2023-06-01',
      to: '2023-06-30',
      politeness: { ratePerSecond: 4, backoffMs: 50 },
    })
    expect(r.ok).toBe(true)
    await options.waitFor(
      () =>
        /Importing|正在导入/.test(
          document.querySelector('[data-testid="archive-counts"]')?.textContent ?? '',
        ),
      undefined,
      { message: 'no progress shown' },
    )
    await options.click('[data-testid="archive-pause"]')
    const paused = await waitFor(b, (x) => x.job.status === 'paused', 'pause')
    const popup = await b.openPopup()
    await popup.waitFor(
      () => !!document.querySelector('[data-testid="archive-progress"][data-status="paused"]'),
      undefined,
      {
        message: 'the popup shows no import',
      },
    )
    await popup.close()
    await sleep(800)
    expect((await status(b))!.job.daysDone).toBe(paused.job.daysDone) // nothing while paused
    await options.click('[data-testid="archive-resume"]')
    await waitFor(
      b,
      (x) => x.job.status === 'running' || x.job.daysDone > paused.job.daysDone,
      'resume',
    )
    await options.waitFor(
      () => !!document.querySelector('[data-testid="archive-cancel"]'),
      undefined,
    )
    await options.click('[data-testid="archive-cancel"]')
    const cancelled = await waitFor(b, (x) => x.job.status === 'cancelled', 'cancel')
    expect(cancelled.job.daysDone).toBeLessThan(30)
    await options.waitFor(
      () =>
        document.querySelector('[data-testid="archive-progress"]')?.getAttribute('data-status') ===
        'cancelled',
      undefined,
    )
    await options.close()
  })

  it('a background stopped mid-run resumes where it was: nothing lost, nothing twice', async () => {
    const [from, to] = ['2023-11-01', '2023-11-30']
    const before = await allIds(b)
    const r = await b.sendMessage({
      type: 'archive-start',
      from,
      to,
      politeness: { ratePerSecond: 8, backoffMs: 50 },
    })
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    const mid = await waitFor(b, (x) => x.job.daysDone >= 8, 'a third of the month')
    expect(mid.job.status).toBe('running')
    await restartBackground(b)
    const done = await waitFor(b, (x) => x.job.status === 'done', 'the resumed import', 90_000)
    expect(done.job.daysDone).toBe(30)
    const want = expectedIds(from, to)
    expect(await newIds(b, before)).toEqual(want)
    expect(done.job.added + done.job.unchanged).toBeGreaterThanOrEqual(want.length)
  })

  it('a 404 and a 500 day are reported and skipped, a 429 slows the job down, a malformed story is reported; nothing else is lost', async () => {
    const day = (d: string) => `${ORIGIN}/lm/xwlb/day/${d}.shtml`
    b.server.route(day('20231204'), 'gone', 'text/html', 404)
    b.server.route(day('20231205'), 'oops', 'text/html', 500)
    const busy = day('20231206')
    const busyBody = readFileSync(join(REAL, 'days/20231206.shtml'))
    b.server.route(
      busy,
      () => busyBody,
      'text/html; charset=utf-8',
      () => (b.server.requests.filter((u) => u === busy).length <= 1 ? 429 : 200),
    )
    // 2023-12-13: the Vietnam visit; one of its stories arrives cut off.
    const broken = storyPath(storyFiles.find((f) => f.startsWith('VIDEp6CX4VoZUEnxrwc5XcWQ'))!)
    b.server.route(
      `${ORIGIN}${broken}`,
      '<html><head><title>[视频]…</title></head><body><div id="content_area"><p>截断',
    )
    const [from, to] = ['2023-12-01', '2023-12-14']
    const before = await allIds(b)
    const done = await start(b, from, to)
    expect(done.job).toMatchObject({ status: 'done', daysDone: 14 })
    const kinds = done.job.problems.map((p) => `${p.kind} ${p.day}`)
    console.log(b.name, JSON.stringify(done.job.problems.map((p) => [p.kind, p.day, p.detail])))
    expect(kinds).toContain('missing 2023-12-04')
    expect(kinds).toContain('http 2023-12-05')
    expect(kinds).toContain('unreadable 2023-12-13')
    expect(done.job.slowdowns).toBeGreaterThanOrEqual(1)
    expect(done.job.intervalMs).toBeGreaterThan(Math.ceil(1000 / QUICK.ratePerSecond))
    const skipped = (d: string) =>
      d.includes('/2023/12/04/') || d.includes('/2023/12/05/') || d === broken
    const want = expectedIds(from, to, skipped)
    expect(want.length).toBeGreaterThanOrEqual(3)
    expect(await newIds(b, before)).toEqual(want)
    // The options page says each problem in the UI language, from its cause.
    const options = await b.openOptions()
    await options.waitFor(
      () => document.querySelectorAll('[data-testid="archive-problems"] li').length > 0,
      undefined,
      { message: 'no problem list on the options page' },
    )
    const lines = await options.evaluate(() =>
      Array.from(
        document.querySelectorAll('[data-testid="archive-problems"] li'),
        (li) => `${li.getAttribute('data-kind')} ${li.textContent ?? ''}`,
      ),
    )
    const line = (start: string) => lines.find((l) => l.startsWith(start))
    expect(line('missing 2023-12-04')).toMatch(/no such page \(HTTP 404\)/)
    expect(line('http 2023-12-05')).toMatch(/server answered HTTP 500/)
    expect(line('unreadable 2023-12-13')).toMatch(/no story text on the page/)
    await options.close()
  })
})
