// The event line, parsed as a structure rather than matched as a window of characters:
//
//   [lead with date]，[modifier 的][host titles]HOST[suffix] [date|day][time] [在 place]
//   [以视频方式][应约] 同|与|和 COUNTERPART [在 place] [举行|进行][双边|正式] VERB
//                    | [亲切]会见|接见[了] COUNTERPART [，…]
//
// COUNTERPART = [modifier clause ending in 的] title chain + name (`来华出席…峰会并进行国事访问的
// 马来西亚总理安瓦尔`, `老挝人民革命党中央总书记、国家主席通伦`, `欧洲理事会主席米歇尔和欧盟委员会
// 主席冯德莱恩`), or name + title (`希奇莱马总统`), or a group (`…代表`: no counterpart).
// Works on normalised text (simplified, no spaces, Chinese punctuation). Hosts and titles
// come from the lexicon (leaders.ts).
import { DATE_SOURCE, parseNumber, resolveDateParts, type YMD } from './dates'
import {
  HOST_CANONICAL,
  HOST_FORMS,
  HOST_SUFFIXES,
  HOST_TITLES,
  KNOWN_COUNTERPARTS,
  STATE_TITLES,
  TITLES,
  alternation,
  FOREIGN_LEADERS,
} from './leaders'
import { ADVERBS_SOURCE, VERB_SOURCE } from './speakers'
import type { Counterpart, EventKind, ReadoutEvent } from './types'

/** A meeting verb, with the words that may stand before it (`举行双边会见`). */
export const MEETING_VERB_SOURCE =
  '(?:(?:举行|进行)?(?:双边|正式|非正式)?(?:视[频讯](?:会晤|通话|会议|会见|会谈)|通电话|通话|会谈|会晤|会见))'

export function kindOf(verb: string): EventKind {
  if (verb.includes('视频') || verb.includes('视讯')) return 'video'
  if (verb.includes('通电话') || verb.includes('通话')) return 'call'
  if (verb.includes('会谈')) return 'talks'
  if (verb.includes('会见') || verb.includes('会晤')) return 'meeting'
  return 'other'
}

/** Host with its title chain: `中共中央总书记、国家主席、中央军委主席习近平`, `习近平主席`. */
const HOST_SOURCE = `(?:(?:中国|中华人民共和国)?(?:(?:${alternation(HOST_TITLES)})、?)+)?(${alternation(HOST_FORMS)})(?:${alternation(HOST_SUFFIXES)})?`
const HOST_RE = new RegExp(HOST_SOURCE, 'g')
const CONNECTOR = /同|与|和|会见|接见/g
const VERB_RE = new RegExp(MEETING_VERB_SOURCE, 'g')
const TIME = '(?:上午|下午|中午|晚上|晚间|傍晚|早上|凌晨|晚|当天)'
const DATE_RE = new RegExp(DATE_SOURCE)
/** A day without month (`当地时间15日`, `30日下午`): not part of `6月15日`. */
const DAY_RE =
  /(?:^|[^月\d一二三四五六七八九十])(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?!电)/
const RELATIVE_DAY = /(今天|今日|昨天|昨日|前天)/
const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2 }
const VIDEO_MODE = /以视频方式|通过视频连线方式|通过视频方式/
/** A counterpart phrase longer than this (modifier clause included) is not one: it also
 *  bounds the work per host on pages full of names. */
const NP_MAX = 100
/** What may stand between the host and the connector: date, time, place, mode, 应约. */
const PRE_MAX = 60
const NOT_PRE = /[，；：“”]|强调|指出|表示|讲话|致辞|考察|视察|主持|说/
/** A lead before the host that reports speech: the host is mentioned, not meeting. */
const SPEECH_IN_LEAD = /表示|指出|强调|说|认为|希望|回顾|感谢|[“”]/
/** Honorifics after a name: `法赫德亲王`, `…先生`. */
const HONORIFIC = /(?:先生|女士|阁下|陛下|殿下|亲王|王子|公主)$/
/** `同X举行中美元首会晤`, `同X举行中法欧三方会晤`: what describes the meeting after X. */
const MEETING_DESCRIPTOR = /(?:举行|进行)[^举进在]{0,10}$/
/** Names: Han characters, `·` and `-` (`谢尔达尔·别尔德穆哈梅多夫`, `迪亚斯-卡内尔`). */
const NAME = /^[\u4e00-\u9fff][\u4e00-\u9fff·•‧\-－]{0,15}$/
const NOT_A_NAME = /[两双]国|元首|领导人|代表|[，、和及“”《》]/
/** `会见…代表`: a group, not one counterpart. */
const GROUP = /(?:代表|们|人员|人士|嘉宾|负责人|团|家属|英模|集体|获奖者|朋友|青年|学生|群众|干部)$/
const TITLE_RUN = new RegExp(`(?:(?:新任|当选|候任)?(?:${alternation(TITLES)})(?:兼|、)?)+`, 'g')
const STATE_TITLE_END = new RegExp(`(?:${alternation(STATE_TITLES)})$`)
/** A country or organisation part that is the party before a title chain (`老挝人民革命党中央`). */
const ORGAN_TAIL = /(?:中央委员会|中央)$/

