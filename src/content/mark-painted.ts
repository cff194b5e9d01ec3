// The moment every highlight of a page is registered: `readout-lens:highlights`, and the
// `readout-lens:annotate` measure from the article mark (the bench and the perf e2e read them).
export function markPainted(startMark: string): void {
  try {
    performance.mark('readout-lens:highlights')
    performance.measure('readout-lens:annotate', startMark, 'readout-lens:highlights')
  } catch {
    // Marks are diagnostics only.
  }
}
