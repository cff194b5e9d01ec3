import { describe, expect, it } from 'vitest'
import { makeSnippet } from '../../../src/background/search/snippet'

const marked = (s: { snippet: string; marks: Array<[number, number]> }) =>
  s.marks.map(([a, b]) => s.snippet.slice(a, b))

describe('snippets', () => {
  it('marks the original characters of a folded match (traditional, spaced)', () => {
    expect(marked(makeSnippet('前言。習近平同普京通電話。', '习近平', ['习近平']))).toEqual([
      '習近平',
    ])
    expect(marked(makeSnippet('新华社北京 8 月 25 日电', '8月25日', ['8月25日']))).toEqual([
      '8 月 25 日',
    ])
  })

  it('keeps a match at the very start (title line) and starts after a line break', () => {
    const text = '中俄元首通话\n正文第一句。中俄合作。'
    const s = makeSnippet(text, '中俄合作', ['中俄', '合作'])
    expect(marked(s)).toEqual(['中俄合作'])
    expect(s.snippet.startsWith('…')).toBe(true)
    const t = makeSnippet(text, '中俄元首', ['中俄元首'])
    expect(marked(t)).toEqual(['中俄元首'])
  })

  it('marks every term inside the window and nothing outside the text', () => {
    const long = `${'甲'.repeat(200)}中俄关系${'乙'.repeat(10)}关系${'丙'.repeat(200)}`
    const s = makeSnippet(long, '中俄关系', ['中俄关系'])
    expect(marked(s)).toEqual(['中俄关系'])
    const m = makeSnippet(long, '中俄关系', ['中俄', '关系'])
    expect(marked(m)).toEqual(['中俄关系', '关系'])
    for (const [, b] of m.marks) expect(b).toBeLessThanOrEqual(m.snippet.length - 1)
  })
})