export interface EventLine {
  event: ReadoutEvent
  /** Range of the matched line in the text it was found in. */
  start: number
  end: number
  /** The line gives its own date (or a relative day resolved against the page). */
  hasDate: boolean
  /** The counterpart was read from `name + title` only (`希奇莱马总统`: may be a country) or
   *  from a bare name. */
  weak: Weakness
  /** The line says 应约. */
  requested: boolean
  /** Country and title of a counterpart named only by office (`南非总统`). */
  office?: { country: string; title: string | null }
}

/** How sure a counterpart's name is: `office` — a name before a title, which may be a
 *  country (`希奇莱马总统` / `坦桑尼亚总统`); `bare` — a name without any title. */
type Weakness = false | 'office' | 'bare'

interface Person {
  counterpart: Counterpart
  weak: Weakness
}

/**
 * One person: `国家主席通伦` → {通伦, 国家主席}; `老挝人民革命党中央总书记、国家主席通伦` →
 * {通伦, 老挝人民革命党, 总书记、国家主席}; `普京总统` → office-weak {普京}; `米尔济约耶夫`
 * (allowBare) → bare-weak.
 */
function personOf(text: string, allowBare: boolean): Person | null {
  let s = text.replace(HONORIFIC, '')
  let last: RegExpExecArray | null = null
  TITLE_RUN.lastIndex = 0
  for (let m = TITLE_RUN.exec(s); m; m = TITLE_RUN.exec(s)) last = m
  // A bare name (`同米尔济约耶夫举行会谈`): kept only when the body confirms it.
  if (!last)
    return allowBare && s.length <= 12 && NAME.test(s) && !NOT_A_NAME.test(s)
      ? { counterpart: { name: s, country: null, title: null }, weak: 'bare' }
      : null
  const title = last[0].replace(/^(?:新任|当选|候任)/, '').replace(/[兼、]$/, '')
  const before = s.slice(0, last.index)
  const after = s.slice(last.index + last[0].length)
  if (after) {
    if (!NAME.test(after) || NOT_A_NAME.test(after)) return null
    const country = before.replace(/、$/, '').split('、').pop()!.replace(ORGAN_TAIL, '') || null
    return { counterpart: { name: after, country, title }, weak: false }
  }
  s = before
  if (!s || !STATE_TITLE_END.test(title) || s.length > 10 || !NAME.test(s) || NOT_A_NAME.test(s))
    return null
  return { counterpart: { name: s, country: null, title }, weak: 'office' }
}

/**
 * The people of a counterpart phrase, primary first: `来华进行国事访问的巴西总统卢拉` → [卢拉];
 * `老挝人民革命党中央总书记、国家主席通伦` → [通伦]; `欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩`
 * → [米歇尔, 冯德莱恩]; `阿尔及利亚总统特本` → [特本] (a separator inside a name or a title
 * chain joins the pieces again). Empty when the phrase names nobody.
 */
export function parsePeople(raw: string): Person[] {
  // The modifier clause ends with the last 的 (`来华出席…并进行正式访问的`).
  const cut = raw.lastIndexOf('的')
  const s = (cut >= 0 ? raw.slice(cut + 1) : raw)
    .replace(/^了/, '')
    .replace(/^(?:新任|当选|候任)/, '')
    .replace(/一行$/, '')
    // `普京（Vladimir Putin）`: a foreign spelling in brackets.
    .replace(/[（(][^（）()]*[）)]$/, '')
  const people: Person[] = []
  let pending = ''
  const tokens = s.split(/(和|及|与|、)/)
  for (let i = 0; i < tokens.length; i += 2) {
    const candidate = pending + tokens[i]!
    const p = candidate ? personOf(candidate, false) : null
    if (p) {
      people.push(p)
      pending = ''
    } else pending = candidate + (tokens[i + 1] ?? '')
  }
  if (people.length === 0) {
    const bare = personOf(s, true)
    if (bare) people.push(bare)
  }
  return people
}

