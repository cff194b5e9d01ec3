// Novelty against the IndexedDB index (fake-indexeddb): the same answer as the core gives
// with every text at hand, reading only what it asks for; first appearances kept per key.
import { IDBObjectStore } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { historyOf, novelFormulations } from '../../../src/core/novelty'
import type { FirstAppearance } from '../../../src/core/types'
import { bumpGen, mergeTail, writeEvents } from '../../../src/shared/index/write'
import { pageNovelty, prefetchNovelty } from '../../../src/background/novelty'
import { currentRowCache, dropRowCache } from '../../../src/background/search/rows-cache'
import {
  keepRows,
  postponeKeep,
  refreshRows,
  SAVE_DELAY_MS,
} from '../../../src/background/search/keep-rows'
import { HOT_ROWS_KEY, packRows, unpackRows } from '../../../src/background/search/hot-rows'
import { onGenMoved } from '../../../src/shared/index/gen-signal'
import { addFirsts, mergeFirsts, readFirsts } from '../../../src/shared/index/firsts'
import { dropSearchCache, searchState } from '../../../src/background/search/cache'
import { handleRequest } from '../../../src/background/handlers'
import type { Services } from '../../../src/background/services'
import { analysisFromWire, articleToWire } from '../../../src/core/analysis-wire'
import { parseText } from '../../../src/core/intake'
import type { LensDb } from '../../../src/shared/db/schema'
import { decodePageAnalysis } from '../../../src/shared/page-analysis'
import { defaultSettings } from '../../../src/shared/settings'
import { freshDb, makeEvent, testServices } from './helpers'

// The search state is cached per rev, and every fresh database starts at the same rev.
beforeEach(() => dropSearchCache())

const SENTENCES = [
  '双方同意加强全球治理合作。',
  '中方愿同各方推动落实全球发展倡议。',
  '习近平指出，要践行真正的多边主义。',
  '双方支持全球安全倡议，反对单边主义。',
  '两国关系保持健康稳定发展。',
  '中方提出的倡议得到广泛支持。',
  '推动构建人类命运共同体。',
]
const textOf = (i: number) => [...SENTENCES.slice(i % 7), ...SENTENCES.slice(0, i % 7)].join('')

const COIN = '习近平强调，中方提出全球治理倡议，愿同各方落实全球治理倡议。'
const page = (date: string | null, eventId: string | null = null) => ({
  text: COIN,
  turns: [{ speaker: '习近平', start: 0, end: COIN.length }],
  date,
  eventId,
})

async function indexOf(n: number, { tail = 0, later = '' } = {}) {
  const { db } = freshDb()
  const events = Array.from({ length: n }, (_, i) =>
    makeEvent(textOf(i), {
      date: `2022-01-${String((i % 28) + 1).padStart(2, '0')}`,
      counterpart: `对方${i}`,
    }),
  )
  await writeEvents(db, events.slice(0, n - tail), { mode: 'bulk' })
  // The newest saves sit in the tail rows until merged: they count the same.
  for (const ev of events.slice(n - tail)) await writeEvents(db, [ev], { mode: 'tail' })
  if (later)
    await writeEvents(db, [makeEvent(later, { date: '2023-06-01', counterpart: '后来者' })], {
      mode: 'tail',
    })
  return { db, events }
}

