// `compare`, `history` and the `sinceLast`/`history` fields of `analyze --json`, in-process on
// real tv.cctv.com readouts (read from ../shared/realpages at test time).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { CliIO } from '../../../src/cli/io'
import { main } from '../../../src/cli/main'
import { buildIndex } from '../../../src/core/index/build'
import { serializeIndex } from '../../../src/node/corpus-index'
import { loadArticleFromFile } from '../../../src/node/load-article'

const ROOT = join(__dirname, '../../..')
const DIR = join(ROOT, '../shared/realpages/cctv/readouts')
const CALL = join(DIR, 'VIDENeY0f3ZvwsGyYqxohVl6220729.shtml')
const CALL_URL = 'https://tv.cctv.com/2022/07/29/VIDENeY0f3ZvwsGyYqxohVl6220729.shtml'
const BALI = join(DIR, 'VIDEfhSDSWWgm17I9D6jZSyU221115.shtml')
const BALI_URL = 'https://tv.cctv.com/2022/11/15/VIDEfhSDSWWgm17I9D6jZSyU221115.shtml'
const WOODSIDE = join(DIR, 'VIDEznwAhBiKqoK1UtWLs0sb231116.shtml')
const WOODSIDE_URL = 'https://tv.cctv.com/2023/11/16/VIDEznwAhBiKqoK1UtWLs0sb231116.shtml'

function io(): CliIO & { out: string; err: string } {
  const s = {
    out: '',
    err: '',
    env: {},
    moduleUrl: pathToFileURL(join(ROOT, 'src/cli/readout-lens.ts')).href,
    stdout: { write: (t: string) => (s.out += t), isTTY: false },
    stderr: { write: (t: string) => (s.err += t) },
  }
  return s
}

const tmp = mkdtempSync(join(tmpdir(), 'rl-compare-'))
const INDEX = join(tmp, 'index.json')
writeFileSync(
  INDEX,
  serializeIndex(
    buildIndex(
      [
        [CALL, CALL_URL],
        [BALI, BALI_URL],
        [WOODSIDE, WOODSIDE_URL],
      ].map(([f, url]) => loadArticleFromFile(f!, { url: url!, published: null })),
      { builtAt: '2026-01-01T00:00:00.000Z' },
    ),
  ),
)

describe('readout-lens compare', () => {
  it('--json holds sameEvent, a, b, aligned, onlyA, onlyB, phrases and speakers', () => {
    const s = io()
    expect(main(['compare', CALL, BALI, '--url', CALL_URL, '--url', BALI_URL, '--json'], s)).toBe(0)
    const j = JSON.parse(s.out)
    expect(j.sameEvent).toBe(false)
    expect(j.a.url).toBe(CALL_URL)
    expect(j.b.event.date).toBe('2022-11-14')
    expect(j.aligned.length).toBeGreaterThan(3)
    const taiwan = j.aligned.find((p: { a: number }) =>
      j.a.sentences[p.a].text.startsWith('习近平重点阐述了中方在台湾问题'),
    )
    expect(j.b.sentences[taiwan.b].text).toBe('习近平系统阐述了台湾问题由来以及中方原则立场。')
    expect(j.onlyA[0]).toEqual({
      index: expect.any(Number),
      speaker: expect.anything(),
      text: expect.any(String),
    })
    expect(j.aligned.length + j.onlyB.length).toBe(j.b.sentences.length)
    expect(j.phrases.added.map((f: { key: string }) => f.key)).toContain('四不一无意')
    expect(j.phrases.dropped.map((f: { key: string }) => f.key)).toContain('一个中国原则')
    expect(j.speakers.a.first).toBe('习近平')
    expect(j.variants).toContainEqual({
      family: 'taiwan-independence',
      a: ['反对“台独”'],
      b: ['不支持“台独”'],
    })
  })

  it('prints a report and Markdown; refuses bad usage with exit 2', () => {
    const r = io()
    expect(main(['compare', CALL, BALI, '--url', CALL_URL, '--url', BALI_URL], r)).toBe(0)
    expect(r.out).toContain('Taiwan independence: 反对“台独” → 不支持“台独”')
    expect(r.out).toMatch(/~A\d+ 习近平重点阐述了中方在台湾问题上的原则立场。/)
    const m = io()
    expect(
      main(['compare', CALL, BALI, '--url', CALL_URL, '--url', BALI_URL, '--markdown'], m),
    ).toBe(0)
    expect(m.out).toContain(`<${BALI_URL}>`)
    for (const bad of [
      ['compare', CALL],
      ['compare', CALL, BALI, '--json', '--markdown'],
      ['compare', CALL, BALI, '--url', CALL_URL, '--url', BALI_URL, '--url', BALI_URL],
    ]) {
      const s = io()
      expect(main(bad, s)).toBe(2)
      expect(s.err).toMatch(/^readout-lens: /)
    }
    const missing = io()
    expect(main(['compare', CALL, join(tmp, 'nope.html')], missing)).toBe(1)
  })

  it('--families adds a user family; a broken file is exit 1 with the reason', () => {
    const fam = join(tmp, 'families.json')
    writeFileSync(
      fam,
      JSON.stringify({
        families: [{ label: 'Climate', variants: ['气候变化', '碳中和'] }, { label: 'x' }],
      }),
    )
    const s = io()
    expect(main(['compare', CALL, BALI, '--families', fam, '--json'], s)).toBe(0)
    expect(s.err).toContain('x: needs at least two wordings')
    const bad = join(tmp, 'bad.json')
    writeFileSync(bad, '{')
    const b = io()
    expect(main(['compare', CALL, BALI, '--families', bad], b)).toBe(1)
    expect(b.err).toContain('not valid JSON')
  })
})

