// A reproducible large corpus for the search figures: sentences of the shipped corpus
// recombined, with dates, kinds, counterparts and outlets varied (seeded PRNG).
import type { CorpusIndex, EventKind, IndexedEvent } from '../../../src/core/types'
import { rng as prng } from '../../../bench/prng'

const NAMES = [
  '普京',
  '拜登',
  '马克龙',
  '朔尔茨',
  '岸田文雄',
  '尹锡悦',
  '莫迪',
  '卢拉',
  '埃尔多安',
  '古特雷斯',
  '哈里斯',
  '特朗普',
  '默克尔',
  '约翰逊',
  '苏纳克',
  '阿尔巴尼斯',
  '佐科',
  '西西',
  '拉马福萨',
  '托卡耶夫',
]
const KINDS: EventKind[] = ['call', 'video', 'talks', 'meeting', 'other']
const OUTLETS = ['新华社', '人民日报', '央视新闻', '中国新闻网', '环球时报', '澎湃新闻']

export function syntheticCorpus(base: CorpusIndex, n: number, seed = 20261121): CorpusIndex {
  const rnd = prng(seed)
  const sentences = base.events.flatMap((e) =>
    e.text.split(/(?<=[。！？])/).filter((s) => s.length > 8),
  )
  const events: IndexedEvent[] = []
  for (let i = 0; i < n; i++) {
    const y = 2013 + Math.floor(rnd() * 13)
    const m = 1 + Math.floor(rnd() * 12)
    const d = 1 + Math.floor(rnd() * 28)
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!
    const name = NAMES[Math.floor(rnd() * NAMES.length)]!
    const parts: string[] = []
    let len = 0
    while (len < 2600 + rnd() * 800) {
      const s = sentences[Math.floor(rnd() * sentences.length)]!
      parts.push(s)
      len += s.length
      if (rnd() < 0.15) parts.push('\n')
    }
    const text = parts
      .join('')
      .replace(/\n+/g, '\n')
      .replace(/^\n|\n$/g, '')
    const title = `习近平同${name}${kind === 'call' ? '通电话' : '会谈'}（${i}）`
    events.push({
      id: `${date}:${kind}:${name}:${i}`,
      date,
      kind,
      title,
      counterpart: { name, country: null, title: null },
      participants: ['习近平', name],
      requestedBy: null,
      place: null,
      sources: [
        {
          url: `https://www.news.cn/synthetic/${i}/c.html`,
          outlet: OUTLETS[i % OUTLETS.length]!,
          title,
          published: date,
        },
      ],
      text,
      turns: [],
      phrases: [],
      mentions: [],
      origin: 'imported',
      grams: [],
    })
  }
  return { format: 'readout-lens-index', version: 1, builtAt: 'synthetic', events }
}

/** Queries of 2, 4 and 8 characters and two-term queries, cut from the corpus texts. */
export function queriesFor(corpus: CorpusIndex, count: number, seed = 7): string[] {
  const rnd = prng(seed)
  const out: string[] = []
  const word = /^[\u4e00-\u9fff]+$/
  while (out.length < count) {
    const ev = corpus.events[Math.floor(rnd() * corpus.events.length)]!
    const len = [2, 4, 8, 0][out.length % 4]!
    const at = Math.floor(rnd() * (ev.text.length - 10))
    if (len > 0) {
      const q = ev.text.slice(at, at + len)
      if (word.test(q)) out.push(q)
    } else {
      const a = ev.text.slice(at, at + 2)
      const b = ev.text.slice(at + 40, at + 43)
      if (word.test(a) && word.test(b)) out.push(`${a} ${b}`)
    }
  }
  return out
}
