// Which elements and text blocks are not article body. Cheap tests only (tag names,
// attributes, short regexes): no getComputedStyle, because the content script runs this on
// every matched page.
import { hanCount } from './page-meta'

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/** Elements whose whole subtree is never read. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'button',
  'nav',
  'aside',
  'select',
  'option',
  'textarea',
  'input',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'img',
  'picture',
  'figcaption',
  'head',
  'link',
  'meta',
  'math',
  'map',
  'dialog',
  'readout-lens-panel',
])

/** Elements that start and end a block of text ('\n' between them in the collected text). */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'figure',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'fieldset',
  'legend',
  'body',
  'html',
])

// Class/id tokens of boxes that hold no body text, in two kinds. A LIST box (推荐/相关 lists,
// comments, ads) may be large, so its name alone condemns it. A SMALL box (image and caption
// boxes, QR blurbs, share bars, editor lines, copyright, breadcrumbs, pagination) by nature
// holds a line or two: when one holds prose, the name belongs to a wrapper, not to furniture
// (TRS CMS pages put the whole article in `div.TRS_Editor`, ifeng in `js_img_share_area`).
const LIST_BOX =
  /(?:^|[\s_-])(?:recommends?|related|relate|tuijian|xgyd|hot[_-]?news|comments?|ads?|adv|advert|sinaads|sr-only|visually-hidden|bottommeta)(?=$|[\s_\-\d])|(?:^|\s)(?:hide|hidden)(?=$|\s)/
const SMALL_BOX =
  /(?:^|[\s_-])(?:img[_-]?(?:wrapper|wrap|box|descr|desc|caption)|imagebox|image[_-]?box|pic[_-]?(?:box|info|desc)|qr|qrcode|appendqr|ewm|erweima|share|bdshare|social|editor|copyright|statement|disclaimer|breadcrumbs?|crumbs|pagination)(?=$|[\s_\-\d])/
/** Tags that wrap a small box (a search or comment form) — or, on ASP.NET-style pages, the
 *  whole page: skipped only when they hold no prose. */
const SMALL_BOX_TAGS = new Set(['form'])
/** Han characters outside links that make a box prose rather than furniture: more than any
 *  credit line, share bar or caption holds. */
const PROSE_HAN = 100

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

export function tagOf(el: Element): string {
  return el.localName || el.tagName.toLowerCase()
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag)
}

/** Hidden by attribute or inline style (no layout queries). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true
  const style = el.getAttribute('style')
  return style !== null && HIDDEN_STYLE.test(style)
}

function boxName(el: Element): string | null {
  const cls = el.getAttribute('class')
  const id = el.getAttribute('id')
  return cls || id ? `${id ?? ''} ${cls ?? ''}`.toLowerCase() : null
}

/** Class or id marks a non-body box (推荐 list, comments, ads; or a share bar, caption box…
 *  that holds no prose). */
export function isJunkBox(el: Element): boolean {
  const name = boxName(el)
  if (name === null) return false
  if (LIST_BOX.test(name)) return true
  return SMALL_BOX.test(name) && !holdsProse(el)
}

/** Subtree never read: script-like tags, hidden elements, junk boxes, prose-less forms. */
export function isSkipped(el: Element): boolean {
  const tag = tagOf(el)
  if (SKIP_TAGS.has(tag) || isHidden(el) || isJunkBox(el)) return true
  return SMALL_BOX_TAGS.has(tag) && !holdsProse(el)
}

/** At least PROSE_HAN Han characters outside links and skipped subtrees (stops as soon as it
 *  has them, so a page-wide wrapper costs no more than a share bar). */
export function holdsProse(root: Element): boolean {
  let han = 0
  const visit = (el: Element): boolean => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        han += hanCount((c as Text).data)
        if (han >= PROSE_HAN) return true
      } else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element
        const tag = tagOf(child)
        if (tag === 'a' || SKIP_TAGS.has(tag) || isHidden(child)) continue
        const name = boxName(child)
        if (name !== null && LIST_BOX.test(name)) continue
        if (visit(child)) return true
      }
    }
    return false
  }
  return visit(root)
}

