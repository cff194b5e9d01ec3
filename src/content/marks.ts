// The content script's performance marks (`readout-lens:*`): stages of a run, read by the
// bench and the perf e2e. Diagnostics only: a page that breaks `performance` breaks nothing.

export function mark(name: string): void {
  try {
    performance.mark(`readout-lens:${name}`)
  } catch {
    // Diagnostics only.
  }
}

/** Every highlight is registered: `readout-lens:highlights`, and the `readout-lens:annotate`
 *  measure from the article mark. */
export function markPainted(startMark: string): void {
  try {
    performance.mark('readout-lens:highlights')
    performance.measure('readout-lens:annotate', startMark, 'readout-lens:highlights')
  } catch {
    // Diagnostics only.
  }
}
