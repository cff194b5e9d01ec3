import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import type { Analysis, Article, Turn } from '../../../src/core/types'
import { articleOf, seedArticle } from './helpers'
import { READOUTS } from './readouts'

type Expect = [speaker: string | null, verb: string | null, prefix: string]

/** Turns from the first one starting with `from` on, as [speaker, verb, text-prefix]. */
function expectTurnsFrom(a: Analysis, from: string, expected: Expect[]) {
  const i = a.turns.findIndex((t) => t.text.startsWith(from))
  expect(i).toBeGreaterThanOrEqual(0)
  const got = a.turns.slice(i).map((t, k): Expect => {
    const prefix = expected[k]?.[2] ?? ''
    return [t.speaker, t.verb, t.text.startsWith(prefix) ? prefix : t.text.slice(0, 20)]
  })
  expect(got).toEqual(expected)
}

function checkOffsets(article: Article, turns: Turn[]) {
  let last = -1
  for (const t of turns) {
    expect(article.text.slice(t.start, t.end)).toBe(t.text)
    expect(t.start).toBeGreaterThanOrEqual(last)
    last = t.end
  }
}

describe('turns of seed 001 (Kankan, People’s Daily text)', () => {
  const article = seedArticle('001')
  const a = analyze(article)
  it('every turn', () => {
    expectTurnsFrom(a, '国家主席习近平8月25日', [
      [null, null, '国家主席习近平8'],
      ['习近平', '指出', '习近平指出,今年'],
      ['习近平', '强调', '习近平强调,鞋子'],
      ['双方', null, '双方就阿富汗局势'],
      ['习近平', '强调', '习近平强调,中方'],
      ['普京', '表示', '普京表示,俄方对'],
      ['普京', '表示', '普京表示,当前阿'],
      ['双方', null, '双方一致认为,当前'],
    ])
  })
  it('turn text is verbatim, whole paragraphs', () => {
    checkOffsets(article, a.turns)
    const putin = a.turns.find((t) => t.text.startsWith('普京表示,俄方'))!
    expect(putin.text.endsWith('加强抗疫合作。')).toBe(true)
  })
})

describe('turns of seed 002 (ZAKER summary + Xinhua text)', () => {
  const article = seedArticle('002')
  const a = analyze(article)
  it('every turn', () => {
    expectTurnsFrom(a, '国家主席习近平 2 月 25 日', [
      [null, null, '国家主席习近平 '],
      ['双方', null, '双方重点就当前乌克'],
      ['普京', '介绍', '普京总统介绍了乌克'],
      ['习近平', '指出', '习近平主席指出——'],
      [null, null, '更多内容，请看通稿'],
      [null, null, '习近平同俄罗斯总统'],
      [null, null, '新华社北京 2 月'],
      ['习近平', '表示', '习近平对普京来华出'],
      ['普京', '表示', '普京就北京冬奥会圆'],
      ['双方', null, '双方重点就当前乌克'],
      ['普京', '介绍', '普京介绍了乌克兰问'],
      ['习近平', '指出', '习近平指出，近期，'],
    ])
    checkOffsets(article, a.turns)
  })
})

describe('turns of seed 004 (Sina, video meeting)', () => {
  const article = seedArticle('004')
  const a = analyze(article)
  const speakerOf = (prefix: string) => a.turns.find((t) => t.text.startsWith(prefix))?.speaker
  it('main turns', () => {
    expect(speakerOf('国家主席习近平12月15日下午')).toBeNull()
    expect(speakerOf('此次视频会晤内容丰富')).toBeNull()
    expect(speakerOf('元首外交把舵领航')).toBeNull()
    expect(speakerOf('新华社北京12月15日电')).toBeNull()
    expect(speakerOf('习近平指出，很高兴')).toBe('习近平')
    expect(speakerOf('关于金砖合作，习近平指出')).toBe('习近平')
    expect(speakerOf('双方就当前大国关系')).toBe('双方')
    expect(speakerOf('习近平强调，民主是')).toBe('习近平')
    expect(speakerOf('普京表示，当前俄中关系')).toBe('普京')
    expect(speakerOf('双方还就其他共同关心')).toBe('双方')
    expect(speakerOf('两国元首相约明年2月')).toBe('双方')
    expect(speakerOf('丁薛祥、王毅、何立峰')).toBeNull()
    expect(speakerOf('今年以来，在元首外交引领下')).toBeNull()
    expect(speakerOf('能源合作是中俄务实合作')).toBeNull()
    checkOffsets(article, a.turns)
  })
  it('Xi’s paragraphs: 14 marked turns, Putin one', () => {
    expect(a.turns.filter((t) => t.speaker === '习近平' && t.verb).length).toBe(14)
    expect(a.turns.filter((t) => t.speaker === '普京').length).toBe(1)
    const putin = a.turns.find((t) => t.speaker === '普京')!
    expect(putin.text.endsWith('俄方愿同中方就维护各国真正民主权利问题加强沟通。')).toBe(true)
  })
})

