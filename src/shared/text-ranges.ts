// Map offsets in `CollectedText.text` back to DOM text nodes (pure: no Range construction here,
// so it runs on a linkedom document in Node). `nodes` is sorted by `start`; the '\n' inserted
// at block boundaries belongs to no node, so a boundary that falls into such a gap snaps to
// the nearest real character (forward for a start, backward for an end).

export interface NodeStart {
  node: Text
  start: number
}

export interface TextBoundaries {
  startNode: Text
  startOffset: number
  endNode: Text
  endOffset: number
}

/**
 * Index of the last node whose start is ≤ offset, or -1. `from`: a node known to start at or
 * before `offset` (the previous span's, when spans come in text order) — the answer is then
 * usually a step or two away, not a binary search away.
 */
export function nodeIndexAt(nodes: readonly NodeStart[], offset: number, from = -1): number {
  let lo = 0
  if (from >= 0 && from < nodes.length && nodes[from]!.start <= offset) {
    let i = from
    for (let k = 0; k < 4; k++) {
      if (i + 1 >= nodes.length || nodes[i + 1]!.start > offset) return i
      i++
    }
    lo = i
  }
  let hi = nodes.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (nodes[mid]!.start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** DOM boundaries of the text [start, end), or null when no node holds any of it. */
export function boundariesFor(
  nodes: readonly NodeStart[],
  start: number,
  end: number,
  /** Carried from span to span: where the last lookup landed (see nodeIndexAt's `from`). */
  hint?: { at: number },
): TextBoundaries | null {
  if (end <= start || nodes.length === 0) return null
  let si = nodeIndexAt(nodes, start, hint?.at)
  if (hint) hint.at = si
  let startOffset: number
  if (si < 0) {
    si = 0
    startOffset = 0
  } else {
    const n = nodes[si]!
    startOffset = start - n.start
    if (startOffset >= n.node.data.length) {
      // In the gap after this node: begin at the next node.
      si += 1
      startOffset = 0
    }
  }
  const first = nodes[si]
  if (!first || first.start >= end) return null

  // The end boundary lives in the last node that starts before `end`.
  const ei = nodeIndexAt(nodes, end - 1, si)
  if (ei < si) return null
  const last = nodes[ei]!
  const endOffset = Math.min(end - last.start, last.node.data.length)
  if (ei === si && endOffset <= startOffset) return null
  return { startNode: first.node, startOffset, endNode: last.node, endOffset }
}
