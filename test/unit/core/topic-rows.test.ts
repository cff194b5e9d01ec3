import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { compareSides } from '../../../src/core/pairing/compare-sides'
import { topicAlignedRows } from '../../../src/core/pairing/topic-rows'
import { articleOf } from './helpers'

describe('topicAlignedRows', () => {
  it('one row per topic: both sides first, then only A, then only B, with labels and sentences', () => {
    const zh = articleOf(
      '国家主席习近平5月9日应约同法国总统马克龙通电话。\n习近平指出，要加强气候合作。\n习近平谈到台湾问题。',
      { published: '2024-05-09' },
    )
    const en = articleOf(
      'President Emmanuel Macron spoke today with President Xi Jinping.\nPresident Macron raised Ukraine.\nPresident Macron discussed Taiwan.',
      { title: 'Readout of a call', published: '2024-05-09' },
    )
    const rows = topicAlignedRows(
      compareSides({ article: zh, analysis: analyze(zh) }, { article: en, analysis: analyze(en) }),
    )
    expect(rows.map((r) => [r.topic, r.presence])).toEqual([
      ['taiwan', 'both'],
      ['climate', 'onlyA'],
      ['ukraine', 'onlyB'],
    ])
    expect(rows[0]!.label).toEqual({ en: 'Taiwan', zh: '台湾' })
    expect(rows[0]!.a.map((s) => s.text)).toEqual(['习近平谈到台湾问题。'])
    expect(rows[0]!.b[0]!.text).toContain('discussed Taiwan')
    expect(rows[1]!.b).toEqual([])
    expect(rows[2]!.a).toEqual([])
  })
})
