import { describe, expect, it } from 'vitest'
import { buildAutomaton, longestNonOverlapping, searchAll } from '../../../src/core/aho-corasick'
import { analyze } from '../../../src/core/analyze'
import { builtInLexicon, phraseKey } from '../../../src/core/phrases'
import type { PhraseCategory } from '../../../src/core/types'
import { articleOf, seedArticle } from './helpers'

describe('Aho–Corasick', () => {
  it('finds every occurrence, overlapping, in one pass', () => {
    const ac = buildAutomaton(['he', 'she', 'his', 'hers'])
    const found = searchAll(ac, 'ushers').map((m) => `${m.word}@${m.start}-${m.end}`)
    expect(found.sort()).toEqual(['0@2-4', '1@1-4', '3@2-6'].sort())
  })
  it('longest-leftmost non-overlapping selection', () => {
    const words = ['全面战略协作伙伴', '新时代全面战略协作伙伴关系', '伙伴关系', '战略']
    const ac = buildAutomaton(words)
    const chosen = longestNonOverlapping(searchAll(ac, '推动新时代全面战略协作伙伴关系发展，战略'))
    expect(chosen.map((m) => words[m.word])).toEqual(['新时代全面战略协作伙伴关系', '战略'])
  })
  it('agrees with naive search on random input', () => {
    const alphabet = 'abc'
    const words = ['a', 'ab', 'bab', 'bc', 'bca', 'c', 'caa', 'abcabc']
    const ac = buildAutomaton(words)
    for (let k = 0; k < 200; k++) {
      let t = ''
      for (let i = 0; i < 40; i++) t += alphabet[Math.floor(Math.random() * 3)]
      const naive: string[] = []
      words.forEach((w, wi) => {
        for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) naive.push(`${wi}@${i}`)
      })
      const got = searchAll(ac, t).map((m) => `${m.word}@${m.start}`)
      expect(got.sort()).toEqual(naive.sort())
    }
  })
})

describe('lexicon', () => {
  const lex = builtInLexicon()
  const categories: PhraseCategory[] = [
    'relationship',
    'sovereignty',
    'anti-interference',
    'multilateral',
    'conflict',
    'economy',
    'history',
    'taiwan-hk-xinjiang',
    'structure',
  ]
  it('has ≥60 entries with a gloss, in every category, no duplicates', () => {
    expect(lex.length).toBeGreaterThanOrEqual(60)
    for (const e of lex) expect(e.en, e.phrase).toBeTruthy()
    for (const c of categories)
      expect(
        lex.some((e) => e.category === c),
        c,
      ).toBe(true)
    expect(new Set(lex.map((e) => phraseKey(e.phrase))).size).toBe(lex.length)
  })
})

describe('phrases in readouts', () => {
  it('seed 001: the formulations analysts look for, with offsets', () => {
    const article = seedArticle('001')
    const a = analyze(article)
    const keys = new Set(a.phrases.map((p) => p.key))
    for (const k of [
      '全面战略协作伙伴',
      '反干涉',
      '上海合作组织',
      '深入交换意见',
      '阿富汗局势',
      '一个中国政策',
      '涉台',
      '涉港',
      '涉疆',
      '核心利益',
      '外部势力',
      '二战胜利成果',
      '历史真相',
      '世界反法西斯战争',
      '一致认为',
      '人类卫生健康共同体',
    ])
      expect(keys.has(k), k).toBe(true)
    for (const p of a.phrases) expect(article.text.slice(p.start, p.end)).toBe(p.text)
  })

  it('seed 002: 特别军事行动 only in Putin’s turn, 冷战思维 in Xi’s', () => {
    const a = analyze(seedArticle('002'))
    const speakerAt = (at: number) => a.turns.find((t) => t.start <= at && at < t.end)?.speaker
    const smo = a.phrases.filter((p) => p.key === '特别军事行动')
    expect(smo.length).toBe(2)
    for (const p of smo) expect(speakerAt(p.start)).toBe('普京')
    const cw = a.phrases.find((p) => p.key === '冷战思维')!
    expect(cw.category).toBe('conflict')
    expect(speakerAt(cw.start)).toBe('习近平')
    expect(a.phrases.some((p) => p.key === '以联合国为核心的国际体系')).toBe(true)
  })

  it('seed 004: quoted terms and treaties', () => {
    const a = analyze(seedArticle('004'))
    const quoted = a.phrases.filter((p) => p.category === 'quoted').map((p) => p.key)
    expect(quoted).toContain('21世纪国家间协作的典范')
    expect(quoted).toContain('2030年前国家发展目标')
    expect(quoted).toContain('冬奥之约')
    expect(quoted).toContain('一起向未来')
    // “上海精神” is also a lexicon phrase: reported once, with the lexicon category.
    expect(quoted).not.toContain('上海精神')
    expect(a.phrases.find((p) => p.key === '上海精神')?.category).toBe('multilateral')
    // 《中俄睦邻友好合作条约》 is a lexicon phrase: kept once, as history.
    const treaty = a.phrases.filter((p) => p.key === '中俄睦邻友好合作条约')
    expect(treaty.every((p) => p.category === 'history')).toBe(true)
  })

  it('matches traditional script and reports the source text', () => {
    const text =
      '國家主席習近平同法國總統馬克龍通電話。\n馬克龍表示，法方堅定奉行一個中國政策，尊重中國的核心利益。'
    const a = analyze(articleOf(text, { published: '2023-05-11' }))
    const hit = a.phrases.find((p) => p.key === '一个中国政策')!
    expect(hit.text).toBe('一個中國政策')
    expect(text.slice(hit.start, hit.end)).toBe('一個中國政策')
  })

  it('takes 「…」 quotes (Taiwan/Hong Kong) as quoted terms', () => {
    const text = '習近平與美國總統拜登今天舉行視訊會談。\n習近平說，台灣當局一再企圖「倚美謀獨」。'
    const a = analyze(articleOf(text, { published: '2021-11-16' }))
    const q = a.phrases.find((p) => p.category === 'quoted')!
    expect(q.key).toBe('倚美谋独')
    expect(text.slice(q.start, q.end)).toBe('倚美謀獨')
  })

  it('takes extra phrases from the options (custom by default, or a given category)', () => {
    const text =
      '国家主席习近平同俄罗斯总统普京通电话。\n习近平指出，要推进全球文明倡议和元首外交，加强合作共赢。'
    const a = analyze(articleOf(text), {
      extraPhrases: [
        { phrase: '合作共赢', category: 'custom' },
        { phrase: '元首外交', category: 'structure' },
      ],
    })
    expect(a.phrases.find((p) => p.key === '合作共赢')?.category).toBe('custom')
    expect(a.phrases.find((p) => p.key === '元首外交')?.category).toBe('structure')
    expect(a.phrases.find((p) => p.key === '全球文明倡议')?.category).toBe('multilateral')
  })

  it('lexicon hits never overlap each other', () => {
    const a = analyze(seedArticle('004'))
    const lexHits = a.phrases.filter((p) => p.category !== 'quoted')
    for (let i = 1; i < lexHits.length; i++)
      expect(lexHits[i]!.start).toBeGreaterThanOrEqual(lexHits[i - 1]!.end)
  })
})
