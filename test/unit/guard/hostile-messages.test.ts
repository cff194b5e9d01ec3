// Hostile messages at the background's door (src/background/validate-message.ts): wrong types,
// huge payloads, prototype-pollution keys, wrong senders — each must be dropped, never throw,
// never change Object.prototype; and what passes the gate must be harmless to the handlers.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  acceptMessage,
  parseRequest,
  type SenderInfo,
} from '../../../src/background/validate-message'
import { handleRequest, type Services } from '../../../src/background/handlers'
import { seedFromCorpus } from '../../../src/background/seed'
import { dropSearchCache } from '../../../src/background/search/cache'
import { defaultSettings } from '../../../src/shared/settings'
import type { CorpusIndex } from '../../../src/core/types'
import type { Request, TabStatus } from '../../../src/shared/messages'
import { freshDb } from '../store/helpers'

const ID = 'abcdefghijklmnopabcdefghijklmnop'
const ORIGIN = `chrome-extension://${ID}/`
const popup = { id: ID, url: `${ORIGIN}src/popup/index.html` }
const content = { id: ID, url: 'https://news.sina.com.cn/c/1.shtml', tab: { id: 3 } }

const analysis = {
  isReadout: true,
  confidence: 0.9,
  title: 't',
  published: '2021-08-25',
  outlet: null,
  url: null,
  event: {
    date: '2021-08-25',
    kind: 'call',
    participants: ['习近平'],
    counterpart: { name: '普京', country: '俄罗斯', title: '总统' },
    requestedBy: null,
    place: null,
  },
  turns: [{ speaker: '习近平', verb: '指出', text: '习近平指出，中俄关系。', start: 0, end: 11 }],
  phrases: [],
  mentions: [],
}

const polluted = () =>
  ['polluted', 'isAdmin', 'kind', 'type', 'query'].filter(
    (k) => (Object.prototype as Record<string, unknown>)[k] !== undefined,
  )

afterEach(() => {
  // A test that polluted the prototype must not poison the next one.
  for (const k of polluted()) delete (Object.prototype as Record<string, unknown>)[k]
})

/** A valid analyse-article payload; the cases below break one field each. */
const WIRE = {
  title: 't',
  published: null,
  outlet: null,
  url: 'https://news.sina.com.cn/c/1.shtml',
  text: '习近平同普京通电话。',
  bounds: [0, 10],
}

