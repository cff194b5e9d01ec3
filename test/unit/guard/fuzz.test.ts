// Fuzzing intake + analysis with text and Markdown documents: the built-in seeds mutated
// (cuts, duplicates, injected tags, unbalanced markup, random unicode, huge runs, control
// characters, traditional script) and random documents. Each must parse or be rejected with an
// IntakeError, analyse without an exception in under a second, and every offset must point at
// the text it claims. HTML pages are fuzzed in fuzz-html.test.ts.
// Reproducible (fixed FUZZ_SEED); FUZZ_SCALE multiplies the number of documents.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { detectFormat, IntakeError, parseMarkdown, parseText } from '../../../src/core/intake'
import type { Article } from '../../../src/core/types'
import { markdownBodyToArticle } from '../../../src/node/load-article'
import {
  checkOffsets,
  FUZZ_SEED,
  mutated,
  mutatedMarkdown,
  randomDoc,
  runs,
  seedFiles,
  timed,
  toTraditional,
} from './fuzz-support'

const stats = { docs: 0, rejected: 0, chars: 0 }

/** Intake (by detected format) then analysis; IntakeError is a legitimate answer. */
function intakeAndAnalyse(doc: string, force?: 'text' | 'markdown'): void {
  stats.docs++
  stats.chars += doc.length
  timed('intake + analyze', doc, () => {
    let article: Article
    try {
      const format = force ?? detectFormat(doc)
      article =
        format === 'markdown'
          ? parseMarkdown(doc, { htmlToArticle: markdownBodyToArticle })
          : parseText(doc, { url: 'https://news.sina.com.cn/c/2021-08-25/doc-x.shtml' })
    } catch (e) {
      if (e instanceof IntakeError) {
        stats.rejected++
        return
      }
      throw e
    }
    checkOffsets(article, analyze(article))
  })
}

const property = (arb: fc.Arbitrary<string>, numRuns: number, force?: 'text' | 'markdown') =>
  fc.assert(
    fc.property(arb, (doc) => intakeAndAnalyse(doc, force)),
    { seed: FUZZ_SEED, numRuns, endOnFailure: true },
  )

describe('fuzz: text and Markdown intake + analysis', () => {
  it('the unmutated seeds and their traditional-script versions pass', () => {
    for (const s of seedFiles) {
      intakeAndAnalyse(s)
      intakeAndAnalyse(toTraditional(s))
    }
  })

  it('mutated seeds, by detected format', () => {
    property(mutated(seedFiles), runs(2600))
  }, 300_000)

  it('mutated seeds forced through the plain-text intake', () => {
    property(mutated(seedFiles), runs(1200), 'text')
  }, 300_000)

  it('mutated seeds forced through the Markdown intake', () => {
    property(mutatedMarkdown(), runs(1200), 'markdown')
  }, 300_000)

  it('random documents', () => {
    property(randomDoc, runs(1000))
  }, 300_000)

  it('ran the documents it promised', () => {
    // 8 + 2600 + 1200 + 1200 + 1000 at scale 1 (fuzz-html.test.ts adds HTML pages).
    expect(stats.docs).toBeGreaterThanOrEqual(runs(6000))
    console.info(
      `fuzz text/markdown: ${stats.docs} documents, ${stats.rejected} rejected by intake, ${(stats.chars / 1e6).toFixed(1)}M chars`,
    )
  })
})
