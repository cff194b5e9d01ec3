// Novel formulations against small hand-written indexes (no real page text).
import { describe, expect, it } from 'vitest'
import {
  findNovel,
  historyOf,
  novelFormulations,
  type NoveltyHistory,
} from '../../../src/core/novelty'
import { MAX_NOVEL, MIN_HISTORY } from '../../../src/core/novelty/rules'

// An index of ordinary readout sentences: every word below is known, none of the new
// combinations the tests look for is.
const SENTENCES = [
  '双方同意加强全球治理合作。',
  '中方愿同各方推动落实全球发展倡议。',
  '习近平指出，要践行真正的多边主义。',
  '双方支持全球安全倡议，反对单边主义。',
  '两国关系保持健康稳定发展。',
  '中方提出的倡议得到广泛支持。',
  '双方就共同关心的国际和地区问题交换了意见。',
  '推动构建人类命运共同体。',
  '坚持和平发展道路，反对冷战思维。',
  '所谓风险是人为制造的。',
  '加强经贸、能源、人文等领域合作。',
  '维护以联合国为核心的国际体系。',
  '中方愿同俄方加强战略协作。',
  '推动两国全面战略伙伴关系不断发展。',
  '相互尊重、公平正义、合作共赢。',
  '柬方愿同中方推进经济走廊建设。',
  '老方支持完善合作机制。',
  '双方坚持和平共处，推动开放包容，实现共同繁荣。',
  '在国际形势下深化现代化建设。',
]

/** n events, each a rotation of the sentences (so every sentence is in many events). */
function corpus(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    [...SENTENCES.slice(i % SENTENCES.length), ...SENTENCES.slice(0, i % SENTENCES.length)].join(
      '',
    ),
  )
}

const history = historyOf(corpus(30))

function input(text: string, speaker: string | null = '习近平') {
  return { text, turns: [{ speaker, start: 0, end: text.length }] }
}

describe('novelFormulations', () => {
  it('lists a new combination of known words (全球治理 + 倡议), with its speaker and offsets', () => {
    const text = '习近平强调，中方提出全球治理倡议，愿同各方落实全球治理倡议。'
    const novel = novelFormulations(input(text), history)
    expect(novel.map((n) => n.text)).toEqual(['全球治理倡议'])
    const [n] = novel
    expect(text.slice(n!.start, n!.end)).toBe('全球治理倡议')
    expect(n!.start).toBe(text.indexOf('全球治理倡议'))
    expect(n!.speaker).toBe('习近平')
    expect(n!.occurrences).toHaveLength(2)
    expect(n!.signs).toEqual(expect.arrayContaining(['headed', 'proposed', 'recurs', 'leader']))
  })

  it('lists nothing for a readout that only says what the index said before', () => {
    const text = '习近平指出，要践行真正的多边主义。双方支持全球安全倡议，推动构建人类命运共同体。'
    expect(novelFormulations(input(text), history)).toEqual([])
  })

  it('lists a newly quoted coinage that is no combination of words (所谓“去风险”)', () => {
    const text = '双方反对所谓“去风险”的做法。'
    const novel = novelFormulations(input(text, '欧尔班'), history)
    expect(novel.map((n) => [n.text, n.speaker])).toEqual([['去风险', '欧尔班']])
  })

  it('does not list a new string of characters that is no formulation', () => {
    // New, but no head, no quotation marks, no parallel shape.
    const text = '习近平指出，两国能源合作持续深化，人文交流愈加密切。'
    expect(novelFormulations(input(text), history)).toEqual([])
  })

  it('does not list a known phrase under a modifier that changes nothing (两国 + …)', () => {
    const text = '习近平强调，要推动两国全面战略伙伴关系。中方提出的倡议，中方提出的倡议。'
    expect(novelFormulations(input(text), history)).toEqual([])
  })

  it('lists the new item of a parallel series, not the series', () => {
    const text = '习近平强调，中方提出全球发展倡议、全球安全倡议、全球治理倡议。'
    const novel = novelFormulations(input(text), history)
    expect(novel.map((n) => n.text)).toEqual(['全球治理倡议'])
    expect(novel[0]!.signs).toContain('parallel')
  })

  it('lists nothing while the index is too small to tell new from unseen', () => {
    const small = historyOf(corpus(MIN_HISTORY - 1))
    const text = '习近平强调，中方提出全球治理倡议，愿同各方落实全球治理倡议。'
    expect(novelFormulations(input(text), small)).toEqual([])
  })

  it('lists at most MAX_NOVEL, best first', () => {
    const quoted = Array.from(
      { length: 20 },
      (_, i) => `“新提法${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[i]}号”`,
    )
    const text = `习近平强调，${quoted.join('、')}。`
    const novel = novelFormulations(input(text), history)
    expect(novel).toHaveLength(MAX_NOVEL)
    for (let i = 1; i < novel.length; i++)
      expect(novel[i - 1]!.score).toBeGreaterThanOrEqual(novel[i]!.score)
  })

  it('reads traditional script as the index does (全球治理倡議 is the same formulation)', () => {
    const text = '習近平強調，中方提出全球治理倡議，願同各方落實全球治理倡議。'
    expect(novelFormulations(input(text), history).map((n) => n.text)).toEqual(['全球治理倡議'])
  })
})

