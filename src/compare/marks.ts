// Pieces of one sentence for display: plain text and the formulations in it, each formulation
// marked as added (in B, not in A), dropped (in A, not in B) or kept.
import type { DocSentence, ReadoutDoc } from '../core/compare'

export interface Piece {
  text: string
  mark: 'added' | 'dropped' | 'kept' | null
  key?: string
}

export function piecesOf(
  doc: ReadoutDoc,
  s: DocSentence,
  changed: ReadonlySet<string>,
  mark: 'added' | 'dropped',
): Piece[] {
  const hits = doc.phrases
    .filter((p) => p.category !== 'structure' && p.start >= s.start && p.end <= s.end)
    .sort((x, y) => x.start - y.start || y.end - x.end)
  const out: Piece[] = []
  let at = s.start
  for (const h of hits) {
    if (h.start < at) continue // overlapping (a quoted term over a lexicon hit): keep the first
    if (h.start > at) out.push({ text: s.text.slice(at - s.start, h.start - s.start), mark: null })
    out.push({
      text: s.text.slice(h.start - s.start, h.end - s.start),
      mark: changed.has(h.key) ? mark : 'kept',
      key: h.key,
    })
    at = h.end
  }
  if (at < s.end) out.push({ text: s.text.slice(at - s.start), mark: null })
  return out
}
