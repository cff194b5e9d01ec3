// One minimal, hand-written case per failure class seen on real pages (issue 11): the event
// line's structure, dates, counterparts, speakers, what is not a readout, scraped text.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { detectReadout } from '../../../src/core/detect'
import { articleOf } from './helpers'

const at = (text: string, opts: Parameters<typeof articleOf>[1] = {}) =>
  analyze(articleOf(text, { published: '2031-05-20', ...opts }))
const speakersOf = (text: string, opts: Parameters<typeof articleOf>[1] = {}) =>
  at(text, opts).turns.map((t) => t.speaker)

describe('the event line as a structure', () => {
  it('reads past a long modifier clause to the counterpart', () => {
    const a = at(
      '5月19日下午，国家主席习近平在人民大会堂会见来华出席第九届某某合作论坛和纪念某某活动并进行国事访问的马来西亚总理安瓦尔。\n' +
        '安瓦尔表示，马方愿深化合作。\n习近平指出，中方愿同马方一道努力。',
    )
    expect(a.event).toMatchObject({
      date: '2031-05-19',
      kind: 'meeting',
      counterpart: { name: '安瓦尔', country: '马来西亚', title: '总理' },
      place: '人民大会堂',
    })
    expect(a.turns.map((t) => t.speaker)).toEqual([null, '安瓦尔', '习近平'])
  })

  it('a modifier that itself holds a meeting word (出席…会晤期间, 来华举行…会晤的)', () => {
    expect(
      at('当地时间5月18日，国家主席习近平在某城出席某国家领导人会晤期间会见某国总统甲乙。').event
        ?.counterpart?.name,
    ).toBe('甲乙')
    expect(
      at('5月18日，国家主席习近平会见来华举行第三次某某领导人会晤的某理事会主席丙丁。').event
        ?.counterpart?.name,
    ).toBe('丙丁')
  })

  it('title chains: party and state offices joined by 、', () => {
    const a = at(
      '5月19日，中共中央总书记、国家主席习近平同某国人民党中央总书记、国家主席通甲举行会谈。',
    )
    expect(a.event?.counterpart).toMatchObject({ name: '通甲', title: '总书记、国家主席' })
    expect(
      at('5月19日，习近平同某国劳动党总书记、国务委员长金乙通电话。').event?.counterpart?.name,
    ).toBe('金乙')
  })

  it('non-state counterparts', () => {
    for (const [line, name, org] of [
      ['5月19日，习近平会见联合国秘书长甲丙丁。', '甲丙丁', '联合国'],
      ['5月19日，习近平会见联合国教科文组织总干事乙丙。', '乙丙', '联合国教科文组织'],
      ['5月19日，习近平会见国际奥委会主席丁戊。', '丁戊', '国际奥委会'],
      ['5月19日，习近平会见某开发银行行长戊己。', '戊己', '某开发银行'],
      ['5月19日，习近平会见美国某州州长己庚。', '己庚', '美国某州'],
    ] as const) {
      expect(at(line).event?.counterpart).toMatchObject({ name, country: org })
    }
  })

  it('two counterparts at once: the first is the counterpart, both take part', () => {
    const a = at('5月19日，习近平会见某理事会主席甲乙和某委员会主席丙丁。\n丙丁表示，愿合作。')
    expect(a.event?.counterpart?.name).toBe('甲乙')
    expect(a.event?.participants).toEqual(['习近平', '甲乙', '丙丁'])
    expect(a.turns.at(-1)?.speaker).toBe('丙丁')
  })

  it('names with · and -, and the last part of a · name as its speaker marker', () => {
    const a = at('5月19日，习近平会见某国总统甲乙·丙丁戊。\n丙丁戊表示，愿合作。\n习近平指出，好。')
    expect(a.event?.counterpart?.name).toBe('甲乙·丙丁戊')
    expect(a.turns.map((t) => t.speaker)).toEqual([null, '甲乙·丙丁戊', '习近平'])
    expect(at('5月19日，习近平同某国国家主席甲乙-丙丁举行会谈。').event?.counterpart?.name).toBe(
      '甲乙-丙丁',
    )
  })

  it('the name before the title, confirmed by the body', () => {
    const a = at('5月19日，习近平主席同希甲莱马总统举行会谈。\n希甲莱马表示，愿合作。')
    expect(a.event?.counterpart).toMatchObject({ name: '希甲莱马', title: '总统' })
    // `坦某尼亚总统` in a headline is an office, not a name.
    const b = analyze(
      articleOf('5月19日，国家主席习近平在北京会见坦某尼亚总统。\n习近平指出，好。', {
        title: '习近平会见坦某尼亚总统',
        published: '2031-05-20',
      }),
    )
    expect(b.event?.counterpart).toBeNull()
  })

  it('an office-only line takes the first foreign speaker as the counterpart', () => {
    const a = analyze(
      articleOf('欢迎仪式后，两国元首举行会谈。\n习近平指出，好。\n甲乙丙表示，愿合作。', {
        title: '习近平同某国总统会谈',
        published: '2031-05-20',
      }),
    )
    expect(a.event?.counterpart).toMatchObject({ name: '甲乙丙', country: '某国', title: '总统' })
    expect(a.turns.at(-1)?.speaker).toBe('甲乙丙')
  })

  it('words between the counterpart and the verb: 举行双边会见, 举行中美元首会晤', () => {
    expect(at('5月19日，习近平同俄罗斯总统普京举行双边会见。').event?.counterpart?.name).toBe(
      '普京',
    )
    expect(
      at('5月19日，习近平在某庄园同美国总统拜登举行中美元首会晤。').event?.counterpart?.name,
    ).toBe('拜登')
  })

  it('a group met (…代表) is a meeting without a counterpart', () => {
    const a = at('习近平19日上午在北京亲切会见全国某某工作先进代表。')
    expect(a.event).toMatchObject({ date: '2031-05-19', kind: 'meeting', counterpart: null })
  })

  it('应约 before 在 and after a modifier of the host', () => {
    const a = at('当地时间5月18日下午，刚刚抵达某城的国家主席习近平应约在某宫会见某国总统甲乙。')
    expect(a.event).toMatchObject({ date: '2031-05-18', requestedBy: '甲乙', place: '某宫' })
  })
})