/** `俄罗斯总统普京` → {普京, 俄罗斯, 总统}; `普京总统` → {普京, null, 总统}; nobody → null. */
export function parseCounterpart(raw: string): Counterpart | null {
  return parsePeople(raw)[0]?.counterpart ?? null
}

function shiftDays(d: YMD, days: number): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days))
  return t.toISOString().slice(0, 10)
}

/**
 * A day without month (`15日`): the month is the dateline's, else the reference month (or
 * the one before when the day is still to come).
 */
function dayOnly(
  day: string,
  ref: YMD | null,
  monthHint: { month: number } | null,
): { year?: string; month: string; day: string } | null {
  if (monthHint) return { month: String(monthHint.month), day }
  if (!ref) return null
  const d = parseNumber(day)
  const back = d > ref.day + 1
  const month = back ? (ref.month === 1 ? 12 : ref.month - 1) : ref.month
  const year = back && ref.month === 1 ? ref.year - 1 : ref.year
  return { year: String(year), month: String(month), day }
}

/** The first date (full, else day only, else 今天/昨天) written in `s`. */
export function dateIn(
  s: string,
  ref: YMD | null,
  monthHint: { month: number } | null,
): string | null {
  const m = DATE_RE.exec(s)
  if (m)
    return resolveDateParts(
      { year: m[1], relYear: m[2], relMonth: m[3], month: m[4], day: m[5] },
      ref,
    )
  const d = DAY_RE.exec(s)
  if (d) {
    const parts = dayOnly(d[1]!, ref, monthHint)
    return parts ? resolveDateParts(parts, ref) : null
  }
  const r = RELATIVE_DAY.exec(s)
  return r && ref ? shiftDays(ref, RELATIVE_DAYS[r[1]!] ?? 0) : null
}

const LOOK_BACK = 160
const LOOK_AHEAD = 320

function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - LOOK_BACK)
  let s = from
  for (let i = at - 1; i >= from; i--) {
    const c = text[i]
    if (c === '。' || c === '！' || c === '？' || c === '\n') {
      s = i + 1
      break
    }
  }
  return s
}

function sentenceEnd(text: string, from: number): number {
  // Only LOOK_AHEAD characters are searched: a page without full stops stays linear.
  const to = Math.min(text.length, from + LOOK_AHEAD)
  for (let i = from; i < to; i++) {
    const c = text[i]
    if (c === '。' || c === '！' || c === '？' || c === '\n') return i
  }
  return to
}

/** What follows the connector: the people (none for a group), the verb, where the line ends. */
interface Parsed {
  people: Person[]
  verb: string
  /** End of the line in the text. */
  end: number
  /** A place written after the counterpart (`同X在广州松园举行…`). */
  placeAfter: string | null
}

/** `同|与|和 COUNTERPART VERB`: the first verb that does not end a modifier (`…会晤的`).
 *  `verbs`: the meeting verbs of the tail, found once per host. */
function parseWith(
  tail: string,
  at: number,
  base: number,
  verbs: readonly RegExpExecArray[],
): Parsed | null {
  for (const v of verbs) {
    if (v.index < at || tail[v.index + v[0].length] === '的') continue
    if (v.index - at > NP_MAX) return null
    let np = tail.slice(at, v.index).replace(MEETING_DESCRIPTOR, '')
    if (!np || /[，；]/.test(np)) return null
    let placeAfter: string | null = null
    // `同法国总统马克龙在广州松园举行非正式会晤`: the place follows the counterpart.
    const place = /在([^在的]{1,20}?)(?:共同)?(?:中[^\s]{1,2}元首|两国元首|元首)?$/.exec(np)
    if (place) {
      placeAfter = place[1]!
      np = np.slice(0, place.index)
    }
    np = np.replace(
      /(?:今天|今日|昨天|昨日|前天|当天|\d{1,2}日)?(?:上午|下午|晚间|晚上|晚|中午)?(?:共同)?$/,
      '',
    )
    const people = parsePeople(np)
    if (people.length === 0) return null
    return { people, verb: v[0], end: base + v.index + v[0].length, placeAfter }
  }
  return null
}

/** `会见|接见 COUNTERPART`: up to the clause end, a group (`…代表`) when it names nobody. */
function parseMeet(tail: string, at: number, verb: string, base: number): Parsed | null {
  const rest = tail.slice(at)
  const clause = rest.slice(0, rest.search(/[，；]|$/))
  if (clause.length > NP_MAX) return null
  let np = clause.replace(/^了/, '')
  const cut = np.lastIndexOf('的')
  // `会见X并共同出席…`: what follows the counterpart.
  const and = np.slice(cut + 1).search(/并|，/)
  if (and >= 0) np = np.slice(0, cut + 1 + and)
  const people = parsePeople(np)
  const end = base + at + clause.length
  if (people.length || GROUP.test(np)) return { people, verb, end, placeAfter: null }
  return null
}

