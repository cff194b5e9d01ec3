// Loaded once a page's highlights are painted (usually): the panel, rendered from the
// background's one answer (analysis, paint plan, panel sections). Kept out of the first bundle.
import type { Analysis } from '../core/types'
import { readerUrl, send } from '../shared/ext'
import type { PaintedPage } from '../shared/paint/paint-page'
import type { PanelIndex } from '../shared/panel/sections'
import { hiddenBySettings } from '../shared/page-settings'
import type { LensSettings } from '../shared/settings'
import type { NodeStart } from '../shared/text-ranges'
import { showAnnotations, type AnnotationView } from '../shared/view'
import { mark, markPainted } from './marks'

export interface AnnotateInput {
  doc: Document
  nodes: readonly NodeStart[]
  articleRoot: Element
  confidence: number
  mode: 'auto' | 'request'
  signal: AbortSignal
  settings: LensSettings
  /** performance.mark name set when the article was present. */
  startMark: string
  /** The background's analysis of the page and its panel sections. */
  analysis: Analysis
  panel: PanelIndex
  /** Highlights already registered by the first bundle. */
  painted?: PaintedPage
}

export async function annotatePage(input: AnnotateInput): Promise<AnnotationView> {
  mark('module-loaded')
  const { settings, analysis } = input
  return showAnnotations(input.doc, input.nodes, analysis, {
    context: 'page',
    lowConfidence: input.mode === 'request' && (!analysis.isReadout || input.confidence < 0.5),
    articleRoot: input.articleRoot,
    eventLink: readerUrl,
    openReader: (id, href) => void openReader(id, href),
    signal: input.signal,
    hidden: (speakers) => hiddenBySettings(settings, speakers),
    panel: input.panel,
    ...(input.painted ? { painted: input.painted } : {}),
    onPainted: () => markPainted(input.startMark),
  })
}

/**
 * Ask the background to open the reader; when it cannot, the link is opened directly (works
 * where the browser lets a page open the extension page).
 */
async function openReader(id: string, href: string): Promise<void> {
  const res = await send({ type: 'open-reader', id })
  if (!res.ok) window.open(href, '_blank', 'noopener')
}
