// The White House: www.whitehouse.gov and the archive of the previous administration,
// bidenwhitehouse.archives.gov — readouts at /briefing-room/statements-releases/YYYY/MM/DD/
// readout-of-…/ (the current site: /briefings-statements/YYYY/MM/…/). WordPress pages: title
// in h1.page-title, time[datetime] with the local time, body in section.body-content.
// US government works are in the public domain.
import type { SiteAdapter } from './types'
import { firstOf, firstText, hostMatches, metaContent } from './page-meta'
import { localDate } from './english-page'

const hosts = ['www.whitehouse.gov', 'bidenwhitehouse.archives.gov']

const ARTICLE =
  /^\/(?:briefing-room\/[a-z-]+\/\d{4}\/\d{2}\/\d{2}|briefings-statements\/\d{4}\/\d{2})\/[a-z0-9-]+\/?$/

export const whitehouse: SiteAdapter = {
  id: 'whitehouse',
  name: 'The White House',
  language: 'en',
  hosts,
  testUrls: [
    'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/07/28/readout-of-president-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china/',
    'https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china/',
    'https://www.whitehouse.gov/briefings-statements/2025/01/readout-of-a-call/',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) => hostMatches(url.hostname, hosts) && ARTICLE.test(url.pathname),
  extract(doc, url) {
    const title =
      firstText(doc, [
        'h1.page-title',
        'h1.topper__title',
        '.wp-block-whitehouse-topper__title',
        'h1',
      ]) ??
      metaContent(doc, 'og:title')?.replace(/\s*[|–-]\s*The White House\s*$/, '') ??
      null
    const published =
      localDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
      localDate(metaContent(doc, 'article:published_time')) ??
      localDate(/\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(url.pathname)?.slice(1).join('-'))
    return {
      title,
      published,
      outlet: 'The White House',
      body: firstOf(doc, ['section.body-content', '.entry-content', '.wp-block-post-content']),
    }
  },
}
