// The panel's `since` section (annotate-page), get-history and open-page through the handler table, on the shipped corpus in
// a real (fake-indexeddb) index: the seed video meeting of 2021-12-15 against the call of
// 2021-08-25 with Putin.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleToWire } from '../../../src/core/analysis-wire'
import { parseText } from '../../../src/core/intake'
import type { CorpusIndex } from '../../../src/core/types'
import { handleRequest } from '../../../src/background/handlers'
import { seedFromCorpus } from '../../../src/background/seed'
import { dropSearchCache } from '../../../src/background/search/cache'
import { defaultSettings } from '../../../src/shared/settings'
import { freshDb, testServices } from './helpers'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex
const seed004 = readFileSync('src/corpus/seeds/004_b2d7573299a9be4d.txt', 'utf8')

describe('since-last handlers', () => {
  it('answers what changed since the last Putin event, the history, and opens pages', async () => {
    dropSearchCache()
    const { db } = freshDb()
    await seedFromCorpus(db, shipped)
    const opened: unknown[] = []
    const svc = testServices(db, {
      settings: async () => ({
        ...defaultSettings(),
        variantFamilies: [
          { id: 'user:x', label: { en: 'x', zh: 'x' }, variants: ['习近平', '普京'] },
        ],
      }),
      openPage: async (...args) => void opened.push(args),
    })
    const article = parseText(seed004, {
      published: '2021-12-16',
      url: 'https://news.sina.com.cn/c/seed004.shtml',
    })
    const res = await handleRequest(
      { type: 'annotate-page', article: articleToWire(article), url: article.url! },
      { tab: { id: 3 } },
      svc,
    )
    if (!res.ok || !res.panel.ok) throw new Error(JSON.stringify(res))
    const since = res.panel.sections.since!
    expect(since.sinceLast!.event.id).toBe('2021-08-25:call:普京')
    expect(since.sinceLast!.kind).toEqual({ from: 'call', to: 'video' })
    // The user's family is read with the built-in ones.
    expect(since.sinceLast!.variants.map((v) => v.family)).toContain('user:x')
    expect(since.history[0]!.id).toBe('2021-08-25:call:普京')
    expect(since.history.every((h) => h.date! < '2021-12-15')).toBe(true)

    const h = await handleRequest({ type: 'get-history', counterpart: '普京' }, {}, svc)
    if (!h.ok) throw new Error(h.error.message)
    expect(h.history.map((e) => e.id)).toContain('2021-12-15:video:普京')
    const dates = h.history.map((e) => e.date ?? '')
    expect([...dates].sort().reverse()).toEqual(dates)

    const none = await handleRequest({ type: 'get-history', counterpart: '无名氏' }, {}, svc)
    expect(none).toEqual({ ok: true, history: [] })

    const o = await handleRequest(
      { type: 'open-page', page: 'timeline', query: 'counterpart=%E6%99%AE%E4%BA%AC' },
      { tab: { id: 3 } },
      svc,
    )
    expect(o.ok).toBe(true)
    expect(opened).toEqual([['timeline', 'counterpart=%E6%99%AE%E4%BA%AC', 3]])
  })
})
