import { describe, expect, it } from 'vitest'
import { foldForSearch, normalize, toSource } from '../../../src/core/normalize'

/** Every normalised char maps into the source, monotonically. */
function checkMap(src: string) {
  const n = normalize(src)
  expect(n.map.length).toBe(n.text.length + 1)
  for (let i = 0; i < n.text.length; i++) {
    expect(n.map[i]).toBeGreaterThanOrEqual(0)
    expect(n.map[i]).toBeLessThan(src.length)
    if (i > 0) expect(n.map[i]!).toBeGreaterThanOrEqual(n.map[i - 1]!)
  }
  expect(n.map[n.text.length]).toBe(src.length)
  return n
}

describe('normalize', () => {
  it.each([
    ['習近平同美國總統拜登通電話', '习近平同美国总统拜登通电话'],
    ['國家主席習近平同法國總統馬克龍通電話', '国家主席习近平同法国总统马克龙通电话'],
    ['習近平與普丁通話', '习近平与普京通话'],
    ['蒲亭表示', '普京表示'],
    ['習近平與川普通電話', '习近平与特朗普通电话'],
    ['馬克宏表示', '马克龙表示'],
    ['他说四川普通话', '他说四川普通话'],
    ['拜登表示', '拜登表示'],
    ['葉倫與蕭茲會面', '耶伦与朔尔茨会面'],
    ['8 月 25 日', '8月25日'],
    ['3\n月\n20\n日', '3月20日'],
    ['新华社北京 8 月 25 日电国家主席习近平', '新华社北京8月25日电国家主席习近平'],
    ['习近平指出,今年以来:双方', '习近平指出，今年以来：双方'],
    ['２０２１年８月２５日', '2021年8月25日'],
    ['ＡＢＣ　習近平', 'ABC习近平'],
    ['2021-08-25 17:49:38 人民日报', '2021-08-25 17:49:38人民日报'],
    ['Hello   world', 'Hello world'],
    ['  前后空白  ', '前后空白'],
    ['12,000 美元', '12,000美元'],
    ['著名 什么', '著名什么'],
    ['台灣問題', '台湾问题'],
    ['為裡衞説', '为里卫说'],
  ])('%j → %j', (src, expected) => {
    const n = checkMap(src)
    expect(n.text).toBe(expected)
  })

  it('maps ranges back to the exact source', () => {
    const src = '新华社北京 8 月 25 日电\n國家主席習近平 8 月 25 日同俄羅斯總統普丁通電話。'
    const n = checkMap(src)
    const i = n.text.indexOf('普京')
    const { start, end } = toSource(n, i, i + 2)
    expect(src.slice(start, end)).toBe('普丁')
    const d = n.text.indexOf('8月25日')
    const r = toSource(n, d, d + 5)
    expect(src.slice(r.start, r.end)).toBe('8 月 25 日')
  })

  it('expansions map every output char into the source', () => {
    const src = '习近平同川普通电话'
    const n = checkMap(src)
    expect(n.text).toBe('习近平同特朗普通电话')
    const i = n.text.indexOf('特朗普')
    const r = toSource(n, i, i + 3)
    expect(src.slice(r.start, r.end)).toBe('川普')
  })

  it('respects start/end', () => {
    const src = 'xx習近平yy'
    const n = normalize(src, 2, 5)
    expect(n.text).toBe('习近平')
    expect([...n.map]).toEqual([2, 3, 4, 5])
  })

  it('keeps astral characters intact', () => {
    const src = '𠮷野家 习近平'
    const n = checkMap(src)
    expect(n.text).toBe('𠮷野家习近平')
  })
})

describe('foldForSearch', () => {
  it.each([
    ['習近平 普丁', '习近平普丁'],
    ['ＡＢＣ def', 'abcdef'],
    ['中俄，关系', '中俄,关系'],
  ])('%j → %j', (src, expected) => expect(foldForSearch(src)).toBe(expected))
})
