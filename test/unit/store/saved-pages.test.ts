// "Import saved pages" in the background, in Node: the real intake (linkedom for the DOM, as
// build-index), the real analysis and the real index (fake-indexeddb). Each file gets one report;
// a re-import is a duplicate, the same event from another outlet merges into it, and a full
// index is a `quota` failure that writes nothing.
import { describe, expect, it } from 'vitest'
import { handleRequest, type Services } from '../../../src/background/handlers'
import { dropSearchCache } from '../../../src/background/search/cache'
import { documentOf } from '../../../src/node/load-article'
import type { SavedPageReport } from '../../../src/shared/saved-pages'
import { MAX_SAVED_PAGE_BYTES } from '../../../src/shared/saved-pages'
import { readSource } from '../../../src/sites/source-article'
import { encodeGbk } from '../../gbk-encode'
import { freshDb, testServices } from './helpers'

const READOUT = [
  '国家主席习近平3月5日晚同法国总统马克龙通电话。',
  '习近平指出，中法两国是全面战略伙伴，双方要加强对话，深化各领域务实合作。',
  '马克龙表示，法方愿同中方一道，推动法中关系取得新的发展。',
]

const markdown = `---\ntitle: 习近平同法国总统马克龙通电话\ndate: 2024-03-05\nsource_url: https://www.news.cn/politics/20240305/abc.html\n---\n\n${READOUT.join('\n\n')}\n`

const gbkPage = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>习近平同法国总统马克龙通电话</title>
<link rel="canonical" href="https://news.sina.com.cn/c/2024-03-05/doc-savedpage.shtml"></head>
<body><h1 class="main-title">习近平同法国总统马克龙通电话</h1>
<div id="artibody">${READOUT.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const utf8 = (s: string) => new TextEncoder().encode(s)

function services(db: ReturnType<typeof freshDb>['db']): Services {
  return testServices(db, {
    readSource: async (text) => readSource(text, documentOf),
  })
}

const fromOptions = { id: 'ext', url: 'chrome-extension://ext/src/options/index.html' }

async function importFile(svc: Services, name: string, bytes: Uint8Array) {
  return handleRequest({ type: 'import-saved-page', name, data: b64(bytes) }, fromOptions, svc)
}

async function report(svc: Services, name: string, bytes: Uint8Array): Promise<SavedPageReport> {
  const r = await importFile(svc, name, bytes)
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`)
  return r.report
}

describe('import-saved-page', () => {
  it('adds, merges the same event from another outlet, and adds nothing on a re-import', async () => {
    dropSearchCache()
    const { db } = freshDb()
    const svc = services(db)
    const md = await report(svc, 'call.md', utf8(markdown))
    expect(md).toMatchObject({
      result: 'added',
      event: {
        id: '2024-03-05:call:马克龙',
        date: '2024-03-05',
        kind: 'call',
        counterpart: '马克龙',
      },
    })
    // The same call in a GBK page saved from Sina: decoded by its declared charset, read by
    // the Sina adapter, merged into the stored event.
    const page = await report(svc, 'sina.html', encodeGbk(gbkPage))
    expect(page).toMatchObject({ result: 'merged', event: { id: '2024-03-05:call:马克龙' } })
    expect(await db.events.count()).toBe(1)
    const stored = await db.events.get('2024-03-05:call:马克龙')
    expect(stored).toBeDefined()

    expect(await report(svc, 'call.md', utf8(markdown))).toMatchObject({ result: 'duplicate' })
    expect(await report(svc, 'sina.html', encodeGbk(gbkPage))).toMatchObject({
      result: 'duplicate',
    })
    expect(await db.events.count()).toBe(1)
  })

  it('says why a file is no readout or cannot be read', async () => {
    dropSearchCache()
    const { db } = freshDb()
    const svc = services(db)
    const notes =
      '今天天气很好，我们去公园散步，看了很多花，也拍了一些照片。\n晚上回家做饭，吃完饭看书。'
    expect(await report(svc, 'notes.txt', utf8(notes))).toMatchObject({
      result: 'not-readout',
      noEvent: false,
    })
    expect(
      await report(svc, 'x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])),
    ).toMatchObject({
      result: 'unreadable',
      reason: 'binary',
    })
    expect(await report(svc, 'empty.txt', new Uint8Array())).toMatchObject({
      result: 'unreadable',
      reason: 'empty',
    })
    expect(await report(svc, 'bad.txt', new Uint8Array([0x61, 0xff, 0xff, 0x62]))).toMatchObject({
      result: 'unreadable',
      reason: 'encoding',
    })
    expect(
      await report(
        svc,
        'nav.html',
        utf8('<html><body><nav><a href="/">首页</a></nav></body></html>'),
      ),
    ).toMatchObject({ result: 'unreadable', reason: 'no-body' })
    expect(
      await report(svc, 'big.txt', new Uint8Array(MAX_SAVED_PAGE_BYTES + 1).fill(0x61)),
    ).toMatchObject({
      result: 'unreadable',
      reason: 'too-large',
    })
    expect(await db.events.count()).toBe(0)
  })

  it('answers `quota` when the index is full and writes nothing of the file', async () => {
    dropSearchCache()
    const { db } = freshDb()
    const svc = services(db)
    const original = db.tail.bulkPut.bind(db.tail)
    db.tail.bulkPut = (() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }) as unknown as typeof original
    const r = await importFile(svc, 'call.md', utf8(markdown))
    db.tail.bulkPut = original
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } })
    expect(await db.events.count()).toBe(0)
    expect(await report(svc, 'call.md', utf8(markdown))).toMatchObject({ result: 'added' })
  })
})
