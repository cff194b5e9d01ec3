import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { findEventLines, parseCounterpart } from '../../../src/core/event'
import { normalize } from '../../../src/core/normalize'
import type { ReadoutEvent } from '../../../src/core/types'
import { articleOf, seedArticle } from './helpers'
import { READOUTS } from './readouts'

const putin = { name: '普京', country: '俄罗斯', title: '总统' }

describe('event of each seed', () => {
  it.each<[string, ReadoutEvent]>([
    [
      '000',
      {
        date: '2021-08-25',
        kind: 'call',
        participants: ['习近平', '普京'],
        counterpart: putin,
        requestedBy: null,
        place: null,
      },
    ],
    [
      '001',
      {
        date: '2021-08-25',
        kind: 'call',
        participants: ['习近平', '普京'],
        counterpart: putin,
        requestedBy: null,
        place: null,
      },
    ],
    [
      '002',
      {
        date: '2022-02-25',
        kind: 'call',
        participants: ['习近平', '普京'],
        counterpart: putin,
        requestedBy: null,
        place: null,
      },
    ],
    [
      '003',
      {
        date: '2020-07-08',
        kind: 'call',
        participants: ['习近平', '普京'],
        counterpart: putin,
        requestedBy: null,
        place: null,
      },
    ],
    [
      '004',
      {
        date: '2021-12-15',
        kind: 'video',
        participants: ['习近平', '普京'],
        counterpart: putin,
        requestedBy: null,
        place: '北京',
      },
    ],
  ])('seed %s', (id, expected) => {
    expect(analyze(seedArticle(id)).event).toEqual(expected)
  })
})

describe('event of hand-written readouts', () => {
  it.each(READOUTS.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const a = articleOf(c.text, { published: c.published, url: c.url ?? null })
    expect(analyze(a).event).toEqual(c.event)
  })
})

describe('event line patterns', () => {
  const line = (s: string, ref = { year: 2023, month: 12, day: 31 }) =>
    findEventLines(normalize(s).text, ref)[0]?.event ?? null

  it.each<[string, Partial<ReadoutEvent>]>([
    [
      '習近平同美國總統拜登通電話',
      {
        kind: 'call',
        participants: ['习近平', '拜登'],
        counterpart: { name: '拜登', country: '美国', title: '总统' },
      },
    ],
    ['习近平与川普通电话', { kind: 'call', participants: ['习近平', '特朗普'] }],
    [
      '国家主席习近平3月18日晚应约同美国总统拜登视频通话',
      { date: '2023-03-18', kind: 'video', requestedBy: '拜登' },
    ],
    [
      '国家主席习近平4月6日在人民大会堂同法国总统马克龙举行会谈',
      { kind: 'talks', place: '人民大会堂' },
    ],
    [
      '国家主席习近平3月21日在莫斯科克里姆林宫同俄罗斯总统普京举行会谈',
      { kind: 'talks', place: '莫斯科克里姆林宫' },
    ],
    [
      '国家副主席韩正5月6日在伦敦会见英国首相苏纳克',
      {
        kind: 'meeting',
        participants: ['韩正', '苏纳克'],
        counterpart: { name: '苏纳克', country: '英国', title: '首相' },
      },
    ],
    ['李克强总理同德国总理朔尔茨视频会晤', { kind: 'video', participants: ['李克强', '朔尔茨'] }],
    ['国家主席习近平在北京以视频方式同德国总理朔尔茨会晤', { kind: 'video', place: '北京' }],
    [
      '习近平同法国总统马克龙在广州松园举行非正式会晤',
      { kind: 'meeting', place: '广州松园', participants: ['习近平', '马克龙'] },
    ],
    ['习近平同普京总统通电话', { counterpart: { name: '普京', country: '俄罗斯', title: '总统' } }],
    [
      '国家主席习近平同沙特王储兼首相穆罕默德举行会谈',
      { counterpart: { name: '穆罕默德', country: '沙特', title: '王储兼首相' } },
    ],
    ['二〇二一年八月二十五日，习近平同俄罗斯总统普京通电话', { date: '2021-08-25' }],
  ])('%s', (s, expected) => {
    expect(line(s)).toMatchObject(expected)
  })

  it('takes the month of a day-only event line from the dateline', () => {
    const a = analyze(
      articleOf('新华社北京6月15日电 国家主席习近平15日同俄罗斯总统普京通电话。\n普京表示，好。', {
        published: '2022-06-16',
      }),
    )
    expect(a.event?.date).toBe('2022-06-15')
    const b = analyze(
      articleOf('國家主席習近平30日同俄羅斯總統普京舉行視頻會晤。', { published: '2023-01-02' }),
    )
    expect(b.event).toMatchObject({ date: '2022-12-30', kind: 'video' })
  })

  it('parses counterparts from the text’s own pattern', () => {
    expect(parseCounterpart('联合国秘书长古特雷斯')).toEqual({
      name: '古特雷斯',
      country: '联合国',
      title: '秘书长',
    })
    expect(parseCounterpart('来华进行国事访问的巴西总统卢拉')).toEqual({
      name: '卢拉',
      country: '巴西',
      title: '总统',
    })
    expect(parseCounterpart('吉尔吉斯斯坦总统扎帕罗夫')).toEqual({
      name: '扎帕罗夫',
      country: '吉尔吉斯斯坦',
      title: '总统',
    })
  })

  it('fills a frequent counterpart’s country when the text gives only 普京总统', () => {
    const a = analyze(
      articleOf('习主席同普京总统通电话。\n习近平指出，好。', { published: '2021-08-25' }),
    )
    expect(a.event?.counterpart).toEqual({ name: '普京', country: '俄罗斯', title: '总统' })
  })

  it('is null without an event line', () => {
    expect(analyze(articleOf('华为发布新手机。\n价格为5999元。')).event).toBeNull()
  })
})
