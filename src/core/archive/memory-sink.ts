// An EventSink over an in-memory event list (the CLI's index file): same id → merged with
// mergeIndexedEvents, so a rerun changes nothing and other outlets' copies gain a source.
import { mergeIndexedEvents } from '../index/merge'
import type { IndexedEvent } from '../types'
import type { EventSink, PutOutcome } from './job'

export interface MemorySink extends EventSink {
  events(): IndexedEvent[]
}

export function memorySink(initial: IndexedEvent[]): MemorySink {
  const byId = new Map(initial.map((e) => [e.id, e]))
  return {
    async put(ev): Promise<PutOutcome> {
      const prev = byId.get(ev.id)
      if (!prev) {
        byId.set(ev.id, ev)
        return 'added'
      }
      const merged = mergeIndexedEvents(prev, ev)
      if (JSON.stringify(merged) === JSON.stringify(prev)) return 'unchanged'
      byId.set(ev.id, merged)
      return 'merged'
    },
    events: () => [...byId.values()],
  }
}
