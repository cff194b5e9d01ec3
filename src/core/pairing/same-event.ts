// Are two readouts — typically one Chinese, one English — of the same call or meeting?
// Yes when both name an event whose date agrees within a day (the sides date by their own
// time zones: a call on the evening of the 28th in Washington is the morning of the 29th in
// Beijing) and whose participants agree through the name table (拜登 = Biden, 川普 = 特朗普).
import { parseISODate } from '../dates'
import { canonicalZh, NAMES, type NameTable } from '../en/names'
import type { Analysis, ReadoutEvent } from '../types'

/** How many days apart two readouts of one event may date it. */
export const MAX_DAYS_APART = 1

export interface Pairing {
  sameEvent: boolean
  /** Days between the two dates (B − A), null when either is unknown. */
  days: number | null
  /** Canonical names both events name. */
  shared: string[]
  /** Why not, when not (`date`, `participants`, `no-event`). */
  mismatch: Array<'no-event' | 'date' | 'participants'>
}

function dayNumber(date: string | null): number | null {
  const d = parseISODate(date)
  return d ? Date.UTC(d.year, d.month - 1, d.day) / 86_400_000 : null
}

function names(ev: ReadoutEvent, table: NameTable): Set<string> {
  const out = new Set(ev.participants.map((p) => canonicalZh(p, table)))
  if (ev.counterpart) out.add(canonicalZh(ev.counterpart.name, table))
  return out
}

export function pairEvents(
  a: ReadoutEvent | null,
  b: ReadoutEvent | null,
  table: NameTable = NAMES,
): Pairing {
  if (!a || !b) return { sameEvent: false, days: null, shared: [], mismatch: ['no-event'] }
  const da = dayNumber(a.date)
  const db = dayNumber(b.date)
  const days = da !== null && db !== null ? db - da : null
  const nb = names(b, table)
  const shared = [...names(a, table)].filter((n) => nb.has(n))
  // Both leaders must agree: the counterpart of each and, when both give two, the other one too.
  const ca = a.counterpart ? canonicalZh(a.counterpart.name, table) : null
  const cb = b.counterpart ? canonicalZh(b.counterpart.name, table) : null
  const counterpartAgrees = ca !== null && cb !== null && ca === cb
  const bothTwo = a.participants.length >= 2 && b.participants.length >= 2
  const participantsAgree = counterpartAgrees && (!bothTwo || shared.length >= 2)
  const mismatch: Pairing['mismatch'] = []
  if (days === null || Math.abs(days) > MAX_DAYS_APART) mismatch.push('date')
  if (!participantsAgree) mismatch.push('participants')
  return { sameEvent: mismatch.length === 0, days, shared, mismatch }
}

export function pairReadouts(a: Analysis, b: Analysis, table: NameTable = NAMES): Pairing {
  return pairEvents(a.event, b.event, table)
}
