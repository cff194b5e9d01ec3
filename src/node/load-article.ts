// Node-side intake: a file (plain text, Markdown with an HTML body, or an HTML page) → Article,
// by the shared intake of sites/source-article.ts with linkedom as the DOM.
import { parseHTML } from 'linkedom'
import type { Article } from '../core/types'
import { IntakeError } from '../core/intake'
import {
  htmlArticle,
  markdownBodyArticle,
  sourceArticle,
  type SourceOptions,
} from '../sites/source-article'
import { readSourceFile } from './read-source'

export type LoadOptions = SourceOptions

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

/** HTML page → plain Article (the DOM-only fields of extractArticle are dropped). */
export function htmlToArticle(html: string, url: string | null): Article | null {
  return htmlArticle(html, url, documentOf)
}

/** The HTML body of a Markdown export → Article (see sites/source-article.ts). */
export function markdownBodyToArticle(html: string, url: string | null): Article | null {
  return markdownBodyArticle(html, url, documentOf)
}

/** Any source string → Article, by its detected (or forced) format. */
export function articleFromSource(src: string, opts: LoadOptions = {}): Article {
  return sourceArticle(src, opts, documentOf)
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