describe('hostile messages are dropped', () => {
  it('never throws and never accepts a non-contract value (any JSON, 3,000 random values)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
          fc.record({ type: fc.string(), tabId: fc.anything() }),
          fc.record({
            type: fc.constantFrom(
              'page-analysed',
              'get-related',
              'search',
              'get-event',
              'get-phrase-stats',
            ),
            analysis: fc.anything(),
            query: fc.anything(),
            id: fc.anything(),
            keys: fc.anything(),
            url: fc.anything(),
            filters: fc.anything(),
          }),
        ),
        (msg) => {
          const req = parseRequest(msg)
          if (req !== null) {
            // Whatever passed really has the contract's shape for its type.
            expect(typeof req.type).toBe('string')
            if (req.type === 'search') expect(typeof req.query).toBe('string')
            if (req.type === 'get-event') expect(typeof req.id).toBe('string')
            if (req.type === 'page-analysed' || req.type === 'get-related') {
              expect(Array.isArray(req.analysis.turns)).toBe(true)
              expect(typeof req.url).toBe('string')
            }
          }
          expect(() => acceptMessage(msg, content, ID, ORIGIN)).not.toThrow()
        },
      ),
      { seed: 6, numRuns: 3000 },
    )
  })

  it('rejects wrong types field by field', () => {
    const bad: unknown[] = [
      { type: 'search', query: ['a'] },
      { type: 'search', query: 'a', filters: [] },
      { type: 'search', query: 'a', filters: { yearFrom: '2020' } },
      { type: 'search', query: 'a', filters: { yearFrom: 2020.5 } },
      { type: 'search', query: 'a', filters: { category: 'toString' } },
      { type: 'search', query: 'a', limit: Infinity },
      { type: 'search', query: 'a', limit: NaN },
      { type: 'get-tab-status', tabId: -1 },
      { type: 'get-tab-status', tabId: 1.5 },
      { type: 'get-tab-status', tabId: null },
      { type: 'analyse-article', article: { ...WIRE, bounds: [0, Number.NaN] } },
      { type: 'analyse-article', article: { ...WIRE, bounds: [0, 1, 0, 1] } },
      { type: 'analyse-article', article: { ...WIRE, bounds: new Array(400_002).fill(0) } },
      { type: 'analyse-article', article: { ...WIRE, text: ['习近平'] } },
      { type: 'analyse-article', article: { ...WIRE, url: 'x'.repeat(8001) } },
      { type: 'analyse-article', article: null },
      { type: 'page-not-readout', url: 'u', confidence: NaN },
      { type: 'page-not-readout', url: 'u', confidence: '1' },
      { type: 'get-phrase-stats', keys: [1, 2] },
      { type: 'get-phrase-stats', keys: ['a'], excludeEventId: 5 },
      { type: 'page-analysed', analysis: { ...analysis, isReadout: 'yes' }, url: 'u' },
      { type: 'page-analysed', analysis: { ...analysis, confidence: Infinity }, url: 'u' },
      { type: 'page-analysed', analysis: { ...analysis, published: '25/08/2021' }, url: 'u' },
      { type: 'page-analysed', analysis: { ...analysis, turns: {} }, url: 'u' },
      { type: 'page-analysed', analysis: { ...analysis, turns: [null] }, url: 'u' },
      {
        type: 'page-analysed',
        analysis: { ...analysis, turns: [{ ...analysis.turns[0], start: -1 }] },
        url: 'u',
      },
      {
        type: 'page-analysed',
        analysis: {
          ...analysis,
          phrases: [{ text: 'a', key: 'a', category: 'evil', start: 0, end: 1 }],
        },
        url: 'u',
      },
      {
        type: 'page-analysed',
        analysis: { ...analysis, event: { ...analysis.event, participants: 'all' } },
        url: 'u',
      },
      {
        type: 'page-analysed',
        analysis: { ...analysis, event: { ...analysis.event, counterpart: { name: 5 } } },
        url: 'u',
      },
      { type: 'page-analysed', analysis, url: 42 },
      // Stored sources are http(s) only: no javascript:/data: link can come back out.
      { type: 'page-analysed', analysis, url: 'javascript:alert(1)' },
      { type: 'page-analysed', analysis, url: 'data:text/html,<script>alert(1)</script>' },
      {
        type: 'page-analysed',
        analysis: { ...analysis, url: 'javascript:alert(1)' },
        url: 'https://a/',
      },
      { type: 'page-analysed', analysis: null, url: 'u' },
    ]
    for (const m of bad) expect(parseRequest(m), JSON.stringify(m)).toBeNull()
  })

  it('rejects huge payloads', () => {
    const big = (n: number) => 'x'.repeat(n)
    const bad: unknown[] = [
      { type: 'search', query: big(1001) },
      { type: 'get-event', id: big(501) },
      { type: 'get-phrase-stats', keys: Array.from({ length: 2001 }, (_, i) => `k${i}`) },
      { type: 'get-phrase-stats', keys: [big(501)] },
      { type: 'page-not-readout', url: big(8001), confidence: 0 },
      { type: 'page-analysed', analysis: { ...analysis, title: big(2001) }, url: 'u' },
      {
        type: 'page-analysed',
        analysis: {
          ...analysis,
          event: { ...analysis.event, participants: Array.from({ length: 101 }, () => 'p') },
        },
        url: 'u',
      },
      {
        type: 'page-analysed',
        analysis: {
          ...analysis,
          turns: Array.from({ length: 200_001 }, () => analysis.turns[0]),
        },
        url: 'u',
      },
      {
        type: 'page-analysed',
        analysis: { ...analysis, turns: [{ ...analysis.turns[0], text: big(4_000_001) }] },
        url: 'u',
      },
    ]
    for (const m of bad) {
      const t0 = performance.now()
      expect(parseRequest(m)).toBeNull()
      expect(performance.now() - t0).toBeLessThan(500)
    }
    // A deeply nested value is not walked (the validator reads named fields only).
    let deep: unknown = {}
    for (let i = 0; i < 100_000; i++) deep = { next: deep }
    expect(parseRequest({ type: 'index-info', extra: deep })).not.toBeNull()
    expect(parseRequest({ type: 'search', query: 'a', filters: deep })).not.toBeNull()
  })

  it('prototype-pollution keys neither pollute nor smuggle fields', () => {
    const msgs = [
      '{"type":"search","query":"a","__proto__":{"polluted":true}}',
      '{"type":"search","query":"a","filters":{"__proto__":{"kind":"evil","polluted":1}}}',
      '{"type":"search","query":"a","constructor":{"prototype":{"polluted":1}}}',
      '{"__proto__":{"type":"index-info"}}',
      '{"type":"__proto__"}',
      '{"type":"constructor"}',
      '{"type":"toString"}',
      '{"type":"hasOwnProperty"}',
      '{"type":"get-event","id":"__proto__"}',
      '{"type":"page-analysed","url":"u","analysis":{"__proto__":{"isReadout":true}}}',
    ].map((s) => JSON.parse(s) as unknown)
    const verdicts = msgs.map((m) => parseRequest(m)?.type ?? null)
    expect(verdicts).toEqual([
      'search',
      'search',
      'search',
      null, // `type` only on the (own) __proto__ key: no type
      null,
      null,
      null,
      null,
      'get-event',
      null, // fields behind __proto__ are not fields
    ])
    for (const m of msgs) acceptMessage(m, popup, ID, ORIGIN)
    expect(polluted()).toEqual([])
  })
})

