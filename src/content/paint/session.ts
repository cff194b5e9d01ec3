// Turn an Analysis into painted highlights on a document: offsets → DOM boundaries (binary
// search over the collected text nodes) → ranges, built in time-boxed slices, then each group
// registered in one go.
import type { Analysis } from '../../core/types'
import { forEachChunked } from '../chunks'
import { boundariesFor, type NodeStart, type TextBoundaries } from '../text-ranges'
import type { Painter } from './painter'
import { planPaint, type PaintPlan } from './plan'

export interface PaintSession {
  plan: PaintPlan
  painter: Painter
  turnBounds: Array<TextBoundaries | null>
  phraseBounds: Array<TextBoundaries | null>
  mentionBounds: Array<TextBoundaries | null>
  /** Number of ranges registered. */
  rangeCount: number
}

function toRange(doc: Document, b: TextBoundaries, live: boolean): AbstractRange | null {
  try {
    if (!live && typeof StaticRange === 'function') {
      return new StaticRange({
        startContainer: b.startNode,
        startOffset: b.startOffset,
        endContainer: b.endNode,
        endOffset: b.endOffset,
      })
    }
    const r = doc.createRange()
    r.setStart(b.startNode, b.startOffset)
    r.setEnd(b.endNode, b.endOffset)
    return r
  } catch {
    // A node changed length since collection: skip this span.
    return null
  }
}

/** A live Range (for measuring and scrolling), or null when the nodes are gone. */
export function liveRange(doc: Document, b: TextBoundaries | null): Range | null {
  if (!b || !b.startNode.isConnected || !b.endNode.isConnected) return null
  return toRange(doc, b, true) as Range | null
}

export async function paintAnalysis(
  doc: Document,
  nodes: readonly NodeStart[],
  analysis: Analysis,
  painter: Painter,
  signal?: AbortSignal,
  plan: PaintPlan = planPaint(analysis),
): Promise<PaintSession> {
  const turnBounds: Array<TextBoundaries | null> = new Array(analysis.turns.length).fill(null)
  const phraseBounds: Array<TextBoundaries | null> = new Array(analysis.phrases.length).fill(null)
  const mentionBounds: Array<TextBoundaries | null> = new Array(analysis.mentions.length).fill(null)
  const boundsFor = { speaker: turnBounds, phrase: phraseBounds, mention: mentionBounds }

  // Flatten all spans so one chunked loop covers every group.
  const work: Array<{ g: number; j: number }> = []
  plan.groups.forEach((g, gi) => g.spans.forEach((_, j) => work.push({ g: gi, j })))
  const ranges: AbstractRange[][] = plan.groups.map(() => [])
  const live = painter.needsLiveRanges
  await forEachChunked(
    work,
    ({ g, j }) => {
      const group = plan.groups[g]!
      const [start, end] = group.spans[j]!
      const b = boundariesFor(nodes, start, end)
      boundsFor[group.kind][group.items[j]!] = b
      if (!b) return
      const r = toRange(doc, b, live)
      if (r) ranges[g]!.push(r)
    },
    { signal, budgetMs: 6 },
  )
  // Narration turns are not painted but the panel still scrolls to them.
  analysis.turns.forEach((t, i) => {
    if (!turnBounds[i]) turnBounds[i] = boundariesFor(nodes, t.start, t.end)
  })

  let rangeCount = 0
  plan.groups.forEach((g, gi) => {
    painter.add(g.name, ranges[gi]!, g.priority)
    rangeCount += ranges[gi]!.length
  })
  return { plan, painter, turnBounds, phraseBounds, mentionBounds, rangeCount }
}
