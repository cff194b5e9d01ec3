// Shared data model of Readout Lens. Pure types: used by core, sites, content, background, UI, CLI.
//
// Offsets: every `start`/`end` in this file is a UTF-16 index into `Article.text`
// (end exclusive), so `article.text.slice(start, end)` is the verbatim original text.
// For plain-text input `Article.text` is the whole input file; for HTML (a file or the live
// page) it is the page's visible text as collected by `src/sites/collect-text.ts`.

import type { AttributionRule } from './attribution-rules'

export type EventKind = 'call' | 'video' | 'talks' | 'meeting' | 'other'

/** A block of body text. `article.text.slice(start, end) === text`. */
export interface Paragraph {
  text: string
  start: number
  end: number
}

/** One news page reduced to what the analysis needs. */
export interface Article {
  title: string
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  published: string | null
  outlet: string | null
  url: string | null
  /** The text all offsets point into. */
  text: string
  /** Body paragraphs in reading order (navigation, credits, image boxes, 推荐 lists, footers excluded). */
  paragraphs: Paragraph[]
  /** Which intake produced it. */
  format: 'text' | 'markdown' | 'html' | 'dom'
  /** Site adapter id that extracted it (`generic` for the fallback), when HTML. */
  site?: string
}

export interface Counterpart {
  /** Canonical simplified name, e.g. 普京. */
  name: string
  /** e.g. 俄罗斯 */
  country: string | null
  /** e.g. 总统 */
  title: string | null
}

export interface ReadoutEvent {
  /** `YYYY-MM-DD` or null when the year or day cannot be resolved. */
  date: string | null
  kind: EventKind
  /** Canonical simplified names, host (Chinese leader) first. */
  participants: string[]
  counterpart: Counterpart | null
  /** Name of the leader who asked for the call (应约 → the other side), or null. */
  requestedBy: string | null
  place: string | null
}

/** Sentence-level speaker turn. `speaker` is a canonical name, `双方` for joint turns, null for narration. */
export interface Turn {
  speaker: string | null
  /** The reporting verb (指出/强调/表示…) when a marker introduced the turn. */
  verb: string | null
  /** The attribution rule that decided the turn's first sentence (core/attribution-rules.ts);
   *  absent on turns read back from an index written before rules were recorded. */
  rule?: AttributionRule
  text: string
  start: number
  end: number
}

export type PhraseCategory =
  | 'relationship'
  | 'sovereignty'
  | 'anti-interference'
  | 'multilateral'
  | 'conflict'
  | 'economy'
  | 'history'
  | 'taiwan-hk-xinjiang'
  | 'structure'
  | 'quoted'
  | 'custom'
  /** A formulation no earlier event of the index says (core/novelty). */
  | 'new'
  /** A formulation the index saw first in an earlier event (core/novelty firsts). */
  | 'coined'

export interface PhraseHit {
  /** Verbatim text in the source (may be traditional script). */
  text: string
  /** Canonical (normalised, simplified) form: the key for counting across readouts. */
  key: string
  category: PhraseCategory
  start: number
  end: number
}

/** A mention of another event in the text (`6月28日，两国元首举行视频会晤`). */
export interface Mention {
  date: string | null
  kind: EventKind
  text: string
  start: number
  end: number
}

export interface Analysis {
  /** `en` for English readouts (src/core/en); absent or `zh` for Chinese ones. */
  language?: 'zh' | 'en'
  isReadout: boolean
  confidence: number
  title: string
  published: string | null
  outlet: string | null
  url: string | null
  event: ReadoutEvent | null
  turns: Turn[]
  phrases: PhraseHit[]
  mentions: Mention[]
}

/** Why an event is related, as data: the UI words it in its language (core/index/related.ts). */
export type RelatedReason =
  /** The text names it: `exact` when date and kind match, else only the date. */
  | { kind: 'mentioned'; text: string; exact: boolean }
  /** The newest earlier event with the same counterpart. */
  | { kind: 'previous-with-counterpart'; counterpart: string }
  | { kind: 'same-counterpart'; counterpart: string }
  /** Up to three shared phrases, rarest first, and how many are shared in all. */
  | { kind: 'shared-phrases'; phrases: string[]; count: number }
  /** Days between that event and this one. */
  | { kind: 'gap'; days: number }
  | { kind: 'undated' }

export interface RelatedEvent {
  id: string
  date: string | null
  kind: EventKind
  title: string
  score: number
  /** The reasons in English, e.g. `mentioned in the text (6月28日); previous event with 普京; 9 months earlier`. */
  why: string
  reasons: RelatedReason[]
}

/** A phrase entry of the lexicon (src/core/lexicon/phrases.json) or a user's custom phrase. */
export interface LexiconEntry {
  phrase: string
  category: PhraseCategory
  /** Optional English gloss shown in the panel. */
  en?: string
}

/** Where an indexed event was published. */
export interface EventSource {
  url: string | null
  outlet: string | null
  title: string
  published: string | null
  /** `en` for the other side's own readout (White House, Kremlin…); absent for Chinese. */
  language?: 'en'
}

/**
 * A readout of the same event in English — the counterpart's own (White House, Kremlin) or
 * the ministry's translation — kept beside the Chinese text rather than in place of it.
 */
export interface SideText {
  language: 'en'
  source: EventSource
  /** The English text; turns index it (one sentence each). */
  text: string
  turns: Turn[]
  date: string | null
  kind: EventKind
  requestedBy: string | null
}

/** One real-world call/meeting in the index, merged across outlets. */
export interface IndexedEvent {
  /** Stable id: `${date}:${kind}:${counterpart name}` (e.g. `2021-08-25:call:普京`). */
  id: string
  date: string | null
  kind: EventKind
  title: string
  counterpart: Counterpart | null
  participants: string[]
  requestedBy: string | null
  place: string | null
  sources: EventSource[]
  /** The fullest body text among the sources (paragraphs joined with \n); offsets below point here. */
  text: string
  turns: Turn[]
  phrases: PhraseHit[]
  mentions: Mention[]
  /** `built-in` for the shipped corpus, `visited` for pages the user read, `imported`. */
  origin: 'built-in' | 'visited' | 'imported'
  /** `en` when the event's own text is an English readout (no Chinese one indexed yet). */
  language?: 'en'
  /** English readouts of the same event (core/pairing/attach.ts), beside the Chinese text. */
  sides?: SideText[]
  /** Search tokens: sorted unique character-bigram codes (see core/search-tokens.ts) of the folded text. */
  grams: number[]
}

/** Where a formulation the index found new was first said (core/novelty/firsts.ts). */
export interface FirstAppearance {
  /** Folded form: what later readouts are matched against. */
  key: string
  /** Verbatim text where it was first said. */
  text: string
  eventId: string
  date: string | null
  title: string
  speaker: string | null
  /** Which candidate rule found it and the signs it scored on (novelty's Rule and Sign names). */
  rule?: string
  signs?: string[]
}

/** The file `readout-lens build-index` writes and the extension ships (src/corpus/index.json). */
export interface CorpusIndex {
  format: 'readout-lens-index'
  version: 1
  builtAt: string
  events: IndexedEvent[]
  /** First appearances of new formulations, in date order (build-index records them). */
  firsts?: FirstAppearance[]
}
