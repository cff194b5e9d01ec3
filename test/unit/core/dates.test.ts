import { describe, expect, it } from 'vitest'
import {
  dateFromUrl,
  datelineMonthDay,
  parseNumber,
  resolveChineseDate,
  type YMD,
} from '../../../src/core/dates'

const ref: YMD = { year: 2022, month: 2, day: 25 }

describe('resolveChineseDate', () => {
  it.each<[string, YMD | null, string | null]>([
    ['8月25日', { year: 2021, month: 8, day: 26 }, '2021-08-25'],
    ['2021年8月25日', null, '2021-08-25'],
    ['二〇二一年八月二十五日', null, '2021-08-25'],
    ['二〇二一年十二月三十一日', null, '2021-12-31'],
    ['2月25日', ref, '2022-02-25'],
    ['2月26日', ref, '2022-02-26'], // one day of time-zone slack
    ['12月15日', ref, '2021-12-15'], // later month: the year before
    ['今年6月28日', ref, '2022-06-28'],
    ['去年12月15日', ref, '2021-12-15'],
    ['明年2月4日', ref, '2023-02-04'],
    ['上月15日', ref, '2022-01-15'],
    ['上月15日', { year: 2022, month: 1, day: 3 }, '2021-12-15'],
    ['本月3日', ref, '2022-02-03'],
    ['8月25日', null, null],
    ['2月30日', ref, null],
    ['13月1日', ref, null],
    ['没有日期', ref, null],
  ])('%s (ref %j) → %s', (s, r, expected) => {
    expect(resolveChineseDate(s, r)).toBe(expected)
  })
})

describe('parseNumber', () => {
  it.each([
    ['25', 25],
    ['二十五', 25],
    ['十二', 12],
    ['十', 10],
    ['三十一', 31],
    ['二〇二一', 2021],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n))
  it('rejects junk', () => expect(parseNumber('二十五六')).toBeNaN())
})

describe('dateFromUrl', () => {
  it.each<[string, string | null]>([
    ['http://www.xinhuanet.com/politics/leaders/2022-06/15/c_1128744180.htm', '2022-06-15'],
    ['https://www.news.cn/politics/leaders/20220615/abc123/c.html', '2022-06-15'],
    [
      'https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/202206/t20220615_10703749.shtml',
      '2022-06-15',
    ],
    ['http://politics.people.com.cn/n1/2022/0615/c1024-32447262.html', '2022-06-15'],
    ['https://news.sina.com.cn/c/2021-08-25/doc-ikqcfncc4964577.shtml', '2021-08-25'],
    ['https://www.gov.cn/yaowen/liebiao/202306/content_6887361.htm', '2023-06-30'],
    ['https://example.com/article/123', null],
  ])('%s', (url, expected) => {
    const d = dateFromUrl(url)
    expect(
      d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null,
    ).toBe(expected)
  })
})

describe('datelineMonthDay', () => {
  it('reads the Xinhua dateline', () => {
    expect(datelineMonthDay('新华社北京8月25日电国家主席习近平')).toMatchObject({
      month: 8,
      day: 25,
    })
    expect(datelineMonthDay('新华社莫斯科3月21日电（记者杨依军）')).toMatchObject({
      month: 3,
      day: 21,
    })
    expect(datelineMonthDay('没有电头')).toBeNull()
  })
})
