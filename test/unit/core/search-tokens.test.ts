import { describe, expect, it } from 'vitest'
import { gramsOf, queryGrams } from '../../../src/core/search-tokens'

const code = (s: string) => s.charCodeAt(0) * 65536 + s.charCodeAt(1)

describe('search tokens', () => {
  it('bigrams of the folded text, sorted and unique, no punctuation pairs', () => {
    expect(gramsOf('習近平，習近平')).toEqual([code('习近'), code('近平')].sort((a, b) => a - b))
    expect(gramsOf('A B')).toEqual([code('ab')])
  })
  it('a query’s grams are a subset of a matching document’s', () => {
    const doc = new Set(gramsOf('国家主席习近平8月25日同俄罗斯总统普京通电话。'))
    for (const q of ['習近平', '俄羅斯總統', '普京 通电话', '8月25日']) {
      for (const g of queryGrams(q)) expect(doc.has(g), q).toBe(true)
    }
  })
  it('whitespace separates query terms', () => {
    expect(queryGrams('习近平 普京')).not.toContain(code('平普'))
  })
  it('one character gives no gram', () => {
    expect(queryGrams('习')).toEqual([])
  })
})
