// The White House readouts of 2021-2023 (../shared/realpages/whitehouse) against their CCTV
// counterparts (../shared/realpages/cctv/readouts): the 2022-07-28 call, Bali 2022-11-14 and
// Woodside 2023-11-15.
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../../src/core/analyze'
import { compareSides } from '../../../../src/core/pairing/compare-sides'
import type { Article } from '../../../../src/core/types'
import { loadArticleFromFile } from '../../../../src/node/load-article'
import { cctvReadout, whiteHouseReadouts } from '../../realpages'

const files = whiteHouseReadouts()
const side = (article: Article) => ({ article, analysis: analyze(article) })
const wh = (date: string) => {
  const f = files.find((x) => basename(x).startsWith(date))
  if (!f) throw new Error(`no White House readout of ${date}`)
  return side(loadArticleFromFile(f))
}
const cctv = (date: string) => {
  const c = cctvReadout(date, '拜登')
  return side(loadArticleFromFile(c.path, { url: c.url }))
}

const EXPECTED: Record<string, { kind: string; date: string }> = {
  '2021-02-10': { kind: 'call', date: '2021-02-10' },
  '2021-09-09': { kind: 'call', date: '2021-09-09' },
  '2021-11-16': { kind: 'video', date: '2021-11-15' },
  '2022-03-18': { kind: 'call', date: '2022-03-18' },
  '2022-07-28': { kind: 'call', date: '2022-07-28' },
  '2022-11-14': { kind: 'meeting', date: '2022-11-14' },
  '2023-11-15': { kind: 'meeting', date: '2023-11-15' },
}

describe('White House readouts (real pages)', () => {
  it('are all there', () => {
    expect(files.map((f) => basename(f).slice(0, 10))).toEqual(Object.keys(EXPECTED))
  })

  for (const f of files) {
    const day = basename(f).slice(0, 10)
    it(`${day}: an English readout of Biden and Xi, with its date, kind and speakers`, () => {
      const { article, analysis } = side(loadArticleFromFile(f))
      expect(article.title).toMatch(/^Readout of\sPresident/)
      expect(analysis.language).toBe('en')
      expect(analysis.isReadout).toBe(true)
      expect(analysis.event).toMatchObject({
        ...EXPECTED[day],
        participants: ['习近平', '拜登'],
        counterpart: { name: '拜登', country: '美国' },
        requestedBy: null,
      })
      const speakers = new Set(analysis.turns.map((t) => t.speaker))
      expect(speakers.has('拜登')).toBe(true)
      expect(speakers.has('双方')).toBe(true)
      // The event sentence is narration.
      expect(analysis.turns[0]!.speaker).toBeNull()
    })
  }

  it('Bali and Woodside: the place in English', () => {
    expect(wh('2022-11-14').analysis.event?.place).toBe('Bali, Indonesia')
    expect(wh('2023-11-15').analysis.event?.place).toBe('Woodside, California')
  })

  it('2021-11-16: `He raised …` refers back to President Biden', () => {
    const t = wh('2021-11-16').analysis.turns.find((x) => x.text.startsWith('He raised'))
    expect(t?.speaker).toBe('拜登')
  })
})

describe('paired with the CCTV readouts (real pages)', () => {
  for (const date of ['2022-07-28', '2022-11-14', '2023-11-15']) {
    it(`${date}: the same event`, () => {
      const r = compareSides(cctv(date), wh(date))
      expect(r.sameEvent).toBe(true)
      expect(r.pairing.days).toBe(0)
    })
  }

  it('different calls are not paired', () => {
    expect(compareSides(cctv('2022-07-28'), wh('2022-11-14')).sameEvent).toBe(false)
    expect(compareSides(cctv('2023-11-15'), wh('2021-11-16')).pairing.mismatch).toEqual(['date'])
  })

  it('2022-07-28: both speak of Taiwan; only Beijing of the economy and Ukraine, only Washington of climate', () => {
    const r = compareSides(cctv('2022-07-28'), wh('2022-07-28'))
    expect(r.topics.both).toContain('taiwan')
    expect(r.topics.onlyA).toEqual(expect.arrayContaining(['trade', 'ukraine']))
    expect(r.topics.onlyB).toContain('climate')
    // CCTV: 应约 (Biden asked); the White House does not say.
    expect(r.a.requested).toEqual({ requestedBy: '拜登', evidence: '应约' })
    expect(r.b.requested).toEqual({ requestedBy: null, evidence: null })
  })

  it('Bali: Xinjiang, Tibet and Hong Kong only in the White House text', () => {
    const r = compareSides(cctv('2022-11-14'), wh('2022-11-14'))
    expect(r.topics.onlyB).toEqual(expect.arrayContaining(['xinjiang', 'tibet', 'hong-kong']))
    expect(r.topics.both).toEqual(expect.arrayContaining(['taiwan', 'ukraine', 'climate']))
  })

  it('Woodside: both name counternarcotics, AI and military talks; Ukraine only in English', () => {
    const r = compareSides(cctv('2023-11-15'), wh('2023-11-15'))
    expect(r.topics.both).toEqual(
      expect.arrayContaining(['counternarcotics', 'ai', 'military', 'taiwan', 'climate']),
    )
    expect(r.topics.onlyB).toEqual(expect.arrayContaining(['ukraine', 'human-rights', 'xinjiang']))
    const taiwan = r.rows.find((row) => row.topic === 'taiwan')!
    expect(taiwan.a.length).toBeGreaterThan(0)
    expect(taiwan.b.length).toBeGreaterThan(0)
    expect(r.a.sentences[taiwan.a[0]!]!.text).toContain('台湾')
    expect(r.b.sentences[taiwan.b[0]!]!.text).toContain('Taiwan')
  })
})
