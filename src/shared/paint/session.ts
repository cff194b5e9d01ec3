// Turn an Analysis into painted highlights on a document: offsets → DOM boundaries (binary
// search over the collected text nodes) → ranges, built in time-boxed slices, then each group
// registered in one go.
import { AbortedError, yieldToEventLoop } from '../chunks'
import { boundariesFor, type NodeStart, type TextBoundaries } from '../text-ranges'
import type { Painter } from './painter'
import type { Analysis } from '../../core/types'
import type { PaintPlan } from './plan'

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

/** [start, end] offset pairs of every turn, phrase and mention, by the plan's group kinds. */
export interface SpanTable {
  speaker: Int32Array
  phrase: Int32Array
  mention: Int32Array
}

function pairs<T>(items: readonly T[], start: (t: T) => number, end: (t: T) => number) {
  const out = new Int32Array(items.length * 2)
  for (let i = 0; i < items.length; i++) {
    out[2 * i] = start(items[i]!)
    out[2 * i + 1] = end(items[i]!)
  }
  return out
}

/** The span table of an analysis held as objects. */
export function spanTableOf(a: Pick<Analysis, 'turns' | 'phrases' | 'mentions'>): SpanTable {
  const s = (x: { start: number }) => x.start
  const e = (x: { end: number }) => x.end
  return {
    speaker: pairs(a.turns, s, e),
    phrase: pairs(a.phrases, s, e),
    mention: pairs(a.mentions, s, e),
  }
}

/** Spans between clock checks: reading the clock per span costs more than a span. */
const CLOCK_EVERY = 32

export async function paintAnalysis(
  doc: Document,
  nodes: readonly NodeStart[],
  table: SpanTable,
  painter: Painter,
  signal: AbortSignal | undefined,
  plan: PaintPlan,
  budgetMs = 20,
): Promise<PaintSession> {
  const turnBounds: Array<TextBoundaries | null> = new Array(table.speaker.length / 2).fill(null)
  const phraseBounds: Array<TextBoundaries | null> = new Array(table.phrase.length / 2).fill(null)
  const mentionBounds: Array<TextBoundaries | null> = new Array(table.mention.length / 2).fill(null)
  const boundsFor = { speaker: turnBounds, phrase: phraseBounds, mention: mentionBounds }
  const live = painter.needsLiveRanges
  const ranges: AbstractRange[][] = []

  // One plain loop over every span, giving the event loop back when a slice's budget is spent
  // (a 200,000-character page has ~8,000 spans); this runs cold in every page, so it is kept
  // to the minimum of work per span.
  let sliceStart = performance.now()
  let sinceClock = 0
  for (const group of plan.groups) {
    const out: AbstractRange[] = []
    ranges.push(out)
    const bounds = boundsFor[group.kind]
    const offsets = table[group.kind]
    const { items } = group
    const hint = { at: -1 }
    for (let j = 0; j < items.length; j++) {
      const item = items[j]!
      const start = offsets[2 * item]
      const end = offsets[2 * item + 1]
      // A plan that does not fit its table (never from our background) paints nothing here.
      const b =
        start !== undefined && end !== undefined ? boundariesFor(nodes, start, end, hint) : null
      bounds[item] = b
      if (b) {
        const r = toRange(doc, b, live)
        if (r) out.push(r)
      }
      if (++sinceClock === CLOCK_EVERY) {
        sinceClock = 0
        if (performance.now() - sliceStart >= budgetMs) {
          await yieldToEventLoop()
          if (signal?.aborted) throw new AbortedError()
          sliceStart = performance.now()
        }
      }
    }
  }
  if (signal?.aborted) throw new AbortedError()

  // Registering is a group per call; a huge page's groups hold thousands of ranges each, so
  // the budget is checked between groups too.
  let rangeCount = 0
  for (let gi = 0; gi < plan.groups.length; gi++) {
    const g = plan.groups[gi]!
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToEventLoop()
      if (signal?.aborted) throw new AbortedError()
      sliceStart = performance.now()
    }
    painter.add(g.name, ranges[gi]!, g.priority)
    rangeCount += ranges[gi]!.length
  }
  return { plan, painter, turnBounds, phraseBounds, mentionBounds, rangeCount }
}

/** Narration turns are not painted, but the panel still scrolls to them: their boundaries are
 *  found after the highlights are up. */
export function boundNarration(
  session: PaintSession,
  nodes: readonly NodeStart[],
  turns: ReadonlyArray<{ start: number; end: number }>,
): void {
  turns.forEach((t, i) => {
    if (!session.turnBounds[i]) session.turnBounds[i] = boundariesFor(nodes, t.start, t.end)
  })
}
