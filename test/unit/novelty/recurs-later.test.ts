// Sign recursLater over small hand-written indexes: only the whole-index recount knows what
// later events say, and it lists a new phrase that stuck although it scored below the bar
// where it was first said.
import { describe, expect, it } from 'vitest'
import {
  firstsByDay,
  MAX_NOVEL,
  noveltyInputOf,
  novelFormulations,
  recordFirsts,
  withRecordedFirsts,
  GrowingHistory,
  type FirstAppearance,
  type NovelFormulation,
} from '../../../src/core/novelty'
import { foldForSearch } from '../../../src/core/normalize'

// Every word the new phrases are made of (数字, 丝路, 合作, 精神 …) is in these sentences.
const FILLER = [
  '双方同意加强数字经济合作。',
  '中方愿同各方推动丝路建设。',
  '习近平指出，要弘扬友好精神。',
  '双方支持全球安全倡议，反对单边主义。',
  '两国关系保持健康稳定发展。',
  '中方提出的倡议得到广泛支持。',
  '推动构建人类命运共同体。',
  '加强战略沟通，推动伙伴关系发展。',
]

function event(id: string, date: string, extra = '', speaker = '习近平') {
  const i = id.length
  const text = [...FILLER.slice(i % FILLER.length), ...FILLER.slice(0, i % FILLER.length), extra]
    .filter(Boolean)
    .join('\n')
  return {
    id: `${date}:call:${id}`,
    date,
    title: `习近平同${id}通电话`,
    text,
    turns: [{ speaker, verb: '强调', text, start: 0, end: text.length }],
  }
}

const plain = Array.from({ length: 25 }, (_, i) =>
  event(`对方${i}`, `2023-01-${String(i + 1).padStart(2, '0')}`),
)
// Said once, by a leader, unquoted, on a head that is no core head: headed + leader = 3, below
// MIN_SCORE (4) where it is first said.
const PHRASE = '数字丝路合作精神'
const first = event('甲', '2023-03-01', `习近平强调，双方要弘扬${PHRASE}。`)
const againOn = (id: string, date: string) =>
  event(id, date, `普京表示，俄方愿弘扬${PHRASE}。`, '普京')

const keyOf = (fs: readonly FirstAppearance[]) => fs.map((f) => f.key)

describe('sign recursLater in the recount', () => {
  it('is below the bar where the phrase is first said (nothing live to list)', () => {
    const history = new GrowingHistory()
    for (const e of plain) history.add(foldForSearch(e.text))
    expect(novelFormulations(noveltyInputOf(first), history).map((n) => n.key)).not.toContain(
      PHRASE,
    )
  })

  it('records it at its first event once later events on two distinct days say it', () => {
    const events = [...plain, first, againOn('乙', '2023-04-01'), againOn('丙', '2023-05-01')]
    const firsts = recordFirsts(events)
    expect(firsts.filter((f) => f.key === PHRASE)).toEqual([
      {
        key: PHRASE,
        text: PHRASE,
        eventId: first.id,
        date: '2023-03-01',
        title: first.title,
        speaker: '习近平',
        rule: 'headed',
        signs: ['headed', 'leader', 'recursLater'],
      },
    ])
    // Live mode (what a page read live would list) has no hindsight.
    expect(keyOf(recordFirsts(events, { recursLater: false }))).not.toContain(PHRASE)
  })

  it('needs two later days: one later day, or two events of one later day, is not enough', () => {
    const once = [...plain, first, againOn('乙', '2023-04-01')]
    expect(keyOf(recordFirsts(once))).not.toContain(PHRASE)
    const sameDay = [...once, againOn('丙', '2023-04-01')]
    expect(keyOf(recordFirsts(sameDay))).not.toContain(PHRASE)
    // The first day's other events are not "later" either.
    const firstDay = [...once, againOn('丙', '2023-03-01')]
    expect(keyOf(recordFirsts(firstDay))).not.toContain(PHRASE)
  })

  it('is not given to a piece of a phrase listed without it (it recurs because the whole does)', () => {
    // 数字丝路战略合作伙伴关系 is listed where first said (headed + coreHead + leader); its
    // piece 数字丝路战略 (战略合作 was never said: the head ends a phrase there) is not.
    const whole = '数字丝路战略合作伙伴关系'
    const listed = event('甲', '2023-03-01', `习近平强调，推动${whole}。`)
    const later = (id: string, date: string) => event(id, date, `普京表示，推动${whole}。`, '普京')
    const events = [...plain, listed, later('乙', '2023-04-01'), later('丙', '2023-05-01')]
    expect(
      recordFirsts(events)
        .filter((f) => f.eventId === listed.id)
        .map((f) => f.key),
    ).toEqual([whole])
  })

  it('is not given to a short unquoted one (a compound word recurs: 丝路精神)', () => {
    const short = event('甲', '2023-03-01', '习近平强调，双方要弘扬丝路精神。')
    const later = (id: string, date: string) =>
      event(id, date, '普京表示，愿弘扬丝路精神。', '普京')
    const events = [...plain, short, later('乙', '2023-04-01'), later('丙', '2023-05-01')]
    expect(keyOf(recordFirsts(events))).not.toContain('丝路精神')
  })

  it('yields during the pass over later texts (a recount can pause there too)', () => {
    const later = Array.from({ length: 130 }, (_, i) =>
      againOn(`后${i}`, `2023-06-${String((i % 28) + 1).padStart(2, '0')}`),
    )
    const events = [...plain, first, ...later]
    const days = new Set(events.map((e) => e.date)).size
    const steps = firstsByDay(events)
    let yields = 0
    let s = steps.next()
    for (; !s.done; s = steps.next()) yields++
    expect(yields).toBeGreaterThan(days)
    expect(keyOf(s.value)).toContain(PHRASE)
  })
})

