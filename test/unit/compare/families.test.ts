import { describe, expect, it } from 'vitest'
import { allFamilies, BUILT_IN_FAMILIES, checkUserFamilies } from '../../../src/core/compare'
import { familyUses } from '../../../src/core/compare/variants'
import type { Turn } from '../../../src/core/types'

const turn = (speaker: string | null, text: string): Turn => ({
  speaker,
  verb: null,
  text,
  start: 0,
  end: text.length,
})

describe('variant families', () => {
  it('built-in families have unique ids and at least two wordings each', () => {
    const ids = BUILT_IN_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const f of BUILT_IN_FAMILIES) expect(f.variants.length).toBeGreaterThanOrEqual(2)
  })

  it('matches with or without quotation marks and in traditional script', () => {
    const taiwan = BUILT_IN_FAMILIES.find((f) => f.id === 'taiwan-independence')!
    const uses = familyUses(
      { turns: [turn('甲', '我们反对"台独"。'), turn('乙', '我們反對「台獨」，不支持台独。')] },
      taiwan,
    )
    expect(uses).toEqual([
      { variant: '反对“台独”', count: 2, speakers: ['甲', '乙'] },
      { variant: '不支持“台独”', count: 1, speakers: ['乙'] },
    ])
  })

  it('does not count a wording inside a longer one of the same family', () => {
    const russia = BUILT_IN_FAMILIES.find((f) => f.id === 'china-russia-partnership')!
    expect(
      familyUses({ turns: [turn(null, '推进新时代全面战略协作伙伴关系。')] }, russia).map(
        (u) => u.variant,
      ),
    ).toEqual(['新时代全面战略协作伙伴关系'])
  })

  it('keeps good user families and says why the others were left out', () => {
    const { families, problems } = checkUserFamilies([
      { label: { en: 'Sea', zh: '南海' }, variants: ['南海问题', '南海局势', '南海问题'] },
      { label: 'Lonely', variants: ['只有一个'] },
      { variants: ['甲', '乙'] },
      { label: 'Long', variants: ['甲', 'x'.repeat(31)] },
      null,
    ])
    expect(families).toEqual([
      { id: 'user:Sea', label: { en: 'Sea', zh: '南海' }, variants: ['南海问题', '南海局势'] },
    ])
    expect(problems).toEqual([
      'Lonely: needs at least two wordings',
      'family 3: no name',
      'Long: “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx” is longer than 30',
      'family 5: no name',
    ])
    expect(checkUserFamilies('junk').problems).toEqual(['not a list of families'])
    expect(allFamilies([{ label: 'A', variants: ['一', '二'] }]).at(-1)!.id).toBe('user:A')
  })
})
