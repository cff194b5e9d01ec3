// One id per real-world event, so every outlet's copy of the same call lands on the same row.
import type { ReadoutEvent } from '../types'

export function eventIdFor(ev: ReadoutEvent): string {
  return `${ev.date ?? 'undated'}:${ev.kind}:${ev.counterpart?.name ?? 'unknown'}`
}
