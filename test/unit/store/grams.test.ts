import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldForSearch } from '../../../src/core/normalize'
import { gramsOf } from '../../../src/core/search-tokens'
import type { CorpusIndex } from '../../../src/core/types'
import { gramsOfFolded } from '../../../src/shared/index/grams'

describe('gramsOfFolded', () => {
  it('equals core gramsOf on the shipped corpus', () => {
    const c = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex
    for (const e of c.events)
      expect(Array.from(gramsOfFolded(foldForSearch(e.text)))).toEqual(gramsOf(e.text))
  })
  it('equals core gramsOf on random mixed text', () => {
    const alphabet = fc.constantFrom(
      ...'習近平普京中俄关系 ，。\n\tAbc12３４！“”《》、ｘ'.split(''),
    )
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        const s = chars.join('')
        expect(Array.from(gramsOfFolded(foldForSearch(s)))).toEqual(gramsOf(s))
      }),
      { numRuns: 500 },
    )
  })
})
