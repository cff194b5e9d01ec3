// Day and story pages of the 新闻联播 archive, parsed without a DOM (minimal pages written here).
import { describe, expect, it } from 'vitest'
import {
  dayPageUrl,
  isReadoutHeadline,
  parseDayPage,
  parseStoryPage,
  storyUrlAt,
} from '../../../src/core/archive'
import { decodeEntities, htmlToText } from '../../../src/core/archive/html-text'

const li = (url: string, title: string) =>
  `<li><div class="image"><a href="${url}" title="${title}"><img src="x.jpg"></a></div>` +
  `<a href="${url}" target="_blank" title="${title}">${title}</a></li>`

const DAY =
  '<link rel="stylesheet" href="//r.img.cctvpic.com/style.css"/>' +
  li(
    'https://tv.cctv.com/2023/05/02/VIDEaaaaaaaaaaaaaaaaaaaa230502.shtml',
    '《新闻联播》 20230502 19:00',
  ) +
  li(
    'https://tv.cctv.com/2023/05/02/VIDEbbbbbbbbbbbbbbbbbbbb230502.shtml',
    '[视频]习近平同甲国总统通电话',
  ) +
  li(
    'https://tv.cctv.com/2023/05/02/VIDEcccccccccccccccccccc230502.shtml',
    '[视频]春耕备耕忙 &amp; 田间地头',
  ) +
  li(
    'https://tv.cctv.com/2023/05/02/VIDEdddddddddddddddddddd230502.shtml',
    '[视频]李强会见乙国总理',
  )

describe('day pages', () => {
  it('lists each story once, without the whole programme and without [视频]', () => {
    const page = parseDayPage(DAY)
    expect(page.malformed).toBeNull()
    expect(page.stories.map((s) => s.title)).toEqual([
      '习近平同甲国总统通电话',
      '春耕备耕忙 & 田间地头',
      '李强会见乙国总理',
    ])
    expect(page.stories[0]!.url).toBe(
      'https://tv.cctv.com/2023/05/02/VIDEbbbbbbbbbbbbbbbbbbbb230502.shtml',
    )
  })

  it('calls a page without story links malformed', () => {
    expect(parseDayPage('<html><body>维护中</body></html>').malformed).toMatch(/no story links/)
    expect(parseDayPage('').stories).toEqual([])
  })

  it('builds day and story addresses under a mirror', () => {
    expect(dayPageUrl('http://127.0.0.1:9/', '2023-05-02')).toBe(
      'http://127.0.0.1:9/lm/xwlb/day/20230502.shtml',
    )
    expect(storyUrlAt('http://m.test', 'https://tv.cctv.com/2023/05/02/VIDEb.shtml')).toBe(
      'http://m.test/2023/05/02/VIDEb.shtml',
    )
  })

  it('keeps the headlines detection calls event lines (any Chinese leader), not others', () => {
    expect(isReadoutHeadline('习近平同甲国总统通电话')).toBe(true)
    expect(isReadoutHeadline('习近平会见乙国总理')).toBe(true)
    expect(isReadoutHeadline('李强同丙国总理举行会谈')).toBe(true)
    expect(isReadoutHeadline('习近平在某地考察')).toBe(false)
    expect(isReadoutHeadline('春耕备耕忙')).toBe(false)
  })
})

describe('story pages', () => {
  const story = (area: string) =>
    `<html><head><title>[视频]习近平同甲国总统通电话</title><script>var commentUrl = "https://tv.cctv.com/2023/05/02/VIDEbbbbbbbbbbbbbbbbbbbb230502.shtml";</script></head>` +
    `<body><span class="time">2023-05-02 19:20</span>${area}<div class="zebian">编辑：某某</div></body></html>`

  it('reads title, own address, date and the content_area paragraphs', () => {
    const r = parseStoryPage(
      story(
        '<div class="content_area" id="content_area"><p><strong>央视网消息</strong>（新闻联播）：5月2日，国家主席习近平同甲国总统某某通电话。</p><p>习近平指出，&ldquo;甲乙&rdquo;合作。</p><div><p>某某表示，愿意。</p></div></div>',
      ),
      'http://mirror/x',
    )
    if (!('article' in r)) throw new Error(r.unreadable)
    expect(r.article.title).toBe('习近平同甲国总统通电话')
    expect(r.article.url).toBe(
      'https://tv.cctv.com/2023/05/02/VIDEbbbbbbbbbbbbbbbbbbbb230502.shtml',
    )
    expect(r.article.published).toBe('2023-05-02')
    expect(r.article.paragraphs.map((p) => p.text)).toEqual([
      '央视网消息（新闻联播）：5月2日，国家主席习近平同甲国总统某某通电话。',
      '习近平指出，“甲乙”合作。',
      '某某表示，愿意。',
    ])
    for (const p of r.article.paragraphs) expect(r.article.text.slice(p.start, p.end)).toBe(p.text)
  })

  it('says why a page is unreadable: no content area, an empty one, or a huge page', () => {
    expect(parseStoryPage(story(''), 'u')).toEqual({
      unreadable: expect.stringMatching(/no content_area/),
      cause: { code: 'not-story' },
    })
    expect(parseStoryPage(story('<div id="content_area"> </div>'), 'u')).toEqual({
      unreadable: expect.stringMatching(/empty/),
      cause: { code: 'empty-story' },
    })
    expect(parseStoryPage(story('<div id="content_area"><p>未闭合'), 'u')).toEqual({
      unreadable: expect.stringMatching(/no content_area/),
      cause: { code: 'not-story' },
    })
    expect(parseStoryPage('x'.repeat(3_000_000), 'u')).toMatchObject({
      cause: { code: 'too-large', chars: 3_000_000 },
    })
  })

  it('decodes character references and drops markup', () => {
    expect(decodeEntities('&#20013;&#x56FD;&nbsp;&bogus; &amp;')).toBe('中国 &bogus; &')
    expect(htmlToText('<b>甲</b><script>x()</script>乙<br>丙')).toBe('甲乙\n丙')
  })
})
