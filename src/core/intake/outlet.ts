// Outlet names: from a 来源 line, a URL host, or a brand the page prints in its header.

const HOSTS: Array<[RegExp, string]> = [
  [/(^|\.)kankanews\.com$/, '看看新闻'],
  [/(^|\.)people\.com\.cn$|(^|\.)people\.cn$/, '人民网'],
  [/(^|\.)news\.cn$|(^|\.)xinhuanet\.com$/, '新华网'],
  [/^finance\.sina\.com\.cn$/, '新浪财经'],
  [/(^|\.)sina\.com\.cn$|(^|\.)sina\.cn$/, '新浪'],
  [/(^|\.)myzaker\.com$/, 'ZAKER'],
  [/(^|\.)cctv\.com$|(^|\.)cctv\.cn$/, '央视网'],
  [/(^|\.)gov\.cn$/, '中国政府网'],
  [/(^|\.)fmprc\.gov\.cn$|(^|\.)mfa\.gov\.cn$/, '外交部'],
  [/(^|\.)chinanews\.com(\.cn)?$/, '中国新闻网'],
  [/(^|\.)huanqiu\.com$/, '环球网'],
  [/(^|\.)thepaper\.cn$/, '澎湃新闻'],
  [/(^|\.)whitehouse\.gov$|^bidenwhitehouse\.archives\.gov$/, 'The White House'],
  [/^en\.kremlin\.ru$/, 'President of Russia'],
]

/** Brands a scraped header or footer may print, longest first so 新浪财经 wins over 新浪. */
const BRANDS = [
  '人民日报客户端',
  '新浪财经',
  '看看新闻',
  '人民日报',
  '人民网',
  '新华社',
  '新华网',
  '央视新闻',
  '央视网',
  '中国新闻网',
  '环球时报',
  '环球网',
  '澎湃新闻',
  '光明网',
  '中国日报',
  '参考消息',
  '观察者网',
  '联合早报',
  '中央社',
  '新浪',
  'ZAKER',
]

export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  for (const [re, name] of HOSTS) if (re.test(host)) return name
  return null
}

export function brandIn(line: string): string | null {
  for (const b of BRANDS) if (line.includes(b)) return b
  return null
}

/** Cleans a 来源 value: `人民网  ` → 人民网, `新华社 作者：xx` → 新华社. */
export function cleanSource(s: string): string | null {
  const v = s
    .replace(/\s*(作者|编辑|责任编辑|记者|作者|編輯|記者)\s*[:：].*$/, '')
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^[|｜\s]+|[|｜\s]+$/g, '')
    .trim()
  // `（2/25 21:10 更新）` after a Taiwanese dateline is not a source.
  if (/^[（(]|更新|^\d/.test(v) || !/[\p{Script=Han}A-Za-z]/u.test(v)) return null
  return v.length > 0 && v.length <= 30 ? v : null
}