describe('pageNovelty', () => {
  it('finds what the core finds with all texts at hand (postings and tail rows alike)', async () => {
    const { db, events } = await indexOf(30, { tail: 5 })
    const r = await pageNovelty(db, page('2023-01-01'))
    const expected = novelFormulations(page(null), historyOf(events.map((e) => e.text)))
    expect(r.earlier).toBe(30)
    expect(r.novel.map((n) => n.text)).toEqual(['全球治理倡议'])
    expect(r.novel).toEqual(expected)
  })

  it('compares only with events dated before the page, never with the page itself', async () => {
    const { db } = await indexOf(30, { later: COIN })
    expect((await pageNovelty(db, page('2023-01-01'))).novel.map((n) => n.text)).toEqual([
      '全球治理倡议',
    ])
    // The same event once saved: not earlier than itself.
    expect(
      (await pageNovelty(db, page('2023-06-01', '2023-06-01:call:后来者'))).novel.map(
        (n) => n.text,
      ),
    ).toEqual(['全球治理倡议'])
    // A later readout: it was said before.
    expect((await pageNovelty(db, page('2023-07-01'))).novel).toEqual([])
  })

  it('reads again what a write changed, and keeps what tail saves and merges leave', async () => {
    const { db } = await indexOf(30)
    const at = (date: string) => pageNovelty(db, page(date))
    expect((await at('2023-01-01')).novel.map((n) => n.text)).toEqual(['全球治理倡议'])
    // A saved readout says it (a tail row): the next page sees it.
    const sayer = (date: string, who: string) =>
      makeEvent('各方支持全球治理倡议。', { date, counterpart: who })
    await writeEvents(db, [sayer('2022-12-01', '甲')], { mode: 'tail' })
    expect((await at('2023-01-01')).novel).toEqual([])
    // Merged into the postings: still seen.
    await mergeTail(db)
    expect((await at('2023-01-01')).novel).toEqual([])
    // An event's text changed (its posting rows and folded text rewritten): read again.
    await writeEvents(db, [makeEvent(textOf(1), { date: '2022-12-01', counterpart: '甲' })], {
      mode: 'bulk',
    })
    const { db: other } = await indexOf(30)
    const fresh = await pageNovelty(other, page('2023-01-01'))
    expect((await at('2023-01-01')).novel.map((n) => n.text)).toEqual(
      fresh.novel.map((n) => n.text),
    )
    // A bulk import of an earlier event that says it.
    await writeEvents(db, [sayer('2022-11-01', '乙')], { mode: 'bulk' })
    expect((await at('2023-01-01')).novel).toEqual([])
  })

  it('reads, while the page is analysed, the rows its first pass wants: same answer, fewer reads after', async () => {
    const { db } = await indexOf(30)
    // The background has read the index before (it knows it is big enough); no rows cached.
    await searchState(db)
    // Every posting row is asked for before prefetchNovelty returns (not a task later, as a
    // Dexie transaction's scope would): the reads run while the caller analyses the page.
    const get = vi.spyOn(IDBObjectStore.prototype, 'get')
    const prefetch = prefetchNovelty(db, { text: COIN })
    const asked = get.mock.contexts
      .map((store, i) => [(store as IDBObjectStore).name, get.mock.calls[i]![0]] as const)
      .filter(([name]) => name === 'postings')
      .map(([, g]) => g as number)
    get.mockRestore()
    expect(asked.length).toBeGreaterThan(0)
    await prefetch.ready
    const bulkGet = vi.spyOn(db.postings, 'bulkGet')
    // Cached for the database's current gen: the passes read no posting row again.
    expect(currentRowCache(db)!.postings.get(asked[0]!)).not.toBeUndefined()
    bulkGet.mockClear()
    const r = await pageNovelty(db, page('2023-01-01'), prefetch)
    expect(r.novel.map((n) => n.text)).toEqual(['全球治理倡议'])
    const readAfter = bulkGet.mock.calls.flatMap((c) => c[0] as number[])
    expect(readAfter.filter((g) => asked.includes(g))).toEqual([])
    dropSearchCache()
    expect(await pageNovelty(db, page('2023-01-01'))).toEqual(r)
  })

  it('computes nothing ahead for an index it has not seen or too small to tell, and still answers', async () => {
    const { db: small } = await indexOf(10)
    await searchState(small)
    expect(prefetchNovelty(small, { text: COIN }).prepared).toBeNull()
    const { db } = await indexOf(30)
    const unseen = prefetchNovelty(db, { text: COIN })
    expect(unseen.prepared).toBeNull()
    expect((await pageNovelty(db, page('2023-01-01'), unseen)).novel.map((n) => n.text)).toEqual([
      '全球治理倡议',
    ])
    // Now known and big enough: the next page's reads start ahead.
    expect(prefetchNovelty(db, { text: COIN }).prepared).not.toBeNull()
  })

  it('a write that moves gen between the prefetch and a later read: answered on a fresh snapshot', async () => {
    const { db } = await indexOf(30)
    // A quoted term some earlier texts may hold: settling it needs their texts, read later.
    const text = '习近平强调，要践行“真正的多边主义”，坚持“真正的多边主义”。'
    const quotedPage = { text, turns: [{ speaker: '习近平', start: 0, end: text.length }] }
    const prefetch = prefetchNovelty(db, quotedPage)
    const before = (await prefetch.ready)!.state.rows.gen
    await bumpGen(db)
    const r = await pageNovelty(db, { ...quotedPage, date: '2023-01-01', eventId: null }, prefetch)
    expect(currentRowCache(db)!.gen).not.toBe(before)
    dropSearchCache()
    expect(r).toEqual(await pageNovelty(db, { ...quotedPage, date: '2023-01-01', eventId: null }))
    expect(r.novel).toEqual([])
  })

  it('a prefetch that fails (database closed) costs nothing: the passes read for themselves', async () => {
    const { db } = await indexOf(30)
    db.close()
    const prefetch = prefetchNovelty(db, { text: COIN })
    await expect(prefetch.ready).resolves.toBeNull()
    await db.open()
    dropSearchCache()
    const r = await pageNovelty(db, page('2023-01-01'), prefetch)
    expect(r.novel.map((n) => n.text)).toEqual(['全球治理倡议'])
  })

  it('a write that moves gen says so to the other contexts (the background drops its rows)', async () => {
    const { db } = await indexOf(30)
    const moved = vi.fn()
    const stop = onGenMoved(moved)
    try {
      await writeEvents(db, [makeEvent(textOf(2), { date: '2022-12-02', counterpart: '丙' })], {
        mode: 'bulk',
      })
      await vi.waitFor(() => expect(moved).toHaveBeenCalled())
      moved.mockClear()
      // A visited page's tail save leaves the rows valid: nothing said.
      await writeEvents(db, [makeEvent(textOf(3), { date: '2022-12-03', counterpart: '丁' })], {
        mode: 'tail',
      })
      await new Promise((r) => setTimeout(r, 50))
      expect(moved).not.toHaveBeenCalled()
    } finally {
      stop()
    }
  })

  it('lists nothing against an index too small to tell', async () => {
    const { db } = await indexOf(10)
    const r = await pageNovelty(db, page('2023-01-01'))
    expect(r).toMatchObject({ novel: [], earlier: 10 })
  })

  it('reports where a recorded formulation was first said', async () => {
    const { db } = await indexOf(25)
    const first: FirstAppearance = {
      key: '全球治理倡议',
      text: '全球治理倡议',
      eventId: '2022-12-01:call:甲',
      date: '2022-12-01',
      title: '习近平同甲通电话',
      speaker: '习近平',
    }
    await addFirsts(db, [first])
    const r = await pageNovelty(db, page('2023-01-01'))
    expect(r.firstSeen.map((s) => [s.text, s.first.date, s.first.eventId])).toEqual([
      ['全球治理倡议', '2022-12-01', '2022-12-01:call:甲'],
    ])
  })
})