describe('dates', () => {
  it('a day without month takes the month of the page', () => {
    expect(
      at('当地时间15日上午，国家主席习近平在某城会见某国总统甲乙。', {
        published: '2031-07-16',
      }).event?.date,
    ).toBe('2031-07-15')
  })

  it('an opener without a date: the page date (publication, else the URL)', () => {
    const text = '欢迎仪式后，习近平主席同某国总统甲乙举行会谈。\n甲乙表示，愿合作。'
    expect(at(text, { published: '2031-09-02' }).event?.date).toBe('2031-09-02')
    expect(
      at(text, { published: null, url: 'https://tv.example.com/2031/09/02/VIDEabc.shtml' }).event
        ?.date,
    ).toBe('2031-09-02')
  })

  it('never from today: a date that cannot be known is null', () => {
    expect(at('习近平同某国总统甲乙举行会谈。', { published: null }).event?.date).toBeNull()
    expect(at('习近平15日同某国总统甲乙通电话。', { published: null }).event?.date).toBeNull()
  })

  it('a domestic story: the date of its lead sentence', () => {
    const a = at('某某表彰大会19日在京举行。习近平会见全体受表彰代表。', {
      published: '2031-05-20',
    })
    expect(a.event?.date).toBe('2031-05-19')
  })
})

