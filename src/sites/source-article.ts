// A source file's text (plain text, Markdown with an HTML body, or a saved HTML page) → Article,
// the one intake of `build-index` and of the extension's "Import saved pages". HTML goes
// through the site adapters and the generic extractor; the DOM comes from the caller (`parse`):
// linkedom in Node, DOMParser in the Firefox event page and Chromium's offscreen document.
import {
  detectFormat,
  IntakeError,
  parseMarkdown,
  parseText,
  type IntakeOptions,
  type SourceFormat,
} from '../core/intake'
import { articleToWire } from '../core/analysis-wire'
import type { Article } from '../core/types'
import type { SourceRead } from '../shared/saved-pages'
import { collectText } from './collect-text'
import { extractArticle } from './extract'
import { documentUrl } from './page-meta'

/** HTML (a whole page or a fragment) → its Document. */
export type ParseHtml = (html: string) => Document

export interface SourceOptions extends IntakeOptions {
  /** Force a format instead of sniffing the content. */
  format?: SourceFormat
}

/** `<!-- saved from url=(0061)https://… -->`: the mark browsers leave on "Save page as". */
const SAVED_FROM =
  /^\s*(?:<!doctype[^>]*>\s*)?<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i

/** Where a saved page came from: canonical, og:url, a script variable, the "saved from" mark. */
function pageUrl(doc: Document, html: string): string | null {
  return documentUrl(doc) ?? SAVED_FROM.exec(html.slice(0, 1024))?.[1] ?? null
}

function plain(found: Article): Article {
  const article: Article = {
    title: found.title,
    published: found.published,
    outlet: found.outlet,
    url: found.url,
    text: found.text,
    paragraphs: found.paragraphs,
    format: 'html',
  }
  if (found.site) article.site = found.site
  return article
}

/** HTML page → plain Article (the DOM-only fields of extractArticle are dropped). */
export function htmlArticle(html: string, url: string | null, parse: ParseHtml): Article | null {
  const doc = parse(html)
  const found = extractArticle(doc, url ?? pageUrl(doc, html))
  return found ? plain(found) : null
}

/**
 * The HTML body of a Markdown export: the site/generic extractor first; when it finds no
 * block it trusts (short pieces), the whole fragment, since the export holds only the article.
 */
export function markdownBodyArticle(
  html: string,
  url: string | null,
  parse: ParseHtml,
): Article | null {
  const doc = parse(html)
  const found = extractArticle(doc, url)
  if (found) return plain(found)
  if (!doc.body) return null
  const collected = collectText(doc.body)
  if (collected.paragraphs.length === 0) return null
  return {
    title: '',
    published: null,
    outlet: null,
    url,
    text: collected.text,
    paragraphs: collected.paragraphs,
    format: 'html',
    site: 'generic',
  }
}

/** Any source string → Article, by its detected (or forced) format. Throws IntakeError. */
export function sourceArticle(src: string, opts: SourceOptions, parse: ParseHtml): Article {
  const format = opts.format ?? detectFormat(src)
  if (format === 'markdown')
    return parseMarkdown(src, {
      ...opts,
      htmlToArticle: (html, url) => markdownBodyArticle(html, url, parse),
    })
  if (format === 'html') {
    const article = htmlArticle(src, opts.url ?? null, parse)
    if (!article) throw new IntakeError('no-body', 'No article body found in this HTML page.')
    return opts.published ? { ...article, published: opts.published } : article
  }
  return parseText(src, opts)
}

/** The browser's parser (the Firefox event page, Chromium's offscreen document, any page). */
export const domParse: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html')

/** `sourceArticle` as a message reply: the Article on the wire, or the intake error. */
export function readSource(text: string, parse: ParseHtml): SourceRead {
  try {
    const article = sourceArticle(text, {}, parse)
    return { article: articleToWire(article), format: article.format }
  } catch (e) {
    if (e instanceof IntakeError) return { error: { code: e.code, message: e.message } }
    // A page that breaks the extractor is this file's problem, not the import's.
    return { error: { code: 'unreadable', message: e instanceof Error ? e.message : String(e) } }
  }
}
