// Large inputs for the benchmark, generated from the seed corpus so every figure can be
// reproduced anywhere: readout events (sentences of the seeds recombined; dates, counterparts,
// kinds and outlets varied) in the CorpusIndex shape, long readout pages and a long non-readout
// page in Sina's page structure (test/fixtures/sites/sina). Deterministic for a given seed.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze } from '../src/core/analyze'
import { toIndexedEvent } from '../src/core/index/merge'
import { parseText } from '../src/core/intake'
import type { Article, CorpusIndex, EventKind, IndexedEvent } from '../src/core/types'
import { loadArticleFromFile } from '../src/node/load-article'
import { rng } from './prng'

/** The repository (set by the bench for its bundled worker, which lives elsewhere). */
export const ROOT = process.env.RL_BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const SEED_DIR = join(ROOT, 'src/corpus/seeds')
const SINA_DIR = join(ROOT, 'test/fixtures/sites/sina')

/** Bump when generateEvents changes what it generates (cached corpora are keyed by it). */
export const GENERATOR_VERSION = 1

export function seedArticles(): Article[] {
  return readdirSync(SEED_DIR)
    .sort()
    .map((f) => loadArticleFromFile(join(SEED_DIR, f)))
}

/** Body sentences of the seeds without their speaker opener (readout prose to recombine). */
export function sentencePool(articles: Article[]): string[] {
  const out = new Set<string>()
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const s of p.text.split(/(?<=[。！？])/)) {
        const t = s
          .replace(/^[\s\u3000]+/, '')
          .replace(/^(习近平|普京)(指出|强调|表示|介绍)[，,]/, '')
          .trim()
        if (t.length >= 12 && t.length <= 200 && /[。！？]$/.test(t)) out.add(t)
      }
    }
  }
  return [...out]
}

interface Leader {
  name: string
  country: string
  title: string
  /** What replaces 俄方/中俄 in recombined sentences. */
  side: string
  pair: string
}

const LEADERS: Leader[] = [
  { name: '普京', country: '俄罗斯', title: '总统', side: '俄方', pair: '中俄' },
  { name: '马克龙', country: '法国', title: '总统', side: '法方', pair: '中法' },
  { name: '拜登', country: '美国', title: '总统', side: '美方', pair: '中美' },
  { name: '特朗普', country: '美国', title: '总统', side: '美方', pair: '中美' },
  { name: '朔尔茨', country: '德国', title: '总理', side: '德方', pair: '中德' },
  { name: '默克尔', country: '德国', title: '总理', side: '德方', pair: '中德' },
  { name: '卢拉', country: '巴西', title: '总统', side: '巴方', pair: '中巴' },
  { name: '莫迪', country: '印度', title: '总理', side: '印方', pair: '中印' },
  { name: '泽连斯基', country: '乌克兰', title: '总统', side: '乌方', pair: '中乌' },
  { name: '梅德韦杰夫', country: '俄罗斯', title: '总统', side: '俄方', pair: '中俄' },
]

const KINDS: Array<{ kind: EventKind; line: (cp: string) => string; head: string }> = [
  { kind: 'call', line: (cp) => `同${cp}通电话`, head: '通电话' },
  { kind: 'video', line: (cp) => `在北京同${cp}举行视频会晤`, head: '举行视频会晤' },
  { kind: 'talks', line: (cp) => `在人民大会堂同${cp}举行会谈`, head: '举行会谈' },
  { kind: 'meeting', line: (cp) => `在钓鱼台国宾馆会见${cp}`, head: '会见' },
]

const OUTLETS: Array<{ name: string; url: (d: string, n: number) => string }> = [
  {
    name: '新华社',
    url: (d, n) =>
      `http://www.news.cn/politics/leaders/${d.replace(/-/g, '')}/b${n.toString(16)}/c.html`,
  },
  {
    name: '人民日报',
    url: (d, n) =>
      `http://politics.people.com.cn/n1/${d.slice(0, 4)}/${d.slice(5, 7)}${d.slice(8)}/c1024-${n}.html`,
  },
  {
    name: '央视新闻',
    url: (d, n) => `https://news.cctv.com/${d.replace(/-/g, '/')}/ARTI${n}.shtml`,
  },
  {
    name: '新浪财经',
    url: (d, n) => `https://finance.sina.com.cn/china/${d}/doc-ibench${n.toString(36)}.shtml`,
  },
  {
    name: '中国新闻网',
    url: (d, n) =>
      `https://www.chinanews.com.cn/gn/${d.slice(0, 4)}/${d.slice(5, 7)}-${d.slice(8)}/${n}.shtml`,
  },
]

