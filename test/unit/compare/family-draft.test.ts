import { describe, expect, it } from 'vitest'
import { checkFamilyDraft, checkUserFamilies, type VariantFamily } from '../../../src/core/compare'
import { compareQuery } from '../../../src/popup/compare-link'

const mine: VariantFamily = { id: 'user:甲', label: { en: '甲', zh: '甲' }, variants: ['一', '二'] }

describe('a variant family typed in the options page', () => {
  it('keeps a name and two or more wordings, trimmed, ignoring blank lines at the ends', () => {
    expect(checkFamilyDraft(' 乙 ', ['', ' 丙丁 ', '戊己', ''], [mine])).toEqual({
      family: { id: 'user:乙', label: { en: '乙', zh: '乙' }, variants: ['丙丁', '戊己'] },
    })
  })

  it('says what is wrong: no name, a taken name, an empty or duplicate wording, too few', () => {
    const problem = (name: string, lines: string[]) => {
      const r = checkFamilyDraft(name, lines, [mine])
      return 'problem' in r ? r.problem : null
    }
    expect(problem(' ', ['一', '二'])).toEqual({ code: 'no-name' })
    expect(problem('甲', ['一', '二'])).toEqual({ code: 'name-taken' })
    expect(problem('Ukraine', ['一', '二'])).toEqual({ code: 'name-taken' })
    expect(problem('乙', ['一', ' ', '二'])).toEqual({ code: 'empty-wording', line: 2 })
    expect(problem('乙', ['一', '二', ' 一'])).toEqual({ code: 'duplicate-wording', wording: '一' })
    expect(problem('乙', ['一'])).toEqual({ code: 'too-few' })
    expect(
      problem(
        '乙',
        Array.from({ length: 13 }, (_, i) => `词${i}`),
      ),
    ).toEqual({
      code: 'too-many',
    })
    expect(problem('乙', ['一', 'x'.repeat(31)])).toEqual({
      code: 'too-long',
      wording: 'x'.repeat(31),
    })
  })

  it('what it saves reads back unchanged through the settings check', () => {
    const r = checkFamilyDraft('乙', ['丙', '丁'], [])
    if (!('family' in r)) throw new Error('rejected')
    expect(checkUserFamilies([r.family]).families).toEqual([r.family])
  })
})

describe('the popup result’s compare link', () => {
  const hit = { id: '2022-07-28:call:B', date: '2022-07-28' }
  it('compares with the readout in the tab, the older one as A', () => {
    const tab = { id: '2022-11-14:meeting:B', date: '2022-11-14' }
    expect(String(compareQuery(hit, tab))).toBe(
      String(new URLSearchParams({ a: hit.id, b: tab.id })),
    )
    expect(String(compareQuery(tab, hit))).toBe(
      String(new URLSearchParams({ a: hit.id, b: tab.id })),
    )
  })
  it('without one (or on the same event), with the previous event of the counterpart', () => {
    expect(String(compareQuery(hit, null))).toBe(String(new URLSearchParams({ b: hit.id })))
    expect(String(compareQuery(hit, hit))).toBe(String(new URLSearchParams({ b: hit.id })))
  })
})
