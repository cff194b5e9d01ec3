// Page furniture that is not article body, recognised line by line in scraped text.
// Two strengths: a terminator ends the body (推荐视频, 关键词:, 责任编辑:, footers — everything
// after it is site chrome); a junk line is skipped but the body may continue after it.

import { hanCount } from './lines'

const TERMINATORS: RegExp[] = [
  /^(点赞|推荐视频|推荐阅读|相关新闻|相关阅读|相关推荐|相关文章|热门推荐|热点推荐|猜你喜欢|延伸阅读|更多精彩|往期回顾|精彩推荐|热门评论|网友评论|我要评论|返回顶部|返回首页|推薦閱讀|相關新聞|相關閱讀|延伸閱讀|熱門推薦)$/,
  /^(关键词|关键字|關鍵詞|关键字|标签|標籤)\s*[:：]/,
  /^[【[（(]?\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|审核|校对)\s*[:：]/,
  /^【纠错】|^【糾錯】/,
  /^(Copyright|版权所有|版權所有|版权声明|免责声明|©)/i,
]

/** Credit lines of 新华社 multimedia pieces and others: 出品人：…, 策划：…, 编辑：… */
const CREDIT =
  /^[【（(]?\s*(总?出品人?|責任編輯|編輯|記者|攝影|总?策划|总?监制|统筹|记者|编辑|责任编辑|责编|视觉|设计|摄影|摄像|制作|校对|审核|审校|主编|编审|撰文|文字|文案|海报|剪辑|配音|翻译|实习生|通讯员|作者|来源|图片来源|图|文)\s*[:：/｜|]/
const PRODUCED_BY = /^[\p{Script=Han}A-Za-z]{2,20}(制作|出品)$/u

const UI_WORDS = new Set([
  '点赞',
  '收藏',
  '分享',
  '分享到',
  '用手机看',
  '打印',
  '关闭',
  '纠错',
  '字号',
  '评论',
  '举报',
  '大',
  '中',
  '小',
  '扫一扫',
  '微信',
  '微博',
  'QQ空间',
  '上一篇',
  '下一篇',
])

export function isTerminator(line: string): boolean {
  return TERMINATORS.some((re) => re.test(line))
}

export function isCreditLine(line: string): boolean {
  return line.length <= 60 && (CREDIT.test(line) || PRODUCED_BY.test(line))
}

/** Short UI labels, lines without any Chinese (timestamps, ⁺ bullets) and credits. */
export function isJunkLine(line: string): boolean {
  const bare = line.replace(/[:：]$/, '')
  if (UI_WORDS.has(bare)) return true
  if (/^(分享到|扫描二维码|扫码|下载APP|打开APP|长按识别)/i.test(line) && line.length <= 30)
    return true
  if (/^【?(字体|字號|字号)[:：]/.test(line) && line.length <= 30) return true
  // gov.cn / MFA button rows: 【打印】 【关闭】
  if (/^(\s*[【[](打印|关闭|關閉|纠错|糾錯|收藏|分享|返回顶部|大|中|小)[】\]])+$/.test(line))
    return true
  if (hanCount(line) === 0 && line.length < 40) return true
  return isCreditLine(line)
}
