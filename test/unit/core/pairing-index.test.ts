// The other side's readout in the index: the White House text joins the CCTV event of the same
// call as a side (never as its text), whichever arrives first, and the panel view compares the
// page with what the index holds of the other side (real pages, ../shared/realpages).
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { mergeIndexedEvents, toIndexedEvent } from '../../../src/core/index/merge'
import { pairedCandidate } from '../../../src/core/pairing/attach'
import { otherSideView } from '../../../src/core/pairing/other-side-view'
import { sideOfEvent, sideOfText } from '../../../src/core/pairing/stored-side'
import type { Article } from '../../../src/core/types'
import { loadArticleFromFile } from '../../../src/node/load-article'
import { cctvReadout, whiteHouseReadouts } from '../realpages'

const page = (article: Article) => ({ article, analysis: analyze(article) })
const indexed = (p: ReturnType<typeof page>) => toIndexedEvent(p.article, p.analysis, 'visited')
const zhPage = () => {
  const c = cctvReadout('2022-07-28', '拜登')
  return page(loadArticleFromFile(c.path, { url: c.url }))
}
const enPage = () =>
  page(loadArticleFromFile(whiteHouseReadouts().find((f) => basename(f).startsWith('2022-07-28'))!))

describe('an English readout in the index', () => {
  it('is an English event of its own, with an English source', () => {
    const en = indexed(enPage())
    expect(en.language).toBe('en')
    expect(en.sources[0]!.language).toBe('en')
    expect(en.id).toBe('2022-07-28:call:拜登')
  })

  it('joins the Chinese event as a side, in either order; the Chinese text stays', () => {
    const zh = indexed(zhPage())
    const en = indexed(enPage())
    expect(zh.id).toBe(en.id)
    const m = mergeIndexedEvents(zh, en)
    expect(mergeIndexedEvents(en, zh)).toEqual(m)
    expect(m.language).toBeUndefined()
    expect(m.text).toBe(zh.text)
    expect(m.sides).toHaveLength(1)
    expect(m.sides![0]!.text).toBe(en.text)
    expect(m.sides![0]!.source.url).toMatch(/bidenwhitehouse\.archives\.gov/)
    // Sources by publication date: Washington published first.
    expect(m.sources.map((s) => s.language ?? 'zh')).toEqual(['en', 'zh'])
    // Idempotent: the same page again changes nothing.
    expect(mergeIndexedEvents(m, en)).toEqual(m)
    expect(mergeIndexedEvents(m, zh)).toEqual(m)
  })

  it('finds its Chinese event a day apart (time zones) by pairing, not by id', () => {
    const zh = indexed(zhPage())
    const en = indexed(enPage())
    const shifted = { ...en, date: '2022-07-29' }
    const pick = pairedCandidate(shifted, [
      { id: 'other', event: { ...zh, date: '2022-07-25' } },
      { id: zh.id, event: zh },
    ])
    expect(pick?.id).toBe(zh.id)
    expect(
      pairedCandidate({ ...shifted, date: '2022-07-31' }, [{ id: zh.id, event: zh }]),
    ).toBeNull()
  })
})

describe('the panel view of the other side', () => {
  it('on the English page: the Chinese readout, topics only each side mentions, who asked', () => {
    const zh = indexed(zhPage())
    const v = otherSideView(enPage(), sideOfEvent(zh), {
      id: zh.id,
      url: zh.sources[0]!.url,
      title: zh.title,
      outlet: zh.sources[0]!.outlet,
      language: 'zh',
      date: zh.date,
    })
    expect(v).not.toBeNull()
    expect(v!.topics.both).toContain('taiwan')
    expect(v!.topics.onlyHere).toContain('climate')
    expect(v!.topics.onlyThere).toEqual(expect.arrayContaining(['trade', 'ukraine']))
    expect(v!.requested.there).toEqual({ requestedBy: '拜登', evidence: '应约' })
    expect(v!.requested.here.requestedBy).toBeNull()
    const taiwan = v!.rows.find((r) => r.topic === 'taiwan')!
    expect(taiwan.label).toEqual({ en: 'Taiwan', zh: '台湾' })
    expect(taiwan.here[0]).toMatch(/^On Taiwan/)
    expect(taiwan.there.length).toBeGreaterThan(0)
    expect(taiwan.there.length).toBeLessThanOrEqual(3)
  })

  it('on the Chinese page: the stored English side', () => {
    const m = mergeIndexedEvents(indexed(zhPage()), indexed(enPage()))
    const side = m.sides![0]!
    const v = otherSideView(zhPage(), sideOfText(side, m), {
      id: m.id,
      url: side.source.url,
      title: side.source.title,
      outlet: side.source.outlet,
      language: 'en',
      date: side.date,
    })
    expect(v!.topics.onlyThere).toContain('climate')
    expect(v!.topics.onlyHere).toContain('ukraine')
  })

  it('is null for readouts of different events', () => {
    const c = cctvReadout('2022-11-14', '拜登')
    const other = page(loadArticleFromFile(c.path, { url: c.url }))
    const ref = {
      id: null,
      url: null,
      title: '',
      outlet: null,
      language: 'zh' as const,
      date: null,
    }
    expect(otherSideView(enPage(), other, ref)).toBeNull()
  })
})
