// The archive job against a scripted server and a fake clock: order, pacing, backoff, stop
// after repeated failures, idempotence and resuming from any saved state.
import { describe, expect, it } from 'vitest'
import {
  memorySink,
  newArchiveJob,
  POLITE,
  runArchiveJob,
  step,
  type ArchiveDeps,
  type ArchiveJob,
  type FetchResult,
} from '../../../src/core/archive'

const ORIGIN = 'http://m.test'
const dayUrl = (d: string) => `${ORIGIN}/lm/xwlb/day/${d.replaceAll('-', '')}.shtml`
const storyPath = (d: string, id: string) =>
  `/${d.replaceAll('-', '/')}/VIDE${id.padEnd(24, 'x')}.shtml`

function dayPage(day: string, stories: Array<[string, string]>): string {
  const whole = `<li><a href="https://tv.cctv.com${storyPath(day, 'whole')}" title="《新闻联播》 ${day.replaceAll('-', '')} 19:00">完整版</a></li>`
  return (
    whole +
    stories
      .map(
        ([id, t]) =>
          `<li><a href="https://tv.cctv.com${storyPath(day, id)}" title="[视频]${t}">${t}</a></li>`,
      )
      .join('')
  )
}

function storyPage(day: string, id: string, cp: string): string {
  const [, m, d] = day.split('-').map(Number)
  return (
    `<html><head><title>[视频]习近平同${cp}国总统通电话</title><script>var commentUrl = "https://tv.cctv.com${storyPath(day, id)}";</script></head><body>` +
    `<span class="time">${day} 19:10</span><div id="content_area"><p>央视网消息（新闻联播）：国家主席习近平${m}月${d}日下午同${cp}国总统${cp}某通电话。</p>` +
    `<p>习近平指出，双方要加强合作。</p><p>${cp}某表示，愿同中方共同努力。</p></div></body></html>`
  )
}

type Script = Map<string, Array<FetchResult | 'throw'>>

/** A fake site: `pages` by URL; `script` answers first (one entry per request) when present. */
function fakeDeps(pages: Map<string, string>, script: Script = new Map()) {
  let clock = 0
  const log: Array<{ url: string; at: number }> = []
  const sleeps: number[] = []
  const sink = memorySink([])
  const deps: ArchiveDeps = {
    fetcher: {
      async get(url) {
        log.push({ url, at: clock })
        const scripted = script.get(url)?.shift()
        if (scripted === 'throw') throw new Error('ECONNRESET')
        if (scripted) return scripted
        const body = pages.get(url)
        return body === undefined ? { status: 404, body: '' } : { status: 200, body }
      },
    },
    sink,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
    politeness: POLITE,
  }
  return { deps, log, sleeps, sink }
}

function site(): Map<string, string> {
  const pages = new Map<string, string>()
  const add = (day: string, stories: Array<[string, string, string | null]>) => {
    pages.set(
      dayUrl(day),
      dayPage(
        day,
        stories.map(([id, t]) => [id, t]),
      ),
    )
    for (const [id, , cp] of stories)
      if (cp) pages.set(`${ORIGIN}${storyPath(day, id)}`, storyPage(day, id, cp))
  }
  add('2023-05-01', [
    ['a1', '习近平同甲国总统通电话', '甲'],
    ['n1', '春耕忙', null],
  ])
  add('2023-05-02', [
    ['b1', '习近平同乙国总统通电话', '乙'],
    ['b2', '习近平同丙国总统通电话', null],
  ])
  add('2023-05-03', [['c1', '习近平同丁国总统通电话', '丁']])
  return pages
}

const RANGE = { from: '2023-05-01', to: '2023-05-03', origin: ORIGIN }

async function runAll(job: ArchiveJob, deps: ArchiveDeps): Promise<ArchiveJob> {
  return runArchiveJob(job, deps, { save: () => {}, halted: () => false })
}

