import { describe, expect, it } from 'vitest'
import { detectReadout } from '../../../src/core/detect'
import { articleOf, seedArticle } from './helpers'
import { READOUTS } from './readouts'

describe('detectReadout on the seeds', () => {
  it.each(['000', '001', '002', '004'])('seed %s is a readout', (id) => {
    const r = detectReadout(seedArticle(id))
    expect(r.isReadout).toBe(true)
    expect(r.confidence).toBeGreaterThanOrEqual(0.8)
  })

  it('seed 003 (commentary about one call) is a readout-derived page with lower confidence', () => {
    const r = detectReadout(seedArticle('003'))
    expect(r.isReadout).toBe(true)
    expect(r.confidence).toBeLessThan(0.8)
    expect(r.confidence).toBeGreaterThanOrEqual(0.5)
  })
})

describe('detectReadout on other texts', () => {
  it.each(READOUTS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(detectReadout(articleOf(c.text, { published: c.published })).isReadout).toBe(true)
  })

  it('tech news on the same site is not a readout', () => {
    const a = articleOf(
      `华为发布新款折叠屏手机 搭载自研芯片
2023-09-25 10:12:00 新浪科技
9月25日，华为在深圳举行秋季全场景新品发布会，正式发布新款折叠屏手机。
该机搭载自研麒麟芯片，支持5G网络和卫星通话。华为终端负责人表示，新品将于下月上市。
分析人士认为，国产手机厂商在高端市场的竞争将更加激烈。`,
    )
    expect(detectReadout(a).isReadout).toBe(false)
  })

  it('a roundup counting many calls is not a readout', () => {
    const a = articleOf(
      `中俄元首今年已通话5次 元首外交引领两国关系
今年以来，中俄元首通过多种方式保持密切沟通。
1月21日，习近平同普京通电话。2月4日，两国元首在北京举行会谈。5月10日，两国元首通电话。
6月15日，习近平同俄罗斯总统普京通电话。8月25日，两国元首通电话。12月15日，两国元首举行视频会晤。
专家认为，频繁的元首互动体现了中俄关系的高水平。`,
      { title: '中俄元首今年已通话5次 元首外交引领两国关系' },
    )
    expect(detectReadout(a).isReadout).toBe(false)
  })

  it('stays cheap on adversarial pages (names everywhere, a 2 MB title)', () => {
    for (const text of [
      '习近平'.repeat(700_000),
      '习近平同俄罗斯总统'.repeat(200_000),
      '12月'.repeat(600_000),
    ]) {
      const a = articleOf(text)
      detectReadout(a)
      const t0 = performance.now()
      expect(detectReadout(a).isReadout).toBe(false)
      // ~10 ms measured on a loaded machine; a backtracking regex took seconds here.
      expect(performance.now() - t0).toBeLessThan(300)
    }
  })

  it('an empty page is not a readout', () => {
    expect(detectReadout(articleOf('')).isReadout).toBe(false)
  })

  it('is fast on a long page', () => {
    const long = articleOf(
      '国家主席习近平8月25日同俄罗斯总统普京通电话。习近平指出，中俄要加强合作。\n'.repeat(5000),
    )
    for (let i = 0; i < 20; i++) detectReadout(long)
    let best = Infinity
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now()
      detectReadout(long)
      best = Math.min(best, performance.now() - t0)
    }
    // < 1 ms on an idle machine (measured ~0.05 ms); the bound allows for a loaded CI box.
    expect(best).toBeLessThan(5)
  })
})
