import { describe, expect, it } from 'vitest'
import { acceptMessage, parseRequest } from '../../../src/background/validate-message'
import { MESSAGES } from '../../../src/shared/messages'
import { MAX_SAVED_PAGE_BASE64 } from '../../../src/shared/saved-pages'

const ID = 'abcdef'
const ORIGIN = 'chrome-extension://abcdef/'
const popup = { id: ID, url: `${ORIGIN}src/popup/index.html` }
const content = { id: ID, url: 'https://news.sina.com.cn/c/1.shtml', tab: { id: 3 } }
const wireArticle = {
  title: '习近平同普京通电话',
  published: null,
  outlet: null,
  url: 'https://news.sina.com.cn/c/1.shtml',
  site: 'sina',
  text: '新华社北京8月25日电\n习近平同普京通电话。',
  bounds: [0, 11, 12, 22],
}

describe('message validation', () => {
  it('accepts every message of the table', () => {
    const good = [
      { type: 'annotate-page', article: wireArticle, url: 'https://a' },
      { type: 'page-not-readout', url: 'https://a', confidence: 0.1 },
      { type: 'read-event', id: 'x' },
      { type: 'get-tab-status', tabId: 1 },
      { type: 'get-event', id: 'x' },
      {
        type: 'search',
        query: '普京',
        filters: { kind: 'call', yearFrom: 2020, category: 'economy' },
        limit: 20,
      },
      { type: 'index-info' },
      { type: 'annotate-tab', tabId: 4 },
      { type: 'open-reader', id: 'x' },
      { type: 'archive-start', from: '2023-01-01', to: '2023-01-31' },
      { type: 'archive-control', action: 'pause' },
      { type: 'archive-status' },
      { type: 'import-saved-page', name: 'a.html', data: 'PHA+PC9wPg==' },
      { type: 'get-history', counterpart: '普京' },
      { type: 'open-page', page: 'compare', query: 'a=x&b=y' },
      { type: 'track-phrase', phrase: '全球治理倡议' },
    ]
    expect(new Set(good.map((m) => m.type))).toEqual(new Set(Object.keys(MESSAGES)))
    for (const m of good) expect(parseRequest(m), m.type).not.toBeNull()
  })

  it('import-saved-page caps the file at MAX_SAVED_PAGE_BASE64', () => {
    const at = (n: number) => ({ type: 'import-saved-page', name: 'a', data: 'A'.repeat(n) })
    expect(parseRequest(at(MAX_SAVED_PAGE_BASE64))).not.toBeNull()
    expect(parseRequest(at(MAX_SAVED_PAGE_BASE64 + 1))).toBeNull()
  })

  it('open-page opens only the named extension pages', () => {
    expect(parseRequest({ type: 'open-page', page: 'timeline', query: '' })).not.toBeNull()
    expect(parseRequest({ type: 'open-page', page: 'options', query: '' })).toBeNull()
    expect(parseRequest({ type: 'open-page', page: '../../x', query: '' })).toBeNull()
    expect(parseRequest({ type: 'get-history', counterpart: 'x'.repeat(201) })).toBeNull()
  })

  it('rejects wrong shapes and unknown types', () => {
    const page = (article: unknown, url: unknown = 'https://a') => ({
      type: 'annotate-page',
      article,
      url,
    })
    const bad = [
      null,
      'search',
      { type: 'drop-database' },
      // Removed with the one-trip page flow: unknown now.
      { type: 'page-analysed', url: 'https://a' },
      { type: 'get-related', url: 'https://a' },
      { type: 'get-phrase-stats', keys: [] },
      { type: 'analyse-article', article: wireArticle },
      { type: 'search' },
      { type: 'search', query: 5 },
      { type: 'search', query: 'a', filters: { kind: 'phone' } },
      { type: 'search', query: 'a', limit: -1 },
      { type: 'track-phrase', phrase: 5 },
      { type: 'get-tab-status', tabId: '1' },
      { type: 'get-event', id: { $gt: '' } },
      page({ ...wireArticle, bounds: [0, 99] }),
      page({ ...wireArticle, bounds: [2, 1] }),
      page({ ...wireArticle, text: 5 }),
      page({ ...wireArticle, published: 'yesterday' }),
      page({ ...wireArticle, text: 'x'.repeat(4_000_001) }),
      // Stored sources are http(s) only: no javascript:/data: link can come back out.
      page(wireArticle, 'javascript:alert(1)'),
      page({ ...wireArticle, url: 'javascript:alert(1)' }),
      page(wireArticle, 42),
      { type: 'archive-start', from: '2023-02-30', to: '2023-03-01' },
      { type: 'archive-start', from: '2023-03-02', to: '2023-03-01' },
      {
        type: 'archive-start',
        from: '2023-03-01',
        to: '2023-03-01',
        politeness: { ratePerSecond: 1000 },
      },
      { type: 'archive-control', action: 'delete' },
    ]
    for (const m of bad) expect(parseRequest(m), JSON.stringify(m)).toBeNull()
  })

  it('checks the sender', () => {
    const search = { type: 'search', query: 'a' }
    expect(acceptMessage(search, popup, ID, ORIGIN)?.from).toBe('page')
    expect(acceptMessage(search, content, ID, ORIGIN)).toBeNull() // content scripts do not search
    expect(acceptMessage(search, { ...popup, id: 'other' }, ID, ORIGIN)).toBeNull()
    expect(acceptMessage({ type: 'annotate-tab', tabId: 3 }, content, ID, ORIGIN)).toBeNull()
    // Nothing of the index is handed to a web page's content script unasked.
    expect(acceptMessage({ type: 'get-event', id: 'x' }, content, ID, ORIGIN)).toBeNull()
    expect(acceptMessage({ type: 'read-event', id: 'x' }, content, ID, ORIGIN)).toBeNull()
    expect(acceptMessage({ type: 'index-info' }, content, ID, ORIGIN)).toBeNull()
    const annotate = { type: 'annotate-page', article: wireArticle, url: 'https://a' }
    expect(acceptMessage(annotate, content, ID, ORIGIN)?.from).toBe('content')
    expect(acceptMessage(annotate, popup, ID, ORIGIN)).toBeNull()
    expect(
      acceptMessage(annotate, { id: ID, url: 'file:///x', tab: { id: 1 } }, ID, ORIGIN),
    ).toBeNull()
    expect(acceptMessage({ type: 'get-tab-status', tabId: 3 }, content, ID, ORIGIN)).not.toBeNull()
    expect(acceptMessage({ type: 'get-tab-status', tabId: 9 }, content, ID, ORIGIN)).toBeNull()
  })
})
