import { describe, expect, it } from 'vitest'
import { acceptMessage, parseRequest } from '../../../src/background/validate-message'

const ID = 'abcdef'
const ORIGIN = 'chrome-extension://abcdef/'
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
    counterpart: null,
    requestedBy: null,
    place: null,
  },
  turns: [{ speaker: null, verb: null, text: 'ab', start: 0, end: 2 }],
  phrases: [],
  mentions: [],
}

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
  it('accepts every contract shape', () => {
    const good = [
      { type: 'page-analysed', analysis, url: 'https://a' },
      { type: 'page-not-readout', url: 'https://a', confidence: 0.1 },
      { type: 'analyse-article', article: wireArticle },
      { type: 'get-tab-status', tabId: 1 },
      { type: 'get-related', analysis, url: 'https://a' },
      { type: 'get-phrase-stats', keys: ['中俄关系'], excludeEventId: 'x' },
      { type: 'get-event', id: 'x' },
      {
        type: 'search',
        query: '普京',
        filters: { kind: 'call', yearFrom: 2020, category: 'economy' },
        limit: 20,
      },
      { type: 'index-info' },
      { type: 'annotate-tab', tabId: 4 },
    ]
    for (const m of good) expect(parseRequest(m), m.type).not.toBeNull()
  })

  it('rejects wrong shapes and unknown types', () => {
    const bad = [
      null,
      'search',
      { type: 'drop-database' },
      { type: 'search' },
      { type: 'search', query: 5 },
      { type: 'search', query: 'a', filters: { kind: 'phone' } },
      { type: 'search', query: 'a', limit: -1 },
      { type: 'get-tab-status', tabId: '1' },
      { type: 'get-event', id: { $gt: '' } },
      {
        type: 'page-analysed',
        analysis: { ...analysis, turns: [{ text: 'x', start: 5, end: 1 }] },
        url: 'u',
      },
      {
        type: 'page-analysed',
        analysis: { ...analysis, event: { ...analysis.event, kind: 'x' } },
        url: 'u',
      },
      { type: 'get-phrase-stats', keys: 'a' },
      { type: 'analyse-article', article: { ...wireArticle, bounds: [0, 99] } },
      { type: 'analyse-article', article: { ...wireArticle, bounds: [2, 1] } },
      { type: 'analyse-article', article: { ...wireArticle, text: 5 } },
      { type: 'analyse-article', article: { ...wireArticle, published: 'yesterday' } },
      { type: 'analyse-article', article: { ...wireArticle, text: 'x'.repeat(4_000_001) } },
    ]
    for (const m of bad) expect(parseRequest(m)).toBeNull()
  })

  it('checks the sender', () => {
    const search = { type: 'search', query: 'a' }
    expect(acceptMessage(search, popup, ID, ORIGIN)?.from).toBe('page')
    expect(acceptMessage(search, content, ID, ORIGIN)).toBeNull() // content scripts do not search
    expect(acceptMessage(search, { ...popup, id: 'other' }, ID, ORIGIN)).toBeNull()
    expect(acceptMessage({ type: 'annotate-tab', tabId: 3 }, content, ID, ORIGIN)).toBeNull()
    const analysed = { type: 'page-analysed', analysis, url: 'https://a' }
    expect(acceptMessage(analysed, content, ID, ORIGIN)?.from).toBe('content')
    expect(acceptMessage(analysed, popup, ID, ORIGIN)).toBeNull()
    expect(
      acceptMessage(analysed, { id: ID, url: 'file:///x', tab: { id: 1 } }, ID, ORIGIN),
    ).toBeNull()
    const analyse = { type: 'analyse-article', article: wireArticle }
    expect(acceptMessage(analyse, content, ID, ORIGIN)?.from).toBe('content')
    expect(acceptMessage(analyse, popup, ID, ORIGIN)).toBeNull()
    expect(acceptMessage({ type: 'get-tab-status', tabId: 3 }, content, ID, ORIGIN)).not.toBeNull()
    expect(acceptMessage({ type: 'get-tab-status', tabId: 9 }, content, ID, ORIGIN)).toBeNull()
  })
})
