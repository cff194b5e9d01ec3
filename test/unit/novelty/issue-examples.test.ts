// The issue's own examples, each in a short readout written for this test (not a real page),
// against the index of every real CCTV readout of 2022–2023: coinages that came after them —
// 旧金山愿景 after Woodside, 全球治理倡议 once proposed, 战后国际秩序 attached to Taiwan — are
// listed as new, with their speaker, and the known formulations around them are not.
import { beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { parseText } from '../../../src/core/intake'
import { MAX_NOVEL, noveltyAgainstIndex } from '../../../src/core/novelty'
import type { IndexedEvent } from '../../../src/core/types'
import { cctvEvents, loadCctvReadouts } from './cctv-index'

let events: IndexedEvent[]
beforeAll(() => {
  events = cctvEvents(loadCctvReadouts())
}, 60_000)

function novelIn(text: string, published: string) {
  const article = parseText(text, { published })
  const r = noveltyAgainstIndex(article, analyze(article), { events })
  return r.novel.map((n) => [n.text, n.speaker])
}

const WOODSIDE = [
  '国家主席习近平同美国总统拜登通电话',
  '4月2日，国家主席习近平应约同美国总统拜登通电话。',
  '习近平指出，去年11月，我同总统先生在旧金山会晤，开启了面向未来的旧金山愿景。双方要把旧金山愿景落到实处。习近平强调，中方提出全球治理倡议，愿同各方一道推动全球治理体系改革。',
  '拜登表示，美方愿同中方保持沟通。',
].join('\n\n')

const TAIWAN = [
  '国家主席习近平同美国总统特朗普通电话',
  '11月24日晚，国家主席习近平应约同美国总统特朗普通电话。',
  '习近平指出，中美双方要坚持相互尊重，推动两国关系稳定发展。习近平阐述了中方在台湾问题上的原则立场，强调台湾回归中国是战后国际秩序的重要组成部分。',
  '特朗普表示，美方理解台湾问题对中国的重要性。',
].join('\n\n')

describe('the issue’s coinages against the real 2022–2023 index', () => {
  it('lists 旧金山愿景 and 全球治理倡议 as new, said by 习近平', () => {
    const novel = novelIn(WOODSIDE, '2024-04-02')
    expect(novel).toContainEqual(['旧金山愿景', '习近平'])
    expect(novel).toContainEqual(['全球治理倡议', '习近平'])
    expect(novel.length).toBeLessThanOrEqual(MAX_NOVEL)
    // Said long before: no first time.
    expect(novel.map(([t]) => t)).not.toContain('全球治理体系改革')
  })

  it('lists 战后国际秩序 as new, not 国际秩序 or 台湾问题', () => {
    const novel = novelIn(TAIWAN, '2025-11-24')
    expect(novel).toContainEqual(['战后国际秩序', '习近平'])
    expect(novel.map(([t]) => t)).not.toContain('国际秩序')
    expect(novel.map(([t]) => t)).not.toContain('台湾问题')
  })
})
