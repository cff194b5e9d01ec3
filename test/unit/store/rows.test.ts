import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fromRows, toRows } from '../../../src/shared/index/rows'
import type { CorpusIndex } from '../../../src/core/types'
import type { PackedBodyRow } from '../../../src/shared/db/schema'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex

describe('event rows', () => {
  it('store each span without its text, and give it back sliced from the text row', () => {
    for (const ev of shipped.events) {
      const rows = toRows(ev, 1)
      const body = rows.body as PackedBodyRow
      expect(body.packed).toBe(1)
      expect(body.turns).toBeInstanceOf(Int32Array)
      expect(body.turns.length).toBe(ev.turns.length * 4)
      expect(body.phrases.length).toBe(ev.phrases.length * 4)
      expect(body.mentions.every((m) => !('text' in m))).toBe(true)
      // No text slice is stored twice.
      expect(body.strs.join('').length).toBeLessThan(ev.text.length)
      const back = fromRows(rows.meta, rows.body, rows.text)
      expect(JSON.stringify({ ...back, grams: [] })).toBe(JSON.stringify({ ...ev, grams: [] }))
    }
  })

  it('still read bodies written with the text inside each span (earlier versions)', () => {
    const ev = shipped.events[1]!
    const rows = toRows(ev, 1)
    const old = { ord: 1, turns: ev.turns, phrases: ev.phrases, mentions: ev.mentions }
    expect(fromRows(rows.meta, old, rows.text).turns).toEqual(ev.turns)
    // Rows of the version in between: objects without their slices.
    const bare = {
      ...old,
      turns: ev.turns.map(({ text: _t, ...t }) => t),
      phrases: ev.phrases.map(({ text: _t, ...p }) => p),
      mentions: ev.mentions.map(({ text: _t, ...m }) => m),
    }
    expect(JSON.stringify(fromRows(rows.meta, bare, rows.text))).toBe(
      JSON.stringify(fromRows(rows.meta, rows.body, rows.text)),
    )
    // The stored slice wins over the text row when both exist.
    const odd = { ...old, turns: [{ ...ev.turns[0]!, text: 'x' }] }
    expect(fromRows(rows.meta, odd, rows.text).turns[0]!.text).toBe('x')
  })
})
