// Every schema version must open a database written by each earlier one without losing a row.
// The schemas below are frozen copies of what each version declared: never edit them, add one.
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { LensDb } from '../../../src/shared/db/schema'
import { encodeIds } from '../../../src/shared/index/postings'

const FROZEN: Record<number, Record<string, string>> = {
  1: {
    events: 'id, &ord, counterpartName, date, *phraseDates',
    texts: 'ord',
    bodies: 'ord',
    folded: 'ord',
    postings: 'g',
    tail: 'ord',
    meta: 'key',
  },
}

/** Rows as version 1 wrote them. */
async function writeV1(factory: IDBFactory) {
  const old = new Dexie('readout-lens', { indexedDB: factory, IDBKeyRange })
  old.version(1).stores(FROZEN[1]!)
  await old.open()
  const ev = {
    id: '2021-08-25:call:普京',
    ord: 0,
    date: '2021-08-25',
    kind: 'call',
    title: 't',
    counterpart: { name: '普京', country: '俄罗斯', title: '总统' },
    counterpartName: '普京',
    participants: ['习近平', '普京'],
    requestedBy: null,
    place: null,
    sources: [{ url: 'https://news.cn/x', outlet: '新华社', title: 't', published: '2021-08-25' }],
    origin: 'visited',
    phraseDates: ['中俄关系\u00012021-08-25'],
  }
  await old.table('events').put(ev)
  await old.table('texts').put({ ord: 0, text: '中俄关系' })
  await old.table('bodies').put({ ord: 0, turns: [], phrases: [], mentions: [] })
  await old.table('folded').put({ ord: 0, f: '中俄关系' })
  await old.table('postings').put({ g: 0x4e2d * 65536 + 0x4fc4, n: 1, last: 0, b: encodeIds([0]) })
  await old.table('tail').put({ ord: 0, grams: Uint32Array.from([1, 2]) })
  await old.table('meta').put({ key: 'seed', value: { version: 'v', done: 1, total: 1 } })
  old.close()
}

describe('schema upgrades', () => {
  for (const v of Object.keys(FROZEN).map(Number)) {
    it(`opens a v${v} database with the current schema and keeps every row`, async () => {
      const factory = new IDBFactory()
      await writeV1(factory)
      const db = new LensDb('readout-lens', { indexedDB: factory, IDBKeyRange })
      await db.open()
      expect(db.verno).toBeGreaterThanOrEqual(v)
      expect(await db.events.count()).toBe(1)
      expect(await db.bodies.count()).toBe(1)
      expect(await db.texts.count()).toBe(1)
      expect(await db.folded.count()).toBe(1)
      expect(await db.postings.count()).toBe(1)
      expect(await db.tail.count()).toBe(1)
      expect((await db.events.get('2021-08-25:call:普京'))?.origin).toBe('visited')
      expect(await db.events.where('phraseDates').startsWith('中俄关系').count()).toBe(1)
      db.close()
    })
  }
})
