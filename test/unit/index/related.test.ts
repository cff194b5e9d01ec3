// Related earlier events: explicit mentions first, then the previous event with the same
// counterpart, the other events with it, then events sharing distinctive phrases (tf-idf).
import { describe, expect, it } from 'vitest'
import { buildIndex } from '../../../src/core/index/build'
import { rankRelated } from '../../../src/core/index/related'
import type { Analysis, IndexedEvent, PhraseHit } from '../../../src/core/types'
import { loadSeeds, seedByPrefix } from './corpus'

const seeds = loadSeeds()
const index = buildIndex(
  seeds.map((s) => s.article),
  { builtAt: '2026-01-01T00:00:00.000Z' },
)

describe('rankRelated on the seed corpus', () => {
  it('seed 004 (2021-12-15 video meeting): the 2021-08-25 call ranks first because the text mentions it', () => {
    const related = rankRelated(seedByPrefix(seeds, '004').analysis, index.events)
    expect(related[0]!.id).toBe('2021-08-25:call:普京')
    expect(related[0]!.why).toMatch(/^mentioned in the text \(8月25日，两国元首通电话\)/)
    expect(related[0]!.why).toMatch(/previous event with 普京/)
    expect(related[0]!.title).toBe('习近平同俄罗斯总统普京通电话')
    // never itself, never a later event
    expect(related.map((r) => r.id)).not.toContain('2021-12-15:video:普京')
    expect(related.map((r) => r.id)).not.toContain('2022-02-25:call:普京')
    expect(related.map((r) => r.id)).toEqual(['2021-08-25:call:普京', '2020-07-08:call:普京'])
    expect(related[1]!.why).toMatch(/shared distinctive phrases/)
    expect(related[0]!.score).toBeGreaterThan(related[1]!.score)
  })

  it('seed 002 (2022-02-25) relates every earlier event; seed 003 (the earliest) none', () => {
    const later = rankRelated(seedByPrefix(seeds, '002').analysis, index.events)
    expect(later.map((r) => r.id).sort()).toEqual([
      '2020-07-08:call:普京',
      '2021-08-25:call:普京',
      '2021-12-15:video:普京',
    ])
    for (const r of later) expect(r.date! < '2022-02-25').toBe(true)
    expect(rankRelated(seedByPrefix(seeds, '003').analysis, index.events)).toEqual([])
  })

  it('excludes the page’s own event even when the page is not in the index yet', () => {
    const own = rankRelated(seedByPrefix(seeds, '001').analysis, index.events)
    expect(own.map((r) => r.id)).not.toContain('2021-08-25:call:普京')
    expect(own.map((r) => r.id)).toEqual(['2020-07-08:call:普京'])
  })
})

