// What to paint, as offsets: one group per speaker, one per phrase category, one for mentions.
// Pure, so the grouping is unit-tested in Node.
import type { Analysis, PhraseCategory } from '../../core/types'
import {
  CATEGORY_ORDER,
  MENTION_HIGHLIGHT,
  phraseHighlightName,
  speakerHighlightName,
} from './palette'

export interface PaintGroup {
  name: string
  kind: 'speaker' | 'phrase' | 'mention'
  /** Highlight priority: phrases paint over speaker tints. */
  priority: number
  /** Index into Analysis.turns / phrases / mentions of each span (their offsets are read
   *  from a SpanTable when painting, so the plan does not carry them twice). */
  items: number[]
}

export interface PaintPlan {
  /** Speakers in order of first appearance; index = highlight number. */
  speakers: string[]
  /** Speaker index per turn (-1 for narration). */
  turnSpeaker: number[]
  categories: PhraseCategory[]
  groups: PaintGroup[]
}

export function planPaint(analysis: Analysis): PaintPlan {
  const speakers: string[] = []
  const speakerIdx = new Map<string, number>()
  const turnSpeaker: number[] = []
  const speakerGroups: PaintGroup[] = []
  analysis.turns.forEach((t, i) => {
    if (t.speaker == null || t.end <= t.start) {
      turnSpeaker.push(-1)
      return
    }
    let idx = speakerIdx.get(t.speaker)
    if (idx === undefined) {
      idx = speakers.length
      speakers.push(t.speaker)
      speakerIdx.set(t.speaker, idx)
      speakerGroups.push({
        name: speakerHighlightName(idx),
        kind: 'speaker',
        priority: 0,
        items: [],
      })
    }
    turnSpeaker.push(idx)
    speakerGroups[idx]!.items.push(i)
  })

  const byCategory = new Map<PhraseCategory, PaintGroup>()
  analysis.phrases.forEach((p, i) => {
    if (p.end <= p.start) return
    let g = byCategory.get(p.category)
    if (!g) {
      g = {
        name: phraseHighlightName(p.category),
        kind: 'phrase',
        priority: 2,
        items: [],
      }
      byCategory.set(p.category, g)
    }
    g.items.push(i)
  })
  const categories = CATEGORY_ORDER.filter((c) => byCategory.has(c))

  const groups = [...speakerGroups, ...categories.map((c) => byCategory.get(c)!)]
  if (analysis.mentions.length) {
    groups.push({
      name: MENTION_HIGHLIGHT,
      kind: 'mention',
      priority: 1,
      items: analysis.mentions.map((_, i) => i),
    })
  }
  return { speakers, turnSpeaker, categories, groups }
}
