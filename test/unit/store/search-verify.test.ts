// Verification paths of the engine: a common query (its first batch read with event rows and
// texts) and sparse matches (most candidates hold every bigram but not the phrase: verified
// against folded rows, the matches' rows read afterwards) both answer exactly like a brute-force
// scan, newest first, phrase matches before events holding only every term.
import { describe, expect, it } from 'vitest'
import { foldForSearch } from '../../../src/core/normalize'
import { search } from '../../../src/background/search/engine'
import { writeEvents } from '../../../src/shared/index/write'
import { searchText } from '../../../src/shared/index/rows'
import { dropSearchCache } from '../../../src/background/search/cache'
import type { IndexedEvent } from '../../../src/core/types'
import { freshDb, makeEvent } from './helpers'

function day(i: number): string {
  const d = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000)
  return d.toISOString().slice(0, 10)
}

/**
 * 120 events: all hold every bigram of 战略协作 (战略, 略协 in 粗略协商, 协作) but not the phrase;
 * every 7th holds it; every 5th is in traditional script.
 */
function corpus(): IndexedEvent[] {
  return Array.from({ length: 120 }, (_, i) => {
    let text = `双方同意深化战略沟通，粗略协商，加强务实协作。第${i}次会谈。`
    if (i % 7 === 0) text += '两国推进全面战略协作伙伴关系。'
    if (i % 5 === 0) text = text.replace('战略', '戰略').replace('协作', '協作')
    return makeEvent(text, { date: day(i), counterpart: `对方${i}` })
  })
}

function bruteForce(events: IndexedEvent[], query: string): string[] {
  const terms = query.split(/\s+/).map(foldForSearch).filter(Boolean)
  const phrase = terms.join('')
  const newest = [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
  const f = (e: IndexedEvent) => foldForSearch(searchText(e))
  const exact = newest.filter((e) => f(e).includes(phrase))
  const rest = newest.filter((e) => !f(e).includes(phrase) && terms.every((t) => f(e).includes(t)))
  return [...exact, ...(terms.length > 1 ? rest : [])].map((e) => e.id)
}

describe('search verification', () => {
  const events = corpus()
  for (const query of ['战略协作', '戰略協作伙伴', '战略 协作', '协作 会谈', '深化战略']) {
    it(`answers "${query}" like a brute-force scan (first page and every match)`, async () => {
      dropSearchCache()
      const { db } = freshDb()
      await writeEvents(db, events, { mode: 'bulk', trustGrams: true })
      const expected = bruteForce(events, query)
      expect(expected.length).toBeGreaterThan(0)
      const page = await search(db, query, undefined, 20)
      expect(page.hits.map((h) => h.id)).toEqual(expected.slice(0, 20))
      for (const h of page.hits) expect(h.snippet.length).toBeGreaterThan(0)
      const all = await search(db, query, undefined, 1000)
      expect(all.hits.map((h) => h.id)).toEqual(expected)
      expect(all.total).toBe(expected.length)
    })
  }
})
