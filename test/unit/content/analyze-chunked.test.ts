import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { analyze } from '../../../src/core/analyze'
import { extractArticle } from '../../../src/sites/extract'
import { analyzeChunked } from '../../../src/content/analyze-chunked'
import { planPaint } from '../../../src/shared/paint/plan'
import { longSinaPageFromFile } from '../../e2e/content/long-page'

const FIXTURE = 'test/fixtures/sites/sina/readout.html'
const URL_ = 'https://finance.sina.com.cn/china/gncj/2021-12-16/doc-ikyakumx4437156.shtml'

function article(chars: number) {
  const { document } = parseHTML(longSinaPageFromFile(FIXTURE, chars))
  const a = extractArticle(document as unknown as Document, URL_)
  if (!a) throw new Error('no article')
  return a
}

const spans = <T extends { start: number; end: number }>(xs: T[], key: (x: T) => unknown) =>
  xs.map((x) => [key(x), x.start, x.end])

describe('analyzeChunked', () => {
  it('gives exactly the whole-article analysis on a 200,000-character page, segment by segment', async () => {
    const a = article(200_000)
    expect(a.text.length).toBeGreaterThan(190_000)
    const whole = analyze(a)
    for (const segmentChars of [1_000, 3_000, 6_000, 20_000]) {
      const chunked = await analyzeChunked(a, { segmentChars })
      expect(
        spans(chunked.turns, (t) => t.speaker),
        `turns @${segmentChars}`,
      ).toEqual(spans(whole.turns, (t) => t.speaker))
      expect(
        spans(chunked.phrases, (p) => p.key),
        `phrases @${segmentChars}`,
      ).toEqual(spans(whole.phrases, (p) => p.key))
      expect(
        spans(chunked.mentions, (m) => m.date),
        `mentions @${segmentChars}`,
      ).toEqual(spans(whole.mentions, (m) => m.date))
      expect(chunked.event).toEqual(whole.event)
      for (const t of chunked.turns) expect(a.text.slice(t.start, t.end)).toBe(t.text)
    }
  }, 60_000)

  it('stops when aborted', async () => {
    const a = article(60_000)
    const ac = new AbortController()
    const p = analyzeChunked(a, { segmentChars: 3_000, signal: ac.signal })
    ac.abort()
    await expect(p).rejects.toThrow(/abort/)
  })
})

describe('planPaint', () => {
  it('groups turns per speaker (first appearance order) and phrases per category', () => {
    const a = article(5_000)
    const an = analyze(a)
    const plan = planPaint(an)
    expect(plan.speakers[0]).toBe('习近平')
    expect(new Set(plan.speakers).size).toBe(plan.speakers.length)
    const speakerGroups = plan.groups.filter((g) => g.kind === 'speaker')
    expect(speakerGroups.map((g) => g.name)).toEqual(
      plan.speakers.map((_, i) => `readout-lens-speaker-${i}`),
    )
    const painted = speakerGroups.reduce((n, g) => n + g.items.length, 0)
    expect(painted).toBe(an.turns.filter((t) => t.speaker != null).length)
    for (const g of plan.groups.filter((x) => x.kind === 'phrase')) {
      for (const i of g.items) expect(g.name).toBe(`readout-lens-phrase-${an.phrases[i]!.category}`)
    }
    expect(plan.turnSpeaker.length).toBe(an.turns.length)
  })
})