describe('rows kept beyond the worker', () => {
  // A quoted term some earlier texts hold: settling it needs posting rows and their texts.
  const QUOTED = '习近平强调，要践行“真正的多边主义”，坚持“真正的多边主义”。'
  const quoted = (date: string) => ({
    text: QUOTED,
    turns: [{ speaker: '习近平', start: 0, end: QUOTED.length }],
    date,
    eventId: null,
  })

  /** The posting rows and folded texts read from the store, one by one, while `run` runs. */
  async function singleReads(
    run: () => Promise<unknown>,
  ): Promise<{ postings: number[]; folded: number[] }> {
    const get = vi.spyOn(IDBObjectStore.prototype, 'get')
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    try {
      await run()
      const out = { postings: [] as number[], folded: [] as number[] }
      const into = (store: unknown) => out[(store as IDBObjectStore).name as keyof typeof out]
      get.mock.contexts.forEach((store, i) => into(store)?.push(get.mock.calls[i]![0] as number))
      // Dexie's bulkGet reads by getAll over the keys.
      getAll.mock.contexts.forEach((store, i) => {
        const keys = getAll.mock.calls[i]![0]
        if (Array.isArray(keys)) into(store)?.push(...(keys as number[]))
      })
      return out
    } finally {
      get.mockRestore()
      getAll.mockRestore()
    }
  }

  it('pack into one row and back: the same rows and texts, "no row" kept, malformed packings refused', async () => {
    const { db } = await indexOf(30)
    await pageNovelty(db, page('2023-01-01'))
    await pageNovelty(db, quoted('2023-01-01'))
    const cache = currentRowCache(db)!
    const { postings, folded } = unpackRows(packRows(cache))!
    expect(postings.length).toBe(cache.postings.size)
    expect(postings.some(([, r]) => r === null)).toBe(true)
    for (const [g, r] of postings) expect(r).toEqual(cache.postings.peek(g))
    expect(folded.length).toBeGreaterThan(0)
    expect(folded.length).toBe(cache.folded.size)
    for (const [o, f] of folded) expect(f).toBe(cache.folded.peek(o))
    // Most recently used first, and cut at the budgets.
    expect(postings.map(([g]) => g)).toEqual(cache.postings.keys())
    const small = unpackRows(packRows(cache, 64, 10))!
    expect(small.postings.reduce((n, [, r]) => n + (r?.b.length ?? 0), 0)).toBeLessThanOrEqual(64)
    expect(small.folded).toEqual([])
    expect(unpackRows({ gen: 1, grams: [1] })).toBeNull()
    const bad = { ...packRows(cache), ends: new Uint32Array(postings.length).fill(1e9) }
    expect(unpackRows(bad)).toBeNull()
  })

  it('a restarted worker reads the kept rows in one request: same answer, no single reads', async () => {
    const { db } = await indexOf(30)
    const first = await pageNovelty(db, quoted('2023-01-01'))
    expect(await keepRows(db)).toBe(true)
    // Unchanged since: not written again.
    expect(await keepRows(db)).toBe(false)
    dropSearchCache()
    let again: unknown
    const reads = await singleReads(
      async () => (again = await pageNovelty(db, quoted('2023-01-01'))),
    )
    expect(again).toEqual(first)
    expect(reads).toEqual({ postings: [], folded: [] })
    // Kept at a gen the index has left: ignored, the rows are read one by one again.
    await bumpGen(db)
    dropSearchCache()
    const stale = await singleReads(
      async () => (again = await pageNovelty(db, quoted('2023-01-01'))),
    )
    expect(again).toEqual(first)
    expect(stale.postings.length).toBeGreaterThan(0)
    expect(stale.folded.length).toBeGreaterThan(0)
  })

  it('are packed a few seconds after a page, later when another page starts meanwhile', async () => {
    const { db } = await indexOf(30)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      await pageNovelty(db, page('2023-01-01'))
      const kept = async () => {
        // The packing's own IndexedDB work runs on real (unfaked) ticks.
        await new Promise((r) => setImmediate(r))
        await db.meta.get('gen')
        return (await db.meta.get(HOT_ROWS_KEY)) !== undefined
      }
      vi.advanceTimersByTime(SAVE_DELAY_MS - 500)
      postponeKeep() // the next page's analysis starts
      vi.advanceTimersByTime(1_000)
      expect(await kept()).toBe(false)
      vi.advanceTimersByTime(SAVE_DELAY_MS)
      await vi.waitFor(async () => expect(await kept()).toBe(true))
    } finally {
      vi.useRealTimers()
    }
  })

  it('after a write moved gen, the rows and texts are read again at the new gen: current answers', async () => {
    const { db } = await indexOf(30)
    expect((await pageNovelty(db, page('2023-01-01'))).novel.map((n) => n.text)).toEqual([
      '全球治理倡议',
    ])
    await pageNovelty(db, quoted('2023-01-01'))
    const held = currentRowCache(db)!.postings.keys()
    const heldTexts = currentRowCache(db)!.folded.keys()
    // An import of an earlier event that says it rewrites the rows (the signal drops them).
    const sayer = makeEvent('各方支持全球治理倡议。', { date: '2022-11-01', counterpart: '乙' })
    await writeEvents(db, [sayer], { mode: 'bulk' })
    dropRowCache()
    expect(await refreshRows(db, async () => undefined)).toBe(held.length)
    expect(await keepRows(db)).toBe(true)
    const hot = (await db.meta.get(HOT_ROWS_KEY))!.value as { gen: unknown }
    expect(hot.gen).toBe((await db.meta.get('gen'))!.value)
    let r: Awaited<ReturnType<typeof pageNovelty>> | undefined
    const reads = await singleReads(async () => {
      r = await pageNovelty(db, page('2023-01-01'))
      await pageNovelty(db, quoted('2023-01-01'))
    })
    expect(r!.novel).toEqual([])
    expect(reads.postings.filter((g) => held.includes(g))).toEqual([])
    expect(reads.folded.filter((o) => heldTexts.includes(o))).toEqual([])
    dropSearchCache()
    expect(await pageNovelty(db, page('2023-01-01'))).toEqual(r)
  })
})

