// Intake of Markdown exports with YAML front matter (title, author/categories → outlet, RFC 2822
// date) and an HTML body. Core has no HTML parser: the caller injects `htmlToArticle` (linkedom
// + src/sites/extract.ts in Node, the live DOM in the extension). A body without HTML tags is
// read as text, with offsets into the whole source.

import type { Article } from '../types'
import { IntakeError } from './errors'
import { parseFrontMatter, scalar, type FrontMatterValue } from './front-matter'
import { splitLines } from './lines'
import { bodyParagraphs } from './paragraphs'
import { dateFromUrl, parseFrontMatterDate } from './published'
import { outletFromUrl } from './outlet'
import type { IntakeOptions } from './text'

/** Turns an HTML fragment into an article (text + paragraphs); null when it holds no body. */
export type HtmlToArticle = (html: string, url: string | null) => Article | null

export interface MarkdownOptions extends IntakeOptions {
  htmlToArticle?: HtmlToArticle
}

/** Categories that name a section, not a publisher. */
const SECTION_WORDS =
  /^(source|新媒体|金融|财经|新闻|时政|国内|国际|要闻|综合|头条|推荐|热点|news|finance|world|china|politics|statements-releases|briefing-room|speeches-remarks)$/i

function outletOf(data: Record<string, FrontMatterValue>): string | null {
  const author = scalar(data, 'author', 'source', 'publisher', 'outlet')
  if (author) return author
  const cats = data['categories'] ?? data['tags']
  const list = Array.isArray(cats) ? cats : typeof cats === 'string' ? [cats] : []
  return list.find((c) => c.trim() !== '' && !SECTION_WORDS.test(c.trim()))?.trim() ?? null
}

const HTML_TAG =
  /<(p|div|br|span|h[1-6]|section|article|img|font|strong|table|ul|ol|li|blockquote)\b[^>]*>/i

export function parseMarkdown(src: string, opts: MarkdownOptions = {}): Article {
  if (src.trim() === '')
    throw new IntakeError('empty', 'The input is empty: there is no text to analyse.')
  const fm = parseFrontMatter(src)
  const body = src.slice(fm.bodyStart)
  if (body.trim() === '')
    throw new IntakeError('no-body', 'The Markdown file has front matter but no body.')
  const url =
    opts.url ?? scalar(fm.data, 'url', 'link', 'permalink', 'source_url', 'canonical') ?? null
  const fmDate = scalar(fm.data, 'date', 'published', 'pubdate')
  const published = opts.published ?? (fmDate ? parseFrontMatterDate(fmDate) : null)

  let base: Article
  if (HTML_TAG.test(body)) {
    if (!opts.htmlToArticle) {
      throw new IntakeError(
        'needs-html-parser',
        'This Markdown file has an HTML body; parseMarkdown needs an htmlToArticle callback to read it.',
      )
    }
    const fromHtml = opts.htmlToArticle(body, url)
    if (!fromHtml || fromHtml.paragraphs.length === 0) {
      throw new IntakeError('no-body', 'No article body found in the HTML of this Markdown file.')
    }
    base = fromHtml
  } else {
    const { paragraphs } = bodyParagraphs(src, splitLines(src, fm.bodyStart), 0)
    if (paragraphs.length === 0)
      throw new IntakeError('no-body', 'No article body found in this Markdown file.')
    base = {
      title: '',
      published: null,
      outlet: null,
      url,
      text: src,
      paragraphs,
      format: 'markdown',
    }
  }
  const title = scalar(fm.data, 'title') ?? (base.title || base.paragraphs[0]!.text.slice(0, 60))
  const article: Article = {
    title,
    published: published ?? base.published ?? dateFromUrl(url),
    outlet: outletOf(fm.data) ?? base.outlet ?? outletFromUrl(url),
    url: url ?? base.url,
    text: base.text,
    paragraphs: base.paragraphs,
    format: 'markdown',
  }
  if (base.site) article.site = base.site
  return article
}
