// Two readouts side by side — usually the Chinese one and the counterpart's own: whether they
// tell of the same event, their topics aligned (which one leaves what out) and what each says
// about who asked for the call. Pure: the caller brings the articles and their analyses.
import type { Analysis, Article } from '../types'
import { NAMES, type NameTable } from '../en/names'
import { TOPIC_MATCHER, type TopicMatcher } from '../topics/lexicon'
import {
  alignByTopic,
  compareTopics,
  topicSentences,
  type TopicComparison,
  type TopicRow,
  type TopicSentence,
} from '../topics/sentence-topics'
import { pairReadouts, type Pairing } from './same-event'
import { requestClaim, type RequestClaim } from './requests'

export interface Side {
  article: Article
  analysis: Analysis
}

export interface SideSummary {
  language: 'zh' | 'en'
  title: string
  url: string | null
  date: string | null
  sentences: TopicSentence[]
  requested: RequestClaim
}

export interface SideBySide {
  sameEvent: boolean
  pairing: Pairing
  topics: TopicComparison
  rows: TopicRow[]
  a: SideSummary
  b: SideSummary
}

function summary(side: Side, m: TopicMatcher): SideSummary {
  return {
    language: side.analysis.language ?? 'zh',
    title: side.analysis.title,
    url: side.analysis.url,
    date: side.analysis.event?.date ?? null,
    sentences: topicSentences(side.article, side.analysis, m),
    requested: requestClaim(side.analysis, side.article.text),
  }
}

export function compareSides(
  a: Side,
  b: Side,
  opts: { names?: NameTable; topics?: TopicMatcher } = {},
): SideBySide {
  const m = opts.topics ?? TOPIC_MATCHER
  const pairing = pairReadouts(a.analysis, b.analysis, opts.names ?? NAMES)
  const sa = summary(a, m)
  const sb = summary(b, m)
  return {
    sameEvent: pairing.sameEvent,
    pairing,
    topics: compareTopics(sa.sentences, sb.sentences),
    rows: alignByTopic(sa.sentences, sb.sentences),
    a: sa,
    b: sb,
  }
}
