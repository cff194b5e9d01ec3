// The Kremlin in English: en.kremlin.ru/events/president/news/<id>. Title in h1.entry-title,
// date in time.read__published[datetime], the lead (.read__lead) and the text
// (.read__internal_content) inside .read__content. Its texts are CC BY 4.0
// (http://en.kremlin.ru/about/copyrights): quoting them with the source is allowed.
import type { SiteAdapter } from './types'
import { firstOf, firstText, hostMatches, metaContent } from './page-meta'
import { localDate } from './english-page'

const hosts = ['en.kremlin.ru']

export const kremlin: SiteAdapter = {
  id: 'kremlin',
  name: 'President of Russia',
  language: 'en',
  hosts,
  testUrls: [
    'http://en.kremlin.ru/events/president/news/68662',
    'https://en.kremlin.ru/events/president/news/69299',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) && /^\/events\/president\/news\/\d+\/?$/.test(url.pathname),
  extract(doc) {
    const title =
      firstText(doc, ['h1.entry-title', '.read__top h1', 'h1']) ?? metaContent(doc, 'og:title')
    const published =
      localDate(doc.querySelector('time.read__published')?.getAttribute('datetime')) ??
      localDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
      localDate(firstText(doc, ['.read__published', 'time']))
    return {
      title,
      published,
      outlet: 'President of Russia',
      body: firstOf(doc, ['.read__content', '.entry-content', '.read__internal_content']),
    }
  },
}
