import { describe, expect, it } from 'vitest'
import { sina } from '../../../src/sites/sina'
import { extractArticle } from '../../../src/sites/extract'
import { checkArticle, describeSiteFixture, docOf, fixtureHtml, fixtureMeta } from './site-fixture'

describeSiteFixture(sina)

describe('sina: older article layout (#artibody, #artibodyTitle, #pub_date, #media_name)', () => {
  const meta = fixtureMeta('sina')
  // Sina pages before 2017 used these ids; rewrite the fixture into that layout.
  const oldLayout = (): Document => {
    const html = fixtureHtml('sina', 'readout.html')
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace('<h1 class="main-title">', '<h1 id="artibodyTitle">')
      .replace(
        '<div class="article" id="article">',
        '<div class="blkContainerSblkCon" id="artibody">',
      )
      .replace(
        /<div class="date-source">[\s\S]*?<\/div>/,
        '<span id="pub_date">2021年12月16日14:21</span> <span id="media_name"><a href="#">新华社</a></span>',
      )
    return docOf(html)
  }

  it('still finds title, date, outlet and body', () => {
    const url = 'https://news.sina.com.cn/c/2021-12-16/doc-ikyakumx4437156.shtml'
    const a = checkArticle(extractArticle(oldLayout(), url), meta.expected, 'sina')
    expect(a.bodyRoot.id).toBe('artibody')
  })

  it('uses the URL date when the page shows none', () => {
    const doc = oldLayout()
    doc.querySelector('#pub_date')!.remove()
    expect(
      sina.extract(doc, new URL('https://news.sina.com.cn/w/2021-12-15/doc-ikyamrmy9186223.shtml'))
        ?.published,
    ).toBe('2021-12-15')
  })
})
