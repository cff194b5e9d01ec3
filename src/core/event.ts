// The event line: `国家主席习近平<M>月<D>日(下午)(在北京)(应约)同<国家><职务><姓名>通电话`.
// Works on normalised text (simplified, no spaces, Chinese punctuation), so 習近平同美國總統
// 拜登通電話 and `8 月 25 日` are covered. The counterpart is read from the text's own
// `国家 + 职务 + 姓名` pattern: any country, any leader.
import { DATE_SOURCE, parseNumber, resolveDateParts, type YMD } from './dates'
import { TITLE_SOURCE } from './speakers'
import type { Counterpart, EventKind, ReadoutEvent } from './types'

const HOSTS = '习近平|李强|李克强|韩正|王岐山|赵乐际|王沪宁|丁薛祥|蔡奇|王毅|胡锦涛|温家宝|习主席'
const HOST_TITLE_BEFORE =
  '(?:(?:中国|中华人民共和国)?(?:中共中央总书记、)?(?:国家主席|国务院总理|国家副主席|全国人大常委会委员长|全国政协主席|中共中央总书记|总书记|(?:中共中央政治局委员、)?(?:中央外事工作委员会办公室主任|外交部长)(?:、外交部长)?))?'
const HOST_TITLE_AFTER = '(?:主席|总理|副主席|委员长|总书记)?'
const TIME = '(?:上午|下午|中午|晚上|晚间|傍晚|早上|凌晨|晚|当天|当地时间)?'
export const MEETING_VERB_SOURCE =
  '(?:举行视[频讯]会晤|视[频讯]会晤|举行视[频讯]通话|视[频讯]通话|举行视[频讯]会议|视[频讯]会议|举行视[频讯]会见|视[频讯]会见|举行视[频讯]会谈|视[频讯]会谈|通电话|通话|举行会谈|会谈|举行会晤|会晤|举行会见|会见)'

/**
 * Groups: 1-5 leading date, 6 host, 7-11 date, 12 day only (`习近平15日同…`: the month is
 * the dateline's), 13 place, 14 以视频方式, 15 应约, then either 16 counterpart + 17 verb
 * (`同…通电话`) or 18 verb + 19 counterpart (`会见…`).
 */
const EVENT_SOURCE =
  `(?:(?:当地时间)?${DATE_SOURCE}${TIME}，?)?${HOST_TITLE_BEFORE}(${HOSTS})${HOST_TITLE_AFTER}` +
  `(?:${DATE_SOURCE}|(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?${TIME}(?:在([^，。；！？\\n同与和]{1,20}?))?(以视频方式|通过视频连线方式|通过视频方式)?(应约|应邀)?` +
  `(?:(?:同|与|和)([^，。；！？\\n]{1,40}?)(${MEETING_VERB_SOURCE})` +
  `|(会见|接见)([^，。；！？\\n]{2,40}?)(?=[，。；！？\\n]|$))`

export function eventLineRegExp(flags = 'g'): RegExp {
  return new RegExp(EVENT_SOURCE, flags)
}

export function kindOf(verb: string): EventKind {
  if (verb.includes('视频') || verb.includes('视讯')) return 'video'
  if (verb.includes('通电话') || verb.includes('通话')) return 'call'
  if (verb.includes('会谈')) return 'talks'
  if (verb.includes('会见') || verb.includes('会晤')) return 'meeting'
  return 'other'
}

const HOST_CANONICAL: Record<string, string> = { 习主席: '习近平' }

export interface EventLine {
  event: ReadoutEvent
  /** Range of the matched line in the text it was found in. */
  start: number
  end: number
  /** Month/day as written (null when the line has no date). */
  hasDate: boolean
}

/** `俄罗斯总统普京` → {普京, 俄罗斯, 总统}; `来华进行国事访问的巴西总统卢拉` → {卢拉, 巴西, 总统}; `普京总统` → {普京, null, 总统}. */
export function parseCounterpart(raw: string): Counterpart | null {
  let s = raw.replace(/^.*的/, '').replace(/^(?:新任|当选|候任)/, '')
  s = s.replace(/(?:先生|女士|阁下|陛下|殿下)$/, '')
  if (!s) return null
  const titleRe = new RegExp(`(?:(?:新任|当选|候任)?${TITLE_SOURCE}(?:兼)?)+`, 'g')
  let m: RegExpExecArray | null
  let last: RegExpExecArray | null = null
  while ((m = titleRe.exec(s))) last = m
  if (!last) return { name: s, country: null, title: null }
  const title = last[0].replace(/^(?:新任|当选|候任)/, '')
  const before = s.slice(0, last.index)
  const after = s.slice(last.index + last[0].length)
  if (after) return { name: after, country: before || null, title }
  if (before) return { name: before, country: null, title }
  return null
}

/**
 * All event lines in `text`, in order. `ref` resolves dates without a year.
 * The first one is the article's own event (see `extractEvent`).
 */
/** `今天`/`昨天` (Taiwan and Hong Kong outlets date by the publication day). */
const RELATIVE_DAY = /(今天|今日|昨天|昨日|前天)/
const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2 }
const TRAILING_TIME =
  /(?:今天|今日|昨天|昨日|前天|当天|\d{1,2}日)(?:上午|下午|晚间|晚上|晚|中午)?(?:举行|进行)?(?:非正式|正式)?$/

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

