// CCTV (央视网): news.cctv.com/YYYY/MM/DD/ART<id>.shtml and other *.cctv.com channels.
// Body div.content_area (older div.cnt_bd); the info line holds 来源 and time (video pages
// tv.cctv.com/…/VIDE….shtml: `<span class="laiyuan">` and `<span class="time">`).
import type { SiteAdapter } from './types'
import {
  cleanText,
  dateFromUrl,
  documentOutlet,
  documentPublished,
  firstOf,
  firstText,
  hostMatches,
  metaContent,
  parseDate,
} from './page-meta'

const hosts = ['*.cctv.com']

export const cctv: SiteAdapter = {
  id: 'cctv',
  name: '央视网',
  hosts,
  testUrls: [
    'https://news.cctv.com/2021/08/25/ARTIqZ5bWl8vZ2sYgK3p9xTf210825.shtml',
    'https://news.cctv.com/2022/02/25/ARTI3nY2tVbF8kQ6wJp1LmXc220225.shtml',
    'https://tv.cctv.com/2021/12/15/ARTIhT0aGx7V6mPq4cL2zR9k211215.shtml',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) && /\/(?:ART|VIDE)[A-Za-z0-9]+\.shtml$/.test(url.pathname),
  extract(doc, url) {
    const title =
      firstText(doc, ['.title_area h1', '.cnt_bd h1', 'h1']) ?? metaContent(doc, 'og:title')
    const info = cleanText(
      doc.querySelector('.title_area .info1, .title_area .info, .cnt_bd .info, .function .info'),
    )
    const published =
      parseDate(metaContent(doc, 'publishdate', 'article:published_time')) ??
      parseDate(info) ??
      documentPublished(doc) ??
      dateFromUrl(url)
    const source = info ? /来源[:：]\s*([^\s|｜]+)/.exec(info) : null
    const outlet = source?.[1] ?? documentOutlet(doc) ?? '央视网'
    return {
      title,
      published,
      outlet,
      body: firstOf(doc, ['.content_area', '#content_area', 'div.cnt_bd', '#text_area']),
    }
  },
}
