// The other side's readout in the store: sides and the English flag survive the rows, an
// English readout saved after its Chinese event joins it under the Chinese id (a day apart),
// and imports with broken sides are refused with a reason.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { toIndexedEvent } from '../../../src/core/index/merge'
import { pairedForSave, otherSides } from '../../../src/background/other-side'
import { fromRows, toRows } from '../../../src/shared/index/rows'
import { eventProblem } from '../../../src/shared/index/transfer'
import { writeEvents } from '../../../src/shared/index/write'
import { articleOf } from '../core/helpers'
import { freshDb } from './helpers'

const zhArticle = articleOf(
  '国家主席习近平5月9日晚应约同法国总统马克龙通电话。\n习近平指出，双方要加强气候合作。\n马克龙表示，法方关注乌克兰局势。',
  { published: '2024-05-10', url: 'https://tv.cctv.com/2024/05/10/VIDEx.shtml' },
)
const enArticle = articleOf(
  'President Emmanuel Macron spoke today with President Xi Jinping.\nPresident Macron raised Ukraine and trade. The two leaders discussed climate.',
  {
    title: 'Readout of a call with President Xi Jinping',
    published: '2024-05-10',
    url: 'https://www.elysee.fr/x',
  },
)
const zh = () => toIndexedEvent(zhArticle, analyze(zhArticle), 'visited')
const en = () => toIndexedEvent(enArticle, analyze(enArticle), 'visited')

describe('other side in the store', () => {
  it('rows keep language and sides', () => {
    const e = en()
    expect(e.language).toBe('en')
    const r = toRows(e, 3)
    expect(fromRows(r.meta, r.body, r.text).language).toBe('en')
  })

  it('an English readout a day later is saved under the Chinese id and shows on both pages', async () => {
    const { db } = freshDb()
    await writeEvents(db, [zh()], { mode: 'tail', trustGrams: true })
    const visited = await pairedForSave(db, en())
    expect(en().id).toBe('2024-05-10:call:马克龙')
    expect(visited.id).toBe('2024-05-09:call:马克龙')
    await writeEvents(db, [visited], { mode: 'tail', trustGrams: true })
    const row = await db.events.get(visited.id)
    expect(row?.language).toBeUndefined()
    const text = await db.texts.get(row!.ord)
    expect(text?.sides?.[0]?.source.url).toBe('https://www.elysee.fr/x')

    const onEnglish = await otherSides(
      db,
      { article: enArticle, analysis: analyze(enArticle) },
      visited.id,
    )
    expect(onEnglish.map((v) => v.other.url)).toEqual([
      'https://tv.cctv.com/2024/05/10/VIDEx.shtml',
    ])
    expect(onEnglish[0]!.topics.onlyHere).toContain('trade')
    const onChinese = await otherSides(
      db,
      { article: zhArticle, analysis: analyze(zhArticle) },
      zh().id,
    )
    expect(onChinese.map((v) => v.other.url)).toEqual(['https://www.elysee.fr/x'])
    expect(onChinese[0]!.requested.here.requestedBy).toBe('马克龙')
  })

  it('an English readout saved first is found from the Chinese page', async () => {
    const { db } = freshDb()
    await writeEvents(db, [en()], { mode: 'tail', trustGrams: true })
    const views = await otherSides(
      db,
      { article: zhArticle, analysis: analyze(zhArticle) },
      zh().id,
    )
    expect(views.map((v) => [v.other.language, v.other.url])).toEqual([
      ['en', 'https://www.elysee.fr/x'],
    ])
  })

  it('import: bad sides are refused with a reason', () => {
    const m = { ...zh(), sides: [{ language: 'en', source: { url: 'javascript:x', title: 't' } }] }
    expect(eventProblem(m)).toMatch(/sides/)
    const bad = {
      ...zh(),
      sides: [
        { ...toSide(), turns: [{ speaker: null, verb: null, text: 'no', start: 0, end: 2 }] },
      ],
    }
    expect(eventProblem(bad)).toMatch(/does not match/)
    expect(eventProblem({ ...zh(), sides: [toSide()] })).toBeNull()
    expect(eventProblem({ ...zh(), language: 'fr' })).toMatch(/language/)
  })
})

function toSide() {
  const e = en()
  return {
    language: 'en' as const,
    source: { ...e.sources[0]!, language: 'en' as const },
    text: e.text,
    turns: e.turns,
    date: e.date,
    kind: e.kind,
    requestedBy: e.requestedBy,
  }
}
