// People's Daily online (人民网): *.people.com.cn/n1/YYYY/MMDD/c…-….html and the mobile
// m.people.cn/n4/YYYY/MMDD/c…-….html. Body .rm_txt_con (older #rwb_zw / .show_text).
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

const hosts = ['*.people.com.cn', 'm.people.cn']
const DATE_TIME = /\d{4}年\d{2}月\d{2}日\s*\d{2}:\d{2}/

/** `2020年07月10日15:03 | 来源：人民网` → the date, from the info line under the title. */
function infoDate(doc: Document): string | null {
  for (const el of Array.from(
    doc.querySelectorAll(
      '.rm_txt .channel, .rm_txt .col-1-1, .box01 .fl, .text_title .box01, .header .time',
    ),
  )) {
    const m = DATE_TIME.exec(el.textContent ?? '')
    if (m) return parseDate(m[0])
  }
  return null
}

function infoSource(doc: Document): string | null {
  const link = firstText(doc, ['.rm_txt .col-1-1 a', '.rm_txt .channel a', '.box01 .fl a'])
  if (link) return link
  const line = cleanText(doc.querySelector('.rm_txt .col-1-1, .box01 .fl'))
  const m = line ? /来源[:：]\s*(\S+)/.exec(line) : null
  return m ? m[1]! : null
}

export const people: SiteAdapter = {
  id: 'people',
  name: '人民网',
  hosts,
  testUrls: [
    'http://politics.people.com.cn/n1/2020/0710/c1001-31778939.html',
    'http://world.people.com.cn/n1/2021/0825/c1002-32207612.html',
    'https://m.people.cn/n4/2022/0225/c23-15456129.html',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) && /\/n[14]\/\d{4}\/\d{4}\/c\d+-\d+\.html$/.test(url.pathname),
  extract(doc, url) {
    const title =
      firstText(doc, ['.rm_txt h1', '.text_title h1', '.title h1', 'h1']) ??
      metaContent(doc, 'og:title')
    const published =
      infoDate(doc) ??
      parseDate(metaContent(doc, 'publishdate', 'article:published_time')) ??
      dateFromUrl(url)
    const outlet = infoSource(doc) ?? stripSourceLabel(metaContent(doc, 'source')) ?? '人民网'
    return {
      title,
      published,
      outlet,
      body: firstOf(doc, ['.rm_txt_con', '#rm_txt_zw', '.show_text', '#rwb_zw', '.box_con']),
    }
  },
}
