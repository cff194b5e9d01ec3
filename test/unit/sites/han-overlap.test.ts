// The measure behind `npm run eval:extract`: Han-bigram overlap and anchored references.
import { describe, expect, it } from 'vitest'
import { hanBetween, hanOnly, hanOverlap } from '../../../scripts/lib/han-overlap'

describe('han-overlap', () => {
  it('compares Han text only, ignoring layout, punctuation and Latin', () => {
    expect(hanOnly('甲乙, ab 丙\n丁。')).toBe('甲乙丙丁')
    expect(hanOverlap('甲乙\n丙丁', '甲乙丙丁 (x)')).toEqual({ recall: 1, precision: 1 })
  })

  it('recall is the share of the reference held, precision the share that is reference', () => {
    const { recall, precision } = hanOverlap('甲乙丙', '甲乙丙丁戊') // 2 of 4, 2 of 2
    expect(recall).toBe(0.5)
    expect(precision).toBe(1)
    expect(hanOverlap('', '甲乙')).toEqual({ recall: 0, precision: 0 })
    // Repeated text counts once per occurrence in the reference.
    expect(hanOverlap('甲乙甲乙甲乙', '甲乙').precision).toBeCloseTo(1 / 5)
  })

  it('hanBetween: the page text from the first anchor to the end of the last', () => {
    const page = '导航 首页\n正文第一句。中间的话。最后一句。\n相关新闻'
    expect(hanBetween(page, '正文第一句', '最后一句')).toBe('正文第一句中间的话最后一句')
    expect(hanBetween(page, '不在页上', '最后一句')).toBeNull()
  })
})