/** The event line whose host is at `host` (a HOST_RE match), or null when it is none. */
function parseAt(
  text: string,
  host: RegExpExecArray,
  ref: YMD | null,
  monthHint: { month: number } | null,
): EventLine | null {
  const start = sentenceStart(text, host.index)
  const hostEnd = host.index + host[0].length
  const end = sentenceEnd(text, hostEnd)
  const tail = text.slice(hostEnd, end)
  let verbs: RegExpExecArray[] | null = null
  CONNECTOR.lastIndex = 0
  for (let c = CONNECTOR.exec(tail); c; c = CONNECTOR.exec(tail)) {
    const pre = tail.slice(0, c.index)
    if (pre.length > PRE_MAX || NOT_PRE.test(pre)) return null
    const at = c.index + c[0].length
    const parsed =
      c[0] === '会见' || c[0] === '接见'
        ? parseMeet(tail, at, c[0], hostEnd)
        : parseWith(tail, at, hostEnd, (verbs ??= [...tail.matchAll(VERB_RE)]))
    if (!parsed) continue
    // `央视网消息（新闻联播）：当地时间…，`: the lead after an outlet's colon.
    const lead = text.slice(start, host.index).replace(/^.*[：:]/, '')
    if (SPEECH_IN_LEAD.test(lead)) return null
    const hostName = HOST_CANONICAL.get(host[1]!) ?? host[1]!
    const ownDate = dateIn(pre, ref, monthHint)
    const date = ownDate ?? dateIn(lead, ref, monthHint)
    const requested = /应约/.test(pre) || /应约$/.test(lead)
    const video = VIDEO_MODE.test(pre)
    let kind = kindOf(parsed.verb)
    // A summit held by video (以视频方式…会晤/会谈) is a video meeting; an audience (会见) stays one.
    if (video && (kind === 'talks' || /会晤/.test(parsed.verb))) kind = 'video'
    const placeRaw = /在(.+)$/.exec(
      pre
        .replace(new RegExp(`${DATE_SOURCE}|\\d{1,2}日|${TIME}|当地时间`, 'g'), '')
        .replace(VIDEO_MODE, '')
        .replace(/应约|应邀|亲切|还|并|分别|共同/g, ''),
    )
    const person = parsed.people[0] ?? null
    const counterpart = person ? completeCounterpart(person.counterpart) : null
    return {
      event: {
        date,
        kind,
        participants: [hostName, ...parsed.people.map((p) => p.counterpart.name)],
        counterpart,
        requestedBy: requested && counterpart ? counterpart.name : null,
        place: placeRaw?.[1] || parsed.placeAfter,
      },
      start,
      end: parsed.end,
      hasDate: date !== null,
      weak: person?.weak ?? false,
      requested,
    }
  }
  return null
}

/** `普京总统` alone: the country and title of a frequent counterpart. */
function completeCounterpart(c: Counterpart): Counterpart {
  if (c.country) return c
  const known = KNOWN_COUNTERPARTS[c.name]
  return known ? { name: c.name, country: known[0], title: c.title ?? known[1] } : c
}

/**
 * All event lines in `text`, in order. `ref` resolves dates without a year; `monthHint`
 * (the dateline's month) the month of a day-only date. The first one is usually the
 * article's own event (see `extractEvent`).
 */
export function findEventLines(
  text: string,
  ref: YMD | null,
  monthHint: { month: number } | null = null,
): EventLine[] {
  const out: EventLine[] = []
  HOST_RE.lastIndex = 0
  let lastEnd = -1
  for (let h = HOST_RE.exec(text); h; h = HOST_RE.exec(text)) {
    if (h.index < lastEnd) continue
    const line = parseAt(text, h, ref, monthHint)
    if (!line) continue
    out.push(line)
    lastEnd = line.end
    HOST_RE.lastIndex = line.end
  }
  return out
}

/** The sentence `s` opens with an event line (after any dateline or lead-in date). */
export function isEventLine(s: string): boolean {
  HOST_RE.lastIndex = 0
  const h = HOST_RE.exec(s.slice(0, 120))
  if (!h) return false
  const line = parseAt(s, h, null, null)
  return line !== null && line.start === 0
}

/** How far into the body the article's own event line is looked for. */
const EVENT_SCAN = 20_000

/** `希奇莱马总统` names a person only when that name also speaks (`希奇莱马表示`). */
function confirmsName(spoken: () => string[], name: string): boolean {
  return FOREIGN_LEADERS.includes(name) || spoken().includes(name)
}

