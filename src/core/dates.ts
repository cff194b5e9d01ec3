// Chinese dates → YYYY-MM-DD. Works on normalised text (half-width digits, simplified).
// A date without a year takes it from a reference date (publication date, URL, dateline):
// readouts report the past, so a month/day later than the reference falls in the year before.

export interface YMD {
  year: number
  month: number
  day: number
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** `25`, `二十五`, `十二`, `三十一`, `二〇二一` (digit by digit) → number, or NaN. */
export function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  if (!s.includes('十')) {
    let v = 0
    for (const ch of s) {
      const d = CN_DIGIT[ch]
      if (d === undefined) return NaN
      v = v * 10 + d
    }
    return s.length ? v : NaN
  }
  const [tens, ones] = s.split('十') as [string, string]
  const t = tens === '' ? 1 : CN_DIGIT[tens]
  const o = ones === '' ? 0 : CN_DIGIT[ones]
  if (t === undefined || o === undefined || tens.length > 1 || ones.length > 1) return NaN
  return t * 10 + o
}

export function pad(n: number): string {
  return String(n).padStart(2, '0')
}

export function formatYMD(d: YMD): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`
}

export function isValidYMD(d: YMD): boolean {
  if (!(d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1))
    return false
  const days = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate()
  return d.day <= days
}

/** `YYYY-MM-DD` (or a longer ISO string) → YMD. */
export function parseISODate(s: string | null | undefined): YMD | null {
  if (!s) return null
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s)
  if (!m) return null
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  return isValidYMD(d) ? d : null
}

/** Publication date encoded in a news URL: `/2022-06/15/`, `/20220615/`, `t20220615_`, `/n1/2022/0615/`, `/2021-08-25/`. */
export function dateFromUrl(url: string | null | undefined): YMD | null {
  if (!url) return null
  const patterns: RegExp[] = [
    /\/(20\d{2}|19\d{2})-(\d{2})\/(\d{2})\//,
    /\/n\d\/(20\d{2})\/(\d{2})(\d{2})\//,
    /[/_t](20\d{2})(\d{2})(\d{2})(?=[/_.])/,
    /\/(20\d{2})-(\d{2})-(\d{2})\//,
    /\/(20\d{2})\/(\d{2})\/(\d{2})\//,
  ]
  for (const re of patterns) {
    const m = re.exec(url)
    if (!m) continue
    const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    if (isValidYMD(d)) return d
  }
  // gov.cn `/202306/content_…`: year and month only — the month's last day as a bound.
  const ym = /\/(20\d{2})(\d{2})\//.exec(url)
  if (ym) {
    const year = Number(ym[1])
    const month = Number(ym[2])
    if (month >= 1 && month <= 12)
      return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() }
  }
  return null
}

/** Month/day of a Xinhua-style dateline: `新华社北京8月25日电`, `新华社莫斯科3月21日电（记者…）`. */
export function datelineMonthDay(
  text: string,
): { month: number; day: number; index: number } | null {
  const m =
    /(?:新华社|中新社|人民日报|央视网|人民网|国际在线|中国新闻网|本报|新华网|中新网)[^\n。，]{0,12}?(\d{1,2})月(\d{1,2})日(?:电|讯)/.exec(
      text,
    )
  if (!m) return null
  return { month: Number(m[1]), day: Number(m[2]), index: m.index }
}

/** A full date written in the text (scraped time line such as `2021-08-25 17:49:38`, or `2021年8月25日`). */
export function firstFullDate(text: string): YMD | null {
  const re = /(20\d{2})(?:-(\d{1,2})-(\d{1,2})|年(\d{1,2})月(\d{1,2})日)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const d = { year: Number(m[1]), month: Number(m[2] ?? m[4]), day: Number(m[3] ?? m[5]) }
    if (isValidYMD(d)) return d
  }
  return null
}

/** Relative year words → offset from the reference year. */
const RELATIVE_YEAR: Record<string, number> = {
  今年: 0,
  本年: 0,
  去年: -1,
  前年: -2,
  明年: 1,
  后年: 2,
}

const NUM = '(?:\\d{1,4}|[〇零一二三四五六七八九十两]{1,4})'
/** A date expression in normalised text (groups: year, relYear, relMonth, month, day). */
export const DATE_SOURCE = `(?:(\\d{4}|[〇零一二三四五六七八九]{4})年|(今年|本年|去年|前年|明年|后年))?(?:(上月|本月|当月|下月)|(${NUM})月)(${NUM})[日号]`

/**
 * Resolve one matched date expression to `YYYY-MM-DD` against a reference date.
 * `pastOnly`: a month/day after the reference (without explicit year) means the year before.
 */
export function resolveDateParts(
  parts: { year?: string; relYear?: string; relMonth?: string; month?: string; day?: string },
  ref: YMD | null,
  pastOnly = true,
): string | null {
  const day = parseNumber(parts.day ?? '')
  let month = NaN
  let year = NaN
  if (parts.relMonth) {
    if (!ref) return null
    const delta = parts.relMonth === '上月' ? -1 : parts.relMonth === '下月' ? 1 : 0
    const idx = ref.year * 12 + (ref.month - 1) + delta
    year = Math.floor(idx / 12)
    month = (idx % 12) + 1
  } else {
    month = parseNumber(parts.month ?? '')
  }
  if (parts.year) year = parseNumber(parts.year)
  else if (parts.relYear) {
    if (!ref) return null
    year = ref.year + (RELATIVE_YEAR[parts.relYear] ?? 0)
  } else if (!parts.relMonth) {
    if (!ref) return null
    year = ref.year
    // Allow one day of slack for time zones (published in UTC, dated in Beijing).
    if (pastOnly && (month > ref.month || (month === ref.month && day > ref.day + 1))) year -= 1
  }
  const d = { year, month, day }
  return isValidYMD(d) ? formatYMD(d) : null
}

/** Resolve the first date expression in `s` (e.g. `8月25日`, `二〇二一年八月二十五日`, `去年12月15日`). */
export function resolveChineseDate(s: string, ref: YMD | null, pastOnly = true): string | null {
  const m = new RegExp(DATE_SOURCE).exec(s)
  if (!m) return null
  return resolveDateParts(
    { year: m[1], relYear: m[2], relMonth: m[3], month: m[4], day: m[5] },
    ref,
    pastOnly,
  )
}
