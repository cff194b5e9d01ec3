// The compare page's topic-aligned rows for two readouts of one event in two languages: one
// row per topic with its labels, whether both sides or only one mention it, and each side's
// sentences on it. Pure: built from compareSides().
import { topicLabel } from '../topics/lexicon'
import type { TopicSentence } from '../topics/sentence-topics'
import type { SideBySide } from './compare-sides'

export type TopicPresence = 'both' | 'onlyA' | 'onlyB'

export interface TopicAlignedRow {
  topic: string
  label: { en: string; zh: string }
  presence: TopicPresence
  a: TopicSentence[]
  b: TopicSentence[]
}

export function topicAlignedRows(c: SideBySide): TopicAlignedRow[] {
  return c.rows.map((r) => ({
    topic: r.topic,
    label: { en: topicLabel(r.topic, 'en'), zh: topicLabel(r.topic, 'zh') },
    presence: r.a.length === 0 ? 'onlyB' : r.b.length === 0 ? 'onlyA' : 'both',
    a: r.a.map((i) => c.a.sentences[i]!),
    b: r.b.map((i) => c.b.sentences[i]!),
  }))
}
