// China's foreign ministry in English: www.fmprc.gov.cn/eng/… and www.mfa.gov.cn/eng/…
// (older pages /mfa_eng/…), e.g. /eng/zxxx_662805/202207/t20220729_10729593.html. Same CMS as
// the Chinese site (mfa.ts): title in .news-title h1 or #News_Body_Title, time in `.time span`
// or #News_Body_Time, body #News_Body_Txt_A.
import type { SiteAdapter } from './types'
import { dateFromUrl, firstOf, firstText, hostMatches, metaContent } from './page-meta'
import { localDate } from './english-page'

const hosts = ['www.fmprc.gov.cn', 'www.mfa.gov.cn']

/** The English section of the ministry's sites. */
export const MFA_ENGLISH_PATH = /^\/(?:eng|mfa_eng)(?:\/|$)/

export const mfaEn: SiteAdapter = {
  id: 'mfa-en',
  name: 'Ministry of Foreign Affairs of the PRC',
  language: 'en',
  hosts,
  testUrls: [
    'https://www.fmprc.gov.cn/eng/zxxx_662805/202207/t20220729_10729593.html',
    'https://www.mfa.gov.cn/eng/zy/gb/202405/t20240507_11294017.html',
    'https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/202111/t20211116_10448843.html',
  ],
  matches: (url) => hostMatches(url.hostname, hosts) && MFA_ENGLISH_PATH.test(url.pathname),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) &&
    MFA_ENGLISH_PATH.test(url.pathname) &&
    /\/t\d{8}_\d+\.s?html$/.test(url.pathname),
  extract(doc, url) {
    const title =
      firstText(doc, ['.news-title h1', '.news-main h1', '#News_Body_Title', 'h1']) ??
      metaContent(doc, 'ArticleTitle')
    const published =
      localDate(firstText(doc, ['.news-main .time span', '.time span', '#News_Body_Time'])) ??
      localDate(metaContent(doc, 'PubDate', 'firstpublishedtime')) ??
      dateFromUrl(url)
    return {
      title,
      published,
      outlet: 'Ministry of Foreign Affairs of the PRC',
      body: firstOf(doc, [
        '#News_Body_Txt_A',
        '.news-main .news-content',
        '.trs_editor_view',
        'div.news-main',
      ]),
    }
  },
}
