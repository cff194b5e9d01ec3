// The comparison on real tv.cctv.com readouts (../shared/realpages/cctv, read at test time):
// Bali 2022-11-14 against the 2022-07-28 call with Biden, and Putin's run of calls and meetings.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  compare,
  comparisonMarkdown,
  docFromAnalysis,
  history,
  historyCsv,
  sinceLast,
} from '../../../src/core/compare'
import { indexArticles } from '../../../src/core/index/build'
import type { Analysis } from '../../../src/core/types'
import { loadArticleFromFile } from '../../../src/node/load-article'

const DIR = join(__dirname, '../../../../shared/realpages/cctv/readouts')

interface Case {
  file: string
  url: string
  date: string | null
  counterpart: string | null
}

const cases = existsSync(DIR)
  ? (JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as { cases: Case[] }).cases.filter(
      (c) => c.counterpart === '拜登' || c.counterpart === '普京',
    )
  : []
const built = indexArticles(
  cases.map((c) => loadArticleFromFile(join(DIR, c.file), { url: c.url, published: null })),
)
const events = built.events
const byFile = (prefix: string): Analysis => {
  const i = cases.findIndex((c) => c.file.startsWith(prefix))
  if (i < 0) throw new Error(`no real page ${prefix}`)
  return built.analyses[i]!
}

describe('real pages: Bali 2022-11-14 against the 2022-07-28 call', () => {
  it('has the real pages', () => expect(cases.length).toBeGreaterThanOrEqual(8))

  const bali = () => byFile('VIDEfhSDSWWgm17I9D6jZSyU')
  const call = () => byFile('VIDENeY0f3ZvwsGyYqxohVl6')

  it('sinceLast: the call, a change of kind and of who asked', () => {
    const s = sinceLast(bali(), events)!
    expect(s.counterpart).toBe('拜登')
    expect(s.event).toMatchObject({ id: '2022-07-28:call:拜登', date: '2022-07-28', kind: 'call' })
    expect(s.kind).toEqual({ from: 'call', to: 'meeting' })
    expect(s.requestedBy).toEqual({ from: '拜登', to: null })
  })

  it('sinceLast: formulations added and dropped, by category, quoted with their sentence', () => {
    const s = sinceLast(bali(), events)!
    const added = s.added.map((f) => f.key)
    expect(added).toEqual(expect.arrayContaining(['核心利益', '四不一无意', '民主对抗威权']))
    // 脱钩断链 is quoted at Bali and plain in the call: the same words, neither added nor dropped.
    expect(added).not.toContain('脱钩断链')
    expect(s.dropped.map((f) => f.key)).toContain('一个中国原则')
    expect(s.added.find((f) => f.key === '核心利益')!.sentence).toBe(
      '习近平强调，台湾问题是中国核心利益中的核心，是中美关系政治基础中的基础，是中美关系第一条不可逾越的红线。',
    )
    expect(s.dropped.find((f) => f.key === '一个中国原则')!.sentence).toBe(
      '中美三个联合公报是双方的政治承诺，一个中国原则是中美关系的政治基础。',
    )
    const order = s.added.map((f) => f.category)
    expect(order.indexOf('quoted')).toBeGreaterThan(order.lastIndexOf('sovereignty'))
  })

  it('sinceLast: 反对"台独" in the call, 不支持"台独" at Bali; 一个中国原则 gone', () => {
    const s = sinceLast(bali(), events)!
    const taiwan = s.variants.find((v) => v.family === 'taiwan-independence')!
    expect(taiwan.wording).toEqual(['不支持“台独”'])
    expect(taiwan.changedHere).toBe(true)
    expect(taiwan.lastChange).toMatchObject({ from: ['反对“台独”'], date: '2022-11-14' })
    const oneChina = s.variants.find((v) => v.family === 'one-china')!
    expect(oneChina.wording).toEqual(['一个中国政策'])
    expect(oneChina.previous!.wording).toEqual(['一个中国原则', '一个中国政策'])
  })

  it('compare: the Taiwan sentences are matched across positions; shares and first speaker', () => {
    const cmp = compare(docFromAnalysis(call()), docFromAnalysis(bali()))
    expect(cmp.sameEvent).toBe(false)
    const taiwanA = cmp.a.sentences.findIndex((s) =>
      s.text.startsWith('习近平重点阐述了中方在台湾问题'),
    )
    const pair = cmp.aligned.find((p) => p.a === taiwanA)!
    expect(cmp.b.sentences[pair.b]!.text).toBe('习近平系统阐述了台湾问题由来以及中方原则立场。')
    expect(pair.b).not.toBe(taiwanA)
    expect(cmp.onlyA.length + cmp.aligned.length).toBe(cmp.a.sentences.length)
    expect(cmp.onlyB.length + cmp.aligned.length).toBe(cmp.b.sentences.length)
    expect(cmp.speakers.a.first).toBe('习近平')
    expect(cmp.speakers.b.first).toBe('习近平')
    const biden = cmp.speakers.b.shares.find((x) => x.speaker === '拜登')!
    expect(biden.sentences).toBeGreaterThan(3)
    const md = comparisonMarkdown(cmp)
    expect(md).toContain('<https://tv.cctv.com/2022/11/15/VIDEfhSDSWWgm17I9D6jZSyU221115.shtml>')
    expect(md).toContain('央视网')
  })

  it('compare: a readout against itself is all identical pairs, the same event', () => {
    const cmp = compare(docFromAnalysis(bali()), docFromAnalysis(bali()))
    expect(cmp.sameEvent).toBe(true)
    expect(cmp.onlyA).toEqual([])
    expect(cmp.aligned.every((p) => p.identical && p.a === p.b)).toBe(true)
    expect(cmp.phrases.added).toEqual([])
  })
})

