// Markdown intake: front matter (title, outlet, RFC 2822 date in Beijing time), HTML body via
// the injected parser, text bodies, and format detection.
import { describe, expect, it } from 'vitest'
import {
  detectFormat,
  IntakeError,
  parseFrontMatter,
  parseFrontMatterDate,
  parseMarkdown,
} from '../../../src/core/intake'
import { markdownBodyToArticle as htmlToArticle } from '../../../src/node/load-article'

describe('parseFrontMatterDate', () => {
  it.each([
    ['Wed, 25 Aug 2021 16:44:18 GMT', '2021-08-26'],
    ['Wed, 25 Aug 2021 15:59:59 GMT', '2021-08-25'],
    ['Thu, 16 Dec 2021 06:21:53 GMT', '2021-12-16'],
    ['Fri, 25 Feb 2022 16:36:54 +0000', '2022-02-26'],
    ['Fri, 25 Feb 2022 23:36:54 +0800', '2022-02-25'],
    ['25 Feb 2022 01:00:00 -0500', '2022-02-25'],
    ['2021-08-25T16:44:18Z', '2021-08-26'],
    ['2021-08-25T16:44:18+08:00', '2021-08-25'],
    ['2021-08-25 23:59:00', '2021-08-25'],
    ['2021-08-25', '2021-08-25'],
    ['Fri, 30 Feb 2022 10:00:00 GMT', null],
    ['yesterday', null],
  ])('%s → %s', (input, expected) => {
    expect(parseFrontMatterDate(input)).toBe(expected)
  })
})

describe('parseFrontMatter', () => {
  it('reads quoted scalars and block lists, and finds where the body starts', () => {
    const src =
      "\n---\ntitle: 'It''s “中俄”'\ncategories: \n - 新媒体\n - ZAKER\nauthor: \"新浪财经\"\ndate: Wed, 25 Aug 2021 16:44:18 GMT\n---\n\n<p>正文</p>"
    const fm = parseFrontMatter(src)
    expect(fm.data).toEqual({
      title: "It's “中俄”",
      categories: ['新媒体', 'ZAKER'],
      author: '新浪财经',
      date: 'Wed, 25 Aug 2021 16:44:18 GMT',
    })
    expect(src.slice(fm.bodyStart)).toBe('\n<p>正文</p>')
  })

  it('joins a double-quoted scalar over several lines and reads YAML escapes', () => {
    const src =
      '---\ntitle: "Readout of a\\_Call with the\\\n  \\ Leader\\u2019s Team of\n  the Country"\nurl: x\n---\nbody'
    expect(parseFrontMatter(src).data).toEqual({
      title: 'Readout of a\u00a0Call with the Leader\u2019s Team of the Country',
      url: 'x',
    })
  })

  it('rejects an unclosed block', () => {
    expect(() => parseFrontMatter('---\ntitle: x\n<p>正文</p>')).toThrow(IntakeError)
  })
})

describe('parseMarkdown', () => {
  const html =
    "---\ntitle: '习近平同俄罗斯总统普京通电话'\ncategories:\n - 新媒体\n - 人民日报\ndate: Wed, 25 Aug 2021 09:00:00 GMT\n---\n<div><p>国家主席习近平8月25日同俄罗斯总统普京通电话。</p><p>出品人：某某</p><p>双方就阿富汗局势深入交换意见。</p></div>"

  it('needs an HTML parser for an HTML body and says so', () => {
    expect(() => parseMarkdown(html)).toThrow(/htmlToArticle/)
  })

  it('uses the injected parser for the body and the front matter for the metadata', () => {
    const a = parseMarkdown(html, { htmlToArticle })
    expect(a.format).toBe('markdown')
    expect(a.title).toBe('习近平同俄罗斯总统普京通电话')
    expect(a.published).toBe('2021-08-25')
    expect(a.outlet).toBe('人民日报') // no author: the first category that is not a section name
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '国家主席习近平8月25日同俄罗斯总统普京通电话。',
      '双方就阿富汗局势深入交换意见。',
    ])
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text)
  })

  it('reads a plain-text body with offsets into the whole file', () => {
    const src =
      '---\ntitle: 标题\nauthor: ZAKER\n---\n国家主席习近平8月25日同俄罗斯总统普京通电话。\n\n双方就阿富汗局势深入交换意见。\n'
    const a = parseMarkdown(src, {
      url: 'https://www.myzaker.com/article/6126e1238e9f09783c215be3/',
    })
    expect(a.text).toBe(src)
    expect(a.paragraphs).toHaveLength(2)
    for (const p of a.paragraphs) expect(src.slice(p.start, p.end)).toBe(p.text)
    expect(a.outlet).toBe('ZAKER')
    expect(a.url).toBe('https://www.myzaker.com/article/6126e1238e9f09783c215be3/')
  })

  it('rejects front matter without a body', () => {
    expect(() => parseMarkdown('---\ntitle: x\n---\n\n')).toThrow(/no body/)
  })
})

describe('detectFormat', () => {
  it.each([
    ['---\ntitle: x\n---\n<p>y</p>', 'markdown'],
    ['\ufeff\n---\ntitle: x\n---\nbody', 'markdown'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['<html lang="zh"><head><meta charset="utf-8"></head>', 'html'],
    ['<div><p>一</p><p>二</p></div>', 'html'],
    ['习近平同俄罗斯总统普京通电话\n2021-08-25', 'text'],
    ['---\n不是 front matter', 'text'],
    ['用 <b> 标签 的 文本', 'text'],
  ])('%j → %s', (src, expected) => {
    expect(detectFormat(src)).toBe(expected)
  })
})