const OPENERS = [
  '习近平指出，',
  '习近平强调，',
  '{cp}表示，',
  '双方一致认为，',
  '他指出，',
  '{cp}介绍了',
  '习近平表示，',
]
const PERIODS = ['', '下午', '晚', '上午']

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function adapt(sentence: string, l: Leader): string {
  if (l.name === '普京') return sentence
  return sentence
    .replace(/普京/g, l.name)
    .replace(/俄罗斯/g, l.country)
    .replace(/俄方/g, l.side)
    .replace(/中俄/g, l.pair)
}

export interface GeneratedText {
  text: string
  url: string
  published: string
}

/** One readout as scraped text (title, dateline, event line, speaker paragraphs). */
function readoutText(
  pool: string[],
  rand: () => number,
  date: string,
  leader: Leader,
  kindIx: number,
  outletIx: number,
  n: number,
  targetChars: number,
): GeneratedText {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!
  const k = KINDS[kindIx]!
  const outlet = OUTLETS[outletIx]!
  const [, m, d] = date.split('-').map(Number) as [number, number, number]
  const cp = `${leader.country}${leader.title}${leader.name}`
  const asked = kindIx === 0 && rand() < 0.5 ? '应约' : ''
  const parts = [
    `习近平${asked}同${cp}${k.head}`,
    `${date} ${pad(17 + Math.floor(rand() * 5))}:${pad(Math.floor(rand() * 60))}:00 ${outlet.name}`,
    '',
    `新华社北京${m}月${d}日电 国家主席习近平${m}月${d}日${pick(PERIODS)}${asked}${k.line(cp)}。`,
  ]
  let length = parts.join('\n').length
  while (length < targetChars) {
    let para = pick(OPENERS).replace('{cp}', leader.name)
    const count = 2 + Math.floor(rand() * 3)
    for (let i = 0; i < count; i++) para += adapt(pick(pool), leader)
    parts.push('', para)
    length += para.length + 2
  }
  return { text: parts.join('\n'), url: outlet.url(date, n), published: date }
}

/**
 * `count` distinct events (unique id = date:kind:counterpart), 26 years of dates, ten
 * counterparts, four kinds, five outlets; bodies of 600–2,600 characters.
 */
export function generateEvents(count: number, seed = 7): IndexedEvent[] {
  const pool = sentencePool(seedArticles())
  const rand = rng(seed)
  const seen = new Set<string>()
  const out: IndexedEvent[] = []
  const day0 = Date.UTC(2000, 0, 1)
  const days = 26 * 365
  for (let n = 0; out.length < count; n++) {
    const date = new Date(day0 + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10)
    const leader = LEADERS[Math.floor(rand() * LEADERS.length)]!
    const kindIx = Math.floor(rand() * KINDS.length)
    const outletIx = Math.floor(rand() * OUTLETS.length)
    const chars = 600 + Math.floor(rand() * 2000)
    const g = readoutText(pool, rand, date, leader, kindIx, outletIx, n, chars)
    const article = parseText(g.text, { url: g.url, published: g.published })
    const analysis = analyze(article)
    if (!analysis.event) continue
    const ev = toIndexedEvent(article, analysis, 'imported')
    if (seen.has(ev.id)) continue
    seen.add(ev.id)
    out.push(ev)
  }
  return out
}

export function generateCorpus(count: number, seed = 7): CorpusIndex {
  return {
    format: 'readout-lens-index',
    version: 1,
    builtAt: '2026-01-01T00:00:00.000Z',
    events: generateEvents(count, seed),
  }
}

