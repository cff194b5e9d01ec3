import { describe, expect, it } from 'vitest'
import { people } from '../../../src/sites/people'
import { extractArticle } from '../../../src/sites/extract'
import { checkArticle, describeSiteFixture, docOf, fixtureHtml, fixtureMeta } from './site-fixture'

describeSiteFixture(people)

describe('people: the 2020 page layout (.text_title, .box01, #rwb_zw)', () => {
  const meta = fixtureMeta('people')
  // Rewrite the fixture into the layout people.com.cn used before the rm_txt redesign.
  const oldLayout = (): Document => {
    const html = fixtureHtml('people', 'readout.html')
      .replace('<div class="layout rm_txt cf">', '<div class="clearfix w1000_320 text_title">')
      .replace(
        /<div class="channel cf">[\s\S]*?<\/div>\s*<\/div>/,
        '<div class="box01"><div class="fl">2020年07月10日15:03&nbsp;&nbsp;来源：<a href="http://www.people.com.cn/">人民网</a></div></div>',
      )
      .replace('<div class="rm_txt_con cf">', '<div class="box_con" id="rwb_zw">')
      .replace(/<meta name="(?:source|publishdate)"[^>]*>/g, '')
    return docOf(html)
  }

  it('still finds title, date, outlet and body', () => {
    const doc = oldLayout()
    expect(doc.querySelector('.rm_txt_con')).toBeNull()
    const a = checkArticle(extractArticle(doc, meta.url), meta.expected, 'people')
    expect(a.bodyRoot.id).toBe('rwb_zw')
  })

  it('matches the mobile site', () => {
    const url = new URL('https://m.people.cn/n4/2022/0225/c23-15456129.html')
    expect(people.isArticleUrl(url)).toBe(true)
    expect(people.isArticleUrl(new URL('https://m.people.cn/'))).toBe(false)
  })
})
