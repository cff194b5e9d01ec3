// The first-appearance store: an imported index file's `firsts` join it; events the archive
// and saved-page imports add (in any order) are recounted into it; export carries it.
import { beforeEach, describe, expect, it } from 'vitest'
import { recordFirsts } from '../../../src/core/novelty'
import type { CorpusIndex, FirstAppearance, IndexedEvent } from '../../../src/core/types'
import { putImported } from '../../../src/background/archive/sink'
import { recountFirsts } from '../../../src/background/firsts'
import { pageNovelty } from '../../../src/background/novelty'
import { dropSearchCache } from '../../../src/background/search/cache'
import { addFirsts, firstsStale, readFirsts } from '../../../src/shared/index/firsts'
import { checkImport, exportIndex, importIndex } from '../../../src/shared/index/transfer'
import { freshDb, makeEvent } from './helpers'

beforeEach(() => dropSearchCache())

const SENTENCES = [
  '双方同意加强全球治理合作。',
  '中方愿同各方推动落实全球发展倡议。',
  '要践行真正的多边主义。',
  '双方支持全球安全倡议，反对单边主义。',
  '两国关系保持健康稳定发展。',
  '中方提出的倡议得到广泛支持。',
  '推动构建人类命运共同体。',
]
const textOf = (i: number) => [...SENTENCES.slice(i % 7), ...SENTENCES.slice(0, i % 7)].join('')
const day = (i: number) => `2022-01-${String((i % 28) + 1).padStart(2, '0')}`
const base = Array.from({ length: 30 }, (_, i) =>
  makeEvent(textOf(i), { date: day(i), counterpart: `对方${i}` }),
)
const COIN = '中方提出全球治理倡议，愿同各方落实全球治理倡议。'
const coiner = makeEvent(COIN, { date: '2023-03-01', counterpart: '甲' })
const repeater = makeEvent('各方支持全球治理倡议。', { date: '2023-05-01', counterpart: '乙' })

const file = (events: IndexedEvent[], firsts?: FirstAppearance[]): CorpusIndex => ({
  format: 'readout-lens-index',
  version: 1,
  builtAt: '2026-01-01T00:00:00.000Z',
  events,
  ...(firsts ? { firsts } : {}),
})

describe('an imported index file', () => {
  it('copies its first appearances into the store, earliest per key kept', async () => {
    const { db } = freshDb()
    const events = [...base, coiner, repeater]
    const firsts = recordFirsts(events)
    expect(firsts.map((f) => [f.key, f.eventId])).toEqual([['全球治理倡议', coiner.id]])
    await addFirsts(db, [{ ...firsts[0]!, eventId: 'later', date: '2024-01-01' }])
    const checked = checkImport(JSON.stringify(file(events, firsts)))
    if (!checked.ok) throw new Error(checked.message)
    await importIndex(db, checked.index)
    expect((await readFirsts(db)).map((f) => [f.key, f.eventId])).toEqual([
      ['全球治理倡议', coiner.id],
    ])
    expect(await firstsStale(db)).toBe(0)
    // A later readout is told where it was first said.
    const later = await pageNovelty(db, {
      text: '习近平表示，中方愿推动全球治理倡议。',
      turns: [],
      date: '2024-02-01',
      eventId: null,
    })
    expect(later.firstSeen.map((s) => [s.text, s.first.date])).toEqual([
      ['全球治理倡议', '2023-03-01'],
    ])
    // Exported with the index, so a round trip keeps them.
    expect((await exportIndex(db)).firsts).toEqual(await readFirsts(db))
  })

  it('rejects malformed first appearances and imports nothing', () => {
    const bad = file(base, [{ key: '', text: 'x' } as unknown as FirstAppearance])
    const r = checkImport(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/"firsts" entry 1 must be/)
    expect(checkImport(JSON.stringify({ ...file(base), firsts: {} })).ok).toBe(false)
    // The optional rule and signs are names: a sign list that is no list of strings is refused.
    const entry = { key: 'k', text: 'k', eventId: 'e', date: null, title: '', speaker: null }
    for (const odd of [{ signs: 'headed' }, { signs: [1] }, { rule: 7 }])
      expect(checkImport(JSON.stringify(file(base, [{ ...entry, ...odd } as never]))).ok).toBe(
        false,
      )
    const named = { ...entry, rule: 'headed', signs: ['headed', 'recursLater'] }
    expect(checkImport(JSON.stringify(file(base, [named]))).ok).toBe(true)
  })

  it('without first appearances leaves a recount due (and is exported without them)', async () => {
    const { db } = freshDb()
    await importIndex(db, file([...base, coiner]))
    expect(await firstsStale(db)).toBeGreaterThan(0)
    expect((await exportIndex(db)).firsts).toBeUndefined()
    await recountFirsts(db, async () => undefined)
    expect(await firstsStale(db)).toBe(0)
    expect((await readFirsts(db)).map((f) => f.key)).toEqual(['全球治理倡议'])
  })
})

describe('events the archive and saved-page imports add', () => {
  it('are recounted in date order whatever order they came in', async () => {
    const { db } = freshDb()
    // Newest first, as the archive import goes: when the coinage arrived nothing earlier was there.
    for (const ev of [repeater, coiner, ...[...base].reverse()]) await putImported(db, ev)
    expect(await firstsStale(db)).toBeGreaterThan(0)
    let pauses = 0
    const n = await recountFirsts(db, async () => void pauses++)
    expect(n).toBe(1)
    expect(pauses).toBeGreaterThan(1)
    expect(await readFirsts(db)).toEqual(recordFirsts([...base, coiner, repeater]))
    expect(await firstsStale(db)).toBe(0)
  })

  it('keep what a page saved during the recount added, and stay due when more arrived', async () => {
    const { db } = freshDb()
    for (const ev of [...base, coiner]) await putImported(db, ev)
    const saved: FirstAppearance = {
      key: '新型倡议',
      text: '新型倡议',
      eventId: 'visited-meanwhile',
      date: '2023-04-01',
      title: 't',
      speaker: null,
    }
    let first = true
    await recountFirsts(db, async () => {
      if (!first) return
      first = false
      await addFirsts(db, [saved])
      await putImported(db, repeater)
    })
    expect((await readFirsts(db)).map((f) => f.key).sort()).toEqual(['全球治理倡议', '新型倡议'])
    expect(await firstsStale(db)).toBeGreaterThan(0)
  })
})
