// www.gov.cn (中国政府网): …/content_<n>.htm, e.g. /xinwen/2021-12/15/content_5661025.htm.
// Body #UCAP-CONTENT / .pages_content; meta firstpublishedtime `2021-12-15-18:55:29`.
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

const hosts = ['www.gov.cn']

export const gov: SiteAdapter = {
  id: 'gov',
  name: '中国政府网',
  hosts,
  testUrls: [
    'https://www.gov.cn/xinwen/2021-12/15/content_5661025.htm',
    'https://www.gov.cn/xinwen/2021-08/25/content_5633139.htm',
    'https://www.gov.cn/yaowen/liebiao/202402/content_6931452.htm',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) && /\/content_\d+\.htm$/.test(url.pathname),
  extract(doc, url) {
    const title =
      firstText(doc, ['h1#ti', '.article h1', '.share-title', 'h1']) ??
      metaContent(doc, 'ArticleTitle', 'og:title')
    const published =
      parseDate(metaContent(doc, 'firstpublishedtime', 'lastmodifiedtime')) ??
      parseDate(cleanText(doc.querySelector('.pages-date'))) ??
      dateFromUrl(url)
    const dateLine = cleanText(doc.querySelector('.pages-date .font'))
    const outlet =
      stripSourceLabel(dateLine) ??
      stripSourceLabel(metaContent(doc, 'contentSource', 'source')) ??
      '中国政府网'
    return {
      title,
      published,
      outlet,
      body: firstOf(doc, ['#UCAP-CONTENT', '.pages_content', '.trs_editor_view']),
    }
  },
}
