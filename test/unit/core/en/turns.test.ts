import { describe, expect, it } from 'vitest'
import { analyzeEnglish } from '../../../../src/core/en/analyze'
import { articleOf } from '../helpers'

const TEXT = [
  'President Anna Smith spoke today with President Xi Jinping of China.',
  'The call was long. President Smith emphasized the need for talks. He raised trade.',
  'On Taiwan, she again underscored her position. The two leaders agreed to meet.',
  'They tasked their teams. The President thanked her host. President Xi noted the weather.',
  'He also said goodbye. President Smith and President Xi reiterated their views.',
  'Both sides are resuming talks. President Smith’s team left.',
].join('\n')

describe('English turns', () => {
  const table = {
    zh: '史密斯',
    en: ['Anna Smith', 'Smith'],
    country: { zh: '美国', en: 'United States' },
    title: '总统',
  }
  it('attributes each sentence and says which rule fired', async () => {
    const { nameTable } = await import('../../../../src/core/en/names')
    const a = analyzeEnglish(
      articleOf(TEXT, { title: 'Readout of a Call', published: '2024-01-01' }),
      nameTable([table]),
    )
    expect(a.turns.map((t) => [t.speaker, t.verb, t.rule])).toEqual([
      [null, null, 'event'],
      [null, null, 'narration'],
      ['史密斯', 'emphasized', 'named'],
      ['史密斯', 'raised', 'pronoun'],
      ['史密斯', 'underscored', 'pronoun'],
      ['双方', 'agreed', 'joint'],
      ['双方', 'tasked', 'joint'],
      ['史密斯', 'thanked', 'the-president'],
      ['习近平', 'noted', 'named'],
      ['习近平', 'said', 'pronoun'],
      ['双方', 'reiterated', 'joint'],
      ['双方', 'are', 'joint'],
      [null, null, 'narration'],
    ])
    expect(a.isReadout).toBe(true)
    // Turns are slices of the text at their offsets.
    for (const t of a.turns) expect(TEXT.slice(t.start, t.end)).toBe(t.text)
  })
})
