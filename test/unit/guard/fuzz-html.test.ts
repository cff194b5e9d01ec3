// Fuzzing the HTML path the CLI and the content script share: mutated site fixture pages and
// seed HTML bodies parsed by linkedom, extracted by the site adapter or the generic extractor
// (extractArticle), then analysed — whole and in chunks, as the content script does on long
// pages. No exception, under a second each, every offset valid (paragraphs, turns, phrases,
// mentions), and every collected text node sits at its offset in the article text.
// Reproducible (fixed FUZZ_SEED); FUZZ_SCALE multiplies the number of documents.
import fc from 'fast-check'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { analysisFromWire } from '../../../src/core/analysis-wire'
import { decodePageAnalysis, encodePageAnalysis } from '../../../src/shared/page-analysis'
import type { Article } from '../../../src/core/types'
import { htmlToArticle } from '../../../src/node/load-article'
import { extractArticle } from '../../../src/sites/extract'
import {
  checkOffsets,
  FUZZ_SEED,
  MAX_MS,
  mutated,
  randomDoc,
  runs,
  seedHtmlBodies,
  siteFixtures,
  timed,
} from './fuzz-support'

const stats = { docs: 0, noArticle: 0, chars: 0 }

/** A document as a browser builds it: always an html root and a body around the markup. */
function documentOf(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document
  if (doc.documentElement) return doc
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document
}

/** linkedom + extractArticle + analyze, checked; returns the article for further checks. */
function extractAndAnalyse(html: string, url: string | null) {
  stats.docs++
  stats.chars += html.length
  return timed('parse + extract + analyze', html, () => {
    const found = extractArticle(documentOf(html), url)
    if (!found) {
      stats.noArticle++
      return null
    }
    checkOffsets(found, analyze(found))
    for (const { node, start } of found.collected.nodes) {
      if (found.text.slice(start, start + node.data.length) !== node.data) {
        expect.fail(`text node at ${start} does not match the article text`)
      }
    }
    return found
  })
}

const fixturePages = siteFixtures.map((f) => f.html)
const fixtureUrls = siteFixtures.map((f) => f.url)
const url = fc.oneof(
  fc.constantFrom(...fixtureUrls),
  fc.constantFrom(null, 'not a url', 'https://www.example.org/', 'javascript:alert(1)'),
)
const wrap = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`

describe('fuzz: HTML pages through linkedom, extractArticle and analyze', () => {
  it('every fixture page and seed body as it is', () => {
    for (const f of siteFixtures) {
      const found = extractAndAnalyse(f.html, f.url)
      // Kankan renders its article with scripts (none run here): an empty page is right.
      if (!f.url.includes('kankanews.com')) expect(found, f.url).not.toBeNull()
    }
    for (const b of seedHtmlBodies) expect(extractAndAnalyse(wrap(b), null)).not.toBeNull()
  })

  it('mutated site fixture pages at their own and at foreign URLs', () => {
    fc.assert(
      fc.property(mutated(fixturePages), url, (html, u) => void extractAndAnalyse(html, u)),
      { seed: FUZZ_SEED, numRuns: runs(1600), endOnFailure: true },
    )
  }, 300_000)

  it('mutated seed HTML bodies in a bare page (generic extractor)', () => {
    fc.assert(
      fc.property(mutated(seedHtmlBodies), (body) => void extractAndAnalyse(wrap(body), null)),
      { seed: FUZZ_SEED, numRuns: runs(1200), endOnFailure: true },
    )
  }, 300_000)

  it('a broken `<html` tag does not crash the CLI loader (linkedom leaves no root element)', () => {
    for (const html of ['<html x', '<!doctype html><html', '<html\n<p>习近平指出，']) {
      expect(() => htmlToArticle(html, null)).not.toThrow()
    }
  })

  it('mutated fixture pages through the CLI loader (htmlToArticle)', () => {
    fc.assert(
      fc.property(mutated(fixturePages), url, (html, u) => {
        stats.docs++
        const article: Article | null = timed('htmlToArticle + analyze', html, () => {
          const a = htmlToArticle(html, u)
          if (a) checkOffsets(a, analyze(a))
          return a
        })
        if (!article) stats.noArticle++
      }),
      { seed: FUZZ_SEED + 1, numRuns: runs(600), endOnFailure: true },
    )
  }, 300_000)

  it('random markup', () => {
    fc.assert(
      fc.property(randomDoc, url, (body, u) => void extractAndAnalyse(wrap(body), u)),
      { seed: FUZZ_SEED, numRuns: runs(600), endOnFailure: true },
    )
  }, 300_000)

  it("the background's answer, decoded by the page, keeps every offset valid", async () => {
    await fc.assert(
      fc.asyncProperty(mutated(fixturePages), url, async (html, u) => {
        stats.docs++
        const found = extractArticle(documentOf(html), u)
        if (!found) return
        const run = async () => {
          const t0 = performance.now()
          const page = decodePageAnalysis(encodePageAnalysis(analyze(found)))
          const result = page && analysisFromWire(page.analysis, found.text)
          if (!result) throw new Error('the answer does not fit the text')
          return { result, ms: performance.now() - t0 }
        }
        const first = await run()
        // Measured again before failing: one stall on a shared machine is not a hang.
        if (first.ms > MAX_MS) expect((await run()).ms).toBeLessThan(MAX_MS)
        checkOffsets(found, first.result)
      }),
      { seed: FUZZ_SEED, numRuns: runs(300), endOnFailure: true },
    )
  }, 300_000)

  it('ran the documents it promised', () => {
    expect(stats.docs).toBeGreaterThanOrEqual(runs(4300))
    console.info(
      `fuzz html: ${stats.docs} documents, ${stats.noArticle} without an article, ${(stats.chars / 1e6).toFixed(1)}M chars`,
    )
  })
})
