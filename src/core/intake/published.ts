// Publication dates as found in page furniture: datelines, RFC 2822 front matter, URLs.
// All results are `YYYY-MM-DD` in China time (UTC+8): the sites publish on Beijing time.

const CHINA_OFFSET_MS = 8 * 3600_000
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const t = new Date(Date.UTC(y, m - 1, d))
  if (t.getUTCMonth() !== m - 1) return null // 2月30日
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function chinaDateOf(utcMs: number): string | null {
  const t = new Date(utcMs + CHINA_OFFSET_MS)
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/**
 * Front-matter `date:` values: RFC 2822 (`Wed, 25 Aug 2021 16:44:18 GMT`), ISO 8601 with a zone
 * (`2021-08-25T16:44:18Z`), or a zoneless local date/time (taken as Beijing time as written).
 */
export function parseFrontMatterDate(value: string): string | null {
  const v = value.trim()
  const rfc =
    /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,3}|[+-]\d{4})?$/.exec(
      v,
    )
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase())
    if (month < 0) return null
    const [y, d] = [Number(rfc[3]), Number(rfc[1])]
    if (!isoDate(y, month + 1, d)) return null
    if (rfc[4] === undefined) return isoDate(y, month + 1, d)
    const zone = rfc[7]
    let offsetMin = 0
    if (zone && /^[+-]\d{4}$/.test(zone)) {
      offsetMin =
        (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)))
    } else if (zone) {
      const h = ZONES[zone.toUpperCase()]
      if (h === undefined) return null
      offsetMin = h * 60
    }
    const utc =
      Date.UTC(y, month, d, Number(rfc[4]), Number(rfc[5]), Number(rfc[6] ?? 0)) -
      offsetMin * 60_000
    return chinaDateOf(utc)
  }
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      v,
    )
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    if (!iso[7]) return isoDate(y, m, d)
    const z = iso[7]
    const offsetMin =
      z === 'Z' ? 0 : (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)))
    return chinaDateOf(
      Date.UTC(y, m - 1, d, Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)) -
        offsetMin * 60_000,
    )
  }
  return null
}

/**
 * A dateline line of a scraped page: `2021-08-25 17:49:38 人民日报客户端`, `2020-07-10 15:03:58`,
 * `2021年08月25日 17:49 来源：新华网`, `发布时间：2021/08/25`. The whole line must be a dateline,
 * so a date inside a body sentence never matches. Returns the date and any trailing source.
 */
export function parseDateline(line: string): { date: string; source: string | null } | null {
  const m =
    /^(?:(?:发布|更新|發布|更新|發佈)?(?:时间|時間)\s*[:：]\s*)?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[|｜]?\s*(?:(?:来源|來源|来自|來自|稿源)\s*[:：]\s*)?(\S.{0,29}))?$/.exec(
      line,
    )
  if (!m) return null
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
  if (!date) return null
  const source = m[4]?.trim() || null
  return { date, source }
}

/** A date written inside a line (`来源：新华网 2022-02-25 19:51`), and the line without it. */
export function dateInLine(line: string): { date: string; rest: string } | null {
  const m =
    /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/.exec(
      line,
    )
  if (!m) return null
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
  return date
    ? { date, rest: (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).trim() }
    : null
}

/** `/2022-06/15/`, `/20220615/`, `t20220615_…`, `/n1/2022/0615/` in an article URL. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null
  const patterns: RegExp[] = [
    /\/(20\d{2})-(\d{2})[-/](\d{2})\//,
    /\/(20\d{2})\/(\d{2})(\d{2})\//,
    /[/_t](20\d{2})(\d{2})(\d{2})(?=[/_.]|$)/,
  ]
  for (const p of patterns) {
    const m = p.exec(url)
    if (m) {
      const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
      if (d) return d
    }
  }
  return null
}