/** Paragraph-opening subjects of a reporting verb (`拉马福萨表示`), hosts and sides left out. */
const OPENING_SPEAKER = new RegExp(
  `(?:^|\\n)([\\u4e00-\\u9fff][\\u4e00-\\u9fff·\\-]{1,11}?)${ADVERBS_SOURCE}${VERB_SOURCE}`,
  'g',
)
const NOT_A_SPEAKER = /方$|双方|两国|元首|领导人|[他她我]|会谈|会见|通话|会晤/

function speakers(body: string): string[] {
  const out: string[] = []
  OPENING_SPEAKER.lastIndex = 0
  for (let m = OPENING_SPEAKER.exec(body); m; m = OPENING_SPEAKER.exec(body)) {
    const name = m[1]!
    if (!HOST_CANONICAL.has(name) && !NOT_A_SPEAKER.test(name) && !out.includes(name))
      out.push(name)
  }
  return out
}

/**
 * A weak counterpart the body does not confirm: a bare name drops the line; a name before a
 * title becomes the office (`南非总统`: country and title, the name still to be found).
 */
function confirmed(l: EventLine, spoken: () => string[]): EventLine | null {
  const cp = l.event.counterpart
  if (!l.weak || !cp || confirmsName(spoken, cp.name)) return l
  if (l.weak === 'bare') return null
  return {
    ...l,
    event: {
      ...l.event,
      counterpart: null,
      requestedBy: null,
      participants: l.event.participants.slice(0, 1),
    },
    weak: false,
    office: { country: cp.name, title: cp.title },
  }
}

/**
 * The article's own event: the first dated event line of the body (or the title), completed
 * from the other lines about the same counterpart (a headline without date, a lead with 应约…),
 * the lead of its paragraph, the dateline's month/day, and last the page's own date (`ref`).
 * A line that gives only an office (`两国元首举行会谈` after `习近平同南非总统会谈`) takes the
 * first foreign speaker of the body as the counterpart. start/end: the line in the body (-1
 * when from the title).
 */
export function extractEvent(
  bodyText: string,
  title: string,
  ref: YMD | null,
  dateline: { month: number; day: number } | null,
): EventLine | null {
  const body = bodyText.slice(0, EVENT_SCAN)
  // Who opens a paragraph speaking: found once, only when a weak name needs it.
  let opening: string[] | null = null
  const spoken = () => (opening ??= speakers(body))
  const confirm = (ls: EventLine[]) =>
    ls.map((l) => confirmed(l, spoken)).filter((l): l is EventLine => l !== null)
  const own = confirm(findEventLines(body, ref, dateline))
  const headline = confirm(findEventLines(title.slice(0, 300), ref, dateline))
  const lines = [...own, ...headline]
  const first = own.find((l) => l.hasDate) ?? own[0] ?? headline[0]
  if (!first) return null
  const inTitle = !own.includes(first)
  const event: ReadoutEvent = { ...first.event, participants: [...first.event.participants] }
  const host = event.participants[0]
  if (!event.counterpart) {
    const named = lines.find((l) => l.event.counterpart && l.event.participants[0] === host)
    if (named) {
      event.counterpart = named.event.counterpart
      event.participants = [...named.event.participants]
    } else {
      const office = lines.find((l) => l.office)?.office
      const speaker = office ? spoken()[0] : undefined
      if (office && speaker) {
        event.counterpart = { name: speaker, country: office.country, title: office.title }
        event.participants = [host!, speaker]
      }
    }
  }
  const same = lines.filter((l) => l.event.counterpart?.name === event.counterpart?.name)
  if (!event.date) {
    const dated = same.find((l) => l.event.date)
    const paragraphStart = body.lastIndexOf('\n', Math.max(0, first.start - 1)) + 1
    const lead = inTitle ? '' : body.slice(paragraphStart, first.start)
    event.date =
      dated?.event.date ??
      dateIn(lead, ref, dateline) ??
      (dateline
        ? resolveDateParts({ month: String(dateline.month), day: String(dateline.day) }, ref)
        : null) ??
      (ref ? shiftDays(ref, 0) : null)
  }
  if (!event.requestedBy && event.counterpart && same.some((l) => l.requested))
    event.requestedBy = event.counterpart.name
  if (!event.place) event.place = same.find((l) => l.event.place)?.event.place ?? null
  if (event.counterpart && !event.counterpart.country) {
    const full = same.find((l) => l.event.counterpart?.country)
    if (full) event.counterpart = { ...full.event.counterpart! }
  }
  return inTitle ? { ...first, event, start: -1, end: -1 } : { ...first, event }
}