describe('senders', () => {
  const search = { type: 'search', query: 'a' }
  it('drops other extensions, the page itself and unknown origins', () => {
    // As the browser might hand them over, wrong types included.
    const others: unknown[] = [
      {},
      { url: popup.url },
      { id: 'otherextensionidotherextensionid', url: popup.url },
      { id: ID.toUpperCase(), url: popup.url },
      { id: ID, url: `chrome-extension://${ID}.evil.example/src/popup/index.html` },
      { id: ID, url: 'https://evil.example/' }, // no tab: not a content script either
      { id: ID, url: 'data:text/html,<p>', tab: { id: 3 } },
      { id: ID, url: 'javascript:alert(1)', tab: { id: 3 } },
      { id: ID, url: 'file:///etc/passwd', tab: { id: 3 } },
      { id: ID, url: 'https://news.sina.com.cn/', tab: { id: '3' } },
    ]
    for (const s of others)
      expect(acceptMessage(search, s as SenderInfo, ID, ORIGIN), JSON.stringify(s)).toBeNull()
    expect(acceptMessage(search, popup, ID, ORIGIN)?.from).toBe('page')
  })

  it('a content script gets only the requests a page needs, and only for its own tab', () => {
    const onlyPages: Request[] = [
      { type: 'search', query: 'a' },
      { type: 'annotate-tab', tabId: 3 },
    ]
    for (const m of onlyPages) expect(acceptMessage(m, content, ID, ORIGIN)).toBeNull()
    expect(acceptMessage({ type: 'get-tab-status', tabId: 4 }, content, ID, ORIGIN)).toBeNull()
    // A page of ours cannot pose as a tab to write into the index.
    const analysed = { type: 'page-analysed', analysis, url: 'https://a/' }
    expect(acceptMessage(analysed, popup, ID, ORIGIN)).toBeNull()
    expect(acceptMessage(analysed, content, ID, ORIGIN)?.from).toBe('content')
  })
})

describe('what passes the gate is harmless to the handlers', () => {
  const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex

  function services(db: ReturnType<typeof freshDb>['db']): Services {
    const tabs = new Map<number, TabStatus>()
    return {
      db: async () => db,
      settings: async () => defaultSettings(),
      getTabStatus: async (id) => tabs.get(id) ?? null,
      setTabStatus: async (id, s) => void tabs.set(id, s),
      annotateTab: async () => undefined,
      openReader: async () => undefined,
      storageUsage: async () => null,
      later: () => undefined,
    }
  }

  it('odd but valid requests answer without throwing or polluting', async () => {
    dropSearchCache()
    const { db } = freshDb()
    await seedFromCorpus(db, shipped)
    const svc = services(db)
    const count = await db.events.count()
    const odd: unknown[] = [
      JSON.parse('{"type":"get-event","id":"__proto__"}'),
      { type: 'get-event', id: 'constructor' },
      { type: 'get-phrase-stats', keys: ['__proto__', 'constructor', '\u0001', '\uffff', ''] },
      { type: 'search', query: '.*(' },
      { type: 'search', query: '\u0000\ud800' },
      { type: 'search', query: '普'.repeat(1000), limit: 100_000 },
      JSON.parse('{"type":"search","query":"普京","filters":{"__proto__":{"kind":"call"}}}'),
      { type: 'search', query: '普京', filters: { yearFrom: 3000, yearTo: 0 } },
      { type: 'get-related', analysis, url: 'https://a/' },
      {
        // Offsets that do not tile any text: stored as given, never trusted as markup.
        type: 'page-analysed',
        analysis: {
          ...analysis,
          turns: [
            {
              speaker: '<img src=x onerror=alert(1)>',
              verb: null,
              text: '<b>x</b>',
              start: 5,
              end: 13,
            },
          ],
        },
        url: 'https://news.sina.com.cn/c/x.shtml',
      },
    ]
    for (const m of odd) {
      const accepted = acceptMessage(m, content, ID, ORIGIN) ?? acceptMessage(m, popup, ID, ORIGIN)
      expect(accepted, JSON.stringify(m)).not.toBeNull()
      const res = await handleRequest(accepted!.req, content, svc)
      expect(res, JSON.stringify(m)).toHaveProperty('ok')
      if (!res.ok) expect(res.error.code).toBe('invalid')
    }
    expect(polluted()).toEqual([])
    // The hostile page-analysed added one visited event at most; nothing was lost.
    expect(await db.events.count()).toBeGreaterThanOrEqual(count)
    expect(await db.events.count()).toBeLessThanOrEqual(count + 1)
  })
})
