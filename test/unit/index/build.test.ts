// The whole seed corpus → 4 events: the two 2021-08-25 pages merge, the others stand alone.
import { describe, expect, it } from 'vitest'
import { buildIndex, indexArticles } from '../../../src/core/index/build'
import { loadSeeds, seedByPrefix } from './corpus'

const seeds = loadSeeds()
const articles = seeds.map((s) => s.article)

describe('buildIndex on the seeds', () => {
  const index = buildIndex(articles, { builtAt: '2026-01-01T00:00:00.000Z' })

  it('writes a CorpusIndex with one event per real-world call, sorted by date', () => {
    expect(index.format).toBe('readout-lens-index')
    expect(index.version).toBe(1)
    expect(index.builtAt).toBe('2026-01-01T00:00:00.000Z')
    expect(index.events.map((e) => e.id)).toEqual([
      '2020-07-08:call:普京',
      '2021-08-25:call:普京',
      '2021-12-15:video:普京',
      '2022-02-25:call:普京',
    ])
  })

  it('titles each event with the readout headline when a page carries one (title or 通稿 in the body)', () => {
    expect(index.events.map((e) => e.title)).toEqual([
      '疫情以来第四次通话 习近平与普京传递了哪些重要信息?', // a commentary: its own title
      '习近平同俄罗斯总统普京通电话',
      '习近平同俄罗斯总统普京举行视频会晤',
      '习近平同俄罗斯总统普京通电话',
    ])
    const dec = index.events.find((e) => e.id === '2021-12-15:video:普京')!
    expect(dec.sources[0]!.title).toBe('中俄元首年内再度视频会晤 传递这些重要信息') // the page keeps its own
  })

  it('merges the 2021-08-25 ZAKER piece and the plain readout into one event with two sources', () => {
    const ev = index.events.find((e) => e.id === '2021-08-25:call:普京')!
    expect(ev.sources).toHaveLength(2)
    expect(ev.sources.map((s) => s.outlet).sort()).toEqual(['ZAKER', '人民日报客户端'])
    expect(ev.counterpart).toEqual({ name: '普京', country: '俄罗斯', title: '总统' })
    expect(ev.participants).toEqual(['习近平', '普京'])
    expect(ev.origin).toBe('built-in')
  })

  it('the 通稿 inside the ZAKER/Sina pieces and the plain readout agree on date, kind and counterpart', () => {
    const plain = seedByPrefix(seeds, '001').analysis.event!
    const wrapped = seedByPrefix(seeds, '000').analysis.event!
    expect([wrapped.date, wrapped.kind, wrapped.counterpart?.name]).toEqual([
      plain.date,
      plain.kind,
      plain.counterpart?.name,
    ])
    expect(seedByPrefix(seeds, '002').analysis.event).toMatchObject({
      date: '2022-02-25',
      kind: 'call',
      counterpart: { name: '普京' },
    })
    expect(seedByPrefix(seeds, '004').analysis.event).toMatchObject({
      date: '2021-12-15',
      kind: 'video',
      counterpart: { name: '普京' },
      place: '北京',
    })
  })

  it('stores turns, phrases, mentions and search grams for every event', () => {
    const putin = '普'.charCodeAt(0) * 65536 + '京'.charCodeAt(0)
    for (const ev of index.events) {
      expect(ev.turns.some((t) => t.speaker === '习近平')).toBe(true)
      expect(ev.phrases.length).toBeGreaterThan(0)
      expect(ev.grams).toContain(putin)
      expect([...ev.grams].sort((x, y) => x - y)).toEqual(ev.grams)
      expect(new Set(ev.grams).size).toBe(ev.grams.length)
    }
    const dec = index.events.find((e) => e.id === '2021-12-15:video:普京')!
    expect(dec.mentions.map((m) => `${m.date}:${m.kind}`)).toEqual(
      expect.arrayContaining(['2021-06-28:video', '2021-08-25:call']),
    )
  })

  it('is independent of input order', () => {
    const reversed = buildIndex([...articles].reverse(), { builtAt: index.builtAt })
    expect(reversed).toEqual(index)
  })

  it('reports pages that are not readouts instead of indexing them', () => {
    const notReadout = {
      ...articles[0]!,
      title: '新款手机发布',
      text: '某公司今天发布了新款手机，售价三千元。',
      paragraphs: [{ text: '某公司今天发布了新款手机，售价三千元。', start: 0, end: 19 }],
      url: 'https://tech.example.com/phone',
    }
    const { events, skipped } = indexArticles([notReadout])
    expect(events).toEqual([])
    expect(skipped).toEqual([
      {
        title: '新款手机发布',
        url: 'https://tech.example.com/phone',
        reason: expect.stringMatching(/not a readout/),
      },
    ])
  })
})
