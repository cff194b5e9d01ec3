// The request handlers end to end in Node: a real analysis of a seed readout, the real index
// (fake-indexeddb), settings and tab status held in memory.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analysisFromWire, articleToWire } from '../../../src/core/analysis-wire'
import { analyze } from '../../../src/core/analyze'
import { planPaint } from '../../../src/shared/paint/plan'
import { decodePageAnalysis } from '../../../src/shared/page-analysis'
import { parseText } from '../../../src/core/intake'
import type { CorpusIndex } from '../../../src/core/types'
import type { Request, TabStatus } from '../../../src/shared/messages'
import { handleRequest, type Services } from '../../../src/background/handlers'
import { StorageUnavailable } from '../../../src/background/db/open'
import { seedFromCorpus } from '../../../src/background/seed'
import { dropSearchCache } from '../../../src/background/search/cache'
import { defaultSettings } from '../../../src/shared/settings'
import { freshDb } from './helpers'
import { warmUpAnalysis } from '../../../src/background/warm-up'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex
const seedText = readFileSync('src/corpus/seeds/003_7213e1fea3ab3801.txt', 'utf8')

function services(db: Promise<ReturnType<typeof freshDb>['db']>, saveVisited = true) {
  const tabs = new Map<number, TabStatus>()
  const svc: Services = {
    db: () => db,
    settings: async () => ({ ...defaultSettings(), saveVisited }),
    getTabStatus: async (id) => tabs.get(id) ?? null,
    setTabStatus: async (id, s) => void tabs.set(id, s),
    annotateTab: async () => undefined,
    openReader: async () => undefined,
    storageUsage: async () => 1234,
    later: () => undefined,
  }
  return { svc, tabs }
}

const fromTab = { id: 'ext', url: 'https://news.sina.com.cn/c/x.shtml', tab: { id: 7 } }

describe('request handlers', () => {
  it('saves a visited readout, records the tab, answers related/stats/event/search', async () => {
    dropSearchCache()
    const { db } = freshDb()
    await seedFromCorpus(db, shipped)
    const { svc, tabs } = services(Promise.resolve(db))
    const article = parseText(seedText, { url: 'https://news.sina.com.cn/c/x.shtml' })
    const analysis = analyze(article)
    expect(analysis.isReadout).toBe(true)
    const saved = await handleRequest(
      { type: 'page-analysed', analysis, url: article.url! },
      fromTab,
      svc,
    )
    expect(saved).toMatchObject({ ok: true, saved: true })
    const eventId = (saved as { eventId: string }).eventId
    expect(tabs.get(7)).toMatchObject({ isReadout: true, eventId })
    const st = await handleRequest({ type: 'get-tab-status', tabId: 7 }, fromTab, svc)
    expect(st).toMatchObject({ ok: true, status: { eventId } })

    const ev = (await handleRequest({ type: 'get-event', id: eventId }, fromTab, svc)) as {
      ok: true
      event: { sources: { url: string | null }[]; text: string }
    }
    expect(ev.event.sources.map((s) => s.url)).toContain('https://news.sina.com.cn/c/x.shtml')
    expect(ev.event.text.length).toBeGreaterThan(100)

    const rel = await handleRequest(
      { type: 'get-related', analysis, url: article.url! },
      fromTab,
      svc,
    )
    expect(rel.ok).toBe(true)
    if (rel.ok && 'related' in rel) expect(rel.related.every((r) => r.id !== eventId)).toBe(true)

    const keys = [...new Set(analysis.phrases.map((p) => p.key))].slice(0, 5)
    const stats = await handleRequest(
      { type: 'get-phrase-stats', keys, excludeEventId: eventId },
      fromTab,
      svc,
    )
    expect(stats.ok).toBe(true)
    if (stats.ok && 'stats' in stats) {
      expect(stats.stats).toHaveLength(keys.length)
      expect(stats.total).toBe((await db.events.count()) - 1)
      for (const s of stats.stats) expect(s.firstEventId).not.toBe(eventId)
    }

    const probe = ev.event.text.slice(10, 16)
    const found = await handleRequest(
      { type: 'search', query: probe },
      { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' },
      svc,
    )
    expect(found.ok && 'hits' in found && found.hits.some((h) => h.id === eventId)).toBe(true)

    const info = await handleRequest({ type: 'index-info' }, fromTab, svc)
    expect(info).toMatchObject({ ok: true, events: await db.events.count(), bytes: 1234 })
  })

  it('does not save when the setting is off, but still records the tab', async () => {
    const { db } = freshDb()
    const { svc, tabs } = services(Promise.resolve(db), false)
    const analysis = analyze(parseText(seedText))
    const r = await handleRequest(
      { type: 'page-analysed', analysis, url: 'https://x.cn/a' },
      fromTab,
      svc,
    )
    expect(r).toMatchObject({ ok: true, saved: false })
    expect(await db.events.count()).toBe(0)
    expect(tabs.get(7)?.isReadout).toBe(true)
    await handleRequest(
      { type: 'page-not-readout', url: 'https://x.cn/b', confidence: 0.1 },
      fromTab,
      svc,
    )
    expect(tabs.get(7)).toEqual({ url: 'https://x.cn/b', isReadout: false, confidence: 0.1 })
  })

  it('answers storage-unavailable on every database request when IndexedDB is blocked', async () => {
    const blocked = Promise.reject(new StorageUnavailable('blocked'))
    blocked.catch(() => undefined)
    const { svc } = services(blocked)
    const analysis = analyze(parseText(seedText))
    const reqs: Request[] = [
      { type: 'search', query: '普京' },
      { type: 'index-info' },
      { type: 'get-event', id: 'x' },
      { type: 'get-phrase-stats', keys: ['a'] },
      { type: 'get-related', analysis, url: 'https://x.cn' },
      { type: 'page-analysed', analysis, url: 'https://x.cn' },
    ]
    for (const req of reqs) {
      expect(await handleRequest(req, fromTab, svc)).toMatchObject({
        ok: false,
        error: { code: 'storage-unavailable' },
      })
    }
  })

  it("analyses an article for the content script, with the user's own phrases", async () => {
    const { db } = freshDb()
    const { svc } = services(Promise.resolve(db))
    const custom = [{ phrase: '通电话', category: 'custom' as const }]
    svc.settings = async () => ({ ...defaultSettings(), customPhrases: custom })
    const article = parseText(seedText, { url: 'https://news.sina.com.cn/c/x.shtml' })
    const res = await handleRequest(
      { type: 'analyse-article', article: articleToWire(article) },
      fromTab,
      svc,
    )
    if (!res.ok || !('json' in res)) throw new Error(`no analysis: ${JSON.stringify(res)}`)
    const page = decodePageAnalysis(res.json)!
    const expected = analyze({ ...article, format: 'dom' }, { extraPhrases: custom })
    expect(analysisFromWire(page.analysis, article.text)).toEqual(expected)
    expect(expected.phrases.some((p) => p.category === 'custom')).toBe(true)
    expect(page.plan).toEqual(planPaint(expected))
  })
})

describe('analysis warm-up', () => {
  it('analyses every built-in text a few times, pausing between two', async () => {
    let pauses = 0
    const n = await warmUpAnalysis(shipped, async () => void pauses++)
    expect(n).toBe((shipped.events.length + 1) * 4)
    expect(pauses).toBe(n)
  })
})
