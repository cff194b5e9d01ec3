// Related calls on a real index: every saved 新闻联播 readout of 2022-2023
// (../shared/realpages/cctv, read at test time) built into one index as build-index does.
// For every 2023 readout whose counterpart has an earlier event in the index, that previous
// event must come first or second.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { indexArticles } from '../../../src/core/index/build'
import { rankRelated } from '../../../src/core/index/related'
import { loadArticleFromFile } from '../../../src/node/load-article'
import { REAL_CCTV } from '../archive/cctv-mirror'

const cases = (
  JSON.parse(readFileSync(join(REAL_CCTV, 'readouts/truth.json'), 'utf8')) as {
    cases: Array<{ file: string; url: string }>
  }
).cases
const articles = cases.map((c) =>
  loadArticleFromFile(join(REAL_CCTV, 'readouts', c.file), { url: c.url }),
)
const built = indexArticles(articles)

describe('related calls on the real 2022-2023 index', () => {
  it('puts the previous event with the same counterpart first or second', () => {
    let checked = 0
    const misses: string[] = []
    const ranks: number[] = []
    articles.forEach((article, i) => {
      const analysis = built.analyses[i]!
      const ev = analysis.event
      if (!analysis.isReadout || !ev?.date?.startsWith('2023') || !ev.counterpart) return
      const previous = built.events
        .filter((e) => e.counterpart?.name === ev.counterpart!.name && e.date && e.date < ev.date!)
        .sort((a, b) => (a.date! < b.date! ? 1 : -1))[0]
      if (!previous) return
      checked++
      const related = rankRelated(analysis, built.events)
      const rank = related.findIndex((r) => r.id === previous.id)
      ranks.push(rank + 1)
      if (rank < 0 || rank > 1)
        misses.push(`${article.title} (${ev.date}): ${previous.id} at ${rank + 1}`)
    })
    expect(checked).toBeGreaterThan(20)
    expect(misses).toEqual([])
    // For the report: how often it is first.
    console.log(
      `related: ${checked} readouts with an earlier counterpart event; first ${ranks.filter((r) => r === 1).length}, second ${ranks.filter((r) => r === 2).length}`,
    )
  })

  it('gives structured reasons and ranks distinctive phrases above common ones', () => {
    const i = articles.findIndex((a) => a.title.includes('同法国总统通电话'))
    const related = rankRelated(built.analyses[i]!, built.events)
    const first = related[0]!
    expect(first.reasons.map((r) => r.kind)).toContain('previous-with-counterpart')
    const phraseOnly = related.filter(
      (r) =>
        !r.reasons.some(
          (x) =>
            x.kind === 'same-counterpart' ||
            x.kind === 'previous-with-counterpart' ||
            x.kind === 'mentioned',
        ),
    )
    for (const r of phraseOnly) expect(r.reasons.map((x) => x.kind)).toContain('shared-phrases')
  })
})
