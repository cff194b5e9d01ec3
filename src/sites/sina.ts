// Sina news and finance articles: news.sina.com.cn/{c,w,china}/YYYY-MM-DD/doc-i….shtml and
// finance.sina.com.cn/…/doc-i….shtml. Body #article (older pages #artibody).
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

const hosts = ['news.sina.com.cn', 'finance.sina.com.cn']

export const sina: SiteAdapter = {
  id: 'sina',
  name: '新浪新闻',
  hosts,
  testUrls: [
    'https://finance.sina.com.cn/china/gncj/2021-12-16/doc-ikyakumx4437156.shtml',
    'https://news.sina.com.cn/c/2021-08-25/doc-ikqcfncc4902541.shtml',
    'https://news.sina.com.cn/w/2022-02-25/doc-imcwipih5471843.shtml',
    'https://news.sina.com.cn/china/2021-12-15/doc-ikyamrmy9186223.shtml',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) && /\/doc-i[a-z0-9]+\.shtml$/.test(url.pathname),
  extract(doc, url) {
    const title =
      firstText(doc, ['h1.main-title', '.main-title', '#artibodyTitle']) ??
      metaContent(doc, 'og:title')
    const published =
      parseDate(metaContent(doc, 'article:published_time', 'weibo: article:create_at')) ??
      parseDate(cleanText(doc.querySelector('.date-source .date, #pub_date'))) ??
      dateFromUrl(url)
    const outlet =
      stripSourceLabel(
        firstText(doc, [
          '.date-source a.source',
          '.date-source .source',
          '.date-source a',
          '#media_name',
        ]),
      ) ??
      stripSourceLabel(metaContent(doc, 'mediaid')) ??
      (url.hostname.startsWith('finance.') ? '新浪财经' : '新浪新闻')
    return {
      title,
      published,
      outlet,
      body: firstOf(doc, ['#article', '#artibody', '.article-content']),
    }
  },
}
