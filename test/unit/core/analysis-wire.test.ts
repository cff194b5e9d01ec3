import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  analysisFromWire,
  analysisToWire,
  articleFromWire,
  articleToWire,
  boundsValid,
  wireSpans,
} from '../../../src/core/analysis-wire'
import { analyze } from '../../../src/core/analyze'
import { parseText } from '../../../src/core/intake'
import { decodePageAnalysis, encodePageAnalysis } from '../../../src/shared/page-analysis'
import { planPaint } from '../../../src/shared/paint/plan'

const dir = 'src/corpus/seeds'
const seeds = readdirSync(dir).map((f) => parseText(readFileSync(`${dir}/${f}`, 'utf8')))

describe('analysis wire (content ↔ background)', () => {
  it('round-trips every seed: article and analysis come back equal', () => {
    for (const article of seeds) {
      const back = articleFromWire(JSON.parse(JSON.stringify(articleToWire(article))))
      expect(back).toEqual({ ...article, format: 'dom' })
      const analysis = analyze(article)
      const wire = JSON.parse(JSON.stringify(analysisToWire(analysis)))
      expect(analysisFromWire(wire, article.text)).toEqual(analysis)
      const spans = wireSpans(wire)
      expect([...spans.speaker]).toEqual(analysis.turns.flatMap((t) => [t.start, t.end]))
      expect([...spans.phrase]).toEqual(analysis.phrases.flatMap((p) => [p.start, p.end]))
      expect([...spans.mention]).toEqual(analysis.mentions.flatMap((m) => [m.start, m.end]))
    }
  })

  it('is much smaller than the analysis as objects', () => {
    const article = seeds[4]!
    const analysis = analyze(article)
    const wire = JSON.stringify(analysisToWire(analysis)).length
    expect(wire).toBeLessThan(JSON.stringify(analysis).length / 2)
  })

  it('refuses an analysis whose offsets or strings do not fit the text', () => {
    const article = seeds[1]!
    const wire = analysisToWire(analyze(article))
    expect(analysisFromWire(wire, article.text.slice(0, 10))).toBeNull()
    const one = (speaker: number[]) => ({ ...wire.spans, speaker })
    expect(
      analysisFromWire({ ...wire, turns: [99, -1], spans: one([0, 1]) }, article.text),
    ).toBeNull()
    expect(
      analysisFromWire({ ...wire, turns: [-1, -1], spans: one([5, 2]) }, article.text),
    ).toBeNull()
    expect(
      analysisFromWire({ ...wire, turns: [-1, -1], spans: one([0.5, 2]) }, article.text),
    ).toBeNull()
    expect(analysisFromWire({ ...wire, phrases: [0] }, article.text)).toBeNull()
    // The rules: one per turn, each a known rule id.
    expect(
      analysisFromWire({ ...wire, turns: [-1, -1], rules: [], spans: one([0, 2]) }, article.text),
    ).toBeNull()
    const bogus = { ...wire, strs: [...wire.strs, 'made-up-rule'] }
    expect(
      analysisFromWire(
        { ...bogus, turns: [-1, -1], rules: [bogus.strs.length - 1], spans: one([0, 2]) },
        article.text,
      ),
    ).toBeNull()
    expect(
      analysisFromWire({ ...wire, turns: [-1, -1], rules: [-1], spans: one([0, 2]) }, article.text),
    ).not.toBeNull()
  })

  it('checks paragraph bounds', () => {
    expect(boundsValid('abcdef', [0, 2, 3, 6])).toBe(true)
    expect(boundsValid('abcdef', [0, 2, 1, 3])).toBe(false) // overlap
    expect(boundsValid('abcdef', [0, 7])).toBe(false) // past the end
    expect(boundsValid('abcdef', [3, 2])).toBe(false)
    expect(boundsValid('abcdef', [0])).toBe(false)
    expect(boundsValid('abcdef', [0.5, 2])).toBe(false)
  })

  it('page analysis: the paint plan travels with it; junk decodes to null', () => {
    const analysis = analyze(seeds[0]!)
    const page = decodePageAnalysis(encodePageAnalysis(analysis))
    expect(page?.plan).toEqual(planPaint(analysis))
    expect(analysisFromWire(page!.analysis, seeds[0]!.text)).toEqual(analysis)
    for (const bad of ['', '{', 'null', '{"analysis":{},"plan":{}}', '[1,2]'])
      expect(decodePageAnalysis(bad)).toBeNull()
    // A group of an unknown kind would index no span table.
    const odd = JSON.parse(encodePageAnalysis(analysis))
    odd.plan.groups[0].kind = 'constructor'
    expect(decodePageAnalysis(JSON.stringify(odd))).toBeNull()
  })
})