describe('speakers: only participants and 双方', () => {
  const event = '5月19日，国家主席习近平同某国总统甲乙通电话。\n'

  it('a word before a verb is not a name (刚刚, 多次)', () => {
    const s = speakersOf(
      `${event}甲乙表示，某国在习近平主席刚刚提出的倡议中获益。\n我赞赏甲乙总统多次表示重视两国关系。`,
    )
    expect(s).not.toContain('刚刚')
    expect(s).not.toContain('多次')
    expect(s).toEqual([null, '甲乙', '甲乙'])
  })

  it('others named with a title are narrated, and 他 after them does not go to a participant', () => {
    const a = at(`${event}习近平指出，好。\n某国外长丙丁表示，愿合作。他还说，好。`)
    expect(a.turns.map((t) => t.speaker)).toEqual([null, '习近平', null])
    expect(a.turns[2]!.rule).toBe('non-participant')
  })

  it('a title followed by a known name and an action is not a speaker (蔡奇参加会见)', () => {
    const a = at(`${event}中共中央政治局常委、中央办公厅主任蔡奇参加通话。`)
    expect(a.turns.map((t) => t.speaker)).toEqual([null, null])
  })

  it('every turn records the rule that decided it', () => {
    const a = at(`${event}习近平指出，好。双方一致同意加强沟通。`)
    expect(a.turns.map((t) => t.rule)).toEqual(['event-line', 'name-verb', 'joint-strong'])
  })
})

describe('not readouts', () => {
  const body = '5月19日，习近平在某地考察时强调，要加快发展。习近平同当地干部群众进行视频通话。'
  it.each([
    ['an inspection', '习近平在某省考察时强调 加快发展'],
    ['a speech at a meeting', '习近平在某大会上发表重要讲话'],
    ['a ceremony', '习近平出席某仪式并致辞'],
    ['a letter', '习近平给某校师生回信'],
    ['a troop visit', '习近平视察某部队'],
    ['a Party meeting', '中共中央政治局召开会议 习近平主持会议'],
    ['greetings', '习近平春节前夕慰问基层干部群众 致以新春祝福'],
    ['the leader’s remarks', '习近平：推动两国关系行稳致远'],
  ])('%s', (_kind, title) => {
    const a = articleOf(body, { title })
    expect(detectReadout(a).isReadout).toBe(false)
    expect(analyze(a).isReadout).toBe(false)
  })

  it('a headline with an event line of its own stays a readout', () => {
    const a = articleOf(
      '5月19日，国家主席习近平在某城出席峰会期间会见某国总统甲乙。\n甲乙表示，好。',
      {
        title: '习近平出席峰会期间会见某国总统',
      },
    )
    expect(analyze(a).isReadout).toBe(true)
  })
})

describe('scraped text', () => {
  it('a dateline on its own line after 日期:', () => {
    const a = at(
      '习近平同某国总统甲乙通电话\n日期:\n2031-03-21 17:59:55\n习近平21日同某国总统甲乙通电话。',
      {
        published: null,
      },
    )
    expect(a.event?.date).toBe('2031-03-21')
  })

  it('a time glued to the outlet', () => {
    const a = at('2031-02-11 10:33:23央视新闻客户端\n国家主席习近平11日同某国总统甲乙通电话。', {
      published: null,
    })
    expect(a.event?.date).toBe('2031-02-11')
  })

  it('traditional script: 發佈時間, the foreign name in parentheses, a wire opener', () => {
    const a = analyze(
      articleOf(
        '發佈時間：2031-08-08\n央視新聞報道，中國國家主席習近平8月8日應約同某國總統甲乙（Jia Yi）通電話。\n甲乙表示，願合作。',
        { title: '習近平應約同某國總統通電話' },
      ),
    )
    expect(a.isReadout).toBe(true)
    expect(a.event).toMatchObject({
      date: '2031-08-08',
      kind: 'call',
      counterpart: { name: '甲乙' },
      requestedBy: '甲乙',
    })
    expect(a.turns.at(-1)?.speaker).toBe('甲乙')
  })
})

describe('pages full of names without full stops stay linear', () => {
  it.each(['习近平同', '习近平会见了', '习近平同甲乙丙会谈的'])('%s…', (unit) => {
    const a = articleOf(unit.repeat(Math.ceil(40_000 / unit.length)))
    analyze(a)
    const t0 = performance.now()
    analyze(a)
    // ~20-50 ms on a loaded machine; scanning to the next full stop from every name took seconds.
    expect(performance.now() - t0).toBeLessThan(1_000)
  })
})
