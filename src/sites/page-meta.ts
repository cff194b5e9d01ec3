// Small helpers shared by the adapters and the generic extractor: reading meta tags and
// element text, turning the date formats of Chinese news pages and URLs into `YYYY-MM-DD`.

const BEIJING_OFFSET_MS = 8 * 3600_000

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** `YYYY-MM-DD` when the parts form a real calendar date (years 1949–2099). */
export function ymd(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const t = new Date(Date.UTC(y, m - 1, d))
  if (t.getUTCMonth() !== m - 1) return null
  return `${y}-${pad2(m)}-${pad2(d)}`
}

/** Date of an instant on the Beijing calendar (news sites publish in UTC+8). */
export function beijingDate(ms: number): string {
  const t = new Date(ms + BEIJING_OFFSET_MS)
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`
}

const ISO_INSTANT =
  /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})/
const DATE_IN_TEXT = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/
const COMPACT = /(?:^|\D)(\d{4})(\d{2})(\d{2})(?:\d{4,6})?(?!\d)/

/**
 * First date in a string: ISO instants with a zone are converted to the Beijing calendar;
 * `2021年08月25日`, `2021-08-25`, `2021/8/25`, `2021.08.25`, `20210825` are read as written.
 */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null
  const iso = ISO_INSTANT.exec(s)
  if (iso) {
    const ms = Date.parse(
      `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] === 'Z' ? 'Z' : iso[7]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`,
    )
    if (!Number.isNaN(ms)) return beijingDate(ms)
  }
  const m = DATE_IN_TEXT.exec(s)
  if (m) {
    const d = ymd(Number(m[1]), Number(m[2]), Number(m[3]))
    if (d) return d
  }
  const c = COMPACT.exec(s)
  return c ? ymd(Number(c[1]), Number(c[2]), Number(c[3])) : null
}

const URL_DATES: RegExp[] = [
  /\/(\d{4})-(\d{2})-(\d{2})\//, // sina /2021-12-16/
  /\/(\d{4})-(\d{2})\/(\d{2})\//, // xinhuanet /2022-02/25/
  /\/(\d{4})\/(\d{2})(\d{2})\//, // people /n1/2020/0710/
  /\/(\d{4})(\d{2})(\d{2})\//, // news.cn /20220225/
  /\/t(\d{4})(\d{2})(\d{2})_\d+/, // fmprc t20220225_10645701
  /\/(\d{4})(\d{2})\/(\d{2})\//, // /202112/16/
  /\/(\d{4})\/(\d{2})\/(\d{2})\//, // cctv /2021/08/25/
]

/** Publication date carried by a URL path, or null. */
export function dateFromUrl(url: URL | string): string | null {
  const path = typeof url === 'string' ? url : url.pathname
  for (const re of URL_DATES) {
    const m = re.exec(path)
    if (m) {
      const d = ymd(Number(m[1]), Number(m[2]), Number(m[3]))
      if (d) return d
    }
  }
  return null
}

/** Content of the first of the named meta tags (`name` or `property`) that is non-empty. */
export function metaContent(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el =
      doc.querySelector(`meta[property="${n}"]`) ??
      doc.querySelector(`meta[name="${n}"]`) ??
      doc.querySelector(`meta[itemprop="${n}"]`)
    const v = el?.getAttribute('content')?.trim()
    if (v) return v
  }
  return null
}

/** Trimmed text of an element with whitespace runs collapsed, or null when empty. */
export function cleanText(el: Element | null | undefined): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}

/** First element matching any selector, in selector order. */
export function firstOf(root: ParentNode, selectors: string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s)
    if (el) return el
  }
  return null
}

/** Text of the first selector that yields non-empty text. */
export function firstText(root: ParentNode, selectors: string[]): string | null {
  for (const s of selectors) {
    const t = cleanText(root.querySelector(s))
    if (t) return t
  }
  return null
}

/** `来源：新华社` → `新华社`. */
export function stripSourceLabel(s: string | null): string | null {
  if (!s) return null
  const t = s.replace(/^\s*(?:来源|来自|稿源|source)\s*[:：]?\s*/i, '').trim()
  return t || null
}

/**
 * Host patterns as in the manifest: `*.people.com.cn` matches people.com.cn and every
 * subdomain; a plain host matches itself only.
 */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase()
  for (const p of patterns) {
    if (p.startsWith('*.')) {
      const apex = p.slice(2)
      if (h === apex || h.endsWith(`.${apex}`)) return true
    } else if (h === p) return true
  }
  return false
}

/** Number of Han characters in a string (BMP ideographs and extension planes). */
export function hanCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff)
    )
      n++
    else if (c >= 0xd840 && c <= 0xd87f) {
      n++ // high surrogate of planes 2–3 (CJK extensions B–H)
      i++
    }
  }
  return n
}

/** `var commentUrl = "https://tv.cctv.com/2023/08/25/VIDE….shtml";` in CCTV's page scripts. */
const SCRIPT_URL = /\b(?:commentUrl|pageUrl|shareUrl)\s*=\s*["'](https?:\/\/[^"'\s]+)["']/

/**
 * Where a saved page came from: `<link rel=canonical>`, `og:url`, or the address CCTV pages
 * carry in a script variable (`commentUrl`). Only absolute http(s) addresses count.
 */
export function documentUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'og:url'),
  ]
  for (const c of candidates) if (c && /^https?:\/\//i.test(c.trim())) return c.trim()
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const m = SCRIPT_URL.exec(s.textContent ?? '')
    if (m) return m[1]!
  }
  return null
}

/** Elements that hold a page's publication time (CCTV `<span class="time">`, `<time>`, …). */
const TIME_SELECTORS = [
  'time[datetime]',
  '.gongneng .time',
  'span.time',
  '.info .time',
  '.pubtime',
  '.pub_time',
  '#pubtime_baidu',
]

/** Publication date of a page from its meta tags, then its time elements; null when none. */
export function documentPublished(doc: Document): string | null {
  const meta = parseDate(
    metaContent(
      doc,
      'article:published_time',
      'publishdate',
      'pubdate',
      'PubDate',
      'datePublished',
    ),
  )
  if (meta) return meta
  for (const sel of TIME_SELECTORS) {
    const el = doc.querySelector(sel)
    const d = parseDate(el?.getAttribute('datetime')) ?? parseDate(cleanText(el))
    if (d) return d
  }
  return null
}

/** `<span class="laiyuan">来源 : 央视网</span>` and similar source labels. */
export function documentOutlet(doc: Document): string | null {
  return (
    stripSourceLabel(cleanText(doc.querySelector('.laiyuan, .source, .info .source'))) ??
    stripSourceLabel(metaContent(doc, 'source', 'og:site_name'))
  )
}
