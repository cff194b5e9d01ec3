import { describe, expect, it } from 'vitest'
import { dateFromObjectId, resolveZakerTime, zaker, zakerArticleId } from '../../../src/sites/zaker'
import { beijingDate } from '../../../src/sites/page-meta'
import { describeSiteFixture, docOf, fixtureHtml, fixtureMeta } from './site-fixture'

describeSiteFixture(zaker)

describe('zaker: dates', () => {
  const now = new Date('2026-01-10T04:00:00Z') // 12:00 in Beijing
  it.each([
    ['刚刚', '2026-01-10'],
    ['5分钟前', '2026-01-10'],
    ['13小时前', '2026-01-09'],
    ['昨天 08:30', '2026-01-09'],
    ['前天', '2026-01-08'],
    ['3天前', '2026-01-07'],
    ['01-09 22:10', '2026-01-09'],
    ['12-31', '2025-12-31'], // a month-day after today is last year's
    ['2021-08-25 22:22', '2021-08-25'],
  ])('%s → %s', (s, d) => expect(resolveZakerTime(s, now)).toBe(d))

  it('reads the creation date from the article id (a MongoDB ObjectId)', () => {
    expect(
      zakerArticleId(new URL('https://www.myzaker.com/article/6126520c8e9f0920d6466c2a/')),
    ).toBe('6126520c8e9f0920d6466c2a')
    expect(
      zakerArticleId(
        new URL('https://app.myzaker.com/news/article.php?pk=61bab6ba8e9f09338b2c5a8d'),
      ),
    ).toBe('61bab6ba8e9f09338b2c5a8d')
    expect(zakerArticleId(new URL('https://app.myzaker.com/news/article.php?pk=zzz'))).toBeNull()
    expect(dateFromObjectId('6126520c8e9f0920d6466c2a')).toBe('2021-08-25')
  })

  it('resolves a relative time on the page against now', () => {
    const meta = fixtureMeta('zaker')
    const doc = docOf(fixtureHtml('zaker', 'readout.html'))
    doc.querySelector('span.time')!.textContent = '5分钟前'
    const before = beijingDate(Date.now() - 5 * 60_000)
    const got = zaker.extract(doc, new URL(meta.url))?.published
    expect([before, beijingDate(Date.now() - 5 * 60_000)]).toContain(got)
  })

  it('falls back to the id date when the page shows no time', () => {
    const meta = fixtureMeta('zaker')
    const doc = docOf(fixtureHtml('zaker', 'readout.html'))
    doc.querySelector('span.time')!.remove()
    expect(zaker.extract(doc, new URL(meta.url))?.published).toBe('2021-08-25')
  })
})