describe('readout-lens analyze --index: sinceLast and history', () => {
  it('Woodside 2023-11-15: since Bali, history newest first', () => {
    const s = io()
    expect(main(['analyze', WOODSIDE, '--url', WOODSIDE_URL, '--index', INDEX, '--json'], s)).toBe(
      0,
    )
    const j = JSON.parse(s.out)
    expect(j.sinceLast.event).toMatchObject({
      id: '2022-11-14:meeting:拜登',
      date: '2022-11-14',
      kind: 'meeting',
    })
    expect(Array.isArray(j.sinceLast.added)).toBe(true)
    expect(Array.isArray(j.sinceLast.dropped)).toBe(true)
    expect(j.sinceLast.variants.length).toBeGreaterThan(0)
    expect(j.history.map((h: { date: string }) => h.date)).toEqual(['2022-11-14', '2022-07-28'])
    expect(j.history[1]).toMatchObject({ kind: 'call', requestedBy: '拜登' })
    expect(Object.keys(j.history[0])).toEqual(
      expect.arrayContaining(['id', 'date', 'kind', 'requestedBy', 'place']),
    )
  })

  it('the first event has sinceLast null and an empty history; the report says so', () => {
    const s = io()
    expect(main(['analyze', CALL, '--url', CALL_URL, '--index', INDEX, '--json'], s)).toBe(0)
    const j = JSON.parse(s.out)
    expect(j.sinceLast).toBeNull()
    expect(j.history).toEqual([])
    const r = io()
    expect(main(['analyze', BALI, '--url', BALI_URL, '--index', INDEX], r)).toBe(0)
    expect(r.out).toContain('Since 2022-07-28, phone call with 拜登')
    expect(r.out).toContain('应约:    拜登 → nobody')
  })

  it('--markdown prints the annotations with citations', () => {
    const s = io()
    expect(main(['analyze', BALI, '--url', BALI_URL, '--index', INDEX, '--markdown'], s)).toBe(0)
    expect(s.out).toContain('# \\[视频\\]习近平同美国总统在巴厘岛举行会晤')
    expect(s.out).toContain(`央视网, 2022-11-14, <${BALI_URL}>`)
  })
})

describe('readout-lens history', () => {
  it('prints the counterpart’s events as CSV, JSON and a report; 拜登 and a folded spelling agree', () => {
    const c = io()
    expect(main(['history', '拜登', '--index', INDEX, '--csv'], c)).toBe(0)
    const rows = c.out.trimEnd().split('\r\n')
    expect(rows[0]).toBe('id,date,kind,requested_by,place,title,outlet,url,introduced')
    expect(rows.slice(1).map((r) => r.split(',')[1])).toEqual([
      '2023-11-15',
      '2022-11-14',
      '2022-07-28',
    ])
    const j = io()
    expect(main(['history', '拜登', '--index', INDEX, '--json'], j)).toBe(0)
    expect(JSON.parse(j.out)).toHaveLength(3)
    const r = io()
    expect(main(['history', '拜登', '--index', INDEX], r)).toBe(0)
    expect(r.out).toContain('History with 拜登 (3)')
    expect(main(['history', '--index', INDEX], io())).toBe(2)
  })
})
