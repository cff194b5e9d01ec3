// The fast path of page annotation: every highlight registered through the CSS Custom
// Highlight API straight from the first bundle, before the panel's code (Preact) has loaded,
// from the paint plan the background computed with its analysis.
// Returns null where the API or adoptable stylesheets are missing; the caller then paints
// with the overlay fallback, which needs the panel's shadow root.
import type { NodeStart } from '../text-ranges'
import { adoptPageStyles, highlightCss, type PreparedStyles } from './page-styles'
import { HighlightApiPainter, highlightApiAvailable, type Painter } from './painter'
import type { PaintPlan } from './plan'
import { paintAnalysis, type PaintSession, type SpanTable } from './session'

export interface PaintedPage {
  plan: PaintPlan
  painter: Painter
  session: PaintSession
  /** Highlight names that start hidden (user settings). */
  hidden: string[]
  removeStyles(): void
  /** Remove every highlight and the stylesheet (the run was aborted before the panel came). */
  clear(): void
}

export async function paintWithHighlightApi(
  doc: Document,
  nodes: readonly NodeStart[],
  table: SpanTable,
  plan: PaintPlan,
  hiddenFor: (speakerCount: number) => string[],
  signal: AbortSignal,
  /** Longest slice of range building before the event loop gets a turn. */
  budgetMs?: number,
  /** The stylesheet adopted ahead (prepareStyles), used when it covers the plan. */
  prepared?: PreparedStyles | null,
): Promise<PaintedPage | null> {
  if (!highlightApiAvailable()) return null
  let removeStyles: (() => void) | null = null
  if (prepared && plan.speakers.length <= prepared.speakers) removeStyles = prepared.remove
  else {
    prepared?.remove()
    removeStyles = adoptPageStyles(doc, highlightCss(plan.speakers.length, plan.categories))
  }
  if (!removeStyles) return null
  const painter = new HighlightApiPainter()
  const hidden = hiddenFor(plan.speakers.length)
  for (const name of hidden) painter.setVisible(name, false)
  const clear = () => {
    painter.clear()
    removeStyles()
  }
  try {
    const session = await paintAnalysis(doc, nodes, table, painter, signal, plan, budgetMs)
    return { plan, painter, session, hidden, removeStyles, clear }
  } catch (e) {
    clear()
    throw e
  }
}
