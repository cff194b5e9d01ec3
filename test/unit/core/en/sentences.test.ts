import { describe, expect, it } from 'vitest'
import { splitEnglishSentences } from '../../../../src/core/en/sentences'
import { articleOf } from '../helpers'

const split = (text: string) => {
  const a = articleOf(text)
  return splitEnglishSentences(a).map((s) => a.text.slice(s.start, s.end))
}

describe('splitEnglishSentences', () => {
  it('does not end a sentence after an initial, Jr. or U.S.', () => {
    expect(
      split(
        'President Alan B. Smith, Jr. spoke with the U.S. Ambassador. He thanked Mr. Jones. The talks ended.',
      ),
    ).toEqual([
      'President Alan B. Smith, Jr. spoke with the U.S. Ambassador.',
      'He thanked Mr. Jones.',
      'The talks ended.',
    ])
  })

  it('keeps a closing quote with its sentence and splits at ? and !', () => {
    expect(split('He said “no.” Why? Because!')).toEqual(['He said “no.”', 'Why?', 'Because!'])
  })

  it('keeps U.S.-China and decimals inside a sentence; a paragraph end ends one', () => {
    expect(split('The U.S.-China talks grew 3.5 percent\nNext paragraph here.')).toEqual([
      'The U.S.-China talks grew 3.5 percent',
      'Next paragraph here.',
    ])
  })

  it('gives offsets into the article text', () => {
    const a = articleOf('First one. Second one.')
    const [, second] = splitEnglishSentences(a)
    expect(second).toMatchObject({ start: 11, end: 22, paragraph: 0 })
  })
})

describe('articleLanguage', () => {
  it('tells English from Chinese by the letters of the body', async () => {
    const { articleLanguage } = await import('../../../../src/core/language')
    expect(
      articleLanguage(articleOf('President Biden spoke today with President Xi Jinping.')),
    ).toBe('en')
    expect(articleLanguage(articleOf('国家主席习近平同美国总统拜登（Joe Biden）通电话。'))).toBe(
      'zh',
    )
  })
})
