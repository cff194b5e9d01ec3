import { describe, expect, it } from 'vitest'
import { history, sinceLast } from '../../../src/core/compare'
import { analysisOf, indexOf, JUNE, MARCH, OCTOBER } from './cases'

const INDEX = indexOf([MARCH, '2023-03-05'], [JUNE, '2023-06-09'], [OCTOBER, '2023-10-20'])

describe('sinceLast', () => {
  it('compares against the latest earlier event with the counterpart, not the page itself or later ones', () => {
    const s = sinceLast(analysisOf(JUNE, '2023-06-09'), INDEX)!
    expect(s.event).toMatchObject({ id: '2023-03-05:call:阿尔法', kind: 'call' })
    expect(s.earlier).toBe(1)
    expect(s.kind).toEqual({ from: 'call', to: 'video' })
    expect(s.requestedBy).toEqual({ from: '阿尔法', to: null })
  })

  it('lists formulations added and dropped with the sentence each is in', () => {
    const s = sinceLast(analysisOf(OCTOBER, '2023-10-20'), INDEX)!
    expect(s.event.id).toBe('2023-06-09:video:阿尔法')
    expect(s.added.map((f) => f.key)).toContain('产业链供应链')
    expect(s.added.find((f) => f.key === '产业链供应链')!.sentence).toBe(
      '习近平强调，双方要坚持互利合作，维护产业链供应链稳定。',
    )
    expect(s.dropped.map((f) => f.key)).toContain('一带一路')
    expect(s.dropped.find((f) => f.key === '一带一路')!.sentence).toContain('愿推进“一带一路”合作')
    // Kind went back to call; nobody asked either time.
    expect(s.kind).toEqual({ from: 'video', to: 'call' })
    expect(s.requestedBy).toBeNull()
  })

  it('reads each variant family and when its wording last changed', () => {
    const s = sinceLast(analysisOf(OCTOBER, '2023-10-20'), INDEX)!
    const ukraine = s.variants.find((v) => v.family === 'ukraine')!
    expect(ukraine.wording).toEqual(['乌克兰危机'])
    expect(ukraine.changedHere).toBe(false)
    expect(ukraine.lastChange).toMatchObject({
      date: '2023-06-09',
      from: ['乌克兰局势'],
      wording: ['乌克兰危机'],
    })
    const taiwan = s.variants.find((v) => v.family === 'taiwan-independence')!
    expect(taiwan.wording).toEqual(['反对“台独”'])
    expect(taiwan.uses[0]!.speakers).toEqual(['阿尔法'])
    // June said nothing about it: the previous wording is March's.
    expect(taiwan.previous).toMatchObject({ date: '2023-03-05', wording: ['不支持“台独”'] })
    expect(taiwan.changedHere).toBe(true)
    const oneChina = s.variants.find((v) => v.family === 'one-china')!
    expect(oneChina.lastChange).toMatchObject({ date: '2023-06-09', from: ['一个中国原则'] })
  })

  it('is null without a counterpart event before it', () => {
    expect(sinceLast(analysisOf(MARCH, '2023-03-05'), INDEX)).toBeNull()
    expect(sinceLast(analysisOf('今天天气很好。', '2023-03-05'), INDEX)).toBeNull()
  })
})

describe('history', () => {
  it('lists every event with the counterpart newest first, each with what it introduced', () => {
    const h = history('阿尔法', INDEX)
    expect(h.map((e) => [e.date, e.kind, e.requestedBy])).toEqual([
      ['2023-10-20', 'call', null],
      ['2023-06-09', 'video', null],
      ['2023-03-05', 'call', '阿尔法'],
    ])
    expect(h[2]!.introduced.map((f) => f.key)).toContain('乌克兰局势')
    expect(h[1]!.introduced.map((f) => f.key)).toContain('乌克兰危机')
    // 互利合作 was in March already, so neither later event introduced it.
    expect(h[0]!.introduced.map((f) => f.key)).not.toContain('互利合作')
    expect(h[1]!.introduced.map((f) => f.key)).not.toContain('互利合作')
  })

  it('filters by date and leaves an excluded event out', () => {
    expect(history('阿尔法', INDEX, { before: '2023-06-09' }).map((e) => e.date)).toEqual([
      '2023-03-05',
    ])
    expect(
      history('阿尔法', INDEX, { excludeId: '2023-06-09:video:阿尔法' }).map((e) => e.date),
    ).toEqual(['2023-10-20', '2023-03-05'])
    expect(history('无名氏', INDEX)).toEqual([])
  })
})
