// Schemas of the values messages carry (articles, search filters) and the index's import checks
// (shared/index/transfer.ts), for the table in shared/messages.ts. Sizes are capped so a
// hostile page cannot make the background walk a huge value.
import { boundsValid, type ArticleWire } from '../core/analysis-wire'
import { isDay } from '../core/archive/days'
import { EVENT_KINDS, PHRASE_CATEGORIES } from '../core/categories'
import {
  arr,
  custom,
  date,
  int,
  MAX_ITEMS,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  str,
  type Check,
} from './schema'

export const kind = oneOf(EVENT_KINDS)
export const category = oneOf(PHRASE_CATEGORIES)
export const shortStr = str(200)
export const nullableShort = nullable(str(200))
export const url = str(8000)
export const eventId = str(500)

const span = { start: int, end: int, text: str() }
const ordered = <T extends { start: number; end: number }>(c: Check<T>) =>
  custom<T>((v) => c(v) && (v as T).end >= (v as T).start)

export const turn = ordered(obj({ ...span, speaker: nullableShort, verb: nullable(str(50)) }))
export const phrase = ordered(obj({ ...span, key: str(500), category }))
export const mention = ordered(obj({ ...span, date, kind }))

export const counterpart = nullable(
  obj({ name: shortStr, country: nullableShort, title: nullableShort }),
)

export const articleWire = custom<ArticleWire>(
  (v) =>
    obj({
      title: str(2000),
      published: date,
      outlet: nullable(str(500)),
      url: nullable(url),
      site: optional(str(50)),
      text: str(),
      bounds: arr(int, 2 * MAX_ITEMS),
    })(v) && boundsValid((v as ArticleWire).text, (v as ArticleWire).bounds),
)

export const searchFilters = obj({
  counterpart: optional(shortStr),
  yearFrom: optional(int),
  yearTo: optional(int),
  kind: optional(kind),
  category: optional(category),
})

/** Checks the index's import (shared/index/transfer.ts) shares with the messages. */
export const isKind = kind
export const isCounterpart = counterpart
export const isTurnList = arr(turn)
export const isPhraseList = arr(phrase)
export const isMentionList = arr(mention)

/** A calendar day YYYY-MM-DD (a real one: no 02-30). */
export const day = custom<string>((v) => typeof v === 'string' && isDay(v))
/** Test-only tuning of the import's politeness, capped so it stays a light load. */
export const archivePoliteness = obj({
  ratePerSecond: optional((v): v is number => num(v) && v > 0 && v <= 50),
  backoffMs: optional((v): v is number => int(v) && v <= 60_000),
  maxRetries: optional((v): v is number => int(v) && v <= 10),
  maxFailuresInRow: optional((v): v is number => int(v) && v >= 1 && v <= 100),
})
