// A write that moves `gen` (stored rows rewritten: an import in the options page, a tail merge)
// says so on a BroadcastChannel, so the background drops the rows it keeps as soon as it
// happens: the next page's novelty then reads its rows while the page is analysed, instead of
// finding the cache stale only after. A hint only — `gen` in the database stays the truth.
const CHANNEL = 'readout-lens:index-gen'

export function announceGenMoved(): void {
  if (typeof BroadcastChannel === 'undefined') return
  const ch = new BroadcastChannel(CHANNEL)
  ch.postMessage(null)
  ch.close()
}

/** Calls `moved` whenever any context of the extension moved `gen`; returns the unsubscribe. */
export function onGenMoved(moved: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const ch = new BroadcastChannel(CHANNEL)
  ch.onmessage = moved
  return () => ch.close()
}
