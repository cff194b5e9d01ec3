import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { CorpusIndex } from '../../../src/core/types'
import { seedFromCorpus } from '../../../src/background/seed'
import {
  checkImport,
  exportIndex,
  exportJson,
  importIndex,
  MAX_IMPORT_BYTES,
} from '../../../src/shared/index/transfer'
import { clearIndex, writeEvents } from '../../../src/shared/index/write'
import { toFailure } from '../../../src/shared/errors'
import { freshDb, makeEvent } from './helpers'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex

async function snapshot(db: ReturnType<typeof freshDb>['db']) {
  return JSON.stringify({
    events: await db.events.orderBy('id').toArray(),
    bodies: await db.bodies.toArray(),
    texts: await db.texts.toArray(),
    folded: await db.folded.toArray(),
    postings: (await db.postings.toArray()).map((r) => [r.g, r.n, r.last, Array.from(r.b)]),
    tail: (await db.tail.toArray()).map((r) => [r.ord, Array.from(r.grams)]),
    meta: (await db.meta.toArray()).filter((m) => m.key !== 'catalog'),
  })
}

async function populated() {
  const { db } = freshDb()
  await seedFromCorpus(db, shipped)
  await writeEvents(
    db,
    [
      makeEvent('習近平會見美國總統。雙方同意加強溝通。', {
        date: '2023-11-15',
        kind: 'meeting',
        counterpart: '拜登',
        origin: 'visited',
        url: 'https://www.news.cn/a/c.html',
      }),
    ],
    { mode: 'tail', trustGrams: true },
  )
  return db
}

describe('export and import', () => {
  it('round-trips byte for byte through a cleared index', async () => {
    const db = await populated()
    const a = exportJson(await exportIndex(db, 'T'))
    await clearIndex(db)
    expect(await db.events.count()).toBe(0)
    const check = checkImport(a)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    const r = await importIndex(db, check.index)
    expect(r.added).toBe(shipped.events.length + 1)
    const b = exportJson(await exportIndex(db, 'T'))
    expect(b).toBe(a)
    // importing the same file again changes nothing
    const before = await snapshot(db)
    const again = await importIndex(db, check.index)
    expect(again.added + again.updated).toBe(0)
    expect(await snapshot(db)).toBe(before)
  })

  it('rejects malformed, partial and oversized files with a reason, index untouched', async () => {
    const db = await populated()
    const good = exportJson(await exportIndex(db, 'T'))
    const before = await snapshot(db)
    const bad: Array<[string, RegExp]> = [
      [good.slice(0, good.length / 2), /not valid JSON.*truncated/],
      ['[]', /not a JSON object/],
      [JSON.stringify({ format: 'other', version: 1, builtAt: 'x', events: [] }), /format/],
      [
        JSON.stringify({ format: 'readout-lens-index', version: 2, builtAt: 'x', events: [] }),
        /version 2/,
      ],
      [good.replace('"kind":"call"', '"kind":"phone"'), /Event 1 .*"kind"/],
      [good.replace(/"date":"2021-08-25"/, '"date":"25/08/2021"'), /Event 2 .*"date"/],
      [
        good.replace(/"start":(\d+),"end":(\d+)/, '"start":$1,"end":99999999'),
        /does not match the text/,
      ],
      [good.replace(/"url":"https:[^"]*"/, '"url":"javascript:alert(1)"'), /"sources"/],
    ]
    for (const [text, why] of bad) {
      const c = checkImport(text)
      expect(c.ok).toBe(false)
      if (!c.ok) expect(c.message).toMatch(why)
    }
    const huge = checkImport('{}', MAX_IMPORT_BYTES + 1)
    expect(huge.ok).toBe(false)
    if (!huge.ok) expect(huge.message).toMatch(/too large/)
    expect(await snapshot(db)).toBe(before)
  })

  it('a failure in the middle of an import writes nothing (quota)', async () => {
    const db = await populated()
    const before = await snapshot(db)
    const incoming = Array.from({ length: 30 }, (_, i) =>
      makeEvent(`习近平同领导人${i}通电话，讨论气候变化。`, {
        date: `2019-02-${10 + i}`.slice(0, 10),
        counterpart: `Q${i}`,
      }),
    )
    const original = db.postings.bulkPut.bind(db.postings)
    db.postings.bulkPut = (() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }) as unknown as typeof original
    const err = await importIndex(db, {
      format: 'readout-lens-index',
      version: 1,
      builtAt: 'x',
      events: incoming,
    }).catch((e) => e)
    db.postings.bulkPut = original
    expect(toFailure(err).error.code).toBe('quota')
    expect(await snapshot(db)).toBe(before)
  })
})
