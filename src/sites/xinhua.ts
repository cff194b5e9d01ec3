// Xinhua: www.news.cn/<section>/YYYYMMDD/<32 hex>/c.html (2021+) and the older
// *.xinhuanet.com/…/YYYY-MM/DD/c_<n>.htm. Body #detail (news.cn), #detailContent, #p-detail.
import type { SiteAdapter } from './types'
import {
  cleanText,
  dateFromUrl,
  firstOf,
  firstText,
  hostMatches,
  metaContent,
  parseDate,
  stripSourceLabel,
} from './page-meta'

const hosts = ['www.news.cn', '*.xinhuanet.com']

/** news.cn splits the time line: `<span class="year"><em>2022</em></span><span class="day"><em>02</em>/<em>25</em></span>`. */
function headerDate(doc: Document): string | null {
  const year = cleanText(doc.querySelector('.header-time .year'))
  const day = cleanText(doc.querySelector('.header-time .day'))
  if (year && day) {
    const d = parseDate(`${year}-${day.replace(/\s*\/\s*/, '-')}`)
    if (d) return d
  }
  return parseDate(firstText(doc, ['.h-time', '.info .time', '#pubtime', '.header-time']))
}

export const xinhua: SiteAdapter = {
  id: 'xinhua',
  name: '新华网',
  hosts,
  testUrls: [
    'http://www.news.cn/politics/leaders/20220225/0b2d8f5a2e8c4a7d9f6e3b1c5a7d2e4f/c.html',
    'http://www.news.cn/world/20211215/3c9e1f7a5b2d4c8e9a0b6d1f2e3c4a5b/c.html',
    'http://www.xinhuanet.com/politics/leaders/2021-08/25/c_1127794887.htm',
    'http://www.xinhuanet.com/politics/2020-07/08/c_1126213349.htm',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) &&
    (/\/\d{8}\/[0-9a-f]{32}\/c\.html$/.test(url.pathname) ||
      /\/\d{4}-\d{2}\/\d{2}\/c_\d+\.html?$/.test(url.pathname)),
  extract(doc, url) {
    const title =
      firstText(doc, ['.head-line h1 .title', '.head-line h1', '.h-title', '#title', 'h1']) ??
      metaContent(doc, 'og:title')
    const published =
      headerDate(doc) ?? parseDate(metaContent(doc, 'publishdate', 'pubdate')) ?? dateFromUrl(url)
    const outlet =
      stripSourceLabel(
        firstText(doc, ['.header-cont .source', '.source', '#source', '.h-info .source']),
      ) ??
      stripSourceLabel(metaContent(doc, 'source')) ??
      '新华网'
    return {
      title,
      published,
      outlet,
      body: firstOf(doc, ['#detail', '#detailContent', '#p-detail', '.article']),
    }
  },
}
