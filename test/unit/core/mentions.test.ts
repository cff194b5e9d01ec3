import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { articleOf, seedArticle } from './helpers'

describe('mentions', () => {
  it('seed 000: three earlier events of 2021, not the call itself', () => {
    const a = analyze(seedArticle('000'))
    expect(a.mentions.map((m) => [m.date, m.kind])).toEqual([
      ['2021-05-19', 'other'],
      ['2021-06-28', 'video'],
      ['2021-07-08', 'other'],
    ])
    expect(a.mentions[1]!.text).toBe('6 月 28 日，两国元首举行视频会晤')
  })

  it('seed 004: 5-19, 6-28 video, 8-25 call', () => {
    const article = seedArticle('004')
    const a = analyze(article)
    expect(a.mentions.map((m) => [m.date, m.kind])).toEqual([
      ['2021-05-19', 'other'],
      ['2021-06-28', 'video'],
      ['2021-08-25', 'call'],
    ])
    for (const m of a.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text)
  })

  it('seeds 001 and 002 mention nothing', () => {
    expect(analyze(seedArticle('001')).mentions).toEqual([])
    expect(analyze(seedArticle('002')).mentions).toEqual([])
  })

  it('the counterpart is a subject too (visits)', () => {
    const a = analyze(
      articleOf(
        '国家主席习近平8月25日同俄罗斯总统普京通电话。\n习近平指出，5月16日，普京总统对中国进行国事访问，取得圆满成功。',
        { published: '2024-08-26' },
      ),
    )
    expect(a.mentions.map((m) => [m.date, m.kind])).toEqual([['2024-05-16', 'other']])
  })

  it('resolves the year back across new year', () => {
    const a = analyze(
      articleOf(
        '国家主席习近平1月21日同俄罗斯总统普京举行视频会晤。\n去年12月15日，两国元首举行视频会晤。12月28日，两国元首通电话。',
        {
          published: '2022-01-22',
        },
      ),
    )
    expect(a.mentions.map((m) => [m.date, m.kind])).toEqual([
      ['2021-12-15', 'video'],
      ['2021-12-28', 'call'],
    ])
  })
})
