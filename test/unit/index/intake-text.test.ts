// Scraped-text intake on shapes the seeds do not cover: hard wraps, CRLF, no dateline,
// dates and outlets from the URL, errors.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IntakeError, parseText } from '../../../src/core/intake'

function paragraphTexts(src: string, opts = {}): string[] {
  return parseText(src, opts).paragraphs.map((p) => p.text)
}

describe('parseText', () => {
  it('reads title, dateline with source, body and stops at the footer', () => {
    const src = [
      '首页 > 国际',
      '习近平同法国总统马克龙通电话',
      '2022-05-10 21:05 来源：新华网',
      '',
      '国家主席习近平5月10日应约同法国总统马克龙通电话。',
      '习近平指出，中法两国都是独立自主的大国。',
      '责任编辑：王某',
      '相关新闻',
    ].join('\n')
    const a = parseText(src)
    expect(a.title).toBe('习近平同法国总统马克龙通电话')
    expect(a.published).toBe('2022-05-10')
    expect(a.outlet).toBe('新华网')
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '国家主席习近平5月10日应约同法国总统马克龙通电话。',
      '习近平指出，中法两国都是独立自主的大国。',
    ])
  })

  it('joins hard-wrapped lines (`3\\n月\\n20\\n日`) into one paragraph, offsets spanning the breaks', () => {
    const src =
      '2023-03-21 08:00:00\n\n国家主席习近平\n3\n月\n20\n日在莫斯科同俄罗斯总统普京举行会谈。\n\n双方一致同意。'
    const a = parseText(src)
    expect(a.paragraphs).toHaveLength(2)
    const p = a.paragraphs[0]!
    expect(p.text).toBe('国家主席习近平\n3\n月\n20\n日在莫斯科同俄罗斯总统普京举行会谈。')
    expect(src.slice(p.start, p.end)).toBe(p.text)
  })

  it('keeps separate sentences on separate lines as separate paragraphs', () => {
    expect(
      paragraphTexts(
        '国家主席习近平8月25日同俄罗斯总统普京通电话。\n双方就阿富汗局势深入交换意见。',
      ),
    ).toHaveLength(2)
  })

  it('handles CRLF line ends and ideographic indentation', () => {
    const src =
      '习近平同俄罗斯总统普京通电话\r\n2021-08-25 17:49:38 人民日报客户端\r\n\r\n　　国家主席习近平8月25日同俄罗斯总统普京通电话。\r\n'
    const a = parseText(src)
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '国家主席习近平8月25日同俄罗斯总统普京通电话。',
    ])
    expect(src.slice(a.paragraphs[0]!.start, a.paragraphs[0]!.end)).toBe(a.paragraphs[0]!.text)
  })

  it('without a dateline, takes the headline above the first prose line and dates from the URL', () => {
    const src =
      '習近平同俄羅斯總統普京通電話\n\n國家主席習近平8月25日同俄羅斯總統普京通電話。雙方就阿富汗局勢深入交換意見。'
    const a = parseText(src, {
      url: 'http://www.news.cn/politics/leaders/2021-08/25/c_1127797290.htm',
    })
    expect(a.title).toBe('習近平同俄羅斯總統普京通電話')
    expect(a.published).toBe('2021-08-25')
    expect(a.outlet).toBe('新华网')
    expect(a.paragraphs).toHaveLength(1)
  })

  it('lets --published override the page and strips site suffixes from the title', () => {
    const src =
      '习近平同俄罗斯总统普京通电话_时讯_看看新闻网\n2021-08-25 17:49:38\n国家主席习近平8月25日同俄罗斯总统普京通电话。'
    const a = parseText(src, { published: '2021-08-26' })
    expect(a.title).toBe('习近平同俄罗斯总统普京通电话')
    expect(a.published).toBe('2021-08-26')
  })

  it('takes the title from the first sentence when the text is only a body', () => {
    const a = parseText(
      '国家主席习近平8月25日同俄罗斯总统普京通电话。双方就阿富汗局势深入交换意见。',
    )
    expect(a.title).toBe('国家主席习近平8月25日同俄罗斯总统普京通电话')
    expect(a.published).toBeNull()
    expect(a.outlet).toBeNull()
  })

  it('drops editor credits and share bars inside the body zone', () => {
    const src =
      '2021-12-15 20:00\n分享:\n国家主席习近平12月15日同俄罗斯总统普京举行视频会晤。\n出品人：严文斌\n策划：陈贽、范伟国\n新华社国际部制作\n'
    expect(paragraphTexts(src)).toEqual(['国家主席习近平12月15日同俄罗斯总统普京举行视频会晤。'])
  })

  it.each([
    [
      'Xinhua page with font-size bar and 纠错/责任编辑 footer',
      '习近平同法国总统马克龙通电话\n2022-05-10 21:39:20 来源：新华网\n【字体：大 中 小】\n新华社北京5月10日电 国家主席习近平10日晚应约同法国总统马克龙通电话。\n习近平指出，中方愿同法方一道努力。\n【纠错】 【责任编辑：刘阳】\n',
      {
        title: '习近平同法国总统马克龙通电话',
        published: '2022-05-10',
        outlet: '新华网',
        paragraphs: 2,
      },
    ],
    [
      'People’s Daily dateline with a | separator',
      '习近平同俄罗斯总统普京通电话\n2022年02月25日19:51 | 来源：新华网\n新华社北京2月25日电 国家主席习近平2月25日下午同俄罗斯总统普京通电话。\n',
      {
        title: '习近平同俄罗斯总统普京通电话',
        published: '2022-02-25',
        outlet: '新华网',
        paragraphs: 1,
      },
    ],
    [
      'source line carrying the date',
      '习近平同俄罗斯总统普京通电话\n来源：新华网 2022-02-25 19:51\n国家主席习近平2月25日下午同俄罗斯总统普京通电话。\n',
      {
        title: '习近平同俄罗斯总统普京通电话',
        published: '2022-02-25',
        outlet: '新华网',
        paragraphs: 1,
      },
    ],
    [
      'Taiwanese page in traditional script with an update note',
      '首頁 > 兩岸\n習近平與普丁通電話 談烏克蘭局勢\n2022/2/25 19:32（2/25 21:10 更新）\n（中央社台北25日電）中國國家主席習近平今天下午與俄羅斯總統普丁通電話。\n相關新聞\n',
      {
        title: '習近平與普丁通電話 談烏克蘭局勢',
        published: '2022-02-25',
        outlet: null,
        paragraphs: 1,
      },
    ],
    [
      'gov.cn page: ideographic space before 来源, button row at the end',
      '首页 > 新闻\n习近平同俄罗斯总统普京举行视频会晤\n2021-12-15 20:07\u3000来源： 新华社\n新华社北京12月15日电 国家主席习近平15日下午在北京同俄罗斯总统普京举行视频会晤。\n【打印】 【关闭】\n',
      {
        title: '习近平同俄罗斯总统普京举行视频会晤',
        published: '2021-12-15',
        outlet: '新华社',
        paragraphs: 1,
      },
    ],
    [
      'headline printed under the dateline',
      '2021-08-25 17:49:38\n习近平同俄罗斯总统普京通电话\n国家主席习近平8月25日同俄罗斯总统普京通电话。\n双方就阿富汗局势深入交换意见。\n',
      {
        title: '习近平同俄罗斯总统普京通电话',
        published: '2021-08-25',
        outlet: null,
        paragraphs: 2,
      },
    ],
  ])('%s', (_name, src, expected) => {
    const a = parseText(src)
    expect({
      title: a.title,
      published: a.published,
      outlet: a.outlet,
      paragraphs: a.paragraphs.length,
    }).toEqual(expected)
    for (const p of a.paragraphs) expect(src.slice(p.start, p.end)).toBe(p.text)
  })

  it('rejects empty and furniture-only input with typed errors', () => {
    expect(() => parseText('')).toThrow(IntakeError)
    expect(() => parseText(' \n\t　\n')).toThrow(/empty/)
    try {
      parseText('点赞\n收藏\n00:09\n')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(IntakeError)
      expect((err as IntakeError).code).toBe('no-body')
      expect((err as IntakeError).message).toMatch(/No article body/)
    }
  })

  it('never throws anything but IntakeError on random text, and every paragraph maps back', () => {
    const pieces = fc.constantFrom(
      '国家主席习近平',
      '8月25日',
      '\n',
      '\r\n',
      '　',
      ' ',
      '。',
      '，',
      '点赞',
      '推荐视频',
      '2021-08-25 17:49:38',
      '来源: 人民网',
      '责任编辑：某',
      '同俄罗斯总统普京通电话',
      '关键词:',
      'abc',
      '出品人：某',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const src = parts.join('')
        try {
          const a = parseText(src)
          let prev = 0
          for (const p of a.paragraphs) {
            expect(src.slice(p.start, p.end)).toBe(p.text)
            expect(p.start).toBeGreaterThanOrEqual(prev)
            prev = p.end
          }
          expect(a.paragraphs.length).toBeGreaterThan(0)
        } catch (err) {
          expect(err).toBeInstanceOf(IntakeError)
        }
      }),
      { numRuns: 400 },
    )
  })
})
