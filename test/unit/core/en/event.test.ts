import { describe, expect, it } from 'vitest'
import { analyzeEnglish } from '../../../../src/core/en/analyze'
import { englishDate, englishKind } from '../../../../src/core/en/event'
import { nameTable, zhName, canonicalZh } from '../../../../src/core/en/names'
import { articleOf } from '../helpers'

const eventOf = (text: string, title: string, published: string | null = '2024-05-10') =>
  analyzeEnglish(articleOf(text, { title, published })).event

describe('English event', () => {
  it('White House style: `spoke today with` is a call on the page date, Chinese leader first', () => {
    const ev = eventOf(
      'President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People’s Republic of China. The two leaders discussed trade.',
      'Readout of President Biden’s Call with President Xi Jinping',
    )
    expect(ev).toEqual({
      date: '2024-05-10',
      kind: 'call',
      participants: ['习近平', '拜登'],
      counterpart: { name: '拜登', country: '美国', title: '总统' },
      requestedBy: null,
      place: null,
    })
  })

  it('Kremlin style: telephone conversation, the initiative of the Chinese side', () => {
    const ev = eventOf(
      'Vladimir Putin had a telephone conversation with President of the People’s Republic of China Xi Jinping. The conversation took place at the initiative of the Chinese side.',
      'Telephone conversation with President of China Xi Jinping',
    )
    expect(ev?.kind).toBe('call')
    expect(ev?.participants).toEqual(['习近平', '普京'])
    expect(ev?.counterpart?.country).toBe('俄罗斯')
    // The request is in the second sentence: only the event sentence is read for it.
    expect(ev?.requestedBy).toBeNull()
    const same = eventOf(
      'Vladimir Putin had a telephone conversation with Xi Jinping at the initiative of the Chinese side.',
      'Telephone conversation with President of China Xi Jinping',
    )
    expect(same?.requestedBy).toBe('习近平')
  })

  it('foreign ministry style: a dated phone call at the latter’s request', () => {
    const ev = eventOf(
      'On the evening of May 9, President Xi Jinping had a phone call with French President Emmanuel Macron at the latter’s request.',
      'President Xi Jinping Holds Phone Call with French President Emmanuel Macron',
    )
    expect(ev).toMatchObject({
      date: '2024-05-09',
      kind: 'call',
      participants: ['习近平', '马克龙'],
      requestedBy: '马克龙',
    })
  })

  it('meetings, virtual meetings and talks; the place after `in`', () => {
    expect(
      eventOf(
        'President Biden met on May 8 with President Xi Jinping in Lima, Peru. They talked.',
        'Readout of President Biden’s Meeting with President Xi',
      ),
    ).toMatchObject({ kind: 'meeting', date: '2024-05-08', place: 'Lima, Peru' })
    expect(
      eventOf('President Biden met virtually with President Xi.', 'Readout of a Virtual Meeting')
        ?.kind,
    ).toBe('video')
    expect(englishKind('Russian-Chinese talks')).toBe('talks')
  })

  it('dates: a month and day read against the page date, today/yesterday', () => {
    const ref = { year: 2024, month: 1, day: 2 }
    expect(englishDate('met on December 31 with', ref)).toBe('2023-12-31')
    expect(englishDate('met on January 3 with', ref)).toBe('2024-01-03')
    expect(englishDate('spoke yesterday with', ref)).toBe('2024-01-01')
    expect(englishDate('on March 18<sup>th</sup>', ref)).toBe('2023-03-18')
    expect(englishDate('on May 5, 2020', ref)).toBe('2020-05-05')
  })

  it('no two leaders and no readout headline: not a readout', () => {
    const a = analyzeEnglish(
      articleOf('The President travelled to Ohio. He spoke about jobs.', { title: 'Remarks' }),
    )
    expect(a.isReadout).toBe(false)
    expect(a.event).toBeNull()
    expect(a.language).toBe('en')
  })
})

describe('name table', () => {
  it('maps English forms and Chinese aliases to canonical names', () => {
    expect(zhName('Joe Biden')).toBe('拜登')
    expect(zhName('PUTIN')).toBe('普京')
    expect(zhName('Nobody')).toBeNull()
    expect(canonicalZh('川普')).toBe('特朗普')
    expect(canonicalZh('某某')).toBe('某某')
  })

  it('is extendable: an extra entry is found in text', () => {
    const table = nameTable([
      {
        zh: '阿尔巴尼斯',
        en: ['Anthony Albanese', 'Albanese'],
        country: { zh: '澳大利亚', en: 'Australia' },
        title: '总理',
      },
    ])
    const a = analyzeEnglish(
      articleOf('Prime Minister Albanese met with President Xi Jinping in Beijing.', {
        title: 'Meeting with President Xi',
        published: '2023-11-06',
      }),
      table,
    )
    expect(a.event?.participants).toEqual(['习近平', '阿尔巴尼斯'])
    expect(a.event?.place).toBe('Beijing')
  })
})