const CREDIT =
  /^[(（【[]?\s*(?:出品人|出品|总策划|策划|总监制|监制|统筹|记者|编辑|视觉|摄影|摄像|责任编辑|责编|编审|审核|校对|主编|设计|海报设计|海报|视频|文字|撰文|作者|来源|图片来源|图源|原标题|本文来源|翻译|编译|剪辑|配音|执行|联合出品|技术支持)\s*[:：]/
const PRODUCED_BY = /(?:制作|出品)$/
const QR =
  /(?:扫描|扫码|长按|识别).{0,12}二维码|下载.{0,8}(?:APP|客户端)|尽在.{0,12}APP|关注.{0,10}(?:公众号|微信|微博)|海量资讯/i
const SHARE_WORDS =
  /^(?:(?:分享到|分享|点赞|收藏|用手机看|打印|关闭窗口|关闭|纠错|【纠错】|返回顶部|字号|评论|举报|微信|微博|QQ空间|大|中|小)[:：]?\s*)+$/i
const COPYRIGHT =
  /版权所有|Copyright|©|All Rights Reserved|ICP备|公网安备|未经.{0,12}授权|不得转载|违法和不良信息/i
const KEYWORDS = /^(?:关键词|关键字|标签|tags?)\s*[:：]/i
const BRACKET_LINE =
  /^(?:【\s*(?:我要纠错|纠错|责任编辑|编辑|责编|来源|打印|关闭)[^】]{0,24}】\s*)+$/
const PHOTO_CREDIT = /^[(（][^()（）]{0,30}摄[)）]$/
const END_MARK = /^[(（]完[)）]$/
/** The line under a headline: a date (and time), maybe labelled, maybe with 来源/作者 after. */
const DATELINE =
  /^(?:(?:发布|更新|发表|录入)?(?:时间|日期)\s*[:：]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/
/** A counter on its own (views, likes, 1/10 of a gallery). */
const BARE_NUMBER = /^[\d\s.,:：/|-]{1,12}$/
const HAS_WORD = /[\p{Script=Han}\p{L}\p{N}]/u

/** Common punctuation that is neither letter nor number: general punctuation, CJK brackets
 *  and marks (not 々〆〇), full-width ASCII punctuation. */
function isPunct(c: number): boolean {
  return (
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x3004) ||
    (c >= 0x3008 && c <= 0x3020) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  )
}

/** HAS_WORD.test(t), without compiling that large Unicode class on every page for the common
 *  case: an ASCII letter or digit or a Han character decides at once; anything unusual is left
 *  to the regex. */
export function hasWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      return true
    } else if (!isPunct(c)) {
      return HAS_WORD.test(t)
    }
  }
  return false
}

/** Headings that start a 推荐/相关 list: everything after them is not body. */
const LIST_HEADING =
  /^(?:推荐|推荐视频|推荐阅读|相关阅读|相关新闻|相关报道|相关链接|热门推荐|热点推荐|延伸阅读|更多精彩|猜你喜欢|专题推荐|精彩推荐|为你推荐|往期回顾|热门文章|24小时热文)\s*[:：]?$/

/** A trimmed block that is not body text (credit, QR blurb, share bar, copyright…). */
export function isJunkParagraph(t: string): boolean {
  if (!hasWord(t)) return true
  const short = t.length <= 80
  if (short && CREDIT.test(t) && !t.includes('。')) return true
  if (t.length <= 24 && PRODUCED_BY.test(t) && !/[，。]/.test(t)) return true
  if (t.length <= 60 && QR.test(t)) return true
  if (short && SHARE_WORDS.test(t)) return true
  if (t.length <= 300 && COPYRIGHT.test(t)) return true
  if (short && (KEYWORDS.test(t) || BRACKET_LINE.test(t) || PHOTO_CREDIT.test(t))) return true
  if (t.length <= 60 && DATELINE.test(t) && !/[，。；]/.test(t)) return true
  return END_MARK.test(t) || BARE_NUMBER.test(t)
}

/** A block that opens a recommended/related list. */
export function isListHeading(t: string): boolean {
  return t.length <= 12 && LIST_HEADING.test(t)
}

const SENTENCE_END = /[。！？]/

/** A block that reads as a sentence of prose, not a headline or a link title. */
export function isProse(t: string): boolean {
  return SENTENCE_END.test(t) && hanCount(t) >= 20
}
