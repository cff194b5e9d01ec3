// Contracts of the site layer: one adapter per news site, plus the text collected from a page.
// Written against the standard DOM only, so the same code runs on the live page and in Node
// (linkedom).
import type { Paragraph } from '../core/types'

/** What an adapter finds on an article page; null fields are filled by the generic extractor. */
export interface SiteExtract {
  title: string | null
  /** `YYYY-MM-DD` */
  published: string | null
  outlet: string | null
  /** The element that holds the article body, or null when the site's selectors found none. */
  body: Element | null
}

export interface SiteAdapter {
  /** Stable id, also the fixture folder name (test/fixtures/sites/<id>/). */
  id: string
  /** Human-readable site name, also the outlet of last resort. */
  name: string
  /** Host patterns as in the manifest: `news.sina.com.cn`, `*.people.com.cn` (apex included). */
  hosts: string[]
  /** True for any page on the adapter's hosts. */
  matches(url: URL): boolean
  /** True when the URL has the shape of one article on this site. */
  isArticleUrl(url: URL): boolean
  /** Realistic article URLs (used by tests and documentation). */
  testUrls: string[]
  extract(doc: Document, url: URL): SiteExtract | null
  /** `en` for sites whose articles are in English (their fallback body is read as English). */
  language?: 'en'
  /** Client-rendered sites: true once the article body is in the DOM. */
  ready?(doc: Document): boolean
}

/** Visible text of a body root; offsets are UTF-16 indexes into `text`. */
export interface CollectedText {
  /** Text nodes' data concatenated verbatim, with a '\n' (belonging to no node) between blocks. */
  text: string
  /** Body paragraphs: trimmed, non-empty, junk (credits, captions, 推荐, share bars) excluded. */
  paragraphs: Paragraph[]
  /** Every collected text node and where its data starts in `text`. */
  nodes: Array<{ node: Text; start: number }>
  /** False when collection stopped early (`CollectOptions.stopAfter`): the body goes on. */
  complete: boolean
  /** When stopped early: the whole collection, walking on from where it stopped. */
  more?: () => CollectedText
  /** When stopped early: walk on until the paragraphs hold `chars` more characters (then
   *  `more()` finishes); false once the body is read to its end. For slicing a huge page. */
  step?: (chars: number) => boolean
}

export interface CollectOptions {
  /** Stop at the first block boundary after the paragraphs hold this many characters (each
   *  counted with one separator, as the detector reads them). */
  stopAfter?: number
}
