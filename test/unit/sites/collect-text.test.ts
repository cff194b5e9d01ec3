import { describe, expect, it } from 'vitest'
import { collectText } from '../../../src/sites/collect-text'
import {
  completeArticle,
  completeArticleInSlices,
  extractArticle,
} from '../../../src/sites/extract'
import { isJunkParagraph } from '../../../src/sites/dom-filter'
import { checkOffsets, docOf } from './site-fixture'

const rootOf = (body: string): Element =>
  docOf(
    `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root">${body}</div></body></html>`,
  ).querySelector('#root')!

describe('collectText', () => {
  it('copies text verbatim and puts one separator between blocks', () => {
    const c = collectText(rootOf('<p>甲<b>乙</b></p><p>丙</p>尾<br>行'))
    expect(c.text).toBe('甲乙\n丙\n尾\n行')
    expect(c.paragraphs.map((p) => p.text)).toEqual(['甲乙', '丙', '尾', '行'])
    expect(c.nodes.map((n) => n.node.data)).toEqual(['甲', '乙', '丙', '尾', '行'])
    checkOffsets(c)
  })

  it('keeps indentation in the text but trims it from paragraphs', () => {
    const c = collectText(rootOf('<p>\u3000\u3000国家主席习近平同俄罗斯总统普京通电话。 </p>'))
    expect(c.text).toBe('\u3000\u3000国家主席习近平同俄罗斯总统普京通电话。 ')
    expect(c.paragraphs).toEqual([
      { text: '国家主席习近平同俄罗斯总统普京通电话。', start: 2, end: 21 },
    ])
  })

  it('inline elements do not split a paragraph', () => {
    const c = collectText(
      rootOf('<p>习近平<font>指出</font>，<a href="#">中俄</a><span>关系</span>很好。</p>'),
    )
    expect(c.paragraphs.map((p) => p.text)).toEqual(['习近平指出，中俄关系很好。'])
  })

  it('skips scripts, styles, hidden boxes, navigation, forms and image boxes', () => {
    const c = collectText(
      rootOf(
        [
          '<p>正文第一段落内容。</p>',
          '<script>var a = "脚本文字";</script><style>.x{}</style><noscript>请启用脚本</noscript>',
          '<template><p>模板文字</p></template><iframe>框架</iframe><svg><text>图形文字</text></svg>',
          '<nav>导航链接</nav><aside>侧边栏</aside><form>表单文字<button>按钮文字</button></form>',
          '<div hidden>隐藏文字一</div><div style="display: none">隐藏文字二</div><span aria-hidden="true">图标文字</span>',
          '<div class="img_wrapper"><img src="x.jpg"><span class="img_descr">图片说明文字</span></div>',
          '<figure><img src="y.jpg"><figcaption>图注文字</figcaption></figure>',
          '<div class="clearfix appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>',
          '<div class="share-bar">分享到微信</div><ul class="related-list"><li>相关文章标题</li></ul>',
          '<p>正文第二段落内容。</p>',
        ].join(''),
      ),
    )
    expect(c.paragraphs.map((p) => p.text)).toEqual(['正文第一段落内容。', '正文第二段落内容。'])
    expect(c.text).not.toMatch(
      /脚本|模板|框架|图形|导航|侧边|表单|按钮|隐藏|图标|图片说明|图注|海量资讯|分享|相关文章/,
    )
    checkOffsets(c)
  })

  it('excludes credit lines, QR blurbs, share bars and copyright from paragraphs but not from text', () => {
    const junk = [
      '出品人：周宗敏',
      '策划：陈贽、范伟国',
      '监制：冯俊扬',
      '统筹：谢鹏 闫珺岩',
      '记者：陈杉 王雅晨',
      '编辑：金正 张涛',
      '视觉：王雅晨 陈杉',
      '摄影：黄敬文、殷博古',
      '责任编辑：刘万里 SF014',
      '(责编：李明浩)',
      '新华社国际部制作',
      '新华社国际传播融合平台出品',
      '扫描二维码下载APP',
      '点赞 收藏 分享 用手机看',
      '关键词:习近平,普京',
      '【纠错】 【责任编辑:王萍】',
      'Copyright © 2016 Kankanews.com Inc. All Rights Reserved.',
      '（新华社记者 殷博古 摄）',
      '（完）',
      '——',
    ]
    const c = collectText(rootOf(`<p>正文。</p>${junk.map((t) => `<p>${t}</p>`).join('')}`))
    expect(c.paragraphs.map((p) => p.text)).toEqual(['正文。'])
    for (const t of junk) expect(c.text).toContain(t)
  })

  it('keeps body lines that only look like junk', () => {
    for (const t of [
      '【关键词一:支持】',
      '记者：这次通话释放了哪些信息？专家认为，通话内容丰富。双方同意继续保持密切交往。',
      '习近平指出，中方愿同俄方加强合作。',
      '更多内容，请读通稿：',
      '普京表示，俄方坚定奉行一个中国政策。',
    ])
      expect(isJunkParagraph(t), t).toBe(false)
  })

  it('drops everything after a 推荐 / 相关阅读 heading', () => {
    const c = collectText(
      rootOf('<p>正文段落。</p><h3>推荐视频</h3><p>某地发生一件事情</p><p>另一条推荐新闻标题</p>'),
    )
    expect(c.paragraphs.map((p) => p.text)).toEqual(['正文段落。'])
  })

  it('skips hide/hidden utility classes but not responsive ones', () => {
    const c = collectText(
      rootOf(
        '<p class="hidden">隐藏的段落文字</p><p class="hide">另一段隐藏</p><p class="hidden-xs">桌面可见的正文段落</p>',
      ),
    )
    expect(c.paragraphs.map((p) => p.text)).toEqual(['桌面可见的正文段落'])
  })

  it('table rows and cells are blocks', () => {
    const c = collectText(
      rootOf('<table><tr><td>第一格</td><td>第二格</td></tr><tr><td>第三格</td></tr></table>'),
    )
    expect(c.paragraphs.map((p) => p.text)).toEqual(['第一格', '第二格', '第三格'])
  })

  it('is linear: an 800k-character body is collected quickly', () => {
    const para =
      '<p>　　习近平指出，<b>中俄</b>关系经受住各种风浪考验，展示出新的生机活力。<a href="#">双方</a>要加强协调。</p>'
    const small = rootOf(para.repeat(2_000))
    const big = rootOf(para.repeat(20_000))
    // Best of three runs: other test files share the CPU, so single timings are noisy.
    const time = (el: Element): number => {
      let best = Infinity
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now()
        collectText(el)
        best = Math.min(best, performance.now() - t0)
      }
      return best
    }
    const tSmall = Math.max(time(small), 1)
    const tBig = time(big)
    const c = collectText(big)
    expect(c.paragraphs.length).toBe(20_000)
    expect(c.text.length).toBeGreaterThan(800_000)
    console.info(
      `collectText: ${c.text.length} chars in ${tBig.toFixed(1)} ms (1/10 size: ${tSmall.toFixed(1)} ms)`,
    )
    // Absolute bound only (ratios flake on a shared CPU): a quadratic walk over 20k blocks
    // of 800k characters would take minutes; the linear one takes a few hundred ms.
    expect(tBig).toBeLessThan(10_000)
  }, 60_000) // parsing the big page with linkedom is the slow part

  it('stopAfter: stops at a block boundary once the paragraphs hold enough, as a prefix', () => {
    const body = Array.from(
      { length: 40 },
      (_, i) => `<p>第${i}段，习近平指出，双方要加强合作。</p>`,
    )
    const full = collectText(rootOf(body.join('')))
    const part = collectText(rootOf(body.join('')), { stopAfter: 100 })
    expect(full.complete).toBe(true)
    expect(part.complete).toBe(false)
    const chars = part.paragraphs.reduce((n, p) => n + p.text.length + 1, 0)
    expect(chars).toBeGreaterThanOrEqual(100)
    expect(chars - part.paragraphs.at(-1)!.text.length - 1).toBeLessThan(100)
    expect(part.paragraphs).toEqual(full.paragraphs.slice(0, part.paragraphs.length))
    expect(full.text.startsWith(part.text)).toBe(true)
    checkOffsets(part)
    expect(collectText(rootOf(body.join('')), { stopAfter: 1e9 }).complete).toBe(true)
    // Walking on from where it stopped gives exactly the whole collection.
    const rest = part.more!()
    expect(rest.complete).toBe(true)
    expect(rest.text).toBe(full.text)
    expect(rest.paragraphs).toEqual(full.paragraphs)
    expect(rest.nodes.map((n) => [n.node.data, n.start])).toEqual(
      full.nodes.map((n) => [n.node.data, n.start]),
    )
    expect(part.paragraphs.length).toBeLessThan(rest.paragraphs.length) // the snapshot kept its own
  })

  it('step: walks on in pieces (a huge page in slices) to exactly the whole collection', async () => {
    const body = Array.from(
      { length: 60 },
      (_, i) => `<div><p>第${i}段，习近平指出，<b>双方</b>要加强合作。</p><p>尾${i}</p></div>`,
    ).join('')
    const full = collectText(rootOf(body))
    const part = collectText(rootOf(body), { stopAfter: 50 })
    let steps = 0
    while (part.step!(80)) steps++
    expect(steps).toBeGreaterThan(5)
    expect(part.step!(80)).toBe(false) // done stays done
    const whole = part.more!()
    expect(whole.text).toBe(full.text)
    expect(whole.paragraphs).toEqual(full.paragraphs)
    expect(whole.nodes.map((n) => [n.node.data, n.start])).toEqual(
      full.nodes.map((n) => [n.node.data, n.start]),
    )
    expect(part.more!()).toBe(whole) // asking again gives the same, nothing added twice
    checkOffsets(whole)

    // The page's sliced completion: pauses between slices, same article as in one go.
    const big = Array.from({ length: 40 }, () => body).join('') // ≈ 60k characters
    const doc = docOf(
      `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><div id="article">${big}</div></body></html>`,
    )
    const a = extractArticle(doc, 'https://example.com/a.html', { stopAfter: 50 })!
    let pauses = 0
    const sliced = await completeArticleInSlices(a, async () => void pauses++, 0)
    expect(pauses).toBeGreaterThan(0)
    expect(sliced.text).toBe(
      completeArticle(extractArticle(doc, 'https://example.com/a.html')!).text,
    )
    expect(sliced.collected.complete).toBe(true)
  })
})
