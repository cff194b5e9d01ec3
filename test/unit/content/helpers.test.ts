import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { safeHttpUrl } from '../../../src/shared/safe-url'
import { groupPhrases } from '../../../src/shared/panel/model'
import { turnStarts } from '../../../src/shared/paint/markers'
import { highlightCss } from '../../../src/shared/paint/page-styles'
import { registeredName, registeredNames } from '../../../src/shared/paint/palette'
import { buildArticleBody } from '../../../src/reader/build-article'
import { boundariesFor } from '../../../src/shared/text-ranges'
import type { PhraseHit } from '../../../src/core/types'

describe('safeHttpUrl', () => {
  it('keeps http(s) links and drops everything else', () => {
    expect(safeHttpUrl('https://news.sina.com.cn/c/a.shtml')).toBe(
      'https://news.sina.com.cn/c/a.shtml',
    )
    expect(safeHttpUrl('http://x.cn/')).toBe('http://x.cn/')
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>',
      'chrome-extension://abc/x',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(bad)).toBeNull()
    }
  })
})

describe('groupPhrases', () => {
  const hit = (key: string, category: PhraseHit['category'], start: number): PhraseHit => ({
    text: key,
    key,
    category,
    start,
    end: start + key.length,
  })
  it('groups by category in the given order, then by key in order of first occurrence', () => {
    const phrases = [
      hit('B', 'economy', 0),
      hit('A', 'relationship', 5),
      hit('B', 'economy', 9),
      hit('C', 'economy', 12),
    ]
    expect(groupPhrases(phrases, ['relationship', 'economy', 'history'])).toEqual([
      { category: 'relationship', entries: [{ key: 'A', text: 'A', indices: [1] }] },
      {
        category: 'economy',
        entries: [
          { key: 'B', text: 'B', indices: [0, 2] },
          { key: 'C', text: 'C', indices: [3] },
        ],
      },
    ])
  })
})

describe('turnStarts', () => {
  it('marks where the speaker changes, never narration', () => {
    const { document } = parseHTML('<p>x</p>')
    const b = {
      startNode: document.createTextNode('x'),
      startOffset: 0,
      endNode: document.createTextNode('x'),
      endOffset: 1,
    }
    const specs = turnStarts([-1, 0, 0, 1, -1, 1, 0], [b, b, b, b, b, b, b])
    expect(specs.map((s) => [s.turn, s.speaker])).toEqual([
      [1, 0],
      [3, 1],
      [5, 1],
      [6, 0],
    ])
  })
})

describe('highlightCss', () => {
  it('has one rule per speaker and per category, under opaque names that name nothing', () => {
    const css = highlightCss(3, ['relationship', 'quoted'])
    const names = [...css.matchAll(/::highlight\(([^)]+)\)/g)].map((m) => m[1]!)
    const logical = [
      'readout-lens-speaker-0',
      'readout-lens-speaker-1',
      'readout-lens-speaker-2',
      'readout-lens-phrase-relationship',
      'readout-lens-phrase-quoted',
      'readout-lens-mention',
      'readout-lens-focus',
    ]
    expect(names).toEqual(logical.map(registeredName))
    for (const n of names) expect(n).toMatch(/^h[0-9a-f]{16}$/)
    expect(new Set(names).size).toBe(names.length)
    // Stable within the page; the extension can map them back.
    expect(registeredName('readout-lens-speaker-0')).toBe(names[0])
    expect(registeredNames()[names[3]!]).toBe('readout-lens-phrase-relationship')
  })
})

describe('reader article body', () => {
  it('maps stored offsets onto its own text nodes', () => {
    const { document } = parseHTML('<html><body></body></html>')
    const text =
      '国家主席习近平同普京通电话。\n\n习近平指出，中俄关系持续发展。\n普京表示，俄方愿深化合作。'
    const { root, nodes } = buildArticleBody(document as unknown as Document, text)
    expect(root.querySelectorAll('p').length).toBe(3)
    for (const needle of ['习近平指出', '中俄关系', '普京表示，俄方']) {
      const start = text.indexOf(needle)
      const b = boundariesFor(nodes, start, start + needle.length)!
      expect(b.startNode).toBe(b.endNode)
      expect(b.startNode.data.slice(b.startOffset, b.endOffset)).toBe(needle)
    }
  })
})
