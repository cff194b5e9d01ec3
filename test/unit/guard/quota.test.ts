// Quota exceeded while saving a visited readout: the reply says `quota` with a clear message
// and the index is exactly as it was (one transaction). The import path is covered by
// test/unit/store/transfer.test.ts.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { articleToWire } from '../../../src/core/analysis-wire'
import { parseText } from '../../../src/core/intake'
import type { CorpusIndex } from '../../../src/core/types'
import { handleRequest } from '../../../src/background/handlers'
import { exportIndex } from '../../../src/shared/index/transfer'
import { seedFromCorpus } from '../../../src/background/seed'
import { dropSearchCache } from '../../../src/background/search/cache'
import { search } from '../../../src/background/search/engine'
import { freshDb, testServices } from '../store/helpers'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex
const URL_ = 'https://news.sina.com.cn/c/2022-02-25/doc-iguardquota.shtml'

describe('quota exceeded while saving a visited readout', () => {
  it('answers `quota` and leaves the index exactly as it was', async () => {
    dropSearchCache()
    const { db } = freshDb()
    await seedFromCorpus(db, shipped)
    const svc = testServices(db)
    // A readout not in the corpus (another counterpart), so saving adds rows.
    const src = readFileSync('src/corpus/seeds/003_7213e1fea3ab3801.txt', 'utf8')
      .replaceAll('普京', '马克龙')
      .replaceAll('俄罗斯', '法国')
    const article = parseText(src, { url: URL_ })
    expect(analyze(article).isReadout).toBe(true)
    const before = JSON.stringify((await exportIndex(db, 'x')).events)
    const countBefore = await db.events.count()

    // The last write of the save transaction hits the quota.
    const original = db.tail.bulkPut.bind(db.tail)
    db.tail.bulkPut = (() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }) as unknown as typeof original
    const res = await handleRequest(
      { type: 'annotate-page', article: articleToWire(article), url: URL_ },
      { tab: { id: 1 } },
      svc,
    )
    db.tail.bulkPut = original

    // The page still gets its analysis; the panel's index part says the storage is full.
    expect(res).toMatchObject({
      ok: true,
      saved: false,
      panel: { ok: false, error: { code: 'quota' } },
    })
    const message = res.ok && !res.panel.ok ? res.panel.error.message : ''
    expect(message).toMatch(/quota/i)
    expect(message).toMatch(/nothing was changed/i)
    expect(await db.events.count()).toBe(countBefore)
    expect(JSON.stringify((await exportIndex(db, 'x')).events)).toBe(before)
    dropSearchCache()
    expect((await search(db, '马克龙', undefined, 5)).hits).toEqual([])

    // With room again, the same save goes through.
    const again = await handleRequest(
      { type: 'annotate-page', article: articleToWire(article), url: URL_ },
      { tab: { id: 1 } },
      svc,
    )
    expect(again).toMatchObject({ ok: true, saved: true })
    expect(await db.events.count()).toBe(countBefore + 1)
  })
})
