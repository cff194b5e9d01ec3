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
import { articleOfEvent } from '../../../src/background/page'
import { StorageUnavailable } from '../../../src/shared/db/open'
import { seedFromCorpus } from '../../../src/background/seed'
import { dropSearchCache } from '../../../src/background/search/cache'
import { defaultSettings } from '../../../src/shared/settings'
import { freshDb, testServices } from './helpers'
import { warmUpAnalysis, warmUpNovelty } from '../../../src/background/warm-up'

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex
const seedText = readFileSync('src/corpus/seeds/003_7213e1fea3ab3801.txt', 'utf8')

function services(db: Promise<ReturnType<typeof freshDb>['db']>, saveVisited = true) {
  const tabs = new Map<number, TabStatus>()
  let settings = { ...defaultSettings(), saveVisited }
  const svc = testServices(db, {
    settings: async () => settings,
    saveSettings: async (s) => void (settings = s),
    getTabStatus: async (id) => tabs.get(id) ?? null,
    setTabStatus: async (id, s) => void tabs.set(id, s),
    storageUsage: async () => 1234,
  })
  return { svc, tabs }
}

const fromTab = { id: 'ext', url: 'https://news.sina.com.cn/c/x.shtml', tab: { id: 7 } }

const fromPopup = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' }

async function annotate(svc: Services, article: ReturnType<typeof parseText>) {
  const res = await handleRequest(
    {
      type: 'annotate-page',
      article: articleToWire(article),
      url: 'https://news.sina.com.cn/c/x.shtml',
    },
    fromTab,
    svc,
  )
  if (!res.ok) throw new Error(`annotate-page failed: ${JSON.stringify(res)}`)
  return res
}

