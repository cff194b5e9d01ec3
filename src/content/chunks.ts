// Cooperative chunking: do work in slices of a few milliseconds and give the event loop back
// in between, so annotating a very long page never blocks input for more than one slice.

export interface ChunkOptions {
  /** Time budget per slice in ms (keep well under the 50 ms long-task threshold). */
  budgetMs?: number
  signal?: AbortSignal
  /** Clock, injectable for tests. */
  now?: () => number
}

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

/**
 * Call `fn` for every item, yielding whenever the slice budget is spent.
 * Returns the number of slices used (1 = never yielded). Throws AbortedError when aborted.
 */
export async function forEachChunked<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  opts: ChunkOptions = {},
): Promise<number> {
  const budget = opts.budgetMs ?? 8
  const now = opts.now ?? (() => performance.now())
  let slices = 1
  let sliceStart = now()
  for (let i = 0; i < items.length; i++) {
    if (opts.signal?.aborted) throw new AbortedError()
    fn(items[i]!, i)
    // Checking the clock every item is cheap next to building a Range.
    if (i + 1 < items.length && now() - sliceStart >= budget) {
      await yieldToEventLoop()
      slices++
      sliceStart = now()
    }
  }
  if (opts.signal?.aborted) throw new AbortedError()
  return slices
}

/** Split [0, length) into pieces of at most `size`, cutting at the last `cut` index ≤ each limit when possible. */
export function splitAt(
  length: number,
  size: number,
  cuts: readonly number[],
): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  let ci = 0
  while (from < length) {
    const limit = from + size
    if (limit >= length) {
      out.push([from, length])
      break
    }
    let to = -1
    while (ci < cuts.length && cuts[ci]! <= limit) {
      if (cuts[ci]! > from) to = cuts[ci]!
      ci++
    }
    if (to < 0) to = limit
    out.push([from, to])
    from = to
  }
  return out
}
