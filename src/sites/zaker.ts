// ZAKER articles: www.myzaker.com/article/<24 hex>/ and app.myzaker.com/news/article.php?pk=….
// The time line is often relative (刚刚, 5分钟前, 昨天 08:30); the article id is a MongoDB
// ObjectId whose first 8 hex digits are the creation time in Unix seconds.
import type { SiteAdapter } from './types'
import {
  beijingDate,
  dateFromUrl,
  firstOf,
  firstText,
  hostMatches,
  metaContent,
  parseDate,
} from './page-meta'

const hosts = ['www.myzaker.com', 'app.myzaker.com']
const OBJECT_ID = /^[0-9a-f]{24}$/

/** The 24-hex article id of a ZAKER URL, or null. */
export function zakerArticleId(url: URL): string | null {
  if (url.hostname === 'app.myzaker.com') {
    const pk = url.searchParams.get('pk')
    return pk && OBJECT_ID.test(pk) ? pk : null
  }
  const m = /^\/article\/([0-9a-f]{24})\/?$/.exec(url.pathname)
  return m ? m[1]! : null
}

/** Creation date (Beijing calendar) encoded in the article's ObjectId. */
export function dateFromObjectId(id: string): string {
  return beijingDate(parseInt(id.slice(0, 8), 16) * 1000)
}

/**
 * ZAKER's time line → `YYYY-MM-DD`: absolute dates as written; 刚刚 / N分钟前 / N小时前 /
 * N天前 / 昨天 / 前天 resolved against `now`; `MM-DD` without a year takes the latest year
 * that does not put the date in the future.
 */
export function resolveZakerTime(s: string | null, now: Date): string | null {
  if (!s) return null
  const t = s.trim()
  const abs = parseDate(t)
  if (abs) return abs
  const ms = now.getTime()
  if (/^刚刚/.test(t)) return beijingDate(ms)
  const rel = /(\d+)\s*(秒|分钟|小时|天)前/.exec(t)
  if (rel) {
    const unit = { 秒: 1000, 分钟: 60_000, 小时: 3600_000, 天: 86400_000 }[
      rel[2] as '秒' | '分钟' | '小时' | '天'
    ]
    return beijingDate(ms - Number(rel[1]) * unit)
  }
  if (/^昨天/.test(t)) return beijingDate(ms - 86400_000)
  if (/^前天/.test(t)) return beijingDate(ms - 2 * 86400_000)
  const md = /(\d{1,2})\s*(?:-|月)\s*(\d{1,2})/.exec(t)
  if (md) {
    const today = beijingDate(ms)
    let y = Number(today.slice(0, 4))
    const mmdd = `${md[1]!.padStart(2, '0')}-${md[2]!.padStart(2, '0')}`
    if (mmdd > today.slice(5)) y -= 1
    return parseDate(`${y}-${mmdd}`)
  }
  return null
}

export const zaker: SiteAdapter = {
  id: 'zaker',
  name: 'ZAKER',
  hosts,
  testUrls: [
    'https://www.myzaker.com/article/6126520c8e9f0920d6466c2a/',
    'https://www.myzaker.com/article/6218b4e18e9f0904b1457e6b',
    'https://app.myzaker.com/news/article.php?pk=61bab6ba8e9f09338b2c5a8d',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) => hostMatches(url.hostname, hosts) && zakerArticleId(url) !== null,
  extract(doc, url) {
    const title =
      firstText(doc, ['.article_header h1', '.article_title', 'h1']) ?? metaContent(doc, 'og:title')
    const id = zakerArticleId(url)
    const published =
      resolveZakerTime(
        firstText(doc, ['.article_header span.time', 'span.time', '.time']),
        new Date(),
      ) ??
      parseDate(metaContent(doc, 'article:published_time', 'pubdate')) ??
      (id ? dateFromObjectId(id) : dateFromUrl(url))
    const outlet =
      firstText(doc, ['.article_header span.auther', 'span.auther', '.auther', '.author']) ??
      'ZAKER'
    return {
      title,
      published,
      outlet,
      body: firstOf(doc, ['div.article_content', '#content', '.article-content']),
    }
  },
}