describe('request handlers', () => {
  it('one request analyses, saves, records the tab and answers every panel section', async () => {
    dropSearchCache()
    const { db } = freshDb()
    await seedFromCorpus(db, shipped)
    const { svc, tabs } = services(Promise.resolve(db))
    const article = parseText(seedText, { url: 'https://news.sina.com.cn/c/x.shtml' })
    const analysis = analyze({ ...article, format: 'dom' })
    expect(analysis.isReadout).toBe(true)
    const res = await annotate(svc, article)
    expect(res).toMatchObject({ saved: true })
    const page = decodePageAnalysis(res.json)!
    expect(analysisFromWire(page.analysis, article.text)).toEqual(analysis)
    expect(page.plan).toEqual(planPaint(analysis))

    const eventId = res.eventId!
    expect(tabs.get(7)).toMatchObject({ isReadout: true, eventId })
    const st = await handleRequest({ type: 'get-tab-status', tabId: 7 }, fromTab, svc)
    expect(st).toMatchObject({ ok: true, status: { eventId } })

    if (!res.panel.ok) throw new Error('no panel')
    const { event, phrases, related, mentions } = res.panel.sections
    expect(event?.sources.map((s) => s.url)).toContain('https://news.sina.com.cn/c/x.shtml')
    // Phrase history counts the other events only.
    const keys = new Set(analysis.phrases.map((p) => p.key))
    expect(Object.keys(phrases!.stats).sort()).toEqual([...keys].sort())
    expect(phrases!.total).toBe((await db.events.count()) - 1)
    for (const s of Object.values(phrases!.stats)) expect(s.firstEventId).not.toBe(eventId)
    // Related calls: never the page's own event, each with its reasons as data.
    for (const r of related!.calls) {
      expect(r.id).not.toBe(eventId)
      expect(r.reasons.length).toBeGreaterThan(0)
      if (r.url !== null) expect(r.url).toMatch(/^https?:\/\//)
    }
    // One entry per mention; an indexed one links to its event.
    if (analysis.mentions.length) expect(mentions!.events).toHaveLength(analysis.mentions.length)
    else expect(mentions).toBeUndefined()

    const ev = (await handleRequest({ type: 'get-event', id: eventId }, fromPopup, svc)) as {
      ok: true
      event: { sources: { url: string | null }[]; text: string }
    }
    // The visited page is saved with its whole text, not rebuilt from its turns.
    expect(ev.event.text.length).toBeGreaterThan(100)

    const probe = ev.event.text.slice(10, 16)
    const found = await handleRequest({ type: 'search', query: probe }, fromPopup, svc)
    expect(found.ok && found.hits.some((h) => h.id === eventId)).toBe(true)

    const info = await handleRequest({ type: 'index-info' }, fromPopup, svc)
    expect(info).toMatchObject({ ok: true, events: await db.events.count(), bytes: 1234 })
  })

  it('the reader gets a stored event analysed by the same analyze, with its panel', async () => {
    dropSearchCache()
    const { db } = freshDb()
    await seedFromCorpus(db, shipped)
    const { svc } = services(Promise.resolve(db))
    const stored = shipped.events.find((e) => e.text.length > 500)!
    const res = await handleRequest({ type: 'read-event', id: stored.id }, fromPopup, svc)
    if (!res.ok || !res.event) throw new Error(`read-event failed: ${JSON.stringify(res)}`)
    expect(res.event.text).toBe(stored.text)
    const page = decodePageAnalysis(res.json)!
    const expected = analyze(articleOfEvent(stored))
    expect(analysisFromWire(page.analysis, stored.text)).toEqual(expected)
    expect(res.panel).toMatchObject({ ok: true, eventId: stored.id })
    if (res.panel.ok)
      for (const r of res.panel.sections.related?.calls ?? []) expect(r.id).not.toBe(stored.id)
    const missing = await handleRequest({ type: 'read-event', id: 'nope' }, fromPopup, svc)
    expect(missing).toEqual({ ok: true, event: null })
  })

  it('does not save when the setting is off, but still records the tab', async () => {
    const { db } = freshDb()
    const { svc, tabs } = services(Promise.resolve(db), false)
    const r = await annotate(svc, parseText(seedText))
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

  it('when IndexedDB is blocked: the page still gets its analysis, every index reply says so', async () => {
    const blocked = Promise.reject(new StorageUnavailable('blocked'))
    blocked.catch(() => undefined)
    const { svc } = services(blocked)
    const res = await annotate(svc, parseText(seedText))
    expect(decodePageAnalysis(res.json)).not.toBeNull()
    expect(res.panel).toMatchObject({ ok: false, error: { code: 'storage-unavailable' } })
    const reqs: Request[] = [
      { type: 'search', query: '普京' },
      { type: 'index-info' },
      { type: 'get-event', id: 'x' },
      { type: 'read-event', id: 'x' },
    ]
    for (const req of reqs) {
      expect(await handleRequest(req, fromPopup, svc)).toMatchObject({
        ok: false,
        error: { code: 'storage-unavailable' },
      })
    }
  })

  it("analyses with the user's own phrases", async () => {
    const { db } = freshDb()
    const { svc } = services(Promise.resolve(db))
    const custom = [{ phrase: '通电话', category: 'custom' as const }]
    svc.settings = async () => ({ ...defaultSettings(), customPhrases: custom })
    const article = parseText(seedText, { url: 'https://news.sina.com.cn/c/x.shtml' })
    const res = await annotate(svc, article)
    const page = decodePageAnalysis(res.json)!
    const expected = analyze({ ...article, format: 'dom' }, { extraPhrases: custom })
    expect(analysisFromWire(page.analysis, article.text)).toEqual(expected)
    expect(expected.phrases.some((p) => p.category === 'custom')).toBe(true)
  })
})

describe('analysis warm-up', () => {
  it('analyses every built-in text a few times, pausing between two', async () => {
    let pauses = 0
    const n = await warmUpAnalysis(shipped, async () => void pauses++)
    expect(n).toBe((shipped.events.length + 1) * 4)
    expect(pauses).toBe(n)
  })

  it('runs novelty on every built-in text a few times, pass by pass, then once against the index', async () => {
    let pauses = 0
    const asked: Array<{ text: string; date: null }> = []
    const n = await warmUpNovelty(
      shipped,
      async () => void pauses++,
      async (page) => void asked.push(page),
    )
    expect(n).toBe((shipped.events.length + 1) * 4 + 1)
    expect(pauses).toBe(n)
    expect(asked).toHaveLength(1)
    expect(asked[0]!.text).toContain(shipped.events[0]!.text.split('\n').at(-1))
  })
})