export function findEventLines(
  text: string,
  ref: YMD | null,
  monthHint: { month: number } | null = null,
): EventLine[] {
  const out: EventLine[] = []
  const re = eventLineRegExp()
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    let raw = m[16] ?? m[19]!
    let place = m[13] ?? null
    // `同法国总统马克龙在广州松园举行非正式会晤`: the place follows the counterpart.
    const at = /在([^在]{1,20}?)(?:举行|进行|共同)?(?:非正式|正式)?(?:中[^\s]{1,2}元首)?$/.exec(raw)
    if (at) {
      place ??= at[1]!
      raw = raw.slice(0, at.index)
    }
    raw = raw
      .replace(/(?:举行|进行|共同)?(?:非正式|正式)?(?:中[^\s]{1,2}元首|两国元首|元首)?$/, '')
      .replace(/一行$/, '')
    // Taiwan/HK style `與美國總統拜登今天舉行視訊會談`: a time word after the counterpart.
    const trailing = TRAILING_TIME.exec(raw)
    if (trailing && trailing.index > 0) raw = raw.slice(0, trailing.index)
    const counterpart = parseCounterpart(raw)
    if (
      !counterpart ||
      counterpart.name.length > 12 ||
      /[两双]国|元首|[、和及]/.test(counterpart.name)
    )
      continue
    const host = HOST_CANONICAL[m[6]!] ?? m[6]!
    const dateParts = m[10]
      ? { year: m[7], relYear: m[8], relMonth: m[9], month: m[10], day: m[11] }
      : m[4]
        ? { year: m[1], relYear: m[2], relMonth: m[3], month: m[4], day: m[5] }
        : m[12]
          ? dayOnly(m[12], ref, monthHint)
          : null
    const relative = dateParts ? null : RELATIVE_DAY.exec(m[0])
    const requested = m[15] === '应约'
    const verb = m[17] ?? m[18]!
    out.push({
      event: {
        date: dateParts
          ? resolveDateParts(dateParts, ref)
          : relative && ref
            ? shiftDays(ref, RELATIVE_DAYS[relative[1]!] ?? 0)
            : null,
        kind: m[14] ? 'video' : kindOf(verb),
        participants: [host, counterpart.name],
        counterpart,
        requestedBy: requested ? counterpart.name : null,
        place,
      },
      start: m.index,
      end: m.index + m[0].length,
      hasDate: dateParts !== null || (relative !== null && ref !== null),
    })
  }
  return out
}

/** Country and title of frequent counterparts, for lines that give only `普京总统`. */
const KNOWN_COUNTERPARTS: Record<string, readonly [string, string]> = {
  普京: ['俄罗斯', '总统'],
  拜登: ['美国', '总统'],
  特朗普: ['美国', '总统'],
  奥巴马: ['美国', '总统'],
  马克龙: ['法国', '总统'],
  朔尔茨: ['德国', '总理'],
  默克尔: ['德国', '总理'],
  卢拉: ['巴西', '总统'],
  莫迪: ['印度', '总理'],
  泽连斯基: ['乌克兰', '总统'],
  古特雷斯: ['联合国', '秘书长'],
  岸田文雄: ['日本', '首相'],
  尹锡悦: ['韩国', '总统'],
  金正恩: ['朝鲜', '国务委员长'],
  卢卡申科: ['白俄罗斯', '总统'],
  托卡耶夫: ['哈萨克斯坦', '总统'],
  埃尔多安: ['土耳其', '总统'],
  苏纳克: ['英国', '首相'],
  斯塔默: ['英国', '首相'],
  梅洛尼: ['意大利', '总理'],
}

/** How far into the body the article's own event line is looked for. */
const EVENT_SCAN = 20_000

/**
 * The article's own event: the first event line of the body (or the title), completed from
 * the other lines about the same counterpart (a headline without date, a lead with 应约…)
 * and from the dateline's month/day. start/end: the line in the body (-1 when from the title).
 */
export function extractEvent(
  bodyText: string,
  title: string,
  ref: YMD | null,
  dateline: { month: number; day: number } | null,
): EventLine | null {
  let lines = findEventLines(bodyText.slice(0, EVENT_SCAN), ref, dateline)
  let inTitle = false
  if (lines.length === 0) {
    lines = findEventLines(title.slice(0, 300), ref, dateline)
    inTitle = true
  }
  // The dated line is the event line proper; an undated one first is usually the headline.
  const first = lines.find((l) => l.hasDate) ?? lines[0]
  if (!first) return null
  const event: ReadoutEvent = { ...first.event, participants: [...first.event.participants] }
  const same = lines.filter((l) => l.event.counterpart?.name === event.counterpart?.name)
  if (!event.date) {
    const dated = same.find((l) => l.event.date)
    if (dated) event.date = dated.event.date
    else if (dateline)
      event.date = resolveDateParts(
        { month: String(dateline.month), day: String(dateline.day) },
        ref,
      )
  }
  if (!event.requestedBy)
    event.requestedBy = same.find((l) => l.event.requestedBy)?.event.requestedBy ?? null
  if (!event.place) event.place = same.find((l) => l.event.place)?.event.place ?? null
  if (event.counterpart && !event.counterpart.country) {
    const full = same.find((l) => l.event.counterpart?.country)
    if (full) event.counterpart = { ...full.event.counterpart! }
    else {
      // `习近平同普京总统通电话` and nothing fuller: frequent counterparts' countries.
      const known = KNOWN_COUNTERPARTS[event.counterpart.name]
      if (known) {
        event.counterpart = {
          name: event.counterpart.name,
          country: known[0],
          title: event.counterpart.title ?? known[1],
        }
      }
    }
  }
  return inTitle ? { event, start: -1, end: -1, hasDate: first.hasDate } : { ...first, event }
}