describe('archive job', () => {
  it('scans newest first, fetches only readout headlines, reports the missing story and adds the rest', async () => {
    const { deps, log, sink } = fakeDeps(site())
    const job = await runAll(newArchiveJob(RANGE, POLITE), deps)
    expect(job.status).toBe('done')
    expect(log.map((l) => l.url.replace(ORIGIN, ''))).toEqual([
      '/lm/xwlb/day/20230503.shtml',
      storyPath('2023-05-03', 'c1'),
      '/lm/xwlb/day/20230502.shtml',
      storyPath('2023-05-02', 'b1'),
      storyPath('2023-05-02', 'b2'),
      '/lm/xwlb/day/20230501.shtml',
      storyPath('2023-05-01', 'a1'),
    ])
    expect(job).toMatchObject({ daysDone: 3, daysTotal: 3, readouts: 4, added: 3, merged: 0 })
    expect(job.problems).toEqual([
      expect.objectContaining({
        kind: 'missing',
        day: '2023-05-02',
        detail: expect.stringMatching(/丙国.*HTTP 404/),
      }),
    ])
    expect(
      sink
        .events()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['2023-05-01:call:甲某', '2023-05-02:call:乙某', '2023-05-03:call:丁某'])
    expect(sink.events()[0]!.origin).toBe('imported')
    expect(sink.events()[0]!.sources[0]!.url).toMatch(/^https:\/\/tv\.cctv\.com\//)
  })

  it('spaces requests by 1/rate seconds, one at a time', async () => {
    const { deps, log } = fakeDeps(site())
    await runAll(newArchiveJob(RANGE, POLITE), deps)
    const gaps = log.slice(1).map((l, i) => l.at - log[i]!.at)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500)
  })

  it('a rerun over the same days adds and changes nothing', async () => {
    const { deps, sink } = fakeDeps(site())
    await runAll(newArchiveJob(RANGE, POLITE), deps)
    const before = JSON.stringify(sink.events())
    const again = await runAll(newArchiveJob(RANGE, POLITE), deps)
    expect(again).toMatchObject({ added: 0, merged: 0, unchanged: 3 })
    expect(JSON.stringify(sink.events())).toBe(before)
  })

  it('resumed from the state saved after any step, ends exactly as an uninterrupted run', async () => {
    const whole = fakeDeps(site())
    const ref = await runAll(newArchiveJob(RANGE, POLITE), whole.deps)
    for (let cut = 1; cut < 7; cut++) {
      const { deps, sink } = fakeDeps(site())
      let job = newArchiveJob(RANGE, POLITE)
      for (let i = 0; i < cut; i++) job = await step(job, deps)
      const saved = JSON.parse(JSON.stringify(job)) as ArchiveJob
      const done = await runAll(saved, deps)
      expect(done).toEqual(ref)
      expect(JSON.stringify(sink.events())).toBe(JSON.stringify(whole.sink.events()))
    }
  })

  it('retries a 5xx after growing pauses, then reports the day and goes on', async () => {
    const d = dayUrl('2023-05-03')
    const e500 = { status: 500, body: '' }
    const { deps, sleeps } = fakeDeps(site(), new Map([[d, [e500, e500, e500, e500]]]))
    const job = await runAll(newArchiveJob(RANGE, POLITE), deps)
    expect(sleeps.filter((s) => s >= 2000)).toEqual([2000, 4000, 8000])
    expect(job.problems[0]).toMatchObject({
      kind: 'http',
      day: '2023-05-03',
      detail: 'HTTP 500 after 4 tries',
      cause: { code: 'http', status: 500, tries: 4 },
    })
    expect(job).toMatchObject({ status: 'done', daysDone: 3, added: 2 })
  })

  it('a 429 waits (Retry-After when longer) and slows the rest of the run down', async () => {
    const d = dayUrl('2023-05-03')
    const { deps, log, sleeps } = fakeDeps(
      site(),
      new Map([[d, [{ status: 429, body: '', retryAfterMs: 5000 }]]]),
    )
    const job = await runAll(newArchiveJob(RANGE, POLITE), deps)
    expect(sleeps).toContain(5000)
    expect(job).toMatchObject({ status: 'done', slowdowns: 1, intervalMs: 1000, added: 3 })
    const gaps = log.slice(2).map((l, i) => l.at - log[i + 1]!.at)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000)
  })

  it('stops after repeated failures and says why; resuming retries the story that failed', async () => {
    const s = `${ORIGIN}${storyPath('2023-05-03', 'c1')}`
    const down = Array.from({ length: 4 }, () => 'throw' as const)
    const { deps } = fakeDeps(
      site(),
      new Map([
        [s, [...down]],
        [dayUrl('2023-05-02'), [...down]],
        [dayUrl('2023-05-01'), [...down]],
      ]),
    )
    const job = await runAll(newArchiveJob(RANGE, POLITE), deps)
    expect(job.status).toBe('stopped')
    expect(job.stopReason).toMatch(
      /3 requests in a row failed \(last: network error \(ECONNRESET\) after 4 tries/,
    )
    // The same as data, for the options page and the popup to say in their language.
    expect(job.stop).toMatchObject({
      code: 'failures',
      count: 3,
      last: { code: 'network', message: 'ECONNRESET', tries: 4 },
    })
    // Rewound to the first failure: nothing of the outage is lost or reported twice.
    expect(job).toMatchObject({ day: '2023-05-03', daysDone: 0, problems: [], added: 0 })
    const resumed = await runAll({ ...job, status: 'running' }, deps)
    expect(resumed).toMatchObject({
      status: 'done',
      added: 3,
      problems: [expect.objectContaining({ kind: 'missing' })],
    })
  })

  it('reports a malformed day page and an unreadable story, and loses nothing else', async () => {
    const pages = site()
    pages.set(dayUrl('2023-05-02'), '<html>系统维护</html>')
    pages.set(
      `${ORIGIN}${storyPath('2023-05-03', 'c1')}`,
      '<html><title>x</title><div id="content_area">',
    )
    const { deps, sink } = fakeDeps(pages)
    const job = await runAll(newArchiveJob(RANGE, POLITE), deps)
    expect(job.problems.map((p) => [p.kind, p.day])).toEqual([
      ['unreadable', '2023-05-03'],
      ['unreadable', '2023-05-02'],
    ])
    expect(sink.events().map((e) => e.id)).toEqual(['2023-05-01:call:甲某'])
  })

  it('an empty or reversed range is done at once', () => {
    expect(
      newArchiveJob({ from: '2023-05-03', to: '2023-05-01', origin: ORIGIN }, POLITE).status,
    ).toBe('done')
  })
})
