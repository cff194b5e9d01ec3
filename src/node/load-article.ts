// Node-side intake: a file (plain text, Markdown with an HTML body, or an HTML page) → Article.
// HTML goes through linkedom and the same site adapters/generic extractor the extension runs.
import { parseHTML } from 'linkedom'
import type { Article } from '../core/types'
import {
  detectFormat,
  IntakeError,
  parseMarkdown,
  parseText,
  type IntakeOptions,
  type SourceFormat,
} from '../core/intake'
import { collectText } from '../sites/collect-text'
import { extractArticle } from '../sites/extract'
import { documentUrl } from '../sites/page-meta'
import { readSourceFile } from './read-source'

export interface LoadOptions extends IntakeOptions {
  /** Force a format instead of sniffing the content. */
  format?: SourceFormat
}

/** `</body>` and `</html>` end tags. Browsers put whatever follows them back into the body
 *  (pages glue included fragments that end in `</html>` before their article); linkedom would
 *  leave it outside `<body>`, so they are dropped before parsing. */
const END_OF_PAGE = /<\/(?:body|html)\s*>/gi

export function documentOf(source: string): Document {
  const html = source.replace(END_OF_PAGE, '')
  const full = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`
  const doc = parseHTML(full).document as unknown as Document
  // linkedom leaves no root element for a broken `<html` tag (`<html x` without `>`), and its
  // `body` getter then throws; a browser would still build html/body around the text.
  if (doc.documentElement) return doc
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document
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
export function htmlToArticle(html: string, url: string | null): Article | null {
  const doc = documentOf(html)
  const found = extractArticle(doc, url ?? pageUrl(doc, html))
  return found ? plain(found) : null
}

/**
 * The HTML body of a Markdown export: the site/generic extractor first; when it finds no
 * block it trusts (short pieces), the whole fragment, since the export holds only the article.
 */
export function markdownBodyToArticle(html: string, url: string | null): Article | null {
  const doc = documentOf(html)
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

/** Any source string → Article, by its detected (or forced) format. */
export function articleFromSource(src: string, opts: LoadOptions = {}): Article {
  const format = opts.format ?? detectFormat(src)
  if (format === 'markdown')
    return parseMarkdown(src, { ...opts, htmlToArticle: markdownBodyToArticle })
  if (format === 'html') {
    const article = htmlToArticle(src, opts.url ?? null)
    if (!article) throw new IntakeError('no-body', 'No article body found in this HTML page.')
    return opts.published ? { ...article, published: opts.published } : article
  }
  return parseText(src, opts)
}

export function loadArticleFromFile(path: string, opts: LoadOptions = {}): Article {
  const src = readSourceFile(path)
  try {
    return articleFromSource(src, opts)
  } catch (err) {
    if (err instanceof IntakeError) {
      throw new IntakeError(err.code, `${path === '-' ? 'standard input' : path}: ${err.message}`)
    }
    throw err
  }
}
