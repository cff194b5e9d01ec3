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
import type { CorpusIndex } from '../../../src/core/types'
import type { Request, TabStatus } from '../../../src/shared/messages'
import { freshDb, testServices } from '../store/helpers'

const ID = 'abcdefghijklmnopabcdefghijklmnop'
const ORIGIN = `chrome-extension://${ID}/`
const popup = { id: ID, url: `${ORIGIN}src/popup/index.html` }
const content = { id: ID, url: 'https://news.sina.com.cn/c/1.shtml', tab: { id: 3 } }

const polluted = () =>
  ['polluted', 'isAdmin', 'kind', 'type', 'query'].filter(
    (k) => (Object.prototype as Record<string, unknown>)[k] !== undefined,
  )

afterEach(() => {
  // A test that polluted the prototype must not poison the next one.
  for (const k of polluted()) delete (Object.prototype as Record<string, unknown>)[k]
})

/** A valid annotate-page article; the cases below break one field each. A page can send only
 * its article: the analysis (turns, phrases, offsets) is the background's own. */
const WIRE = {
  title: 't',
  published: null,
  outlet: null,
  url: 'https://news.sina.com.cn/c/1.shtml',
  text: '习近平同普京通电话。',
  bounds: [0, 10],
}

const MARKUP = '<b>习近平同普京通电话。</b><script>alert(1)</script>'
const page = (article: unknown, url: unknown = 'https://news.sina.com.cn/c/1.shtml') => ({
  type: 'annotate-page',
  article,
  url,
})

describe('hostile messages are dropped', () => {
  it('never throws and never accepts a non-contract value (any JSON, 3,000 random values)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
          fc.record({ type: fc.string(), tabId: fc.anything() }),
          fc.record({
            type: fc.constantFrom('annotate-page', 'read-event', 'search', 'get-event'),
            article: fc.anything(),
            query: fc.anything(),
            id: fc.anything(),
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
            if (req.type === 'annotate-page') {
              expect(typeof req.article.text).toBe('string')
              expect(req.url).toMatch(/^https?:\/\//)
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
      page({ ...WIRE, bounds: [0, Number.NaN] }),
      page({ ...WIRE, bounds: [0, 1, 0, 1] }),
      page({ ...WIRE, bounds: new Array(400_002).fill(0) }),
      page({ ...WIRE, text: ['习近平'] }),
      page({ ...WIRE, url: 'x'.repeat(8001) }),
      page({ ...WIRE, title: 5 }),
      page({ ...WIRE, outlet: {} }),
      page({ ...WIRE, site: 'x'.repeat(51) }),
      page(null),
      { type: 'annotate-page', article: WIRE },
      { type: 'page-not-readout', url: 'u', confidence: NaN },
      { type: 'page-not-readout', url: 'u', confidence: '1' },
      { type: 'read-event', id: 5 },
      { type: 'open-reader', id: null },
      // Stored sources are http(s) only: no javascript:/data: link can come back out.
      page(WIRE, 'javascript:alert(1)'),
      page(WIRE, 'data:text/html,<script>alert(1)</script>'),
      page({ ...WIRE, url: 'javascript:alert(1)' }),
      page(WIRE, 42),
    ]
    for (const m of bad) expect(parseRequest(m), JSON.stringify(m)).toBeNull()
  })

  it('rejects huge payloads', () => {
    const big = (n: number) => 'x'.repeat(n)
    const bad: unknown[] = [
      { type: 'search', query: big(1001) },
      { type: 'get-event', id: big(501) },
      { type: 'read-event', id: big(501) },
      { type: 'page-not-readout', url: big(8001), confidence: 0 },
      page({ ...WIRE, title: big(2001) }),
      page({ ...WIRE, text: big(4_000_001), bounds: [0, 4_000_001] }),
      page({ ...WIRE, bounds: Array.from({ length: 400_002 }, (_, i) => i) }),
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
      '{"type":"annotate-page","url":"https://a/","article":{"__proto__":{"text":"x","bounds":[]}}}',
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
    const annotate = page(WIRE)
    expect(acceptMessage(annotate, popup, ID, ORIGIN)).toBeNull()
    expect(acceptMessage(annotate, content, ID, ORIGIN)?.from).toBe('content')
    // The index is read by our own pages only.
    for (const m of [
      { type: 'get-event', id: 'x' },
      { type: 'read-event', id: 'x' },
      { type: 'index-info' },
    ])
      expect(acceptMessage(m, content, ID, ORIGIN)).toBeNull()
  })
})

describe('what passes the gate is harmless to the handlers', () => {
  const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex

  function services(db: ReturnType<typeof freshDb>['db']): Services {
    const tabs = new Map<number, TabStatus>()
    return testServices(db, {
      getTabStatus: async (id) => tabs.get(id) ?? null,
      setTabStatus: async (id, s) => void tabs.set(id, s),
    })
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
      { type: 'search', query: '.*(' },
      { type: 'search', query: '\u0000\ud800' },
      { type: 'search', query: '普'.repeat(1000), limit: 100_000 },
      JSON.parse('{"type":"search","query":"普京","filters":{"__proto__":{"kind":"call"}}}'),
      { type: 'search', query: '普京', filters: { yearFrom: 3000, yearTo: 0 } },
      JSON.parse('{"type":"read-event","id":"__proto__"}'),
      {
        // Markup in the article: analysed and stored as text, never trusted as markup.
        ...page({
          ...WIRE,
          title: '<img src=x onerror=alert(1)>',
          text: MARKUP,
          bounds: [0, MARKUP.length],
        }),
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
    // The hostile page added one visited event at most; nothing was lost.
    expect(await db.events.count()).toBeGreaterThanOrEqual(count)
    expect(await db.events.count()).toBeLessThanOrEqual(count + 1)
  })
})
