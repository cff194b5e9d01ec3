// Index rows from analysed pages and merging copies of one event across outlets.
import { describe, expect, it } from 'vitest'
import { eventIdFor } from '../../../src/core/index/event-id'
import { mergeIndexedEvents, toIndexedEvent } from '../../../src/core/index/merge'
import { remapper } from '../../../src/core/index/remap'
import { gramsOf } from '../../../src/core/search-tokens'
import type { ReadoutEvent } from '../../../src/core/types'
import { loadSeeds, seedByPrefix } from './corpus'

const seeds = loadSeeds()

describe('eventIdFor', () => {
  const ev: ReadoutEvent = {
    date: '2021-08-25',
    kind: 'call',
    participants: ['习近平', '普京'],
    counterpart: { name: '普京', country: '俄罗斯', title: '总统' },
    requestedBy: null,
    place: null,
  }
  it('is date:kind:counterpart, with placeholders for unknowns', () => {
    expect(eventIdFor(ev)).toBe('2021-08-25:call:普京')
    expect(eventIdFor({ ...ev, date: null, counterpart: null, kind: 'other' })).toBe(
      'undated:other:unknown:',
    )
  })

  it('keeps undated events apart: the source is part of their id', () => {
    const undated = { ...ev, date: null, kind: 'meeting' as const }
    expect(eventIdFor(undated, 'https://a.example/1')).not.toBe(
      eventIdFor(undated, 'https://a.example/2'),
    )
    // Dated events ignore the source: every outlet's copy is one event.
    expect(eventIdFor(ev, 'https://a.example/1')).toBe(eventIdFor(ev, 'https://b.example/9'))
  })
})

describe('remapper', () => {
  it('moves ranges into the joined paragraphs and drops those outside the body', () => {
    const text = 'TITLE\n\n  甲乙丙。\n\n丁戊。\nFOOTER'
    const paragraphs = [
      { text: '甲乙丙。', start: 9, end: 13 },
      { text: '丁戊。', start: 15, end: 18 },
    ]
    expect(text.slice(9, 13)).toBe('甲乙丙。')
    const m = remapper(paragraphs)
    expect(m.text).toBe('甲乙丙。\n丁戊。')
    expect(m.range(10, 12)).toEqual([1, 3])
    expect(m.range(15, 18)).toEqual([5, 8])
    expect(m.range(9, 18)).toEqual([0, 8]) // a range across paragraphs
    expect(m.range(0, 5)).toBeNull() // the title
    expect(m.range(19, 25)).toBeNull() // the footer
  })
})

describe('toIndexedEvent', () => {
  it.each(seeds.map((s) => [s.file, s] as const))(
    '%s: offsets point into the stored text',
    (_f, seed) => {
      const row = toIndexedEvent(seed.article, seed.analysis, 'built-in')
      expect(row.id).toBe(eventIdFor(seed.analysis.event!))
      expect(row.text).toBe(seed.article.paragraphs.map((p) => p.text).join('\n'))
      for (const t of row.turns) expect(row.text.slice(t.start, t.end)).toBe(t.text)
      for (const p of row.phrases) expect(row.text.slice(p.start, p.end)).toBe(p.text)
      for (const m of row.mentions) expect(row.text.slice(m.start, m.end)).toBe(m.text)
      expect(row.turns.length).toBeGreaterThan(0)
      expect(row.sources).toEqual([
        {
          url: seed.article.url,
          outlet: seed.article.outlet,
          title: seed.article.title,
          published: seed.article.published,
        },
      ])
      expect(row.grams).toEqual(gramsOf(`${seed.article.title}\n${row.text}`))
    },
  )

  it('keeps every turn, phrase and mention that lies in the body', () => {
    const seed = seedByPrefix(seeds, '004')
    const row = toIndexedEvent(seed.article, seed.analysis, 'visited')
    expect(row.turns).toHaveLength(seed.analysis.turns.length)
    expect(row.phrases).toHaveLength(seed.analysis.phrases.length)
    expect(row.mentions).toHaveLength(seed.analysis.mentions.length)
    expect(row.origin).toBe('visited')
  })

  it('refuses an analysis without an event', () => {
    const seed = seedByPrefix(seeds, '001')
    expect(() =>
      toIndexedEvent(seed.article, { ...seed.analysis, event: null }, 'visited'),
    ).toThrow(/no event/)
  })
})

describe('mergeIndexedEvents', () => {
  const zaker = seedByPrefix(seeds, '000')
  const kankan = seedByPrefix(seeds, '001')
  const a = toIndexedEvent(zaker.article, zaker.analysis, 'built-in')
  const b = toIndexedEvent(kankan.article, kankan.analysis, 'visited')

  it('unites the sources of the two 2021-08-25 pages and keeps the fuller text with its annotations', () => {
    expect(a.id).toBe(b.id)
    const m = mergeIndexedEvents(a, b)
    expect(m.sources.map((s) => s.outlet)).toEqual(['人民日报客户端', 'ZAKER']) // by publication date
    const fuller = a.text.length >= b.text.length ? a : b
    expect(m.text).toBe(fuller.text)
    expect(m.turns).toEqual(fuller.turns)
    expect(m.phrases).toEqual(fuller.phrases)
    expect(m.mentions).toEqual(fuller.mentions)
    expect(m.title).toBe('习近平同俄罗斯总统普京通电话') // the readout headline beats the editorial title
    expect(m.origin).toBe('built-in')
    expect(m.grams).toEqual(gramsOf(`${m.sources.map((s) => s.title).join('\n')}\n${m.text}`))
  })

  it('is order-independent and idempotent', () => {
    const ab = mergeIndexedEvents(a, b)
    expect(mergeIndexedEvents(b, a)).toEqual(ab)
    expect(mergeIndexedEvents(a, a)).toEqual(a)
    expect(mergeIndexedEvents(ab, b)).toEqual(ab)
    expect(mergeIndexedEvents(ab, ab)).toEqual(ab)
  })

  it('counts a visited copy of a built-in page (same outlet and title, now with a URL) once', () => {
    const visited = toIndexedEvent(
      { ...kankan.article, url: 'https://www.kankanews.com/detail/x' },
      { ...kankan.analysis, url: 'https://www.kankanews.com/detail/x' },
      'visited',
    )
    const m = mergeIndexedEvents(mergeIndexedEvents(a, b), visited)
    expect(m.sources.map((s) => s.url)).toEqual(['https://www.kankanews.com/detail/x', null])
    expect(m.sources.map((s) => s.outlet)).toEqual(['人民日报客户端', 'ZAKER'])
  })

  it('refuses rows of different events', () => {
    const other = seedByPrefix(seeds, '002')
    expect(() =>
      mergeIndexedEvents(a, toIndexedEvent(other.article, other.analysis, 'built-in')),
    ).toThrow(/different events/)
  })
})
