import { describe, expect, it } from 'vitest'
import { mfa } from '../../../src/sites/mfa'
import { extractArticle } from '../../../src/sites/extract'
import { checkArticle, describeSiteFixture, docOf, fixtureHtml, fixtureMeta } from './site-fixture'

describeSiteFixture(mfa)

describe('mfa: the pre-2021 layout (#News_Body_Title, #News_Body_Time)', () => {
  const meta = fixtureMeta('mfa')
  const oldLayout = (): Document =>
    docOf(
      fixtureHtml('mfa', 'readout.html')
        .replace('<div class="news-main">', '<div id="News_Body">')
        .replace(
          /<div class="news-title"><h1>([^<]*)<\/h1><\/div>/,
          '<div id="News_Body_Title">$1</div>',
        )
        .replace(/<p class="time"><span>([^<]*)<\/span><\/p>/, '<div id="News_Body_Time">$1</div>')
        .replace(/<meta name="PubDate"[^>]*>/, ''),
    )

  it('still finds title, date and body', () => {
    const doc = oldLayout()
    expect(doc.querySelector('.news-main, .news-title, h1')).toBeNull()
    checkArticle(extractArticle(doc, meta.url), meta.expected, 'mfa')
  })

  it('takes the date from the t<YYYYMMDD>_ URL when the page shows none', () => {
    const doc = oldLayout()
    doc.querySelector('#News_Body_Time')!.remove()
    expect(mfa.extract(doc, new URL(meta.url))?.published).toBe('2022-02-25')
  })
})
