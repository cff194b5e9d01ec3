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
const dir = mkdtempSync(join(tmpdir(), 'readout-lens-novelty-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(() => {
  pages = loadCctvReadouts()
  events = cctvEvents(pages)
  firsts = recordFirsts(events)
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
    // Many readouts coin nothing; those that do, a few each.
    expect(events.length - perEvent.size).toBeGreaterThan(events.length * 0.4)
    expect(firsts.length / perEvent.size).toBeLessThan(3)
  })
})

// Recall measured on the real text (recall.ts): floors at the figures reached, so that a
// change of the rules that loses first appearances fails here.
const RECALL_FLOOR = { quoted: 0.92, unquoted: 0.24 }

describe('recall of first appearances the corpus vouches for', () => {
  it('keeps the measured recall, quoted and unquoted at first', () => {
    const r = measureRecall(events, firsts)
    expect(r.quoted.eligible).toBeGreaterThan(100)
    expect(r.unquoted.eligible).toBeGreaterThan(40)
    expect(r.quoted.recall).toBeGreaterThanOrEqual(RECALL_FLOOR.quoted)
    expect(r.unquoted.recall).toBeGreaterThanOrEqual(RECALL_FLOOR.unquoted)
    // The two known firsts are among the references, and listed.
    for (const [term, date] of KNOWN_FIRSTS)
      expect(r.references.find((x) => x.key === term)).toMatchObject({
        firstDate: date,
        listed: true,
      })
  })
})

describe('readout-lens analyze --index --json on the 2023-03-21 Xi–Putin talks', () => {
  it('reports 全球文明倡议 in `novel`, with its offsets and speaker', () => {
    const page = pages.find(
      (p) => p.analysis.event?.date === '2023-03-21' && p.analysis.event.kind === 'talks',
    )!
    const before = events.filter((e) => e.date && e.date < '2023-03-21')
    const indexFile = join(dir, 'before.json')
    writeFileSync(
      indexFile,
      serializeIndex({
        format: 'readout-lens-index',
        version: 1,
        builtAt: '2026-01-01T00:00:00.000Z',
        events: before,
      }),
    )
    let out = ''
    const sink = { write: (s: string) => ((out += s), true) }
    const code = main(['analyze', page.path, '--url', page.url, '--index', indexFile, '--json'], {
      stdout: sink as never,
      stderr: { write: () => true } as never,
      env: {},
      moduleUrl: import.meta.url,
    })
    expect(code).toBe(0)
    const json = JSON.parse(out) as {
      novel: Array<{ text: string; start: number; end: number; speaker: string | null }>
    }
    expect(json.novel.length).toBeLessThanOrEqual(MAX_NOVEL)
    const n = json.novel.find((x) => x.text === '全球文明倡议')
    expect(n).toBeDefined()
    expect(page.article.text.slice(n!.start, n!.end)).toBe('全球文明倡议')
    expect(n!.speaker).toBe('普京')
  })
})