function formulation(key: string, start: number, score: number): NovelFormulation {
  return {
    text: key,
    key,
    start,
    end: start + key.length,
    speaker: null,
    rule: 'headed',
    signs: ['headed', 'leader', 'recurs'],
    score,
    occurrences: [{ start, end: start + key.length }],
  }
}

describe('withRecordedFirsts: a page that is an indexed event lists what the recount recorded', () => {
  const text = `习近平强调，双方要弘扬${PHRASE}，推动全球治理倡议。`
  const input = { text, turns: [{ speaker: '习近平', start: 0, end: text.length }] }
  const live = [formulation('全球治理倡议', text.indexOf('全球治理倡议'), 4)]
  const recorded: FirstAppearance = {
    key: PHRASE,
    text: PHRASE,
    eventId: 'ev',
    date: '2023-03-01',
    title: '',
    speaker: '习近平',
    rule: 'headed',
    signs: ['headed', 'leader', 'recursLater'],
  }

  it('adds the recorded ones at their first occurrence here, ranked with the live ones', () => {
    const merged = withRecordedFirsts(input, live, [recorded], 'ev')
    expect(merged.map((n) => [n.key, n.score])).toEqual([
      [PHRASE, 5],
      ['全球治理倡议', 4],
    ])
    const n = merged[0]!
    expect(text.slice(n.start, n.end)).toBe(PHRASE)
    expect(n).toMatchObject({
      speaker: '习近平',
      rule: 'headed',
      occurrences: [{ start: n.start }],
    })
  })

  it("keeps one per key and ignores other events' entries and unknown sign names", () => {
    const dup = { ...recorded, key: '全球治理倡议', text: '全球治理倡议' }
    expect(withRecordedFirsts(input, live, [dup], 'ev')).toEqual(live)
    expect(withRecordedFirsts(input, live, [recorded], 'other')).toEqual(live)
    expect(withRecordedFirsts(input, live, [recorded], null)).toEqual(live)
    const odd = { ...recorded, rule: 'nonsense', signs: ['headed', 'bogus'] }
    const [n] = withRecordedFirsts(input, [], [odd], 'ev')
    expect(n).toMatchObject({ rule: 'headed', signs: ['headed'], score: 2 })
    // Not even a list (an entry nobody checked): no signs, the bar's score.
    const notList = { ...recorded, signs: 'headed' as unknown as string[] }
    expect(withRecordedFirsts(input, [], [notList], 'ev')[0]).toMatchObject({ signs: [], score: 4 })
  })

  it('leaves out a recorded key the text does not hold, and lists at most MAX_NOVEL', () => {
    expect(withRecordedFirsts(input, live, [{ ...recorded, key: '不在这里' }], 'ev')).toEqual(live)
    const many = Array.from({ length: 20 }, (_, i) => formulation(`项${i}`, 1000 + i * 10, 4))
    expect(withRecordedFirsts(input, many, [recorded], 'ev')).toHaveLength(MAX_NOVEL)
    expect(withRecordedFirsts(input, many, [recorded], 'ev')[0]!.key).toBe(PHRASE)
  })
})
