// The English adapters' fixture pages through extraction, detection and analysis: the readout
// pages are English readouts of a call with Xi Jinping, the other pages are not readouts.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { detectReadout } from '../../../src/core/detect'
import { extractArticle } from '../../../src/sites/extract'
import { docOf, fixtureHtml, fixtureMeta } from './site-fixture'

const load = (site: string, file: 'readout.html' | 'other.html') => {
  const meta = fixtureMeta(site)
  const a = extractArticle(
    docOf(fixtureHtml(site, file)),
    file === 'other.html' ? meta.otherUrl : meta.url,
  )
  if (!a) throw new Error(`${site}/${file}: no article`)
  return a
}

const CASES = [
  { site: 'whitehouse', counterpart: '拜登', date: '2024-04-02', kind: 'call', requestedBy: null },
  { site: 'kremlin', counterpart: '普京', date: '2022-06-15', kind: 'call', requestedBy: null },
  { site: 'mfa-en', counterpart: '拜登', date: '2022-07-28', kind: 'call', requestedBy: '拜登' },
]

describe('English readout pages', () => {
  for (const c of CASES) {
    it(`${c.site}: detected and analysed as an English readout`, () => {
      const article = load(c.site, 'readout.html')
      expect(detectReadout(article).isReadout).toBe(true)
      const a = analyze(article)
      expect(a.language).toBe('en')
      expect(a.event).toMatchObject({
        date: c.date,
        kind: c.kind,
        participants: ['习近平', c.counterpart],
        requestedBy: c.requestedBy,
      })
      expect(a.turns.some((t) => t.speaker === '习近平' || t.speaker === c.counterpart)).toBe(true)
    })
    it(`${c.site}: the other page is not a readout`, () => {
      const article = load(c.site, 'other.html')
      expect(detectReadout(article).isReadout).toBe(false)
      expect(analyze(article).isReadout).toBe(false)
    })
  }

  it('kremlin: `Xi Jinping noted …` and `The President of Russia …` speak; the lead is narration', () => {
    const a = analyze(load('kremlin', 'readout.html'))
    const by = (start: string) => a.turns.find((t) => t.text.startsWith(start))?.speaker
    expect(by('Vladimir Putin had')).toBeNull()
    expect(by('Xi Jinping noted')).toBe('习近平')
    expect(by('The President of Russia')).toBe('普京')
    expect(by('The two leaders')).toBe('双方')
  })
})
