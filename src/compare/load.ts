// Which two readouts the compare page shows: `?a=<id>&b=<id>`, or `?b=<id>` alone, then A is
// the latest earlier event with B's counterpart; `?b=<id>&side=en` (optionally `&src=<url>`)
// compares event B's Chinese readout with the English readout stored as its side. All come
// from the index via the background.
import type { HistoryEntry } from '../core/compare'
import type { IndexedEvent, SideText } from '../core/types'
import { send } from '../shared/ext'
import type { LensError } from '../shared/messages'

export type Loaded =
  | { state: 'ok'; a: IndexedEvent; b: IndexedEvent; history: HistoryEntry[] }
  | { state: 'sides'; event: IndexedEvent; side: SideText }
  | { state: 'no-side'; id: string }
  | { state: 'need-ids' }
  | { state: 'not-found'; id: string }
  | { state: 'no-earlier' }
  | { state: 'error'; error: LensError }

async function getEvent(id: string): Promise<IndexedEvent | null | LensError> {
  const res = await send({ type: 'get-event', id })
  return res.ok ? res.event : res.error
}

const isError = (v: unknown): v is LensError => !!v && typeof v === 'object' && 'code' in v

export async function loadPair(params: URLSearchParams): Promise<Loaded> {
  const bId = params.get('b')
  let aId = params.get('a')
  if (!bId) return { state: 'need-ids' }
  const b = await getEvent(bId)
  if (isError(b)) return { state: 'error', error: b }
  if (!b) return { state: 'not-found', id: bId }
  if (params.get('side') === 'en') {
    const src = params.get('src')
    const sides = b.language === 'en' ? [] : (b.sides ?? [])
    const side = sides.find((s) => !src || s.source.url === src) ?? sides[0]
    return side ? { state: 'sides', event: b, side } : { state: 'no-side', id: bId }
  }
  const cp = b.counterpart?.name
  const hist = cp ? await send({ type: 'get-history', counterpart: cp }) : null
  if (hist && !hist.ok) return { state: 'error', error: hist.error }
  const history = hist?.ok ? hist.history : []
  if (!aId) {
    const at = history.findIndex((h) => h.id === b.id)
    const before = history.slice(at + 1).find((h) => h.date !== null)
    if (!before) return { state: 'no-earlier' }
    aId = before.id
  }
  const a = await getEvent(aId)
  if (isError(a)) return { state: 'error', error: a }
  if (!a) return { state: 'not-found', id: aId }
  return { state: 'ok', a, b, history }
}
