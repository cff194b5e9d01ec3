import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../../src/sites/extract'
import {
  findGenericBody,
  genericOutlet,
  genericPublished,
  genericTitle,
} from '../../../src/sites/generic'
import { checkOffsets, docOf } from './site-fixture'

const BODY = [
  '国家主席习近平8月25日同俄罗斯总统普京通电话。',
  '习近平指出，今年以来，中俄以庆祝《中俄睦邻友好合作条约》签署20周年为新起点，推动两国战略协作和全方位务实合作取得一系列新成就。',
  '普京表示，俄方对俄中关系发展感到满意。今年是《俄中睦邻友好合作条约》签署20周年，对于俄中关系具有特殊意义。',
  '双方一致认为，中俄双方及时就双边和多边重大问题保持沟通十分重要和必要，同意继续通过各种方式保持密切交往。',
]
const navItems = Array.from(
  { length: 30 },
  (_, i) => `<li><a href="/n${i}.html">这是一条很长的导航新闻标题第${i}条内容</a></li>`,
).join('')

function page(head: string, body: string): Document {
  return docOf(
    `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  )
}

const unknownSite = (head = '<title>习近平同俄罗斯总统普京通电话 - 某某新闻网</title>') =>
  page(
    head,
    `<div class="top"><ul class="menu">${navItems}</ul></div>
     <div class="wrap"><div class="left">
       <div class="headline"><h1>习近平同俄罗斯总统普京通电话</h1><div class="meta">2021年08月25日 20:15\u3000来源：新华社</div></div>
       <div class="txt">${BODY.map((t) => `<p>${t}</p>`).join('')}</div>
       <div class="list"><ul>${navItems}</ul></div>
     </div>
     <div class="right"><p>本站热线电话与邮箱，欢迎读者朋友来信来电反映问题。</p></div></div>`,
  )

describe('generic extractor', () => {
  it('picks the Han-rich paragraph container, not link lists', () => {
    const doc = unknownSite()
    expect(findGenericBody(doc)?.getAttribute('class')).toBe('txt')
  })

  it('extracts an article on an unknown site', () => {
    const a = extractArticle(unknownSite(), 'https://www.example.com/news/2021/0825/123.html')
    expect(a?.site).toBe('generic')
    expect(a?.paragraphs.map((p) => p.text)).toEqual(BODY)
    expect(a?.title).toBe('习近平同俄罗斯总统普京通电话')
    expect(a?.published).toBe('2021-08-25') // date line under the headline
    checkOffsets(a!.collected)
  })

  it('reads <div>text<br>text</div> bodies', () => {
    const doc = page('', `<nav>${navItems}</nav><div id="c">${BODY.join('<br>')}</div>`)
    expect(findGenericBody(doc)?.id).toBe('c')
    expect(extractArticle(doc, null)?.paragraphs.length).toBe(4)
  })

  it('returns null when there is no Han text block', () => {
    const doc = page(
      '<title>Hello</title>',
      '<div><p>Just some English text here.</p><ul><li><a href="/">首页</a></li></ul></div>',
    )
    expect(findGenericBody(doc)).toBeNull()
    expect(extractArticle(doc, 'https://example.com/')).toBeNull()
  })

  it('title: og:title, then h1, then document.title without the site suffix', () => {
    expect(
      genericTitle(
        page('<meta property="og:title" content="甲标题甲_某网"><title>乙</title>', '<h1>丙</h1>'),
      ),
    ).toBe('甲标题甲')
    expect(genericTitle(page('<title>乙标题乙_某网</title>', '<h1>丙标题</h1>'))).toBe('丙标题')
    expect(genericTitle(page('<title>乙标题乙_某网</title>', ''))).toBe('乙标题乙')
  })

  it('title: the heading the document title starts with, however the site suffix is joined', () => {
    expect(
      genericTitle(
        page(
          '<title>山西品牌推介会在圣保罗举行-山西省人民政府</title><meta property="og:title" content="山西省人民政府网站">',
          '<h1>山西省人民政府</h1><h2>山西品牌推介会在圣保罗举行</h2>',
        ),
      ),
    ).toBe('山西品牌推介会在圣保罗举行')
    // og:title cut short by a stray quote in the attribute: the heading it begins.
    expect(
      genericTitle(
        page(
          '<title>某某网</title><meta property="og:title" content="多地项目连环爆雷 狂奔的集团">',
          '<h1>多地项目连环爆雷 狂奔的集团“暗伤”曝露？</h1>',
        ),
      ),
    ).toBe('多地项目连环爆雷 狂奔的集团“暗伤”曝露？')
  })

  it('title: an unspaced -site suffix goes only when the page shows the headline without it', () => {
    expect(
      genericTitle(
        page(
          '<title>法国多地交通受罢工影响-某某网</title>',
          '<div class="h">法国多地交通受罢工影响</div>',
        ),
      ),
    ).toBe('法国多地交通受罢工影响')
    expect(genericTitle(page('<title>新闻动态--某某学会官网</title>', '<p>正文</p>'))).toBe(
      '新闻动态',
    )
    // A hyphenated name is not a site suffix: the page never shows the part before the dash alone.
    const cuba = '习近平同古巴国家主席迪亚斯-卡内尔通电话'
    expect(genericTitle(page(`<title>${cuba}</title>`, `<div class="h">${cuba}</div>`))).toBe(cuba)
  })

  it('published: meta, time element, date near the title, URL', () => {
    expect(
      genericPublished(
        page('<meta property="article:published_time" content="2021-12-16T14:21:53+08:00">', ''),
        null,
      ),
    ).toBe('2021-12-16')
    expect(
      genericPublished(page('<meta name="pubdate" content="2020-07-10 15:03:58">', ''), null),
    ).toBe('2020-07-10')
    expect(
      genericPublished(page('', '<time datetime="2022-02-25T20:05:00+08:00">2月25日</time>'), null),
    ).toBe('2022-02-25')
    expect(
      genericPublished(page('', '<div><h1>标题</h1><span>2021-08-25 17:49</span></div>'), null),
    ).toBe('2021-08-25')
    expect(
      genericPublished(
        page('', '<p>无日期</p>'),
        new URL('http://www.xinhuanet.com/politics/2021-08/25/c_1.htm'),
      ),
    ).toBe('2021-08-25')
    expect(genericPublished(page('', '<p>无日期</p>'), null)).toBeNull()
  })

  it('outlet: meta source, then og:site_name', () => {
    expect(genericOutlet(page('<meta name="source" content="来源：人民网">', ''))).toBe('人民网')
    expect(genericOutlet(page('<meta property="og:site_name" content="看看新闻网">', ''))).toBe(
      '看看新闻网',
    )
    expect(genericOutlet(page('', ''))).toBeNull()
  })

  it('a throwing adapter does not break extraction', () => {
    // A sina URL whose page has no Sina markup: the adapter finds nothing, generic takes over.
    const a = extractArticle(
      unknownSite(),
      'https://news.sina.com.cn/c/2021-08-25/doc-ikqcfncc4902541.shtml',
    )
    expect(a?.site).toBe('generic')
    expect(a?.published).toBe('2021-08-25')
    expect(a?.outlet).toBe('新浪新闻')
  })
})
