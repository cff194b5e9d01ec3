// State shown by the panel, and what its controls can do. Built by the page annotator and by
// the reader page alike, from the background's one answer.
import type { Analysis, PhraseCategory, PhraseHit } from '../../core/types'
import type { ExtensionPage, LensError } from '../messages'
import type { PaintPlan } from '../paint/plan'
import type { PanelIndex, PanelSections } from './sections'

export type IndexStatus =
  | { state: 'ok' }
  /** storage unavailable, storage full, or the background unreachable: each its own note. */
  | { state: 'error'; error: LensError }

export interface PanelModel {
  analysis: Analysis
  plan: PaintPlan
  context: 'page' | 'reader'
  /** Annotated on request although detection was not confident. */
  lowConfidence: boolean
  collapsed: boolean
  index: IndexStatus
  /** What the index knows of this page, computed by the background (panel/sections.ts). */
  sections: PanelSections
  /** Highlight name → shown. */
  visible: Record<string, boolean>
  paintMode: 'highlight-api' | 'overlay'
}

export interface PanelActions {
  setCollapsed(collapsed: boolean): void
  setVisible(highlightName: string, on: boolean): void
  scrollToTurn(i: number): void
  scrollToPhrase(i: number): void
  scrollToMention(i: number): void
  /** URL of the reader page (or source page) of an indexed event. */
  eventLink(id: string): string | null
  /**
   * On web pages, links to the extension's reader cannot be followed (the reader is not a
   * web-accessible resource): the click is handed to the background instead.
   */
  openReader?(id: string, href: string): void
  /** Open the compare or timeline page (through the background on web pages). */
  openPage?(page: ExtensionPage, query: string): void
  /** Download the annotations or the counterpart's history (Markdown / CSV). */
  exportText?(what: 'annotations' | 'history-md' | 'history-csv'): void
  /** Make a listed formulation one of the user's custom phrases; false when that failed. */
  trackPhrase?(text: string): Promise<boolean>
}

/** Click handler for a link to an indexed event: reader links go through `openReader`. */
export function eventLinkClick(actions: PanelActions, id: string, href: string) {
  return (e: MouseEvent) => {
    if (!actions.openReader || /^https?:/.test(href)) return
    e.preventDefault()
    actions.openReader(id, href)
  }
}

export interface PhraseEntry {
  key: string
  /** Verbatim text of the first occurrence. */
  text: string
  /** Indices into Analysis.phrases, in text order. */
  indices: number[]
}

export interface PhraseGroup {
  category: PhraseCategory
  entries: PhraseEntry[]
}

/** Phrases grouped by category (in `order`), then by canonical key in order of first occurrence. */
export function groupPhrases(
  phrases: readonly PhraseHit[],
  order: readonly PhraseCategory[],
): PhraseGroup[] {
  const byCat = new Map<PhraseCategory, Map<string, PhraseEntry>>()
  phrases.forEach((p, i) => {
    let m = byCat.get(p.category)
    if (!m) byCat.set(p.category, (m = new Map()))
    const e = m.get(p.key)
    if (e) e.indices.push(i)
    else m.set(p.key, { key: p.key, text: p.text, indices: [i] })
  })
  return order
    .filter((c) => byCat.has(c))
    .map((c) => ({ category: c, entries: [...byCat.get(c)!.values()] }))
}

/** The panel's index state and sections from the background's answer. */
export function fromPanelIndex(p: PanelIndex): Pick<PanelModel, 'index' | 'sections'> {
  return p.ok
    ? { index: { state: 'ok' }, sections: p.sections }
    : { index: { state: 'error', error: p.error }, sections: {} }
}
