// The generic extractor on the structures where it once found no article (or the wrong part
// of it), one minimal page per class (test/fixtures/generic/pages.ts), and on a page that has
// no article. Pages go through the same Node intake as the CLI (src/node/load-article).
import { describe, expect, it } from 'vitest'
import { documentOf, htmlToArticle } from '../../../src/node/load-article'
import { extractArticle } from '../../../src/sites/extract'
import { findGenericBody } from '../../../src/sites/generic'
import { isSkipped } from '../../../src/sites/dom-filter'
import {
  channelIndex,
  GENERIC_PAGES,
  pageWideForm,
  relatedAbove,
  shareNamedWrapper,
  STORY,
  strayHtmlEnd,
  trsEditor,
} from '../../fixtures/generic/pages'
import { checkOffsets, docOf } from './site-fixture'

const texts = (html: string, url: string | null = null): string[] | null =>
  htmlToArticle(html, url)?.paragraphs.map((p) => p.text.replace(/^\u3000+/, '')) ?? null

describe('generic extractor: failure classes', () => {
  it('a prose wrapper whose class names a small box (TRS_Editor) is the body', () => {
    const doc = documentOf(trsEditor.html)
    expect(findGenericBody(doc)?.getAttribute('class')).toBe('TRS_Editor')
    expect(texts(trsEditor.html)).toEqual(trsEditor.article)
  })

  it('…and so is one named for a share script; real share bars and editor lines stay out', () => {
    expect(texts(shareNamedWrapper.html)).toEqual(shareNamedWrapper.article)
    const doc = docOf(
      '<html><body><div class="editor">责任编辑：王某某</div><div class="share-bar">分享到：微信 微博</div></body></html>',
    )
    for (const el of Array.from(doc.querySelectorAll('div'))) expect(isSkipped(el)).toBe(true)
  })

  it('an article inside a page-wide <form> is read; a search form alone is not prose', () => {
    expect(texts(pageWideForm.html)).toEqual(pageWideForm.article)
    const doc = docOf(
      '<html><body><form><label>站内搜索</label><input name="q"></form></body></html>',
    )
    expect(isSkipped(doc.querySelector('form')!)).toBe(true)
  })

  it('a stray </html> above the article does not leave the article outside the body (Node)', () => {
    expect(texts(strayHtmlEnd.html)).toEqual(strayHtmlEnd.article)
    expect(documentOf(strayHtmlEnd.html).body.querySelector('#UCAP-CONTENT')).not.toBeNull()
  })

  it('a 相关新闻 box above the article is skipped, one after it still ends the body', () => {
    expect(texts(relatedAbove.html)).toEqual(relatedAbove.article)
  })

  it('short all-link lines, datelines and bare counters inside the body are not paragraphs', () => {
    const body = `<div id="c"><p>发布时间： 2024-03-12 10:09:11</p><p>3573</p><p><a href="/wy/">点击进入“文艺副刊”专栏&gt;&gt;</a></p>${STORY.map((t) => `<p>${t}</p>`).join('')}<p><a href="?p=1">【1】</a><a href="?p=2">【2】</a><a href="?p=3">【3】</a></p><p>下一页请见<a href="?p=2">第二页</a>，本页完。</p></div>`
    const got = texts(`<html><body>${body}</body></html>`)
    expect(got).toEqual([...STORY, '下一页请见第二页，本页完。'])
  })

  it('says there is no article on a channel page of headlines and summaries', () => {
    expect(findGenericBody(documentOf(channelIndex.html))).toBeNull()
    expect(htmlToArticle(channelIndex.html, channelIndex.url)).toBeNull()
  })

  it('every written page: the same answer through extractArticle, offsets that map back', () => {
    for (const p of GENERIC_PAGES) {
      const a = extractArticle(documentOf(p.html), p.url)
      if (p.article === null) {
        expect(a, p.name).toBeNull()
        continue
      }
      expect(a?.site, p.name).toBe('generic')
      checkOffsets(a!.collected)
    }
  })
})
