// Mutated seeds (cut, spliced, tags broken, front matter damaged) never crash intake: the result
// is an Article whose paragraphs map back to its text, or an IntakeError with a message.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IntakeError } from '../../../src/core/intake'
import { articleFromSource } from '../../../src/node/load-article'
import { SEEDS, seedSource } from './seeds'

const sources = SEEDS.map((s) => seedSource(s.file))

const mutation = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '<p>',
      '</div>',
      '<div class="img_box">',
      '<script>x<',
      '---\n',
      '\n',
      '\u3000',
      '<!--',
      '&#123;',
      '出品人：某',
      '点赞\n',
      '2021-08-25 17:49:38',
      '<p>习近平指出，',
      '\ufeff',
      '\0',
    ),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
)

type Mutation =
  | { op: 'cut'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number }

function apply(src: string, muts: Mutation[]): string {
  let s = src
  for (const m of muts) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1)
    if (m.op === 'cut') s = s.slice(0, at) + s.slice(at + m.len)
    else if (m.op === 'insert') s = s.slice(0, at) + m.text + s.slice(at)
    else s = s.slice(0, at)
  }
  return s
}

describe('intake on mutated seeds', () => {
  it('returns a consistent Article or throws an IntakeError', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (i, muts) => {
          const src = apply(sources[i]!, muts as Mutation[])
          let article
          try {
            article = articleFromSource(src)
          } catch (err) {
            expect(err).toBeInstanceOf(IntakeError)
            expect((err as Error).message.length).toBeGreaterThan(10)
            return
          }
          expect(article.paragraphs.length).toBeGreaterThan(0)
          let prev = 0
          for (const p of article.paragraphs) {
            expect(article.text.slice(p.start, p.end)).toBe(p.text)
            expect(p.start).toBeGreaterThanOrEqual(prev)
            prev = p.end
          }
          expect(typeof article.title).toBe('string')
          if (article.published !== null) expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        },
      ),
      { numRuns: 300 },
    )
  })
})
