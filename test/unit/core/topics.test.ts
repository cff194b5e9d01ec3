import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { TOPICS, topicLabel, topicMatcher } from '../../../src/core/topics/lexicon'
import {
  alignByTopic,
  chineseTopics,
  compareTopics,
  englishTopics,
  topicSentences,
} from '../../../src/core/topics/sentence-topics'
import { articleOf } from './helpers'

const REQUIRED = [
  'taiwan',
  'hong-kong',
  'human-rights',
  'xinjiang',
  'tibet',
  'south-china-sea',
  'korean-peninsula',
  'ukraine',
  'middle-east',
  'trade',
  'technology',
  'counternarcotics',
  'ai',
  'climate',
  'military',
  'people-to-people',
  'health',
]

describe('topic lexicon', () => {
  it('has every required id, each with English and Chinese terms and labels', () => {
    for (const id of REQUIRED) {
      const e = TOPICS.find((t) => t.id === id)
      expect(e, id).toBeDefined()
      expect(e!.en.length, id).toBeGreaterThan(0)
      expect(e!.zh.length, id).toBeGreaterThan(0)
      expect(topicLabel(id, 'zh')).not.toBe(id)
    }
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length)
  })

  it('matches English whole words, capitals only as capitals, prefixes with *', () => {
    expect(englishTopics('They discussed AI safety.')).toEqual(['ai'])
    expect(englishTopics('They said aid would flow.')).toEqual([])
    expect(englishTopics('Ukrainian cities and the Taiwan Strait')).toEqual(['taiwan', 'ukraine'])
    expect(englishTopics('the 21<sup>st</sup> century of Hong\nKong')).toEqual(['hong-kong'])
    expect(englishTopics('Fentanyl precursors; COVID-19')).toEqual(['counternarcotics', 'health'])
  })

  it('matches Chinese substrings', () => {
    expect(chineseTopics('双方就乌克兰危机和巴以冲突交换意见')).toEqual(['ukraine', 'middle-east'])
    expect(chineseTopics('反对“台独”，加强禁毒合作')).toEqual(['taiwan', 'counternarcotics'])
  })

  it('is extendable', () => {
    const m = topicMatcher([
      { id: 'arctic', label: { en: 'Arctic', zh: '北极' }, en: ['Arctic'], zh: ['北极'] },
    ])
    expect(englishTopics('The Arctic matters.', m)).toEqual(['arctic'])
    expect(chineseTopics('北极航道', m)).toEqual(['arctic'])
  })
})

describe('sentence topics and comparison', () => {
  const zh = articleOf(
    '国家主席习近平5月9日应约同美国总统史密斯通电话。\n习近平指出，台湾问题是核心利益。双方要加强禁毒合作。\n史密斯表示，美方关注人工智能。',
    { published: '2024-05-10' },
  )
  const en = articleOf(
    'President Alan Smith spoke today with President Xi Jinping.\nPresident Smith raised human rights in Xinjiang. He stressed AI safety. On Taiwan, he restated policy.',
    { title: 'Readout of a Call', published: '2024-05-09' },
  )
  const za = analyze(zh)
  const ea = analyze(en)

  it('gives every Chinese sentence its speaker and topics', () => {
    const s = topicSentences(zh, za)
    expect(s.map((x) => [x.speaker, x.topics])).toEqual([
      [null, []],
      ['习近平', ['taiwan']],
      ['习近平', ['counternarcotics']],
      ['史密斯', ['ai']],
    ])
    for (const x of s) expect(zh.text.slice(x.start, x.end)).toBe(x.text)
  })

  it('compares topics both ways and aligns sentences by topic', () => {
    const a = topicSentences(zh, za)
    const b = topicSentences(en, ea)
    expect(compareTopics(a, b)).toEqual({
      both: ['taiwan', 'ai'],
      onlyA: ['counternarcotics'],
      onlyB: ['human-rights', 'xinjiang'],
    })
    const rows = alignByTopic(a, b)
    expect(rows.find((r) => r.topic === 'taiwan')).toEqual({ topic: 'taiwan', a: [1], b: [3] })
    expect(rows.find((r) => r.topic === 'xinjiang')).toEqual({ topic: 'xinjiang', a: [], b: [1] })
  })
})
