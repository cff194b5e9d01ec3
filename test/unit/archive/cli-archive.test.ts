// `readout-lens archive cctv` over the whole of 2023 against a local mirror of the saved
// tv.cctv.com pages (../shared/realpages/cctv), then the failure cases on a few days.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runArchive } from '../../../src/cli/archive-command'
import type { CliIO } from '../../../src/cli/io'
import { main } from '../../../src/cli/main'
import { POLITE } from '../../../src/core/archive'
import { indexArticles } from '../../../src/core/index/build'
import { loadArticleFromFile } from '../../../src/node/load-article'
import type { CorpusIndex } from '../../../src/core/types'
import { REAL_CCTV, startCctvMirror, type CctvMirror } from './cctv-mirror'

interface Case {
  file: string
  url: string
  title: string
  isReadout: boolean | null
  kind: string | null
  date: string | null
  counterpart: string | null
  skip: string | null
}
const truth = (
  JSON.parse(readFileSync(join(REAL_CCTV, 'readouts/truth.json'), 'utf8')) as { cases: Case[] }
).cases
const of2023 = truth.filter((c) => c.url.includes('/2023/'))

function io(tty = false): CliIO & { out: string; err: string } {
  const s = {
    out: '',
    err: '',
    env: {},
    moduleUrl: import.meta.url,
    stdout: { write: (t: string) => (s.out += t), isTTY: false },
    stderr: { write: (t: string) => (s.err += t), isTTY: tty },
  }
  return s
}

let mirror: CctvMirror
const dir = mkdtempSync(join(tmpdir(), 'rl-archive-'))
beforeAll(async () => {
  mirror = await startCctvMirror()
})
afterAll(() => mirror.close())

const readIndex = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as CorpusIndex

describe('readout-lens archive cctv (2023, real pages)', { timeout: 60_000 }, () => {
  const out = join(dir, 'year.json')
  let first: ReturnType<typeof io>

  it('imports every 2023 readout of the saved pages, each with its date, kind and counterpart', async () => {
    first = io(true)
    const argv = ['archive', 'cctv', '--from', '2023-01-01', '--to', '2023-12-31', '-o', out]
    const code = await main([...argv, '--origin', mirror.origin, '--rate', '2000'], first)
    expect(code).toBe(0)
    const index = readIndex(out)
    // Exactly the events build-index's analysis makes of the same saved pages (its DOM intake).
    const expected = indexArticles(
      of2023.map((c) => loadArticleFromFile(join(REAL_CCTV, 'readouts', c.file), { url: c.url })),
    ).events
    expect(index.events.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort())
    // And right against the truth for nearly every 2023 readout (misses are the analysis's
    // own, the same in build-index: see the issue 12 report).
    const byUrl = new Map(index.events.flatMap((e) => e.sources.map((s) => [s.url, e] as const)))
    const scored = of2023.filter((c) => c.isReadout === true && !c.skip)
    const right = scored.filter((c) => {
      const ev = byUrl.get(c.url)
      return (
        ev?.date === c.date &&
        (!c.kind || ev.kind === c.kind) &&
        ev.counterpart?.name === c.counterpart
      )
    })
    expect(right.length / scored.length).toBeGreaterThanOrEqual(0.92)
    // Nothing that is not a 2023 readout page of the archive.
    const pages = new Set(of2023.map((c) => c.url))
    for (const ev of index.events) for (const s of ev.sources) expect(pages.has(s.url!)).toBe(true)
    expect(index.events.every((e) => e.origin === 'imported')).toBe(true)
    // Newest evening first; stories the archive does not hold were reported and skipped.
    expect(mirror.requests[0]).toBe('/lm/xwlb/day/20231231.shtml')
    expect(first.err).toMatch(/missing \(skipped\): 李强会见/)
    expect(first.out).toMatch(/365 of 365 days scanned .* 1\d\d added, 0 merged/)
  })

  it('shows a progress bar with counts on a terminal', () => {
    const clear = '\r\u001b[K'
    expect(first.err).toContain(`${clear}[#########...............] `)
    expect(first.err).toMatch(/\] \d+\/365 days · 2023-\d\d-\d\d · \d+ added, 0 merged/)
    expect(first.err).toContain('[########################] 365/365 days · done')
  })

  it('a rerun leaves the file byte for byte', async () => {
    const before = readFileSync(out)
    const again = io()
    const code = await main(
      [
        'archive',
        'cctv',
        '--from',
        '2023-01-01',
        '--to',
        '2023-12-31',
        '-o',
        out,
        '--origin',
        mirror.origin,
        '--rate',
        '2000',
      ],
      again,
    )
    expect(code).toBe(0)
    expect(again.out).toMatch(/0 added, 0 merged, 1\d\d already indexed.*\(file unchanged\)/)
    expect(readFileSync(out).equals(before)).toBe(true)
    expect(again.err).not.toContain('\r') // no progress bar off a terminal
  })
})