/** Sina indents paragraphs with two ideographic spaces. */
const IDEO_SPACE = '\u3000'

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Replace the `<p>` paragraphs (and image boxes) of a Sina fixture's #article with `paragraphs`. */
function sinaPage(fixture: string, url: string, title: string, paragraphs: string[]): string {
  const html = readFileSync(join(SINA_DIR, fixture), 'utf8')
  const open = html.indexOf('id="article">')
  // The body ends at the QR box (readout fixture) or the editor credit (other fixture).
  const ends = ['appendQr_wrap', 'class="article-editor"']
    .map((m) => html.indexOf(m, open))
    .filter((i) => i > open)
  if (open < 0 || ends.length === 0)
    throw new Error(`unexpected Sina fixture structure in ${fixture}`)
  const from = open + 'id="article">'.length
  const to = html.lastIndexOf('<', Math.min(...ends))
  const body = paragraphs
    .map((p) => `<p cms-style="font-L">${IDEO_SPACE}${IDEO_SPACE}${escapeHtml(p)}</p>`)
    .join('\n')
  const head = html
    .slice(0, from)
    .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${url}">`)
    .replace(/og:url" content="[^"]*"/, `og:url" content="${url}"`)
    .replace(/<title>[^<]*_新浪/, `<title>${escapeHtml(title)}_新浪`)
    .replace(/class="main-title">[^<]*</, `class="main-title">${escapeHtml(title)}<`)
  return `${head}\n${body}\n${html.slice(to)}`
}

export interface GeneratedPage {
  url: string
  html: string
  /** Characters of body text. */
  chars: number
}

/** A readout of about `chars` body characters at a Sina article URL. */
export function readoutPage(chars: number, seed = 11, date = '2021-12-15'): GeneratedPage {
  const pool = sentencePool(seedArticles())
  const g = readoutText(pool, rng(seed), date, LEADERS[0]!, 1, 0, seed, chars)
  const paragraphs = g.text
    .split('\n')
    .slice(3)
    .filter((l) => l.length > 0)
  const day = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10)
  const url = `http://news.sina.com.cn/c/${day}/doc-ibench${chars}.shtml`
  return {
    url,
    html: sinaPage('readout.html', url, '习近平同俄罗斯总统普京举行视频会晤', paragraphs),
    chars: paragraphs.reduce((n, p) => n + p.length, 0),
  }
}

/** A long economy report (not a readout) at a Sina article URL: the fixture's sentences recombined. */
export function nonReadoutPage(chars: number, seed = 13): GeneratedPage {
  const html = readFileSync(join(SINA_DIR, 'other.html'), 'utf8')
  const sentences = [...html.matchAll(/<p cms-style="font-L">\u3000\u3000([^<]+)<\/p>/g)]
    .flatMap((m) => m[1]!.split(/(?<=。)/))
    .filter((s) => s.length > 8)
  if (sentences.length < 3) throw new Error('too few sentences in the Sina non-readout fixture')
  const rand = rng(seed)
  const paragraphs: string[] = []
  let n = 0
  while (n < chars) {
    let p = ''
    for (let i = 0; i < 3; i++) p += sentences[Math.floor(rand() * sentences.length)]
    paragraphs.push(p)
    n += p.length
  }
  const url = `http://news.sina.com.cn/c/2021-12-17/doc-ibenchother${chars}.shtml`
  return {
    url,
    html: sinaPage(
      'other.html',
      url,
      '前11个月社会消费品零售总额同比增长 消费市场稳步恢复',
      paragraphs,
    ),
    chars: n,
  }
}

/** Readouts a user might visit next (dated 2026, so none is already in a generated corpus). */
export function visitedReadouts(count: number, seed = 17): GeneratedText[] {
  const pool = sentencePool(seedArticles())
  const rand = rng(seed)
  const out: GeneratedText[] = []
  for (let i = 0; i < count; i++) {
    const date = `2026-0${1 + (i % 9)}-${pad(1 + i)}`
    const leader = LEADERS[i % LEADERS.length]!
    out.push(
      readoutText(pool, rand, date, leader, i % KINDS.length, i % OUTLETS.length, 90_000 + i, 1600),
    )
  }
  return out
}
