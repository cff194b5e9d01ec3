// Mentions of other events (`6月28日，两国元首举行视频会晤`, `8月25日，两国元首通电话`,
// `7月8日，习近平主席就…向普京总统致慰问电`) with their dates resolved against the article's
// own event date (or its publication date). The article's own event is not a mention.
import { bodyToSource, type Body } from './body'
import { DATE_SOURCE, resolveDateParts, type YMD } from './dates'
import { kindOf } from './event'
import { HOST_FORMS, HOST_SUFFIXES, HOST_TITLES, alternation } from './leaders'
import type { Mention, ReadoutEvent } from './types'

/** Subjects of a mentioned event: both sides, or a host (from the lexicon) with its titles. */
const LEADERS = `两国元首|中[^\\s，。；]{1,3}元首|两位元首|双方|(?:${alternation(HOST_TITLES)})?(?:${alternation(HOST_FORMS)})(?:${alternation(HOST_SUFFIXES)})?`
const ACT =
  '(?:举行视频会晤|视频会晤|视频通话|通电话|通话|举行会谈|会谈|举行会晤|会晤|会见|共同见证|见证|互致贺电|致慰问电|致贺电|致贺信|致电|致信|共同出席|出席|进行国事访问|国事访问|访华|访问)'

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Mention matchers by counterpart (its name is a subject too: `5月16日，普京对中国进行国事访问`). */
const cache = new Map<string, RegExp>()

/** Groups: 1-5 date, 6 act — or (subject first) 7-11 date, 12 act. */
function mentionRegExp(counterpart: string | null): RegExp {
  const key = counterpart ?? ''
  let re = cache.get(key)
  if (!re) {
    const subject = `(?:${LEADERS}${counterpart ? `|${escape(counterpart)}(?:总统|总理|首相|主席)?` : ''})`
    re = new RegExp(
      `${DATE_SOURCE}(?:(?:上午|下午|晚|晚上|晚间))?，?${subject}[^。；！？\\n]{0,40}?(${ACT})` +
        `|${subject}${DATE_SOURCE}[^。；！？\\n]{0,40}?(${ACT})`,
      'g',
    )
    if (cache.size > 32) cache.clear()
    cache.set(key, re)
  }
  re.lastIndex = 0
  return re
}

export function findMentions(
  body: Body,
  sourceText: string,
  ref: YMD | null,
  own: ReadoutEvent | null,
  ownLine: { start: number; end: number } | null,
): Mention[] {
  const out: Mention[] = []
  const re = mentionRegExp(own?.counterpart?.name ?? null)
  let m: RegExpExecArray | null
  while ((m = re.exec(body.text))) {
    const first = m[6] !== undefined
    const parts = first
      ? { year: m[1], relYear: m[2], relMonth: m[3], month: m[4], day: m[5] }
      : { year: m[7], relYear: m[8], relMonth: m[9], month: m[10], day: m[11] }
    const act = (first ? m[6] : m[12])!
    const kind = /会晤|通话|通电话|会谈|会见/.test(act) ? kindOf(act) : 'other'
    const date = resolveDateParts(parts, ref)
    const bodyStart = m.index
    const bodyEnd = m.index + m[0].length
    if (ownLine && bodyStart < ownLine.end && bodyEnd > ownLine.start) continue
    if (own && own.date && date === own.date && kind === own.kind) continue
    const { start, end } = bodyToSource(body, bodyStart, bodyEnd)
    out.push({ date, kind, text: sourceText.slice(start, end), start, end })
  }
  return out
}