describe('turns of seed 000 and 003', () => {
  it('000: lead narration, then the Xinhua text', () => {
    const a = analyze(seedArticle('000'))
    const speakers = a.turns.map((t) => t.speaker)
    expect(speakers.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(speakers.filter((s) => s !== null)).toEqual([
      '习近平',
      '习近平',
      '双方',
      '习近平',
      '普京',
      '普京',
      '双方',
    ])
  })
  it('003: titled names with lost colons, experts by 职务+姓名', () => {
    const a = analyze(seedArticle('003'))
    const of = (p: string) => a.turns.find((t) => t.text.startsWith(p))?.speaker
    expect(of('中国国家主席习近平中方将一如既往')).toBe('习近平')
    expect(of('俄罗斯总统普京俄中均珍视')).toBe('普京')
    expect(of('俄罗斯总统普京:俄中关系')).toBe('普京')
    expect(of('【关键词一:支持】')).toBeNull()
    expect(of('这次通话传递了哪些重要信息')).toBeNull()
    expect(of('中国国际问题研究院常务副院长、研究员阮宗泽普京总统')).toBe('阮宗泽')
    expect(of('中国国际问题研究院国际战略研究所副所长苏晓辉中俄之间')).toBe('苏晓辉')
  })
})

describe('sentence speakers on hand-written readouts (other leaders, outlets, scripts)', () => {
  let right = 0
  let total = 0
  it.each(READOUTS.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const article = articleOf(c.text, { published: c.published, url: c.url ?? null })
    const a = analyze(article)
    checkOffsets(article, a.turns)
    const got = c.sentences.map(([, prefix]) => {
      const at = c.text.indexOf(prefix)
      expect(at).toBeGreaterThanOrEqual(0)
      const turn = a.turns.find((t) => t.start <= at && at < t.end)
      return turn ? turn.speaker : 'NO TURN'
    })
    total += got.length
    right += got.filter((s, i) => s === c.sentences[i]![0]).length
    expect(got).toEqual(c.sentences.map(([s]) => s))
  })
  it('≥95% of sentences right overall', () => {
    expect(total).toBeGreaterThan(40)
    expect(right / total).toBeGreaterThanOrEqual(0.95)
  })
})

describe('speaker markers', () => {
  const speakerOfLine = (line: string, event = '国家主席习近平8月25日同俄罗斯总统普京通电话。') => {
    const a = analyze(articleOf(`${event}\n${line}`, { published: '2021-08-26' }))
    return a.turns.slice(1).map((t) => [t.speaker, t.verb])
  }
  it.each<[string, Array<[string | null, string | null]>]>([
    ['习近平指出，中俄要合作。', [['习近平', '指出']]],
    ['习主席强调，中俄要合作。', [['习近平', '强调']]],
    ['国家主席习近平表示，中俄要合作。', [['习近平', '表示']]],
    ['习近平主席在通话中指出，中俄要合作。', [['习近平', '指出']]],
    ['普京总统介绍了俄方立场。', [['普京', '介绍']]],
    ['普京还表示，俄方愿意合作。', [['普京', '表示']]],
    ['俄罗斯总统普京：俄中关系很好。', [['普京', null]]],
    ['俄罗斯总统普京俄中均珍视本国主权安全。', [['普京', null]]],
    ['普京就冬奥会成功向中国人民表示热烈祝贺。', [['普京', '表示']]],
    ['关于金砖合作，习近平指出，中方愿合作。', [['习近平', '指出']]],
    [
      '习近平指出，中俄要合作。他强调，双方要加强协调。',
      [
        ['习近平', '指出'],
        ['习近平', '强调'],
      ],
    ],
    [
      '习近平指出，中俄要合作。普京表示，俄方赞同。',
      [
        ['习近平', '指出'],
        ['普京', '表示'],
      ],
    ],
    ['习近平指出，中俄要合作。中方愿同俄方加强协调。', [['习近平', '指出']]],
    ['习近平指出，中俄要合作。双方要加强协调。', [['习近平', '指出']]],
    ['双方一致认为，要加强沟通。', [['双方', null]]],
    ['两国元首一致同意保持密切交往。', [['双方', null]]],
    ['中方愿同俄方加强协调。', [[null, null]]],
    // Only participants speak: others named before a verb are narrated.
    ['巴拿马总统穆利诺表示，巴方支持。', [[null, null]]],
    ['俄罗斯总统府发言人佩斯科夫表示，评价积极。', [[null, null]]],
    ['习近平主席刚刚提出的倡议很重要。', [[null, null]]],
    ['外交部发言人汪文斌说，中方欢迎。', [['汪文斌', '说']]],
    ['中方坚定支持俄罗斯总统普京提出的倡议。', [[null, null]]],
    ['“中俄合作前景广阔。”普京说。', [['普京', '说']]],
    ['本报北京8月25日电', [[null, null]]],
    ['王毅参加通话。', [[null, null]]],
  ])('%s', (line, expected) => {
    expect(speakerOfLine(line)).toEqual(expected)
  })

  it('list items announced by a speaker stay with the speaker, headings do not', () => {
    const a = analyze(
      articleOf(
        '国家主席习近平8月25日同俄罗斯总统普京通电话。\n习近平强调，双方商定三点共识：\n坚持相互尊重\n二是坚持合作共赢\n三是坚持世代友好\n元首外交引领两国关系\n今年以来，两国贸易额创新高。',
        { published: '2021-08-26' },
      ),
    )
    expect(a.turns.map((t) => t.speaker)).toEqual([
      null,
      '习近平',
      '习近平',
      '习近平',
      '习近平',
      null,
      null,
    ])
  })

  it('a turn runs on across paragraphs until another marker', () => {
    const a = analyze(
      articleOf(
        '国家主席习近平8月25日同俄罗斯总统普京通电话。\n普京表示，俄方赞同。\n俄方愿同中方加强合作。\n习近平指出，好。',
        {
          published: '2021-08-26',
        },
      ),
    )
    expect(a.turns.map((t) => t.speaker)).toEqual([null, '普京', '普京', '习近平'])
  })
})