describe('real pages: Putin’s run of calls and meetings', () => {
  const putinDates = new Set(cases.filter((c) => c.counterpart === '普京').map((c) => c.date))

  it('history is newest first and holds only real Putin events', () => {
    const h = history('普京', events)
    expect(h.length).toBeGreaterThanOrEqual(4)
    const dates = h.map((e) => e.date!)
    expect([...dates].sort().reverse()).toEqual(dates)
    for (const d of dates) expect(putinDates.has(d)).toBe(true)
    expect(dates).toEqual(expect.arrayContaining(['2022-06-15', '2022-12-30', '2023-10-18']))
    // The first event introduces its formulations; 乌克兰危机 comes with the first that uses it.
    expect(h.at(-1)!.introduced.length).toBeGreaterThan(0)
    const csv = historyCsv(h).split('\r\n')
    expect(csv[1]!.startsWith(`${h[0]!.id},${h[0]!.date},`)).toBe(true)
  })

  it('each event is compared with the latest earlier Putin event in the index', () => {
    const indexed = events.filter((e) => e.counterpart?.name === '普京')
    for (const a of built.analyses) {
      if (a.event?.counterpart?.name !== '普京' || !a.event.date) continue
      const before = indexed.filter((e) => e.date! < a.event!.date!).map((e) => e.date!)
      const s = sinceLast(a, events)
      if (before.length === 0) expect(s).toBeNull()
      else expect(s!.event.date).toBe(before.sort().at(-1))
    }
  })

  // The Samarkand meeting (2022-09-15, `同俄罗斯总统普京举行双边会见`) comes between them.
  it('the video meeting of 2022-12-30 against the Samarkand meeting of 2022-09-15: kind and wording', () => {
    const s = sinceLast(byFile('VIDEYCGRamFVreSQFpJsOvQw'), events)!
    expect(s.event.date).toBe('2022-09-15')
    expect(s.kind).toEqual({ from: 'meeting', to: 'video' })
    const ukraine = s.variants.find((v) => v.family === 'ukraine')!
    expect(ukraine.wording).toEqual(['乌克兰危机'])
    expect(ukraine.previous!.wording).toEqual(expect.arrayContaining(['乌克兰危机']))
  })
})