describe('rules for unquoted new combinations', () => {
  it('lists a known formulation made bilateral (中柬 + 合作机制) once, with the pair sign', () => {
    // 柬方 names the side; 合作机制 is known; 中柬合作机制 is not, in either order. 用好 is the verb's.
    const text = '习近平强调，要用好中柬合作机制。洪森表示，柬中合作机制成效显著。'
    const novel = novelFormulations(input(text), history)
    expect(novel.map((n) => [n.text, n.rule])).toEqual([['中柬合作机制', 'headed']])
    expect(novel[0]!.signs).toEqual(expect.arrayContaining(['pair', 'headed', 'leader']))
  })

  it('does not list a bilateral formulation the index said in the other order', () => {
    const said = historyOf([...corpus(30), '双方同意建设柬中经济走廊。'])
    const text = '习近平强调，要发挥好中柬经济走廊作用。'
    expect(novelFormulations(input(text), said)).toEqual([])
  })

  it('reads a pair of sides the readout itself names (越方) while the index does not yet', () => {
    // No event of the index says 越方 (nor 中越): only the readout names the side.
    const text = '习近平强调，要推动中越经济走廊建设。阮富仲表示，越方愿同中方一道推进。'
    const novel = novelFormulations(input(text), history)
    expect(novel.map((n) => n.text)).toEqual(['中越经济走廊'])
    expect(novel[0]!.signs).toContain('pair')
  })

  it('reads no bilateral formulation where the pair is the subject (柬中两国 | 战略对接)', () => {
    // 两国战略 is known, so 柬中 + 两国战略 would look like a pair before a known phrase.
    const said = historyOf([...corpus(30), '两国战略对接不断深化。'])
    const text = '习近平强调，柬中两国战略对接成效显著。'
    expect(novelFormulations(input(text), said)).toEqual([])
  })

  it('reads no pair of sides where the index names no such side (中老 has 老方, 中东 has none)', () => {
    const text = '习近平强调，推动中东经济走廊。'
    expect(novelFormulations(input(text), history)).toEqual([])
  })

  it('reads a series whose last item runs on (…全球合作倡议具有) when every item ends on one head', () => {
    const said = historyOf([...corpus(30), '中方欢迎全球合作倡议。'])
    const text = '习近平强调，全球发展倡议、全球安全倡议、全球合作倡议具有重要意义。'
    expect(novelFormulations(input(text), said).map((n) => [n.text, n.rule])).toEqual([
      ['全球发展倡议、全球安全倡议、全球合作倡议', 'series'],
    ])
    // A list of fields running on (人文等领域) is no series of formulations.
    expect(novelFormulations(input('习近平强调，深化能源、人文、经贸等领域合作。'), said)).toEqual(
      [],
    )
  })

  it('lists a new series of known items in a leader’s turn, not in the narration', () => {
    const text = '双方同意坚持和平共处、开放包容、共同繁荣。'
    expect(novelFormulations(input(text, '习近平'), history).map((n) => n.text)).toEqual([
      '和平共处、开放包容、共同繁荣',
    ])
    expect(novelFormulations(input(text, null), history)).toEqual([])
  })

  it('lists a new phrase on a core head (倡议) said once by a leader, not one on 机制', () => {
    expect(
      novelFormulations(input('习近平指出，中方愿同各方落实全球合作倡议。'), history).map(
        (n) => n.text,
      ),
    ).toEqual(['全球合作倡议'])
    expect(novelFormulations(input('习近平指出，要完善全球合作机制。'), history)).toEqual([])
  })

  it('takes a one-character affix as a known piece (国际 + 式 + 现代化)', () => {
    const text = '习近平指出，中方愿同各方推动国际式现代化。'
    expect(novelFormulations(input(text), history).map((n) => n.text)).toEqual(['国际式现代化'])
  })

  it('lists a known phrase qualified by a new series of attributes, the attributes included', () => {
    // 国际体系 is known; 开放、包容、繁荣的国际体系 is not, and is no series of one item length.
    const text = '习近平强调，要推动构建开放、包容、繁荣的国际体系。'
    const novel = novelFormulations(input(text), history)
    expect(novel.map((n) => [n.text, n.rule])).toEqual([
      ['开放、包容、繁荣的国际体系', 'qualified'],
    ])
  })

  it('lists a qualified bare core head with an affix piece (…繁荣的 + 发展 + 观)', () => {
    const text = '习近平强调，要践行和平、开放、繁荣的发展观。'
    expect(novelFormulations(input(text), history).map((n) => n.text)).toEqual([
      '和平、开放、繁荣的发展观',
    ])
  })

  it('lists the new core of a qualified phrase on a core head, not the whole', () => {
    const text = '习近平强调，要构建和平共处、共同繁荣的中柬命运共同体。'
    const novel = novelFormulations(input(text), history)
    expect(novel.map((n) => n.text)).toEqual(['中柬命运共同体'])
    expect(novel[0]!.signs).toContain('parallel')
  })

  it('ends a phrase on a concern named as a position (合理 + 安全 + 关切)', () => {
    const said = historyOf([...corpus(30), '作出合理决定，照顾彼此关切。'])
    const text = '习近平强调，各国合理安全关切必须重视。'
    expect(novelFormulations(input(text), said).map((n) => n.text)).toEqual(['合理安全关切'])
  })

  it('lists a classical set phrase: four characters, 之 and a core head (百年未有之大变局)', () => {
    // 百年 and 未有 are known; 大变局 never was, but it is a head of the rules.
    const said = historyOf([...corpus(30), '百年来两国友好未有改变。'])
    const text = '习近平强调，世界百年未有之大变局加速演进。'
    expect(novelFormulations(input(text), said).map((n) => [n.text, n.rule])).toEqual([
      ['百年未有之大变局', 'classical'],
    ])
    // Not on a head that is no core head (机制).
    expect(novelFormulations(input('习近平强调，这是百年未有之机制。'), said)).toEqual([])
  })

  it('ends a phrase on a trend of the world order (…民主化), a core head; 需要 is a verb before one', () => {
    const said = historyOf([...corpus(30), '坚持人民民主。', '世界需要一个多极世界。'])
    const text = '习近平强调，双方都推动国际体系民主化。'
    expect(novelFormulations(input(text), said).map((n) => n.text)).toEqual(['国际体系民主化'])
    // 世界需要 | 一个多极化: the verb is a boundary, 一个 a modifier that changes nothing.
    expect(novelFormulations(input('习近平强调，世界需要一个多极化的格局。'), said)).toEqual([])
  })

  it('lists a relationship of a new type (新型 + 国际 + 关系), though 关系 is no head', () => {
    // The index has 国际, never 新型.
    const text = '习近平强调，双方要推动构建新型国际关系。'
    expect(novelFormulations(input(text), history).map((n) => [n.text, n.rule])).toEqual([
      ['新型国际关系', 'newType'],
    ])
    // Nor does 关系 end a phrase without 新型.
    expect(novelFormulations(input('习近平强调，要推动全球国际关系。'), history)).toEqual([])
  })

  it('lists a new antithesis of words the index has not seen (不冲突、不对抗)', () => {
    const text = '习近平强调，双方要不冲突、不对抗。'
    expect(novelFormulations(input(text), history).map((n) => [n.text, n.rule])).toEqual([
      ['不冲突、不对抗', 'antithesis'],
    ])
  })

  it('does not end a phrase on a head whose last character belongs to the next word (经济带|来)', () => {
    // 带来 is in many more events than 济带: 世界经济带来 is 世界经济 + 带来, no 经济带.
    const texts = [
      ...corpus(30),
      ...Array.from({ length: 10 }, () => '世界经济复苏给各国带来机遇。合作带来福祉。'),
      '推进丝绸之路经济带建设。',
    ]
    const text = '习近平指出，中方愿为世界经济带来新机遇。'
    expect(novelFormulations(input(text), historyOf(texts))).toEqual([])
  })

  it('does not list a headed phrase inside a new title: the title is the unit', () => {
    const text = '习近平强调，双方要落实好《全球合作倡议协定》。'
    const novel = novelFormulations(input(text), history)
    expect(novel.map((n) => n.text)).not.toContain('全球合作倡议')
  })
})

describe('findNovel with texts loaded in batches (the background)', () => {
  it('asks for the texts it needs and, once given them, answers as with all texts at hand', () => {
    const texts = corpus(30)
    const full = historyOf(texts)
    const loaded = new Map<number, string>()
    const rows = new Map<number, ArrayLike<number>>()
    const partial: NoveltyHistory = {
      size: full.size,
      postings: (g) => rows.get(g),
      text: (ord) => loaded.get(ord),
    }
    const text = '习近平强调，中方提出全球治理倡议，愿同各方推动落实全球发展倡议。'
    let rounds = 0
    let r = findNovel(input(text), partial, { batch: 2 })
    while (r.missing.length || r.missingGrams.length) {
      rounds++
      expect(r.novel).toEqual([])
      for (const ord of r.missing) loaded.set(ord, full.text(ord)!)
      for (const g of r.missingGrams) rows.set(g, full.postings(g)!)
      r = findNovel(input(text), partial, { batch: 2 })
    }
    expect(rounds).toBeGreaterThan(0)
    // Only a few texts were needed, not the whole index.
    expect(loaded.size).toBeLessThan(texts.length)
    expect(rounds).toBeLessThan(8)
    expect(r.novel).toEqual(novelFormulations(input(text), full))
  })
})
