// The event of an English readout: `President Joseph R. Biden, Jr. spoke today with President
// Xi Jinping of the People's Republic of China (PRC).`, `Vladimir Putin had a telephone
// conversation with President of the People's Republic of China Xi Jinping.`, `On the evening
// of July 28, President Xi Jinping had a phone call with U.S. President Joe Biden at the
// latter's request.` Participants get their canonical Chinese names (name table), the Chinese
// leader first as in Chinese readouts, so both sides of one call key the same way.
import { formatYMD, isValidYMD, type YMD } from '../dates'
import type { Counterpart, EventKind, ReadoutEvent } from '../types'
import type { NameTable } from './names'
import type { EnSentence } from './sentences'

/** Kinds by the words that name them, most specific first (a "virtual meeting" is a video). */
export const EN_KIND_RULES: ReadonlyArray<{ kind: EventKind; re: RegExp }> = [
  {
    kind: 'video',
    re: /\b(?:virtual(?:ly)?|video(?:[- ]?(?:conference|call|link|meeting|summit))?|videoconference|video-conference)\b/i,
  },
  {
    kind: 'call',
    re: /\b(?:(?:tele)?phone(?:d)?|call(?:ed)?|spoke|speaks|talked)\b|\btelephone conversation\b/i,
  },
  { kind: 'talks', re: /\btalks\b/i },
  { kind: 'meeting', re: /\b(?:met|meets?|meeting|summit|held a summit)\b/i },
]

export function englishKind(s: string): EventKind | null {
  return EN_KIND_RULES.find((r) => r.re.test(s))?.kind ?? null
}

/** English month names, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const MONTH_DAY =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th|<sup>(?:st|nd|rd|th)<\/sup>)?(?:,?\s+(\d{4}))?\b/i
const RELATIVE = /\b(today|yesterday|this (?:morning|afternoon|evening)|tonight)\b/i

function shift(d: YMD, days: number): YMD {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days))
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

/** A month and day read against the page date: the latest such day not after the page (+1). */
export function englishDate(s: string, ref: YMD | null): string | null {
  const m = MONTH_DAY.exec(s)
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1
    const day = Number(m[2])
    let year = m[3] ? Number(m[3]) : (ref?.year ?? null)
    if (year === null) return null
    if (!m[3] && ref && (month > ref.month || (month === ref.month && day > ref.day + 1))) year--
    const d = { year, month, day }
    return isValidYMD(d) ? formatYMD(d) : null
  }
  const rel = RELATIVE.exec(s)
  if (rel && ref) return formatYMD(rel[1]!.toLowerCase() === 'yesterday' ? shift(ref, -1) : ref)
  return null
}

/** The sides a request can be attributed to by adjective: `at the request of the US side`. */
const SIDE_COUNTRIES: Record<string, string> = {
  american: '美国',
  us: '美国',
  'u.s.': '美国',
  chinese: '中国',
  russian: '俄罗斯',
  french: '法国',
  german: '德国',
  british: '英国',
  indian: '印度',
  brazilian: '巴西',
  ukrainian: '乌克兰',
  japanese: '日本',
}

