import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { pairEvents } from '../../../src/core/pairing/same-event'
import { requestClaim } from '../../../src/core/pairing/requests'
import { compareSides } from '../../../src/core/pairing/compare-sides'
import type { ReadoutEvent } from '../../../src/core/types'
import { articleOf } from './helpers'

const ev = (date: string | null, participants: string[]): ReadoutEvent => ({
  date,
  kind: 'call',
  participants,
  counterpart: participants[1] ? { name: participants[1], country: null, title: null } : null,
  requestedBy: null,
  place: null,
})

describe('pairEvents', () => {
  it('same event: dates within a day, counterparts agree through the name table', () => {
    expect(
      pairEvents(ev('2024-05-09', ['习近平', '普京']), ev('2024-05-10', ['习近平', '普丁'])),
    ).toMatchObject({ sameEvent: true, days: 1, mismatch: [] })
    expect(
      pairEvents(ev('2024-05-09', ['习近平', '特朗普']), ev('2024-05-09', ['习近平', '川普']))
        .sameEvent,
    ).toBe(true)
  })

  it('not the same: two days apart, another counterpart, another host, no date', () => {
    expect(
      pairEvents(ev('2024-05-09', ['习近平', '普京']), ev('2024-05-11', ['习近平', '普京']))
        .mismatch,
    ).toEqual(['date'])
    expect(
      pairEvents(ev('2024-05-09', ['习近平', '普京']), ev('2024-05-09', ['习近平', '拜登']))
        .mismatch,
    ).toEqual(['participants'])
    expect(
      pairEvents(ev('2024-05-09', ['李强', '普京']), ev('2024-05-09', ['习近平', '普京'])).mismatch,
    ).toEqual(['participants'])
    expect(
      pairEvents(ev(null, ['习近平', '普京']), ev('2024-05-09', ['习近平', '普京'])).mismatch,
    ).toEqual(['date'])
    expect(pairEvents(null, ev('2024-05-09', ['习近平', '普京'])).mismatch).toEqual(['no-event'])
  })
})

describe('who asked, each side', () => {
  it('Chinese 应约 and English `at the latter’s request`, or silence', () => {
    const zh = articleOf('国家主席习近平5月9日应约同法国总统马克龙通电话。', {
      published: '2024-05-09',
    })
    expect(requestClaim(analyze(zh), zh.text)).toEqual({ requestedBy: '马克龙', evidence: '应约' })
    const en = articleOf(
      'On May 9, President Xi Jinping had a phone call with French President Emmanuel Macron at the latter’s request.',
      {
        title: 'President Xi Jinping Holds Phone Call with French President Emmanuel Macron',
        published: '2024-05-09',
      },
    )
    expect(requestClaim(analyze(en), en.text)).toEqual({
      requestedBy: '马克龙',
      evidence: 'at the latter’s request',
    })
    const silent = articleOf('President Emmanuel Macron spoke today with President Xi Jinping.', {
      title: 'Readout',
      published: '2024-05-09',
    })
    expect(requestClaim(analyze(silent), silent.text)).toEqual({
      requestedBy: null,
      evidence: null,
    })
  })

  it('compareSides puts it together', () => {
    const zh = articleOf(
      '国家主席习近平5月9日应约同法国总统马克龙通电话。\n习近平指出，要加强气候合作。',
      {
        published: '2024-05-09',
      },
    )
    const en = articleOf(
      'President Emmanuel Macron spoke today with President Xi Jinping.\nPresident Macron raised Ukraine.',
      { title: 'Readout of a call', published: '2024-05-09' },
    )
    const r = compareSides(
      { article: zh, analysis: analyze(zh) },
      { article: en, analysis: analyze(en) },
    )
    expect(r.sameEvent).toBe(true)
    expect(r.topics).toEqual({ both: [], onlyA: ['climate'], onlyB: ['ukraine'] })
    expect(r.a.requested.requestedBy).toBe('马克龙')
    expect(r.b.requested.requestedBy).toBeNull()
    expect([r.a.language, r.b.language]).toEqual(['zh', 'en'])
  })
})
