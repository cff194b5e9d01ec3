// Kankan (看看新闻, www.kankanews.com/detail/<id>): a Nuxt app that renders the article on the
// client. `ready()` says when the body is in the DOM; before that only document.title and the
// og meta tags are there, so extract() returns them with a null body.
import type { SiteAdapter } from './types'
import { findGenericBody } from './generic'
import {
  cleanText,
  dateFromUrl,
  firstOf,
  firstText,
  hanCount,
  hostMatches,
  metaContent,
  parseDate,
  stripSourceLabel,
} from './page-meta'

const hosts = ['www.kankanews.com']
const BODY = [
  '.article-content',
  '.detail-content',
  '.kk-article .content',
  '#article-content',
  '.content-text',
  '.rich-text',
]
/** Han characters a generic block needs before a page without our selectors counts as rendered. */
const GENERIC_READY_HAN = 80

/** `习近平同俄罗斯总统普京通电话_时讯_看看新闻网` → `习近平同俄罗斯总统普京通电话`. */
export function stripKankanTitle(t: string | null | undefined): string | null {
  const s = t
    ?.trim()
    .replace(/(?:_[^_]*)?_看看新闻网?$/, '')
    .trim()
  return s ? s : null
}

function renderedBody(doc: Document): Element | null {
  const el = firstOf(doc, BODY)
  if (!el) return null
  // Rendered means real paragraphs, not a skeleton placeholder.
  for (const p of Array.from(el.querySelectorAll('p')))
    if (hanCount(p.textContent ?? '') >= 10) return el
  return null
}

export const kankan: SiteAdapter = {
  id: 'kankan',
  name: '看看新闻',
  hosts,
  testUrls: [
    'https://www.kankanews.com/detail/Kl0EnLqQ6Zw',
    'https://www.kankanews.com/detail/ZRw7pJ3gV9m',
    'https://www.kankanews.com/detail/mYdZ1pQ8x4N',
  ],
  matches: (url) => hostMatches(url.hostname, hosts),
  isArticleUrl: (url) =>
    hostMatches(url.hostname, hosts) && /^\/detail\/[A-Za-z0-9]+\/?$/.test(url.pathname),
  // Our selectors first; if Kankan renamed its classes, any Han-rich block counts as rendered so
  // the content script never waits forever (extraction then takes the generic path).
  ready: (doc) => {
    if (renderedBody(doc)) return true
    const generic = findGenericBody(doc)
    return generic !== null && hanCount(generic.textContent ?? '') >= GENERIC_READY_HAN
  },
  extract(doc, url) {
    const body = renderedBody(doc)
    const title =
      (body ? firstText(doc, ['.kk-article h1', '.detail-title', '.article-title', 'h1']) : null) ??
      stripKankanTitle(metaContent(doc, 'og:title')) ??
      stripKankanTitle(doc.title)
    const infoText = body ? cleanText(doc.querySelector('.kk-article .info, .article-info')) : null
    const published =
      (body ? parseDate(firstText(doc, ['.kk-article .time', '.article-info .time'])) : null) ??
      parseDate(metaContent(doc, 'article:published_time', 'og:release_date')) ??
      parseDate(infoText) ??
      dateFromUrl(url)
    const outlet =
      (body
        ? stripSourceLabel(firstText(doc, ['.kk-article .source', '.article-info .source']))
        : null) ??
      stripSourceLabel(metaContent(doc, 'source')) ??
      '看看新闻'
    return { title, published, outlet, body }
  },
}
