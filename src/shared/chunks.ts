// Cooperative chunking: long work (analysis of a huge page in the page, painting) gives the
// event loop back between slices, so annotating never blocks input for more than one slice.

type SchedulerLike = { yield?: () => Promise<void> }

/** Resolve on the next macrotask: scheduler.yield where available, else a MessageChannel ping. */
export function yieldToEventLoop(): Promise<void> {
  const sched = (globalThis as { scheduler?: SchedulerLike }).scheduler
  if (sched?.yield) return sched.yield()
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => {
        ch.port1.close()
        resolve()
      }
      ch.port2.postMessage(null)
    })
  }
  return new Promise((resolve) => setTimeout(resolve, 0))
}

export class AbortedError extends Error {
  constructor() {
    super('aborted')
    this.name = 'AbortError'
  }
}