describe('readout-lens archive cctv: merging and failures', { timeout: 30_000 }, () => {
  const quick = { ...POLITE, ratePerSecond: 1000, backoffMs: 5 }
  const args = (output: string, from: string, to: string) => ({
    from,
    to,
    output,
    origin: mirror.origin,
    politeness: quick,
  })

  it('merges with the same event already in the index from another outlet', async () => {
    const src = join(dir, 'src')
    const file = join(src, 'other-outlet.txt')
    mkdirSync(src, { recursive: true })
    // Written for this test: another outlet's (short) copy of the 2023-11-20 call.
    writeFileSync(
      file,
      '习近平同法国总统马克龙通电话\n2023年11月20日 20:10\n新华社北京11月20日电 国家主席习近平20日下午同法国总统马克龙通电话。\n习近平指出，双方要加强合作。\n马克龙表示，法方愿同中方共同努力。\n',
    )
    const out = join(dir, 'merged.json')
    expect(main(['build-index', src, '-o', out], io())).toBe(0)
    const s = io()
    expect(await runArchive(args(out, '2023-11-20', '2023-11-20'), s)).toBe(0)
    const ev = readIndex(out).events.find((e) => e.id === '2023-11-20:call:马克龙')!
    expect(ev.sources.map((x) => x.outlet)).toEqual(expect.arrayContaining(['央视网']))
    expect(ev.sources).toHaveLength(2)
    expect(s.out).toMatch(/0 added, 1 merged/)
  })

  it('reports a 404 day and a 500 day, skips them and keeps the other days', async () => {
    mirror.override('/lm/xwlb/day/20231120.shtml', { status: 404 })
    mirror.override('/lm/xwlb/day/20231122.shtml', { status: 500, times: 10 })
    const out = join(dir, 'holes.json')
    const s = io()
    expect(await runArchive(args(out, '2023-11-17', '2023-11-22'), s)).toBe(0)
    expect(s.err).toMatch(
      /2023-11-22 .*20231122\.shtml: failed \(skipped\): HTTP 500 after 4 tries/,
    )
    expect(s.err).toMatch(/2023-11-20 .*20231120\.shtml: missing \(skipped\): HTTP 404/)
    expect(s.out).toMatch(/6 of 6 days scanned/)
    const ids = readIndex(out).events.map((e) => e.date)
    expect(ids).not.toContain('2023-11-20')
    expect(ids).not.toContain('2023-11-22')
    expect(ids.length).toBeGreaterThan(0)
  })

  it('a 429 slows the import down and loses nothing', async () => {
    mirror.override('/lm/xwlb/day/20231017.shtml', {
      status: 429,
      times: 1,
      headers: { 'retry-after': '0' },
    })
    const out = join(dir, 'slow.json')
    const s = io()
    expect(await runArchive(args(out, '2023-10-17', '2023-10-17'), s)).toBe(0)
    expect(s.out).toMatch(/slowed down 1× on HTTP 429/)
    expect(readIndex(out).events.length).toBeGreaterThan(2)
  })

  it('a malformed story is reported; the rest of the day is imported', async () => {
    const day = readFileSync(join(REAL_CCTV, 'days/20231018.shtml'), 'utf8')
    const story =
      /https:\/\/tv\.cctv\.com(\/2023\/10\/18\/VIDE\w+\.shtml)" target="_blank" alt="\[视频\]习近平同俄罗斯总统会谈"/.exec(
        day,
      )![1]!
    const whole = join(dir, 'whole-day.json')
    expect(await runArchive(args(whole, '2023-10-18', '2023-10-18'), io())).toBe(0)
    mirror.override(story, {
      status: 200,
      body: '<html><head><title>[视频]…</title></head><body><div id="content_area"><p>截断',
    })
    const out = join(dir, 'malformed.json')
    const s = io()
    expect(await runArchive(args(out, '2023-10-18', '2023-10-18'), s)).toBe(0)
    expect(s.err).toMatch(/unreadable \(skipped\): 习近平同俄罗斯总统会谈: no content_area/)
    const events = readIndex(out).events
    expect(events.find((e) => e.counterpart?.name === '普京')).toBeUndefined()
    expect(events.map((e) => e.id)).toEqual(
      readIndex(whole)
        .events.map((e) => e.id)
        .filter((id) => !id.endsWith(':普京')),
    )
  })

  it('stops after repeated failures with a message that says why (exit 1), saving what it found', async () => {
    for (const d of ['20230905', '20230904', '20230903', '20230902'])
      mirror.override(`/lm/xwlb/day/${d}.shtml`, { status: 503, times: 100 })
    const out = join(dir, 'down.json')
    const s = io()
    expect(await runArchive(args(out, '2023-09-01', '2023-09-07'), s)).toBe(1)
    expect(s.err).toMatch(
      /import stopped: 3 requests in a row failed \(last: HTTP 503 after 4 tries/,
    )
    expect(existsSync(out)).toBe(true)
  })

  it('refuses bad arguments with a usage error', async () => {
    for (const argv of [
      ['archive', 'cctv', '--from', '2023-02-30', '--to', '2023-03-01', '-o', 'x.json'],
      ['archive', 'cctv', '--from', '2023-03-02', '--to', '2023-03-01', '-o', 'x.json'],
      ['archive', 'xinhua', '--from', '2023-03-01', '--to', '2023-03-01', '-o', 'x.json'],
      ['archive', 'cctv', '--from', '2023-03-01', '--to', '2023-03-01'],
      [
        'archive',
        'cctv',
        '--from',
        '2023-03-01',
        '--to',
        '2023-03-01',
        '-o',
        'x.json',
        '--rate',
        '0',
      ],
      [
        'archive',
        'cctv',
        '--from',
        '2023-03-01',
        '--to',
        '2023-03-01',
        '-o',
        'x.json',
        '--origin',
        'ftp://x',
      ],
    ]) {
      const s = io()
      expect(await main(argv, s), argv.join(' ')).toBe(2)
      expect(s.err).toMatch(/readout-lens: .*\nRun `readout-lens --help`/)
    }
  })
})
