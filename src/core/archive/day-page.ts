// 新闻联播 day pages (tv.cctv.com/lm/xwlb/day/YYYYMMDD.shtml): an HTML fragment, one `<li>` per
// story, each with links `<a href="https://tv.cctv.com/YYYY/MM/DD/VIDE….shtml" title="[视频]…">`.
// The first story is the whole programme (完整版, titled 《新闻联播》 YYYYMMDD 19:00).
import { attribute, htmlToText } from './html-text'

export interface DayStory {
  url: string
  /** The headline without the `[视频]` mark. */
  title: string
}

export interface DayPage {
  stories: DayStory[]
  /** Why the page could not be read as a day page (no story links), else null. */
  malformed: string | null
}

export const CCTV_ORIGIN = 'https://tv.cctv.com'

/** `2023-03-15` → `…/lm/xwlb/day/20230315.shtml` under `origin` (a mirror in tests). */
export function dayPageUrl(origin: string, day: string): string {
  return `${origin.replace(/\/+$/, '')}/lm/xwlb/day/${day.replaceAll('-', '')}.shtml`
}

/** A story address `…/YYYY/MM/DD/VIDE<id>.shtml`, whatever host serves it. */
const STORY_PATH = /\/(\d{4})\/(\d{2})\/(\d{2})\/VIDE[A-Za-z0-9]{8,40}\.shtml$/

/** The same story under `origin`: day pages link https://tv.cctv.com, a mirror serves it itself. */
export function storyUrlAt(origin: string, url: string): string {
  const m = /^https?:\/\/[^/]+(\/.*)$/.exec(url)
  return m ? `${origin.replace(/\/+$/, '')}${m[1]}` : url
}

function cleanTitle(raw: string): string {
  return htmlToText(raw)
    .replace(/^\s*\[视频\]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const WHOLE_PROGRAMME = /^《新闻联播》\s*\d{8}/

/** Stories in page order, each once; the whole-programme entry is left out. */
export function parseDayPage(html: string): DayPage {
  const stories: DayStory[] = []
  const seen = new Set<string>()
  let links = 0
  const tagRe = /<a\s[^>]*>/gi
  let m: RegExpExecArray | null
  while ((m = tagRe.exec(html))) {
    const href = attribute(m[0], 'href')
    if (!href) continue
    const url = href.startsWith('//') ? `https:${href}` : href
    if (!STORY_PATH.test(url.split(/[?#]/)[0]!)) continue
    links++
    if (seen.has(url)) continue
    // The title attribute, else the link text (up to </a>).
    let title = attribute(m[0], 'title')
    if (!title) {
      const end = html.indexOf('</a>', tagRe.lastIndex)
      title = end >= 0 ? html.slice(tagRe.lastIndex, end) : ''
    }
    const clean = cleanTitle(title)
    if (!clean) continue
    seen.add(url)
    if (WHOLE_PROGRAMME.test(clean)) continue
    stories.push({ url, title: clean })
  }
  return {
    stories,
    malformed: links === 0 ? 'no story links (not a 新闻联播 day page?)' : null,
  }
}
