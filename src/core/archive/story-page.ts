// One tv.cctv.com story page (`/YYYY/MM/DD/VIDE….shtml`) → Article, without a DOM (see
// html-text.ts). The text is in `div#content_area` (paragraphs opening 央视网消息（新闻联播）：);
// the page's own address is the script variable `commentUrl`; the time `<span class="time">`.
import { parseISODate } from '../dates'
import type { Article, Paragraph } from '../types'
import { htmlToText } from './html-text'

/** Story pages are ~20 KB; anything far larger is not one (and must not stall the import). */
export const MAX_STORY_CHARS = 2_000_000

function between(html: string, open: RegExp, close: string): string | null {
  const m = open.exec(html)
  if (!m) return null
  const from = m.index + m[0].length
  const end = html.indexOf(close, from)
  return end < 0 ? null : html.slice(from, end)
}

/** The content area up to its closing tag: the `</div>` that balances the nested ones. */
function contentArea(html: string): string | null {
  const open = /<div\b[^>]*\bid\s*=\s*["']?content_area\b[^>]*>/i.exec(html)
  if (!open) return null
  const re = /<(\/?)div\b[^>]*>/gi
  re.lastIndex = open.index + open[0].length
  let depth = 1
  let m: RegExpExecArray | null
  while ((m = re.exec(html))) {
    depth += m[1] ? -1 : 1
    if (depth === 0) return html.slice(open.index + open[0].length, m.index)
  }
  return null
}

function paragraphsOf(area: string): string[] {
  const blocks = area.split(/<\/p\s*>|<p\b[^>]*>|<br\s*\/?>|<\/?div\b[^>]*>/i)
  return blocks.map(htmlToText).filter((t) => t !== '')
}

/** Why a story page gave no article, as data (the UI words it) and in English (`unreadable`). */
export type StoryCause =
  { code: 'too-large'; chars: number } | { code: 'not-story' } | { code: 'empty-story' }

export type StoryResult = { article: Article } | { unreadable: string; cause: StoryCause }

/** `url`: where the page was fetched from, used when the page does not name itself. */
export function parseStoryPage(html: string, url: string): StoryResult {
  if (html.length > MAX_STORY_CHARS)
    return {
      unreadable: `page too large (${html.length} characters)`,
      cause: { code: 'too-large', chars: html.length },
    }
  const area = contentArea(html)
  if (area === null)
    return { unreadable: 'no content_area (not a story page?)', cause: { code: 'not-story' } }
  const texts = paragraphsOf(area)
  if (texts.length === 0)
    return { unreadable: 'empty content_area (a programme page?)', cause: { code: 'empty-story' } }
  const rawTitle = between(html, /<title[^>]*>/i, '</title>')
  const title = htmlToText(rawTitle ?? '').replace(/^\s*\[视频\]\s*/, '')
  const own = /\bcommentUrl\s*=\s*["'](https?:\/\/[^"']+)["']/.exec(html)?.[1] ?? url
  const time = /<span\s+class=["']time["'][^>]*>\s*(\d{4}-\d{2}-\d{2})/.exec(html)?.[1] ?? null
  const fromUrl = /\/(\d{4})\/(\d{2})\/(\d{2})\/VIDE/.exec(own)
  const published =
    (time && parseISODate(time) ? time : null) ??
    (fromUrl ? `${fromUrl[1]}-${fromUrl[2]}-${fromUrl[3]}` : null)
  const paragraphs: Paragraph[] = []
  let text = ''
  for (const t of texts) {
    if (text) text += '\n'
    paragraphs.push({ text: t, start: text.length, end: text.length + t.length })
    text += t
  }
  return {
    article: {
      title,
      published,
      outlet: '央视网',
      url: own,
      text,
      paragraphs,
      format: 'html',
      site: 'cctv',
    },
  }
}
