// Foreign ministry (外交部): www.fmprc.gov.cn and www.mfa.gov.cn /web/…/t<YYYYMMDD>_<id>.shtml.
// Body #News_Body_Txt_A inside div.news-main; time in `.time span`.
import type { SiteAdapter } from './types'
import { MFA_ENGLISH_PATH } from './mfa-en'
import {
  dateFromUrl,
  firstOf,
  firstText,
  hostMatches,
  metaContent,
  parseDate,
  stripSourceLabel,
} from './page-meta'

const hosts = ['www.fmprc.gov.cn', 'www.mfa.gov.cn']

export const mfa: SiteAdapter = {
  id: 'mfa',
  name: '外交部',
  hosts,
  testUrls: [
    'https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/202202/t20220225_10645701.shtml',
    'https://www.mfa.gov.cn/web/zyxw/202108/t20210825_9137180.shtml',
    'https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/202112/t20211215_10470005.shtml',
  ],
  // The English section (/eng/, /mfa_eng/) is mfa-en's.
  matches: (url) => hostMatches(url.hostname, hosts) && !MFA_ENGLISH_PATH.test(url.pathname),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) && /\/t\d{8}_\d+\.shtml$/.test(url.pathname),
  extract(doc, url) {
    const title =
      firstText(doc, ['.news-title h1', '.news-main h1', '#News_Body_Title', 'h1']) ??
      metaContent(doc, 'ArticleTitle')
    const published =
      parseDate(firstText(doc, ['.news-main .time span', '.time span', '#News_Body_Time'])) ??
      parseDate(metaContent(doc, 'PubDate', 'firstpublishedtime')) ??
      dateFromUrl(url)
    const outlet = stripSourceLabel(metaContent(doc, 'ContentSource', 'source')) ?? '外交部'
    return {
      title,
      published,
      outlet,
      body: firstOf(doc, ['#News_Body_Txt_A', '.news-main .news-content', 'div.news-main']),
    }
  },
}
