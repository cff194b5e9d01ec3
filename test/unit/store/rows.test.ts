import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fromRows, toRows } from '../../../src/background/index/rows'
import type { CorpusIndex } from '../../../src/core/types'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex

describe('event rows', () => {
  it('store each span without its text, and give it back sliced from the text row', () => {
    for (const ev of shipped.events) {
      const rows = toRows(ev, 1)
      const spans = [...rows.body.turns, ...rows.body.phrases, ...rows.body.mentions]
      expect(spans.every((s) => !('text' in s))).toBe(true)
      const back = fromRows(rows.meta, rows.body, rows.text)
      expect(JSON.stringify({ ...back, grams: [] })).toBe(JSON.stringify({ ...ev, grams: [] }))
    }
  })

  it('still read bodies written with the text inside each span (earlier versions)', () => {
    const ev = shipped.events[1]!
    const rows = toRows(ev, 1)
    const old = { ord: 1, turns: ev.turns, phrases: ev.phrases, mentions: ev.mentions }
    expect(fromRows(rows.meta, old, rows.text).turns).toEqual(ev.turns)
    // The stored slice wins over the text row when both exist.
    const odd = { ...old, turns: [{ ...ev.turns[0]!, text: 'x' }] }
    expect(fromRows(rows.meta, odd, rows.text).turns[0]!.text).toBe('x')
  })
})
