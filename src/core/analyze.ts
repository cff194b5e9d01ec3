// analyze(): one Article → Analysis (types.ts). Pure and synchronous; linear in the text size.
import { buildBody } from './body'
import { dateFromUrl, datelineMonthDay, firstFullDate, parseISODate, type YMD } from './dates'
import { detectReadout } from './detect'
import { analyzeEnglish } from './en/analyze'
import { articleLanguage } from './language'
import { extractEvent } from './event'
import { findMentions } from './mentions'
import { findPhrases } from './phrases'
import { extractTurns } from './turns'
import type { Analysis, Article, LexiconEntry } from './types'

export interface AnalyzeOptions {
  extraPhrases?: LexiconEntry[]
}

/** How far into the raw text a scraped time line (`2021-08-25 17:49:38`) is looked for. */
const HEADER_SCAN = 3_000

/** The date a readout's month/day is read against: publication date, URL date, or a time line in the page. */
export function referenceDate(article: Article): YMD | null {
  return (
    parseISODate(article.published) ??
    dateFromUrl(article.url) ??
    firstFullDate(article.text.slice(0, HEADER_SCAN))
  )
}

export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  if (articleLanguage(article) === 'en') return analyzeEnglish(article)
  const detected = detectReadout(article)
  const body = buildBody(article)
  const ref = referenceDate(article)
  const line = extractEvent(
    body.text,
    article.title ?? '',
    ref,
    datelineMonthDay(body.text.slice(0, 20_000)),
  )
  const event = line?.event ?? null
  // A readout reports an event: a page without an event line is not one, whatever its markers.
  const isReadout = detected.isReadout && event !== null
  const confidence = isReadout ? detected.confidence : Math.min(detected.confidence, 0.45)
  const turns = extractTurns(body, { participants: event?.participants ?? [] }, article.text)
  const phrases = findPhrases(body, article.text, options.extraPhrases)
  const mentionRef = parseISODate(event?.date) ?? ref
  const ownLine = line && line.start >= 0 ? { start: line.start, end: line.end } : null
  const mentions = findMentions(body, article.text, mentionRef, event, ownLine)
  return {
    isReadout,
    confidence,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    url: article.url,
    event,
    turns,
    phrases,
    mentions,
  }
}