/** Who asked, as the English text tells it (the Chinese 应约 equivalent). */
export const REQUEST_RULES = {
  latter: /\bat the latter['’]s (?:request|initiative)\b/i,
  former: /\bat the former['’]s (?:request|initiative)\b/i,
  side: /\b(?:at|on) the (?:request|initiative) of the ([A-Za-z.]+) side\b/i,
  named: /\b(?:at|on) the (?:request|initiative) of ([^,.;]{2,80})/i,
  requested:
    /\b(?:requested|initiated|asked for|proposed)\s+(?:the|this|a)\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation|meeting|talks)\b/i,
} as const

export interface EnEventLine {
  event: ReadoutEvent
  /** Index into the sentences of the event sentence, -1 when only the title gave the event. */
  sentence: number
  /** Canonical name of the leader whose office published it (the event sentence's subject). */
  home: string | null
}

interface Found {
  zh: string
  index: number
}

/** Leaders named in `s`, in order of first appearance, each once. */
export function leadersIn(s: string, table: NameTable): Found[] {
  const re = new RegExp(`(?<![\\w])(?:${table.source})(?![\\w])`, 'gi')
  const out: Found[] = []
  let m: RegExpExecArray | null
  while ((m = re.exec(s))) {
    const e =
      table.byEnglish.get(m[0].toLowerCase()) ?? table.byEnglish.get(m[0].toLowerCase() + '.')
    if (e && !out.some((f) => f.zh === e.zh)) out.push({ zh: e.zh, index: m.index })
  }
  return out
}

const WITH = /\b(?:with|and)\b/i
/** How far into a readout its event sentence is looked for. */
const EVENT_SENTENCES = 4

function requestedBy(s: string, found: Found[], table: NameTable): string | null {
  if (REQUEST_RULES.latter.test(s)) return found[found.length - 1]?.zh ?? null
  if (REQUEST_RULES.former.test(s)) return found[0]?.zh ?? null
  const side = REQUEST_RULES.side.exec(s)
  if (side) {
    const country = SIDE_COUNTRIES[side[1]!.toLowerCase()]
    return found.find((f) => table.byZh.get(f.zh)?.country.zh === country)?.zh ?? null
  }
  const named = REQUEST_RULES.named.exec(s)
  if (named) return leadersIn(named[1]!, table)[0]?.zh ?? null
  const asked = REQUEST_RULES.requested.exec(s)
  if (asked) return leadersIn(s.slice(0, asked.index), table).pop()?.zh ?? null
  return null
}

const PLACE = /\bin ((?:the )?[A-Z][\w’'.-]*(?:(?:,\s*| )[A-Z][\w’'.-]*){0,3})(?=[\s,.;)]|$)/
/** Capitalised words after `in` that are not a place. */
const NOT_PLACE =
  /^(?:the )?(?:People|PRC|Republic|United|English|Russian|Chinese|January|February|March|April|May|June|July|August|September|October|November|December)\b/

function placeIn(s: string): string | null {
  const m = PLACE.exec(s)
  if (!m || NOT_PLACE.test(m[1]!)) return null
  return m[1]!.replace(/^the /, '').replace(/\.$/, '').replace(/\s+/g, ' ')
}

function counterpartOf(zh: string, table: NameTable): Counterpart {
  const e = table.byZh.get(zh)
  return { name: zh, country: e?.country.zh ?? null, title: e?.title ?? null }
}

/**
 * The event: from the first sentence (of the first few) naming two leaders with a meeting word
 * between them, else from the title. `ref` is the page date (published, URL).
 */
export function extractEnglishEvent(
  text: string,
  title: string,
  sentences: readonly EnSentence[],
  ref: YMD | null,
  table: NameTable,
): EnEventLine | null {
  let index = -1
  let line = ''
  let found: Found[] = []
  for (let i = 0; i < Math.min(EVENT_SENTENCES, sentences.length); i++) {
    const s = text.slice(sentences[i]!.start, sentences[i]!.end)
    const f = leadersIn(s, table)
    if (f.length >= 2 && englishKind(s) && WITH.test(s.slice(f[0]!.index, f[1]!.index))) {
      index = i
      line = s
      found = f
      break
    }
  }
  const titleFound = leadersIn(title, table)
  if (index < 0) {
    if (titleFound.length < 2 || !englishKind(title)) return null
    found = titleFound
    line = title
  }
  const kind = englishKind(title) ?? englishKind(line) ?? 'other'
  const chinese = found.filter((f) => table.byZh.get(f.zh)?.china)
  const others = found.filter((f) => !table.byZh.get(f.zh)?.china)
  // Chinese leader first, then the counterpart (and anyone else named with them).
  const participants = [...chinese, ...others].slice(0, 2).map((f) => f.zh)
  const counterpartName = chinese.length > 0 ? others[0]?.zh : found[1]?.zh
  const event: ReadoutEvent = {
    date: englishDate(line, ref) ?? (ref ? formatYMD(ref) : null),
    kind,
    participants,
    counterpart: counterpartName ? counterpartOf(counterpartName, table) : null,
    requestedBy: requestedBy(line, found, table),
    place: index >= 0 ? placeIn(line.slice(found[1]!.index)) : null,
  }
  return { event, sentence: index, home: found[0]?.zh ?? null }
}
