import { describe, expect, it } from 'vitest'
import {
  dateFromUrl,
  hanCount,
  hostMatches,
  parseDate,
  stripSourceLabel,
} from '../../../src/sites/page-meta'
import { stripTitleSuffix } from '../../../src/sites/generic'

describe('parseDate', () => {
  it.each([
    ['2021年12月16日 14:21', '2021-12-16'],
    ['2020年07月10日15:03', '2020-07-10'],
    ['2021-08-25 17:49:38', '2021-08-25'],
    ['2021/8/5', '2021-08-05'],
    ['2021.08.25', '2021-08-25'],
    ['2021-12-15-19:41:04', '2021-12-15'],
    ['2021-12-16T14:21:53+08:00', '2021-12-16'],
    ['2021-08-25T16:44:18Z', '2021-08-26'], // after 16:00 UTC it is the next day in Beijing
    ['2021-08-25T16:44:18+0000', '2021-08-26'],
    ['20220225', '2022-02-25'],
    ['来源：新华社 | 2021年08月25日 20:03', '2021-08-25'],
  ])('%s → %s', (s, d) => expect(parseDate(s)).toBe(d))

  it('rejects impossible or missing dates', () => {
    expect(parseDate('2021年2月30日')).toBeNull()
    expect(parseDate('刚刚')).toBeNull()
    expect(parseDate('')).toBeNull()
    expect(parseDate(null)).toBeNull()
  })
})

describe('dateFromUrl', () => {
  it.each([
    ['https://news.sina.com.cn/c/2021-08-25/doc-ikqcfncc4902541.shtml', '2021-08-25'],
    ['http://www.xinhuanet.com/politics/leaders/2021-08/25/c_1127794887.htm', '2021-08-25'],
    ['http://politics.people.com.cn/n1/2020/0710/c1001-31778939.html', '2020-07-10'],
    [
      'http://www.news.cn/politics/leaders/20220225/0b2d8f5a2e8c4a7d9f6e3b1c5a7d2e4f/c.html',
      '2022-02-25',
    ],
    [
      'https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/202202/t20220225_10645701.shtml',
      '2022-02-25',
    ],
    ['https://www.gov.cn/xinwen/2021-12/15/content_5661025.htm', '2021-12-15'],
    ['https://news.cctv.com/2021/08/25/ARTIqZ5bWl8vZ2sYgK3p9xTf210825.shtml', '2021-08-25'],
  ])('%s', (u, d) => expect(dateFromUrl(new URL(u))).toBe(d))

  it('is null when the URL carries no date', () => {
    expect(dateFromUrl(new URL('https://www.kankanews.com/detail/Kl0EnLqQ6Zw'))).toBeNull()
    expect(
      dateFromUrl(new URL('https://www.gov.cn/yaowen/liebiao/202402/content_6931452.htm')),
    ).toBeNull()
  })
})

describe('small helpers', () => {
  it('hostMatches follows manifest wildcards (apex included)', () => {
    expect(hostMatches('politics.people.com.cn', ['*.people.com.cn'])).toBe(true)
    expect(hostMatches('people.com.cn', ['*.people.com.cn'])).toBe(true)
    expect(hostMatches('evilpeople.com.cn', ['*.people.com.cn'])).toBe(false)
    expect(hostMatches('news.sina.com.cn', ['finance.sina.com.cn'])).toBe(false)
  })
  it('counts Han characters, including extension planes', () => {
    expect(hanCount('习近平 said 你好')).toBe(5)
    expect(hanCount('𠀀a')).toBe(1)
  })
  it('strips source labels and title suffixes', () => {
    expect(stripSourceLabel('来源： 新华社')).toBe('新华社')
    expect(stripSourceLabel('来源：')).toBeNull()
    expect(stripTitleSuffix('中俄元首年内再度视频会晤 传递这些重要信息_新浪财经_新浪网')).toBe(
      '中俄元首年内再度视频会晤 传递这些重要信息',
    )
    expect(stripTitleSuffix('寒潮来袭 - 央视网')).toBe('寒潮来袭')
  })
})
