// Generic article extractor: the fallback for unknown sites and for adapters whose selectors
// no longer match. Body = the element whose own paragraph children hold the most Han text,
// discounted by link density (navigation and 推荐 lists are mostly links). A page has an
// article only when that element holds a run of prose: paragraphs that follow one another
// without a link-dense block between them (a channel page's headline + summary items never
// add up to one).
import type { SiteExtract } from './types'
import { isBlockTag, isSkipped, tagOf } from './dom-filter'
import {
  cleanText,
  dateFromUrl,
  hanCount,
  metaContent,
  parseDate,
  stripSourceLabel,
} from './page-meta'

const ELEMENT_NODE = 1
const TEXT_NODE = 3
/** Tags that hold a paragraph of text (divs count only when they hold no blocks themselves). */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote'])
/** A paragraph shorter than this (in Han chars) is not evidence of body text. */
const MIN_PARAGRAPH_HAN = 8
const MIN_BODY_HAN = 40
/** The shortest run of prose that makes an article (a headline's one-line summary is shorter;
 *  the shortest news item, a photo's caption story, is longer). */
const MIN_RUN_HAN = 80
/** A block with at least this share of its Han text in links is navigation, not prose. */
const LINK_BLOCK = 0.5
/** Links shorter than this (in Han chars) do not break a run (a name linked in a sentence). */
const MIN_LINK_BREAK_HAN = 4

interface Tally {
  han: number
  link: number
  hasBlock: boolean
  /** Han of the run of prose still open at the element's end (0 once a link block broke it). */
  tail: number
  /** Han of the longest run of prose inside the element. */
  maxRun: number
  /** No link block inside: the whole element continues a run of its parent. */
  pure: boolean
}

/** The element most likely to be the article body, or null when the page has no article. */
export function findGenericBody(doc: Document): Element | null {
  const root = doc.body ?? doc.documentElement
  if (!root) return null
  const score = new Map<Element, number>()
  const add = (el: Element | null, s: number): void => {
    if (el) score.set(el, (score.get(el) ?? 0) + s)
  }
  const totals = new Map<Element, Tally>()

  const walk = (el: Element, inLink: boolean): Tally => {
    const t: Tally = { han: 0, link: 0, hasBlock: false, tail: 0, maxRun: 0, pure: true }
    let ownText = 0
    let run = 0
    const extend = (h: number): void => {
      run += h
      if (run > t.maxRun) t.maxRun = run
    }
    const breakRun = (): void => {
      run = 0
      t.pure = false
    }
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const h = hanCount((c as Text).data)
        t.han += h
        ownText += h
        if (inLink) t.link += h
        else extend(h)
      } else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element
        if (isSkipped(child)) continue
        const tag = tagOf(child)
        const ct = walk(child, inLink || tag === 'a')
        t.han += ct.han
        t.link += ct.link
        const block = isBlockTag(tag) && tag !== 'br'
        if (block) t.hasBlock = true
        const isParagraph =
          PARAGRAPH_TAGS.has(tag) || ((tag === 'div' || tag === 'section') && !ct.hasBlock)
        if (isParagraph && ct.han >= MIN_PARAGRAPH_HAN) {
          const s = ct.han * (1 - ct.link / ct.han)
          add(el, s)
          add(el.parentElement, s / 2)
        }
        if (ct.maxRun > t.maxRun) t.maxRun = ct.maxRun
        if (ct.han === 0) continue
        const linky = ct.link / ct.han >= LINK_BLOCK
        if (linky && (block || ct.han >= MIN_LINK_BREAK_HAN)) breakRun()
        else if (isParagraph || !block || ct.pure) extend(ct.han - ct.link)
        else {
          // A container with a link block inside: its own runs count (maxRun above), and
          // the run it ends with goes on into what follows.
          t.pure = false
          run = ct.tail
        }
      }
    }
    t.tail = run
    // Text directly inside the element (`<div>段落<br>段落</div>`) is its own paragraph.
    if (ownText >= MIN_PARAGRAPH_HAN && !inLink) add(el, ownText)
    totals.set(el, t)
    return t
  }
  walk(root, false)

  let best: Element | null = null
  let bestScore = 0
  for (const [el, s] of score) {
    const t = totals.get(el)
    if (!t || t.han === 0) continue
    const density = t.link / t.han
    const final = s * (1 - density)
    if (final > bestScore) {
      bestScore = final
      best = el
    }
  }
  if (!best || bestScore < MIN_BODY_HAN) return null
  return totals.get(best)!.maxRun >= MIN_RUN_HAN ? best : null
}

