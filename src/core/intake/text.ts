// Intake of plain text scraped from a page: navigation, a title line, a dateline
// (`2021-08-25 17:49:38 人民日报客户端`, `来源: 人民网` + `2020-07-10 15:03:58`), the body, then
// 点赞/关键词/推荐视频 lists and footers. `Article.text` is the whole input; paragraphs are
// offsets into it.

import type { Article } from '../types'
import { IntakeError } from './errors'
import { bodyParagraphs } from './paragraphs'
import { hanCount, splitLines, type Line } from './lines'
import { isJunkLine } from './junk'
import { dateFromUrl, dateInLine, parseDateline } from './published'
import { brandIn, cleanSource, outletFromUrl } from './outlet'

export interface IntakeOptions {
  url?: string | null
  /** `YYYY-MM-DD`; overrides what the page says. */
  published?: string | null
}

/** How far down a page the dateline may sit before the body starts. */
const HEADER_SCAN_LINES = 200
const SOURCE_LINE = /^(?:来源|來源|稿源|来自|來自|出处|出處)\s*[:：]\s*(.+)$/

interface Header {
  /** First line index of the body zone. */
  bodyStart: number
  /** Lines before this index may hold the title. */
  titleLimit: number
  published: string | null
  source: string | null
}

export function isProse(line: string): boolean {
  return hanCount(line) >= 15 && (/[。；]/.test(line) || line.length >= 60)
}

function findHeader(lines: Line[]): Header {
  let dateline = -1
  let sourceLine = -1
  let published: string | null = null
  let source: string | null = null
  let firstProse = -1
  for (let i = 0; i < Math.min(lines.length, HEADER_SCAN_LINES); i++) {
    const t = lines[i]!.text
    if (t === '') continue
    if (isProse(t)) {
      firstProse = i
      break
    }
    const d = dateline < 0 ? parseDateline(t) : null
    if (d) {
      dateline = i
      published = d.date
      source ??= d.source ? cleanSource(d.source) : null
      continue
    }
    const s = sourceLine < 0 ? SOURCE_LINE.exec(t) : null
    if (s) {
      sourceLine = i
      // `来源：新华网 2022-02-25 19:51`: the date rides along.
      const inner = dateInLine(s[1]!)
      if (inner && published === null) published = inner.date
      source = cleanSource(inner ? inner.rest : s[1]!) ?? source
    }
  }
  const marks = [dateline, sourceLine].filter((i) => i >= 0)
  if (marks.length > 0) {
    return { bodyStart: Math.max(...marks) + 1, titleLimit: Math.min(...marks), published, source }
  }
  const start = firstProse >= 0 ? firstProse : 0
  return { bodyStart: start, titleLimit: start, published, source }
}

/** Strips site suffixes: `…通电话_时讯_看看新闻网` → `…通电话`, `标题 - 人民网` → `标题`. */
export function cleanTitle(title: string): string {
  const first = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+/)[0]!.trim()
  return hanCount(first) >= 4 ? first : title.trim()
}

function titleFrom(lines: Line[], limit: number): string | null {
  const candidates: Line[] = []
  for (let i = 0; i < limit; i++) {
    const t = lines[i]!.text
    if (t === '' || t.length > 100 || hanCount(t) < 4) continue
    if (isJunkLine(t) || /[>›»]/.test(t) || parseDateline(t) || SOURCE_LINE.test(t)) continue
    candidates.push(lines[i]!)
  }
  // The headline sits just above the dateline; navigation further up may be longer.
  let best: Line | null = null
  for (const c of candidates.slice(-4))
    if (!best || hanCount(c.text) >= hanCount(best.text)) best = c
  return best ? cleanTitle(best.text) : null
}

function isHeadline(text: string): boolean {
  return (
    text.length <= 50 && hanCount(text) >= 4 && !/[。！？；，,]/.test(text) && !/^【/.test(text)
  )
}

function firstSentence(text: string): string {
  const m = /^[^。！？!?]{1,60}/.exec(text)
  return (m ? m[0] : text.slice(0, 60)).trim()
}

export function parseText(src: string, opts: IntakeOptions = {}): Article {
  if (src.trim() === '')
    throw new IntakeError('empty', 'The input is empty: there is no text to analyse.')
  const lines = splitLines(src)
  const header = findHeader(lines)
  const { paragraphs, endLine } = bodyParagraphs(src, lines, header.bodyStart)
  if (paragraphs.length === 0) {
    throw new IntakeError(
      'no-body',
      'No article body found: the text holds only navigation, credits or page furniture.',
    )
  }
  const url = opts.url ?? null
  let title = titleFrom(lines, header.titleLimit)
  if (title === null && paragraphs.length > 1 && isHeadline(paragraphs[0]!.text)) {
    // A headline printed under the dateline: the title, not body.
    title = cleanTitle(paragraphs.shift()!.text)
  }
  title ??= firstSentence(paragraphs[0]!.text)
  let outlet = header.source ?? outletFromUrl(url)
  if (!outlet) {
    for (const l of [...lines.slice(0, header.bodyStart), ...lines.slice(endLine)]) {
      outlet = brandIn(l.text)
      if (outlet) break
    }
  }
  return {
    title,
    published: opts.published ?? header.published ?? dateFromUrl(url),
    outlet,
    url,
    text: src,
    paragraphs,
    format: 'text',
  }
}
