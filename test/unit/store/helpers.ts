// Test helpers: isolated fake-indexeddb databases and hand-made IndexedEvents (no analysis
// needed: the store only cares about the row shape and the text).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { gramsOf } from '../../../src/core/search-tokens'
import type { Counterpart, EventKind, IndexedEvent, PhraseCategory } from '../../../src/core/types'
import type { Services } from '../../../src/background/handlers'
import { LensDb } from '../../../src/shared/db/schema'
import { defaultSettings } from '../../../src/shared/settings'
import { searchText } from '../../../src/shared/index/rows'

export function freshDb(name = 'readout-lens'): { db: LensDb; factory: IDBFactory } {
  const factory = new IDBFactory()
  return { db: new LensDb(name, { indexedDB: factory, IDBKeyRange }), factory }
}

/** Background services over `db` that do nothing else (default settings, no tabs, no pages);
 *  a test overrides the ones it watches. */
export function testServices(
  db: LensDb | Promise<LensDb>,
  overrides: Partial<Services> = {},
): Services {
  return {
    db: async () => db,
    settings: async () => defaultSettings(),
    saveSettings: async () => undefined,
    getTabStatus: async () => null,
    setTabStatus: async () => undefined,
    annotateTab: async () => undefined,
    openReader: async () => undefined,
    openPage: async () => undefined,
    storageUsage: async () => null,
    later: () => undefined,
    ...overrides,
  }
}

export interface EventSpec {
  date?: string | null
  kind?: EventKind
  counterpart?: string | null
  title?: string
  url?: string | null
  outlet?: string | null
  phrases?: Array<[string, PhraseCategory]>
  origin?: IndexedEvent['origin']
}

export function makeEvent(text: string, spec: EventSpec = {}): IndexedEvent {
  const date = spec.date === undefined ? '2022-01-01' : spec.date
  const kind = spec.kind ?? 'call'
  const cpName = spec.counterpart === undefined ? '普京' : spec.counterpart
  const counterpart: Counterpart | null = cpName
    ? { name: cpName, country: null, title: null }
    : null
  const title = spec.title ?? `习近平同${cpName ?? '某人'}通电话`
  const sources = [
    { url: spec.url ?? null, outlet: spec.outlet ?? '新华社', title, published: date },
  ]
  const phrases = (spec.phrases ?? []).flatMap(([p, category]) => {
    const at = text.indexOf(p)
    return at < 0 ? [] : [{ text: p, key: p, category, start: at, end: at + p.length }]
  })
  const ev: IndexedEvent = {
    id: `${date ?? 'undated'}:${kind}:${cpName ?? 'unknown'}`,
    date,
    kind,
    title,
    counterpart,
    participants: ['习近平', ...(cpName ? [cpName] : [])],
    requestedBy: null,
    place: null,
    sources,
    text,
    turns: [],
    phrases,
    mentions: [],
    origin: spec.origin ?? 'built-in',
    grams: [],
  }
  ev.grams = gramsOf(searchText(ev))
  return ev
}