/** `标题_频道_网站` → `标题`: drop site suffixes from a document title. */
export function stripTitleSuffix(title: string): string {
  const parts = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+|\s*[-–—]{2,}\s*/)
  const first = parts[0]?.trim() ?? ''
  return first.length >= 4 ? first : title.trim()
}

/** Headings to compare with the document title (the headline is near the top). */
const MAX_HEADINGS = 30
const squash = (t: string): string => t.replace(/\s+/g, '')

/**
 * The headline: the longest heading (h1–h3) the document title starts with (`标题-网站`,
 * `标题_频道_网站`, however the suffix is joined), else og:title without its site suffix —
 * or the heading it is the beginning of, when a stray quote cut the attribute short — else the
 * first h1, else the document title without its suffix.
 */
export function genericTitle(doc: Document): string | null {
  const docTitle = squash(doc.title ?? '')
  const headings: string[] = []
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3')).slice(0, MAX_HEADINGS)) {
    const t = cleanText(h)
    if (t && hanCount(t) >= 4) headings.push(t)
  }
  const titled = headings
    .filter((h) => docTitle.startsWith(squash(h)))
    .sort((a, b) => b.length - a.length)[0]
  if (titled) return titled
  const og = metaContent(doc, 'og:title')
  if (og) {
    const ogText = squash(og)
    const longer = headings.find((h) => squash(h).startsWith(ogText) && h.length > og.length)
    return longer ?? dropHyphenSuffix(stripTitleSuffix(og), doc)
  }
  const h1 = cleanText(doc.querySelector('h1'))
  if (h1) return h1
  const t = doc.title?.trim()
  return t ? dropHyphenSuffix(stripTitleSuffix(t), doc) : null
}

/** `标题-新华网` (no spaces, so stripTitleSuffix keeps it: `迪亚斯-卡内尔` is a name): the part
 *  after the last dash goes when it is short and the page shows the part before it on its own,
 *  not followed by the dash (a headline block), which a name never is. */
function dropHyphenSuffix(title: string, doc: Document): string {
  const m = /^(.{4,}?)\s*[-–—]+\s*([^-–—]{1,12})$/.exec(title)
  if (!m) return title
  const head = m[1]!
  const text = doc.body?.textContent ?? ''
  for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
    const after = text.slice(i + head.length, i + head.length + 8).trimStart()
    if (!/^[-–—]/.test(after)) return head
  }
  return title
}

const PUBLISHED_META = [
  'article:published_time',
  'og:release_date',
  'pubdate',
  'publishdate',
  'PubDate',
  'firstpublishedtime',
  'publishtime',
  'datePublished',
  'dc.date',
]

/** Date in the text around the headline (the line under a title usually carries it). */
function dateNearTitle(doc: Document): string | null {
  const h1 = doc.querySelector('h1')
  let el: Element | null = h1?.parentElement ?? null
  for (let i = 0; el && i < 2; i++, el = el.parentElement) {
    const t = el.textContent ?? ''
    const d = parseDate(t.length > 600 ? t.slice(0, 600) : t)
    if (d) return d
  }
  return null
}

export function genericPublished(doc: Document, url: URL | null): string | null {
  const meta = parseDate(metaContent(doc, ...PUBLISHED_META))
  if (meta) return meta
  const time = doc.querySelector('time[datetime]')
  const fromTime = parseDate(time?.getAttribute('datetime')) ?? parseDate(cleanText(time))
  if (fromTime) return fromTime
  return dateNearTitle(doc) ?? (url ? dateFromUrl(url) : null)
}

export function genericOutlet(doc: Document): string | null {
  return stripSourceLabel(
    metaContent(doc, 'source', 'og:site_name', 'site_name', 'apple-mobile-web-app-title'),
  )
}

/** Everything the generic extractor can find on a page. */
export function genericExtract(doc: Document, url: URL | null): SiteExtract {
  return {
    title: genericTitle(doc),
    published: genericPublished(doc, url),
    outlet: genericOutlet(doc),
    body: findGenericBody(doc),
  }
}
