// A saved page dates itself (its time element, meta tags, canonical/og:url, CCTV's commentUrl
// variable), and index rows merge only when date, kind and counterpart agree. Pages written
// for the test in the shape of the sites' markup.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/analyze'
import { indexArticles } from '../../../src/core/index/build'
import { htmlToArticle } from '../../../src/node/load-article'
import { articleOf } from '../core/helpers'

/** A CCTV video page as saved: no canonical link, the address only in a script variable. */
function cctvVideoPage(day: string, first: string): string {
  const [y, m, d] = day.split('-')
  return `<!doctype html><html><head><meta charset="utf-8"><title>[视频]习近平会见美国总统</title>
<script>var commentUrl = "https://tv.cctv.com/${y}/${m}/${d}/VIDEtest${y}${m}${d}.shtml";</script>
</head><body><div class="tit">[视频]习近平会见美国总统</div>
<div class="gongneng"><span class="laiyuan">来源 : 央视网</span><span class="time">${day} 19:21</span></div>
<div class="content_area" id="content_area"><p>央视网消息（新闻联播）：${first}</p>
<p>习近平指出，中美应当相互尊重、和平共处、合作共赢，这是两国正确相处之道和共同的责任。</p>
<p>拜登表示，美方愿同中方保持沟通，负责任地管控分歧，推动两国关系稳定发展下去。</p></div>
</body></html>`
}

describe('a saved page dates itself', () => {
  it('CCTV video page: address from commentUrl, date from the time element, outlet from 来源', () => {
    const a = htmlToArticle(cctvVideoPage('2031-11-15', '欢迎仪式后，两国元首举行会谈。'), null)!
    expect(a).toMatchObject({
      url: 'https://tv.cctv.com/2031/11/15/VIDEtest20311115.shtml',
      published: '2031-11-15',
      outlet: '央视网',
      site: 'cctv',
    })
    // The first sentence has no date (nor a name): the page's own date is the event's, the
    // headline gives the kind and office, the first foreign speaker the name.
    expect(analyze(a).event).toMatchObject({
      date: '2031-11-15',
      kind: 'meeting',
      counterpart: { name: '拜登', country: '美国', title: '总统' },
    })
  })

  it('a generic page: og:url and the published-time meta tag', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8">
<meta property="og:url" content="https://news.example.org/story/123">
<meta property="article:published_time" content="2031-03-02T10:00:00+08:00">
<title>习近平同某国总统甲乙通电话</title></head><body><article>
<h1>习近平同某国总统甲乙通电话</h1>
<p>国家主席习近平2日下午同某国总统甲乙通电话。两国元首就双边关系和共同关心的国际和地区问题交换了意见。</p>
<p>甲乙表示，某国愿同中方加强各领域合作，推动两国关系取得更大发展，造福两国人民。</p>
</article></body></html>`
    const a = htmlToArticle(html, null)!
    expect(a.url).toBe('https://news.example.org/story/123')
    expect(a.published).toBe('2031-03-02')
    expect(analyze(a).event?.date).toBe('2031-03-02')
  })
})

describe('index rows merge only when date, kind and counterpart agree', () => {
  it('two meetings with the same counterpart on different days stay two events', () => {
    const pages = ['2031-11-15', '2032-11-14'].map((day) =>
      htmlToArticle(cctvVideoPage(day, '国家主席习近平在某地同美国总统拜登举行会晤。'), null)!,
    )
    const { events } = indexArticles(pages)
    expect(events.map((e) => e.id)).toEqual(['2031-11-15:meeting:拜登', '2032-11-14:meeting:拜登'])
  })

  it('the same event from two outlets is one row with two sources', () => {
    const line = '国家主席习近平2031年3月2日同某国总统甲乙通电话。\n甲乙表示，愿合作。'
    const { events } = indexArticles([
      articleOf(line, { url: 'https://a.example/1' }),
      articleOf(line, { url: 'https://b.example/2' }),
    ])
    expect(events).toHaveLength(1)
    expect(events[0]!.sources).toHaveLength(2)
  })

  it('undated events never merge', () => {
    const line = '习近平同某国总统甲乙举行会谈。\n甲乙表示，愿合作。'
    const { events } = indexArticles([
      articleOf(line, { url: 'https://a.example/1' }),
      articleOf(line, { url: 'https://b.example/2' }),
    ])
    expect(events.map((e) => e.date)).toEqual([null, null])
    expect(new Set(events.map((e) => e.id)).size).toBe(2)
  })
})
