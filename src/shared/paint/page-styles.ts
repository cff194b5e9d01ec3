// `::highlight()` rules must live in the page's own style scope to paint page text. A
// constructable stylesheet in `document.adoptedStyleSheets` does that without adding a node.
import type { PhraseCategory } from '../../core/types'
import {
  CATEGORY_ORDER,
  CATEGORY_STYLE,
  FOCUS_HIGHLIGHT,
  MENTION_HIGHLIGHT,
  phraseHighlightName,
  registeredName as reg,
  speakerColor,
  speakerHighlightName,
} from './palette'

export function highlightCss(speakerCount: number, categories: readonly PhraseCategory[]): string {
  const rules: string[] = []
  for (let i = 0; i < speakerCount; i++) {
    rules.push(
      `::highlight(${reg(speakerHighlightName(i))}){background-color:${speakerColor(i, 0.13)}}`,
    )
  }
  for (const c of categories) {
    const s = CATEGORY_STYLE[c]
    rules.push(
      `::highlight(${reg(phraseHighlightName(c))}){text-decoration:underline ${s.line} ${s.color};` +
        `text-decoration-thickness:2px;text-underline-offset:3px}`,
    )
  }
  rules.push(
    `::highlight(${reg(MENTION_HIGHLIGHT)}){text-decoration:underline dotted #1c7ed6;text-decoration-thickness:2px}`,
  )
  rules.push(
    `::highlight(${reg(FOCUS_HIGHLIGHT)}){background-color:rgba(255, 212, 59, 0.75);color:#111}`,
  )
  return rules.join('\n')
}

/** Adopt `css` into the document; returns a remover, or null when adoption is impossible. */
export function adoptPageStyles(doc: Document, css: string): (() => void) | null {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)
      } catch {
        // Document gone.
      }
    }
  } catch {
    return null
  }
}

/** Speakers the prepared stylesheet has rules for (a readout rarely has more than four). */
const PREPARED_SPEAKERS = 12

/** The page's highlight stylesheet, adopted before the paint plan is known. */
export interface PreparedStyles {
  speakers: number
  remove(): void
}

/**
 * Adopt the highlight stylesheet while the background is still analysing (theme applied:
 * after the settings are read), with rules for every category and the first speakers, so
 * painting does not wait for it; the rules say nothing of which categories the page has.
 */
export function prepareStyles(doc: Document): PreparedStyles | null {
  const remove = adoptPageStyles(doc, highlightCss(PREPARED_SPEAKERS, CATEGORY_ORDER))
  return remove ? { speakers: PREPARED_SPEAKERS, remove } : null
}
