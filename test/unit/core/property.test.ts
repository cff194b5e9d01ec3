// Property tests: random and mutated text never throws, and every offset maps back to the
// very characters it names; long inputs stay linear.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { normalize, toSource } from '../../../src/core/normalize'
import type { Analysis, Article } from '../../../src/core/types'
import { articleOf, seedArticle } from './helpers'

function checkAnalysis(article: Article, a: Analysis) {
  const spans = [...a.turns, ...a.phrases, ...a.mentions]
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0)
    expect(s.end).toBeLessThanOrEqual(article.text.length)
    expect(s.start).toBeLessThanOrEqual(s.end)
    expect(article.text.slice(s.start, s.end)).toBe(s.text)
  }
  expect(a.confidence).toBeGreaterThanOrEqual(0)
  expect(a.confidence).toBeLessThanOrEqual(1)
}

/** Characters that exercise the normaliser and matchers. */
const PIECES = [
  '习近平',
  '習近平',
  '普京',
  '普丁',
  '川普',
  '指出',
  '表示',
  '强调',
  '，',
  ',',
  '。',
  '？',
  '?',
  '；',
  '：',
  ':',
  '“',
  '”',
  '《',
  '》',
  ' ',
  '\n',
  '\u3000',
  '\u200b',
  '8',
  '月',
  '25',
  '日',
  '同',
  '俄罗斯总统',
  '通电话',
  '双方',
  '他',
  '国家主席',
  '新华社北京',
  '电',
  'Ａ',
  '１',
  '𠮷',
  '\ud800',
  '（',
  '）',
  '应约',
  '会见',
  '举行会谈',
  '两国元首',
  '一个中国政策',
  '新时代全面战略协作伙伴关系',
]
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((a) => a.join(''))
const anyText = fc.oneof(
  piecesText,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
)

/** Splice random pieces into a seed: deletions, insertions, duplications. */
function mutate(text: string, edits: Array<[number, number, string]>): string {
  let t = text
  for (const [at, del, ins] of edits) {
    const i = at % (t.length + 1)
    t = t.slice(0, i) + ins + t.slice(i + (del % 20))
  }
  return t
}

describe('normalize properties', () => {
  it('every normalised char maps into the source, ranges map back', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (src, a, b) => {
        const start = a % (src.length + 1)
        const end = start + (b % (src.length - start + 1))
        const n = normalize(src, start, end)
        expect(n.map.length).toBe(n.text.length + 1)
        for (let i = 0; i < n.text.length; i++) {
          expect(n.map[i]).toBeGreaterThanOrEqual(start)
          expect(n.map[i]).toBeLessThan(end)
          if (i) expect(n.map[i]!).toBeGreaterThanOrEqual(n.map[i - 1]!)
        }
        const r = toSource(n, 0, n.text.length)
        expect(r.start).toBeGreaterThanOrEqual(start)
        expect(r.end).toBeLessThanOrEqual(end)
        // Idempotent: normalised text normalises to itself.
        expect(normalize(n.text).text).toBe(n.text)
      }),
      { numRuns: 500 },
    )
  }, 60_000)
})

describe('analyze properties', () => {
  it('random text never throws and all offsets are exact', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.constantFrom('2021-08-25', '2022-02-26')),
        (text, published) => {
          const article = articleOf(text, { published })
          checkAnalysis(article, analyze(article))
        },
      ),
      { numRuns: 400 },
    )
  }, 60_000)

  it('mutated seeds never throw and all offsets are exact', () => {
    const seeds = ['000', '001', '002', '003', '004'].map(seedArticle)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(),
            fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })),
          ),
          { maxLength: 12 },
        ),
        (k, edits) => {
          const text = mutate(seeds[k]!.text, edits)
          const article = articleOf(text, { published: seeds[k]!.published })
          checkAnalysis(article, analyze(article))
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)

  it('paragraph ranges that overlap or run past the text are tolerated', () => {
    const text = '国家主席习近平8月25日同俄罗斯总统普京通电话。\n习近平指出，好。'
    const article: Article = {
      ...articleOf(text),
      paragraphs: [
        { text: '', start: 5, end: 40 },
        { text: '', start: -3, end: 10 },
        { text: '', start: 30, end: 9999 },
      ],
    }
    checkAnalysis(article, analyze(article))
  })
})

describe('performance', () => {
  const seed = seedArticle('004')
    .paragraphs.map((p) => p.text)
    .join('\n')

  function timeAnalysis(chars: number): { ms: number; article: Article } {
    const text = seed.repeat(Math.ceil(chars / seed.length)).slice(0, chars)
    const article = articleOf(text, { published: '2021-12-16' })
    analyze(article)
    let best = Infinity
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now()
      analyze(article)
      best = Math.min(best, performance.now() - t0)
    }
    return { ms: best, article }
  }

  it('a 200,000-character readout is analysed fast', () => {
    const { ms, article } = timeAnalysis(200_000)
    checkAnalysis(article, analyze(article))
    // Target ≥2,000 chars/ms on an idle machine; the bound leaves room for a loaded CI box.
    expect(ms).toBeLessThan(1_000)
  }, 60_000)

  it('a 2 MB input is not quadratic (10× the text costs < 50× the time; quadratic would be 100×)', () => {
    const small = timeAnalysis(200_000).ms
    const big = timeAnalysis(2_000_000).ms
    expect(big).toBeLessThan(Math.max(50 * small, 500))
  }, 60_000)

  it('one 2 MB paragraph without punctuation stays linear', () => {
    const text = '习近平指出中俄要加强合作普京表示俄方赞同'.repeat(100_000)
    const article = articleOf(text)
    const t0 = performance.now()
    const a = analyze(article)
    expect(performance.now() - t0).toBeLessThan(10_000)
    checkAnalysis(article, a)
  }, 60_000)

  it('adversarial name variants (川普川普…) stay linear', () => {
    const text = '川普'.repeat(500_000)
    const t0 = performance.now()
    const n = normalize(text)
    expect(performance.now() - t0).toBeLessThan(5_000)
    expect(n.text.length).toBe(1_500_000)
  }, 30_000)
})