describe('first appearances', () => {
  const f = (key: string, date: string | null, eventId: string): FirstAppearance => ({
    key,
    text: key,
    eventId,
    date,
    title: eventId,
    speaker: null,
  })

  it('keep the earliest event per key', () => {
    const merged = mergeFirsts(
      [f('甲', '2023-03-01', 'b')],
      [f('甲', '2023-01-01', 'a'), f('乙', null, 'c')],
    )
    expect(merged).toEqual([f('甲', '2023-01-01', 'a'), f('乙', null, 'c')])
    expect(mergeFirsts(merged, [f('甲', '2023-05-01', 'd')])).toEqual(merged)
  })

  it('are stored in one meta row', async () => {
    const { db } = freshDb()
    await addFirsts(db, [f('甲', '2023-03-01', 'b')])
    await addFirsts(db, [f('乙', '2023-04-01', 'c')])
    expect((await readFirsts(db)).map((x) => x.key)).toEqual(['甲', '乙'])
  })
})

describe('annotate-page with novelty', () => {
  const readout = (date: string, body: string) =>
    `习近平同俄罗斯总统普京通电话\n新华社北京${Number(date.slice(5, 7))}月${Number(date.slice(8))}日电 国家主席习近平${Number(date.slice(5, 7))}月${Number(date.slice(8))}日同俄罗斯总统普京通电话。\n${body}\n普京表示，俄方愿同中方加强战略协作。`

  function services(db: LensDb) {
    let settings = defaultSettings()
    const svc = testServices(db, {
      settings: async () => settings,
      saveSettings: async (s) => void (settings = s),
    })
    return { svc, settings: () => settings }
  }

  async function annotate(svc: Services, date: string, body: string) {
    const article = parseText(readout(date, body), { published: date })
    const res = await handleRequest(
      {
        type: 'annotate-page',
        article: articleToWire(article),
        url: 'https://news.sina.com.cn/c/x.shtml',
      },
      { id: 'ext', url: 'https://news.sina.com.cn/c/x.shtml', tab: { id: 7 } },
      svc,
    )
    if (!res.ok) throw new Error(JSON.stringify(res))
    const page = decodePageAnalysis(res.json)!
    return { res, analysis: analysisFromWire(page.analysis, article.text)!, plan: page.plan }
  }

  it('paints and lists the new formulation, records it, and shows where it was first said later', async () => {
    const { db } = await indexOf(30)
    const { svc, settings } = services(db)
    const first = await annotate(svc, '2023-03-01', COIN)
    expect(first.res.saved).toBe(true)
    const news = first.analysis.phrases.filter((p) => p.category === 'new')
    expect(news.map((p) => p.text)).toEqual(['全球治理倡议', '全球治理倡议'])
    // Its own highlight group, listed first.
    expect(first.plan.categories[0]).toBe('new')
    expect(first.res.panel.ok && first.res.panel.sections.novelty?.earlier).toBe(30)
    expect((await readFirsts(db)).map((f) => [f.key, f.date, f.speaker])).toEqual([
      ['全球治理倡议', '2023-03-01', '习近平'],
    ])

    const later = await annotate(svc, '2023-04-01', '普京表示，俄方支持全球治理倡议。')
    const coined = later.analysis.phrases.filter((p) => p.category === 'coined')
    expect(coined.map((p) => p.text)).toEqual(['全球治理倡议'])
    expect(
      later.analysis.phrases.some((p) => p.category === 'new' && p.key === '全球治理倡议'),
    ).toBe(false)
    if (!later.res.panel.ok) throw new Error('no panel')
    expect(later.res.panel.sections.novelty?.firsts['全球治理倡议']).toMatchObject({
      date: '2023-03-01',
      speaker: '习近平',
    })

    // "Track": one click makes it a custom phrase (once).
    const track = (phrase: string) =>
      handleRequest(
        { type: 'track-phrase', phrase },
        { id: 'ext', url: 'https://a', tab: { id: 7 } },
        svc,
      )
    expect(await track('全球治理倡议')).toEqual({ ok: true, added: true })
    expect(await track('全球治理倡议')).toEqual({ ok: true, added: false })
    expect(settings().customPhrases).toEqual([{ phrase: '全球治理倡议', category: 'custom' }])
  })
})
