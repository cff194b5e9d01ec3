import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assign } from '../../../src/core/compare/assignment'
import { ALIGNERS, compare, docFromAnalysis, type Aligner } from '../../../src/core/compare'
import { analysisOf, JUNE, OCTOBER } from './cases'

/** Best total score over every one-to-one assignment (brute force, small matrices). */
function bruteBest(score: Float64Array[], cols: number): number {
  let best = 0
  const used = new Array<boolean>(cols).fill(false)
  const walk = (i: number, total: number): void => {
    if (i === score.length) return void (best = Math.max(best, total))
    walk(i + 1, total)
    for (let j = 0; j < cols; j++) {
      if (used[j] || score[i]![j]! <= 0) continue
      used[j] = true
      walk(i + 1, total + score[i]![j]!)
      used[j] = false
    }
  }
  walk(0, 0)
  return best
}

describe('assign (Hungarian method)', () => {
  it('finds an assignment as good as brute force, one column per row', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) =>
        fc.array(fc.array(fc.constantFrom(0, 0.3, 0.5, 0.8, 1), { minLength: c, maxLength: c }), {
          minLength: r,
          maxLength: r,
        }),
      )
    fc.assert(
      fc.property(matrix, (rows) => {
        const score = rows.map((r) => Float64Array.from(r))
        const cols = rows[0]!.length
        const pick = assign(score, cols)
        const taken = [...pick].filter((j) => j >= 0)
        expect(new Set(taken).size).toBe(taken.length)
        let total = 0
        pick.forEach((j, i) => {
          if (j >= 0) total += score[i]![j]!
        })
        expect(total).toBeCloseTo(bruteBest(score, cols), 9)
      }),
      { numRuns: 300 },
    )
  })
})

describe('compare', () => {
  const june = docFromAnalysis(analysisOf(JUNE, '2023-06-09'))
  const october = docFromAnalysis(analysisOf(OCTOBER, '2023-10-20'))

  it('aligns sentences by content when the topic order changes', () => {
    const cmp = compare(june, october)
    const pair = (needleA: string) => {
      const a = cmp.a.sentences.findIndex((s) => s.text.includes(needleA))
      const p = cmp.aligned.find((x) => x.a === a)
      return p ? cmp.b.sentences[p.b]!.text : null
    }
    // June: Ukraine second, cooperation third; October: cooperation first, Ukraine second.
    expect(pair('乌克兰危机')).toBe('习近平指出，中方在乌克兰危机问题上始终站在和平一边。')
    expect(pair('坚持互利合作')).toBe('习近平强调，双方要坚持互利合作，维护产业链供应链稳定。')
    expect(cmp.aligned.find((p) => cmp.a.sentences[p.a]!.text.includes('乌克兰'))!.identical).toBe(
      true,
    )
    expect(cmp.sameEvent).toBe(false)
  })

  it('marks formulations added and dropped, and the families whose wording changed', () => {
    const cmp = compare(june, october)
    expect(cmp.phrases.added.map((f) => f.key)).toContain('产业链供应链')
    expect(cmp.phrases.dropped.map((f) => f.key)).toContain('一带一路')
    const s = cmp.b.sentences.find((x) => x.text.includes('产业链'))!
    expect(s.formulations).toContain('产业链供应链')
    expect(cmp.variants.map((v) => v.family)).toContain('taiwan-independence')
    expect(cmp.variants.find((v) => v.family === 'taiwan-independence')).toMatchObject({
      a: [],
      b: ['反对“台独”'],
    })
  })

  it('counts sentences per speaker and who speaks first', () => {
    const cmp = compare(june, october)
    expect(cmp.speakers.a.first).toBe('阿尔法')
    expect(cmp.speakers.b.first).toBe('习近平')
    const xi = cmp.speakers.b.shares.find((x) => x.speaker === '习近平')!
    expect(xi.sentences).toBe(2)
    const total = cmp.speakers.b.shares.reduce((n, x) => n + x.sentences, 0)
    expect(total).toBe(cmp.b.sentences.length)
  })

  it('puts every sentence either in an aligned pair or in onlyA/onlyB', () => {
    const cmp = compare(june, october)
    const a = [...cmp.aligned.map((p) => p.a), ...cmp.onlyA].sort((x, y) => x - y)
    expect(a).toEqual(cmp.a.sentences.map((s) => s.index))
    const b = [...cmp.aligned.map((p) => p.b), ...cmp.onlyB].sort((x, y) => x - y)
    expect(b).toEqual(cmp.b.sentences.map((s) => s.index))
  })

  it('takes another aligner by name or as a function; an unknown name is an error', () => {
    const byPosition: Aligner = (a, b) =>
      a.slice(0, b.length).map((_, i) => ({ a: i, b: i, similarity: 1 }))
    ALIGNERS['position-test'] = byPosition
    try {
      expect(compare(june, october, { aligner: 'position-test' }).aligner).toBe('position-test')
      expect(compare(june, october, { aligner: byPosition }).onlyA).toEqual([])
    } finally {
      delete ALIGNERS['position-test']
    }
    expect(() => compare(june, october, { aligner: 'nope' })).toThrow(/unknown aligner/)
  })

  it('knows the same event from two outlets', () => {
    const other = docFromAnalysis(analysisOf(JUNE.replace('深化', ''), '2023-06-10'))
    expect(compare(june, other).sameEvent).toBe(true)
  })
})
