// First appearances over a small hand-written index, and the lookup later readouts use.
import { describe, expect, it } from 'vitest'
import { recordFirsts, seenBefore, noveltyInputOf } from '../../../src/core/novelty'

const FILLER = [
  '双方同意加强全球治理合作。',
  '中方愿同各方推动落实全球发展倡议。',
  '习近平指出，要践行真正的多边主义。',
  '双方支持全球安全倡议，反对单边主义。',
  '两国关系保持健康稳定发展。',
  '中方提出的倡议得到广泛支持。',
]

function event(i: number, date: string, extra = '', speaker = '习近平') {
  const text = [
    ...FILLER.slice(i % FILLER.length),
    ...FILLER.slice(0, i % FILLER.length),
    extra,
  ].join('\n')
  return {
    id: `${date}:call:对方${i}`,
    date,
    title: `习近平同对方${i}通电话`,
    text,
    turns: [{ speaker, verb: '强调', text, start: 0, end: text.length }],
  }
}

// 25 plain events in January, then the coinage on 2023-03-01, said again on 2023-03-01
// (same day: not earlier) and on 2023-04-01.
const plain = Array.from({ length: 25 }, (_, i) =>
  event(i, `2023-01-${String(i + 1).padStart(2, '0')}`),
)
const coin = '习近平强调，中方提出全球治理倡议，愿同各方落实全球治理倡议。'
const first = event(30, '2023-03-01', coin)
const sameDay = event(31, '2023-03-01', coin, '普京')
const later = event(32, '2023-04-01', '普京表示，俄方支持全球治理倡议。', '普京')

describe('recordFirsts', () => {
  const firsts = recordFirsts([later, sameDay, ...plain, first])

  it('records a formulation once, at the first event (date, then id) that said it', () => {
    const f = firsts.filter((x) => x.key === '全球治理倡议')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({
      text: '全球治理倡议',
      date: '2023-03-01',
      eventId: first.id,
      title: first.title,
      speaker: '习近平',
    })
  })

  it('records nothing for events that coin nothing', () => {
    expect(firsts.every((f) => f.date === '2023-03-01' || f.date === '2023-04-01')).toBe(true)
  })

  it('lets a later readout find where a formulation was first said', () => {
    const input = noveltyInputOf(later)
    const seen = seenBefore(input, firsts, { date: later.date, eventId: later.id })
    expect(seen.map((s) => [s.text, s.first.date, s.first.eventId])).toEqual([
      ['全球治理倡议', '2023-03-01', first.id],
    ])
    expect(later.text.slice(seen[0]!.start, seen[0]!.end)).toBe('全球治理倡议')
  })

  it('does not send the first event (or an event of the same day) to itself', () => {
    expect(
      seenBefore(noveltyInputOf(first), firsts, { date: first.date, eventId: first.id }),
    ).toEqual([])
    expect(
      seenBefore(noveltyInputOf(sameDay), firsts, { date: sameDay.date, eventId: sameDay.id }),
    ).toEqual([])
  })
})
