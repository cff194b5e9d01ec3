// Novelty on the real CCTV readouts of 2022–2023 (read from ../shared at test time): first
// appearances that a plain search of the corpus confirms, and the CLI's `novel` on the page
// where 全球文明倡议 first appears, against an index of the readouts before it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main'
import { MAX_NOVEL, recordFirsts } from '../../../src/core/novelty'
import type { FirstAppearance, IndexedEvent } from '../../../src/core/types'
import { serializeIndex } from '../../../src/node/corpus-index'
import { cctvEvents, loadCctvReadouts, type RealPage } from './cctv-index'
import { measureRecall } from './recall'

// Checked by searching the pages: the first readout of 2022–2023 to say each term.
const KNOWN_FIRSTS: Array<[string, string]> = [
  ['全球文明倡议', '2023-03-21'],
  ['去风险', '2023-10-17'],
]

let pages: RealPage[]
let events: IndexedEvent[]
let firsts: FirstAppearance[]
/** What the walk lists without hindsight (no sign recursLater): a page read live. */
let liveFirsts: FirstAppearance[]
const dir = mkdtempSync(join(tmpdir(), 'readout-lens-novelty-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(() => {
  pages = loadCctvReadouts()
  events = cctvEvents(pages)
  firsts = recordFirsts(events)
  liveFirsts = recordFirsts(events, { recursLater: false })
}, 60_000)

describe('first appearances on the real CCTV readouts', () => {
  it.each(KNOWN_FIRSTS)('%s is first recorded on %s', (term, date) => {
    const f = firsts.find((x) => x.key === term)
    expect(f?.date).toBe(date)
    // A plain search of the corpus agrees: no earlier readout says it, that day's does.
    expect(events.some((e) => e.date! < date && e.text.includes(term))).toBe(false)
    expect(events.find((e) => e.id === f!.eventId)!.text).toContain(term)
  })

  it('never records a formulation that an earlier readout already said', () => {
    for (const f of firsts) {
      const earlier = events.filter((e) => e.date && e.date < f.date!)
      expect(
        earlier.some((e) => e.text.includes(f.text)),
        f.text,
      ).toBe(false)
    }
  })

  it('lists a handful per readout, not every unseen string', () => {
    const perEvent = new Map<string, number>()
    for (const f of firsts) perEvent.set(f.eventId, (perEvent.get(f.eventId) ?? 0) + 1)
    expect(Math.max(...perEvent.values())).toBeLessThanOrEqual(MAX_NOVEL)
    // Many readouts coin nothing; those that do, a few each. (Over a third: in an index this
    // young, a partner's first readout also lists its relationship's name, 中智全面战略伙伴关系.)
    expect(events.length - perEvent.size).toBeGreaterThan(events.length * 0.35)
    expect(firsts.length / perEvent.size).toBeLessThan(3)
  })
})

// Recall measured on the real text (recall.ts): floors at the figures reached, so that a
// change of the rules that loses first appearances fails here. Live: what each readout lists
// against the readouts before it; retrospective: the recount, with sign recursLater (its
// gain on the `stuck` references is partly circular: they too are defined by recurrence).
const RECALL_FLOOR = { quoted: 0.92, unquoted: 0.37 }
const RETRO_FLOOR = { quoted: 0.92, unquoted: 0.41, stuck: 0.58 }

// Unquoted first appearances that one rule each reaches live (candidates.ts, pairSide).
const REACHED_LIVE: Array<[string, string]> = [
  ['百年未有之大变局', 'classical'],
  ['新型国际关系', 'newType'],
  ['国际关系民主化', 'headed'],
  ['合理安全关切', 'headed'],
  ['全球发展倡议、全球安全倡议、全球文明倡议', 'series'],
  ['中柬命运共同体', 'headed'],
]

