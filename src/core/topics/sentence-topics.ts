// Every sentence of a readout, Chinese or English, with its speaker and its topics (lexicon.ts).
// Offsets are into Article.text, like the analysis's turns, so a sentence can be highlighted
// or quoted from either side.
import { buildBody, bodyToSource } from '../body'
import { splitSentences } from '../sentences'
import { sentenceAt } from '../compare/readout-doc'
import type { Analysis, Article } from '../types'
import { TOPIC_MATCHER, type TopicMatcher } from './lexicon'

export interface TopicSentence {
  start: number
  end: number
  text: string
  speaker: string | null
  /** Topic ids in lexicon order. */
  topics: string[]
}

export function englishTopics(s: string, m: TopicMatcher = TOPIC_MATCHER): string[] {
  const plain = s.replace(/<[^>]{1,40}>/g, '')
  return m.en.filter((t) => t.re.test(plain)).map((t) => t.id)
}

/** `s` is normalised (simplified) text. */
export function chineseTopics(s: string, m: TopicMatcher = TOPIC_MATCHER): string[] {
  return m.zh.filter((t) => t.terms.some((term) => s.includes(term))).map((t) => t.id)
}

export function topicSentences(
  article: Article,
  analysis: Analysis,
  m: TopicMatcher = TOPIC_MATCHER,
): TopicSentence[] {
  if (analysis.language === 'en') {
    // English turns are one sentence each.
    return analysis.turns.map((t) => ({
      start: t.start,
      end: t.end,
      text: t.text,
      speaker: t.speaker,
      topics: englishTopics(t.text, m),
    }))
  }
  const body = buildBody(article)
  return splitSentences(body).map((s) => {
    const { start, end } = bodyToSource(body, s.start, s.end)
    return {
      start,
      end,
      text: article.text.slice(start, end),
      speaker: sentenceAt(analysis.turns, start)?.speaker ?? null,
      topics: chineseTopics(body.text.slice(s.start, s.end), m),
    }
  })
}

export interface TopicComparison {
  /** Topic ids both readouts mention, in the order A first mentions them. */
  both: string[]
  onlyA: string[]
  onlyB: string[]
}

function topicsInOrder(sentences: readonly TopicSentence[]): string[] {
  const seen = new Set<string>()
  for (const s of sentences) for (const t of s.topics) seen.add(t)
  return [...seen]
}

export function compareTopics(
  a: readonly TopicSentence[],
  b: readonly TopicSentence[],
): TopicComparison {
  const ta = topicsInOrder(a)
  const tb = topicsInOrder(b)
  const inB = new Set(tb)
  const inA = new Set(ta)
  return {
    both: ta.filter((t) => inB.has(t)),
    onlyA: ta.filter((t) => !inB.has(t)),
    onlyB: tb.filter((t) => !inA.has(t)),
  }
}

export interface TopicRow {
  topic: string
  /** Indexes into each side's sentences. */
  a: number[]
  b: number[]
}

/** One row per topic either side mentions (A's order, then B's own), with the sentences. */
export function alignByTopic(a: readonly TopicSentence[], b: readonly TopicSentence[]): TopicRow[] {
  const c = compareTopics(a, b)
  const indexes = (side: readonly TopicSentence[], topic: string) =>
    side.flatMap((s, i) => (s.topics.includes(topic) ? [i] : []))
  return [...c.both, ...c.onlyA, ...c.onlyB].map((topic) => ({
    topic,
    a: indexes(a, topic),
    b: indexes(b, topic),
  }))
}