describe('rankRelated ordering rules', () => {
  const phrase = (key: string, category: PhraseHit['category'] = 'relationship'): PhraseHit => ({
    text: key,
    key,
    category,
    start: 0,
    end: key.length,
  })
  const event = (
    id: string,
    date: string | null,
    kind: IndexedEvent['kind'],
    counterpart: string,
    phrases: PhraseHit[],
  ): IndexedEvent => ({
    id,
    date,
    kind,
    title: id,
    counterpart: { name: counterpart, country: null, title: null },
    participants: ['习近平', counterpart],
    requestedBy: null,
    place: null,
    sources: [],
    text: '',
    turns: [],
    phrases,
    mentions: [],
    origin: 'built-in',
    grams: [],
  })
  const analysis: Analysis = {
    isReadout: true,
    confidence: 0.9,
    title: 't',
    published: '2023-03-22',
    outlet: null,
    url: null,
    event: {
      date: '2023-03-21',
      kind: 'talks',
      participants: ['习近平', '普京'],
      counterpart: { name: '普京', country: '俄罗斯', title: '总统' },
      requestedBy: null,
      place: '莫斯科',
    },
    turns: [],
    phrases: [
      phrase('全面战略协作伙伴关系'),
      phrase('核心利益', 'sovereignty'),
      phrase('多边主义', 'multilateral'),
      phrase('应约', 'structure'),
    ],
    mentions: [
      {
        date: '2022-12-30',
        kind: 'video',
        text: '去年12月30日，两国元首举行视频会晤',
        start: 0,
        end: 5,
      },
    ],
  }
  const events = [
    event('2022-12-30:video:普京', '2022-12-30', 'video', '普京', []),
    event('2022-06-15:call:普京', '2022-06-15', 'call', '普京', []),
    // 多边主义 comes first here but is shared with another event: the why names it last.
    event('2022-01-01:call:马克龙', '2022-01-01', 'call', '马克龙', [
      phrase('多边主义', 'multilateral'),
      phrase('全面战略协作伙伴关系'),
      phrase('核心利益', 'sovereignty'),
    ]),
    event('2021-06-01:call:朔尔茨', '2021-06-01', 'call', '朔尔茨', [
      phrase('多边主义', 'multilateral'),
    ]),
    event('2021-01-01:call:拜登', '2021-01-01', 'call', '拜登', [phrase('应约', 'structure')]),
    event('undated:call:普京', null, 'call', '普京', []),
    event('2023-03-21:talks:普京', '2023-03-21', 'talks', '普京', []),
    event('2024-01-01:call:普京', '2024-01-01', 'call', '普京', []),
  ]

  it('mention > previous with the counterpart > other events with it > shared phrases; rarest phrases named first; structure words and later events never count', () => {
    const r = rankRelated(analysis, events)
    expect(r.map((x) => x.id)).toEqual([
      '2022-12-30:video:普京',
      '2022-06-15:call:普京',
      'undated:call:普京',
      '2022-01-01:call:马克龙',
      '2021-06-01:call:朔尔茨',
    ])
    expect(r[0]!.reasons).toEqual([
      { kind: 'mentioned', text: '去年12月30日，两国元首举行视频会晤', exact: true },
      { kind: 'previous-with-counterpart', counterpart: '普京' },
      { kind: 'gap', days: 81 },
    ])
    expect(r[3]!.why).toBe(
      '3 shared distinctive phrases (全面战略协作伙伴关系, 核心利益, 多边主义); 15 months earlier',
    )
    expect(r[4]!.why).toBe('1 shared distinctive phrase (多边主义); 1.8 years earlier')
    expect(r[1]!.why).toBe('same counterpart (普京); 9 months earlier')
    expect(r[2]!.why).toBe('same counterpart (普京); undated')
  })

  it('without a mention the previous event with the counterpart comes first; a mention of another event goes before it', () => {
    const plain = { ...analysis, mentions: [] }
    const r = rankRelated(plain, events)
    expect(r[0]!.id).toBe('2022-12-30:video:普京')
    expect(r[0]!.reasons[0]).toEqual({ kind: 'previous-with-counterpart', counterpart: '普京' })
    const other = {
      ...analysis,
      mentions: [
        { date: '2022-01-01', kind: 'call' as const, text: '1月1日通电话', start: 0, end: 1 },
      ],
    }
    expect(
      rankRelated(other, events)
        .map((x) => x.id)
        .slice(0, 2),
    ).toEqual(['2022-01-01:call:马克龙', '2022-12-30:video:普京'])
  })

  it('one rare shared phrase outweighs several that most events use (tf-idf)', () => {
    const common = ['战略协作', '互利共赢', '多边主义'].map((k) => phrase(k))
    const rare = phrase('全球文明倡议')
    const page: Analysis = { ...analysis, event: null, mentions: [], phrases: [...common, rare] }
    const filler = Array.from({ length: 8 }, (_, i) =>
      event(`2020-0${i + 1}-01:call:某${i}`, `2020-0${i + 1}-01`, 'call', `某${i}`, common),
    )
    const r = rankRelated(page, [
      ...filler,
      event('2021-01-01:call:甲', '2021-01-01', 'call', '甲', common),
      event('2019-01-01:call:乙', '2019-01-01', 'call', '乙', [rare]),
    ])
    expect(r[0]!.id).toBe('2019-01-01:call:乙')
    expect(r[0]!.reasons[0]).toEqual({
      kind: 'shared-phrases',
      phrases: ['全球文明倡议'],
      count: 1,
    })
  })

  it('honours limit and an explicit selfId', () => {
    expect(rankRelated(analysis, events, { limit: 2 }).map((x) => x.id)).toEqual([
      '2022-12-30:video:普京',
      '2022-06-15:call:普京',
    ])
    expect(
      rankRelated(analysis, events, { selfId: '2022-12-30:video:普京' }).map((x) => x.id),
    ).not.toContain('2022-12-30:video:普京')
  })

  it('a mention of the right date but another kind still counts, below an exact one', () => {
    const r = rankRelated(
      { ...analysis, mentions: [{ ...analysis.mentions[0]!, kind: 'call' }] },
      events,
    )
    expect(r[0]!.id).toBe('2022-12-30:video:普京')
    expect(r[0]!.why).toMatch(/^its date is mentioned in the text/)
  })
})