describe('recall of first appearances the corpus vouches for', () => {
  it('keeps the measured recall, quoted and unquoted at first', () => {
    const r = measureRecall(events, liveFirsts)
    expect(r.quoted.eligible).toBeGreaterThan(100)
    expect(r.unquoted.eligible).toBeGreaterThan(40)
    expect(r.quoted.recall).toBeGreaterThanOrEqual(RECALL_FLOOR.quoted)
    expect(r.unquoted.recall).toBeGreaterThanOrEqual(RECALL_FLOOR.unquoted)
    for (const [key, rule] of REACHED_LIVE) {
      expect(r.references.find((x) => x.key === key)?.listed, key).toBe(true)
      expect(liveFirsts.find((f) => f.key === key)?.rule, key).toBe(rule)
    }
    // The two known firsts are among the references, and listed.
    for (const [term, date] of KNOWN_FIRSTS)
      expect(r.references.find((x) => x.key === term)).toMatchObject({
        firstDate: date,
        listed: true,
      })
  })

  it('keeps the retrospective recall (hindsight adds, never loses, a reference)', () => {
    const live = measureRecall(events, liveFirsts)
    const r = measureRecall(events, firsts)
    expect(r.quoted.recall).toBeGreaterThanOrEqual(RETRO_FLOOR.quoted)
    expect(r.unquoted.recall).toBeGreaterThanOrEqual(RETRO_FLOOR.unquoted)
    expect(r.bySource.stuck.recall).toBeGreaterThanOrEqual(RETRO_FLOOR.stuck)
    const listed = new Set(r.references.filter((x) => x.listed).map((x) => x.key))
    for (const x of live.references) if (x.listed) expect(listed, x.key).toContain(x.key)
    // Every first it adds carries the sign (the rest is what the walk listed).
    const before = new Set(liveFirsts.map((f) => f.key))
    const added = firsts.filter((f) => !before.has(f.key))
    expect(added.length).toBeGreaterThan(0)
    for (const f of added) expect(f.signs, f.key).toContain('recursLater')
  })
})

describe('readout-lens analyze --index of all readouts, on the 2022-10-31 Xi–Nguyễn Phú Trọng talks', () => {
  it('lists in `novel` what the recount recorded there with hindsight (中国特色社会主义道路)', () => {
    const page = pages.find(
      (p) => p.analysis.event?.date === '2022-10-31' && p.analysis.event.kind === 'talks',
    )!
    const recorded = firsts.find((f) => f.key === '中国特色社会主义道路')
    expect(recorded).toMatchObject({ date: '2022-10-31', rule: 'headed' })
    expect(recorded!.signs).toContain('recursLater')
    const indexFile = writeIndex('all.json', events, firsts)
    const json = analyzeJson(page, indexFile)
    expect(json.novel.length).toBeLessThanOrEqual(MAX_NOVEL)
    const n = json.novel.find((x) => x.text === '中国特色社会主义道路')
    expect(n).toBeDefined()
    expect(page.article.text.slice(n!.start, n!.end)).toBe('中国特色社会主义道路')
    // And what the page lists live is still there.
    const live = liveFirsts.filter((f) => f.eventId === recorded!.eventId).map((f) => f.text)
    for (const t of live) expect(json.novel.map((x) => x.text)).toContain(t)
  })
})

function writeIndex(name: string, evs: IndexedEvent[], fs?: FirstAppearance[]): string {
  const file = join(dir, name)
  writeFileSync(
    file,
    serializeIndex({
      format: 'readout-lens-index',
      version: 1,
      builtAt: '2026-01-01T00:00:00.000Z',
      events: evs,
      ...(fs ? { firsts: fs } : {}),
    }),
  )
  return file
}

function analyzeJson(page: RealPage, indexFile: string) {
  let out = ''
  const sink = { write: (s: string) => ((out += s), true) }
  const code = main(['analyze', page.path, '--url', page.url, '--index', indexFile, '--json'], {
    stdout: sink as never,
    stderr: { write: () => true } as never,
    env: {},
    moduleUrl: import.meta.url,
  })
  expect(code).toBe(0)
  return JSON.parse(out) as {
    novel: Array<{ text: string; start: number; end: number; speaker: string | null }>
  }
}

describe('readout-lens analyze --index --json on the 2023-03-21 Xi–Putin talks', () => {
  it('reports 全球文明倡议 in `novel`, with its offsets and speaker', () => {
    const page = pages.find(
      (p) => p.analysis.event?.date === '2023-03-21' && p.analysis.event.kind === 'talks',
    )!
    const before = events.filter((e) => e.date && e.date < '2023-03-21')
    const indexFile = writeIndex('before.json', before)
    const json = analyzeJson(page, indexFile)
    expect(json.novel.length).toBeLessThanOrEqual(MAX_NOVEL)
    const n = json.novel.find((x) => x.text === '全球文明倡议')
    expect(n).toBeDefined()
    expect(page.article.text.slice(n!.start, n!.end)).toBe('全球文明倡议')
    expect(n!.speaker).toBe('普京')
  })
})
