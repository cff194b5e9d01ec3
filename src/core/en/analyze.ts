// analyzeEnglish(): an English readout (White House, Kremlin, foreign ministry in English) →
// the same Analysis the Chinese one gives, with `language: 'en'`: the event with canonical
// participant names, one turn per sentence, no 提法 (the phrase lexicon is Chinese).
import { dateFromUrl, parseISODate, type YMD } from '../dates'
import type { Analysis, Article } from '../types'
import { detectEnglishReadout } from './detect'
import { extractEnglishEvent } from './event'
import { NAMES, type NameTable } from './names'
import { splitEnglishSentences } from './sentences'
import { extractEnglishTurns, type EnTurn } from './turns'

export interface EnglishAnalysis extends Analysis {
  language: 'en'
  turns: EnTurn[]
}

function pageDate(article: Article): YMD | null {
  return parseISODate(article.published) ?? dateFromUrl(article.url)
}

/** The English detector as the content script calls it (the analysis is cheap at this size). */
export function detectEnglish(article: Article): { isReadout: boolean; confidence: number } {
  const { isReadout, confidence } = analyzeEnglish(article)
  return { isReadout, confidence }
}

export function analyzeEnglish(article: Article, table: NameTable = NAMES): EnglishAnalysis {
  const sentences = splitEnglishSentences(article)
  const line = extractEnglishEvent(
    article.text,
    article.title ?? '',
    sentences,
    pageDate(article),
    table,
  )
  const event = line?.event ?? null
  const turns = extractEnglishTurns(
    article.text,
    sentences,
    {
      participants: event?.participants ?? [],
      home: line?.home ?? null,
      eventSentence: line?.sentence ?? -1,
    },
    table,
  )
  const spoken = turns.filter((t) => t.speaker !== null).length
  const { isReadout, confidence } = detectEnglishReadout(
    article.title ?? '',
    (line?.sentence ?? -1) >= 0,
    spoken,
    table,
  )
  return {
    language: 'en',
    isReadout,
    confidence,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    url: article.url,
    event,
    turns,
    phrases: [],
    mentions: [],
  }
}
