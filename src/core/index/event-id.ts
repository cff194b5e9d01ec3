// One id per real-world event, so every outlet's copy of the same call lands on the same row:
// two copies merge only when date, kind and counterpart all agree. An undated event cannot be
// matched to another copy, so its id also carries where it came from (URL, else title): two
// undated meetings with the same counterpart never merge.
import type { ReadoutEvent } from '../types'

export function eventIdFor(ev: ReadoutEvent, source: string | null = null): string {
  const base = `${ev.date ?? 'undated'}:${ev.kind}:${ev.counterpart?.name ?? 'unknown'}`
  return ev.date ? base : `${base}:${source ?? ''}`
}

/** The source part of an undated event's id: the page's URL, else its title. */
export function eventSource(a: { url: string | null; title: string }): string {
  return a.url ?? a.title
}

/** The id of an analysed page's own event (null without one). */
export function analysisEventId(a: {
  event: ReadoutEvent | null
  url: string | null
  title: string
}): string | null {
  return a.event ? eventIdFor(a.event, eventSource(a)) : null
}
