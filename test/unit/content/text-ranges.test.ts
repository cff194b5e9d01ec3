import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { collectText } from '../../../src/sites/collect-text'
import {
  boundariesFor,
  nodeIndexAt,
  type NodeStart,
  type TextBoundaries,
} from '../../../src/shared/text-ranges'

/** The text a boundary pair covers, read back from the DOM nodes (linkedom has no Range.toString). */
function textOf(nodes: readonly NodeStart[], b: TextBoundaries): string {
  const si = nodes.findIndex((n) => n.node === b.startNode)
  const ei = nodes.findIndex((n) => n.node === b.endNode)
  if (si === ei) return b.startNode.data.slice(b.startOffset, b.endOffset)
  let s = b.startNode.data.slice(b.startOffset)
  for (let i = si + 1; i < ei; i++) s += nodes[i]!.node.data
  return s + b.endNode.data.slice(0, b.endOffset)
}

const html = `<html><body><div id="a">
  <p>国家主席习近平8月25日同俄罗斯总统<b>普京</b>通电话。</p>
  <p>习近平指出，中俄<i>全面战略协作伙伴关系</i>持续发展。</p>
  <p>普京表示，俄方<span>坚定</span>支持中方。</p>
</div></body></html>`

describe('offset → DOM text mapping', () => {
  const { document } = parseHTML(html)
  const collected = collectText(document.getElementById('a')!)
  const { text, nodes } = collected

  it('maps every phrase occurrence back to exactly its text, across element boundaries', () => {
    for (const needle of [
      '普京',
      '俄罗斯总统普京通电话',
      '全面战略协作伙伴关系',
      '中俄全面战略协作伙伴关系持续',
      '俄方坚定支持',
      '习近平',
    ]) {
      let from = 0
      let found = 0
      for (;;) {
        const start = text.indexOf(needle, from)
        if (start < 0) break
        const b = boundariesFor(nodes, start, start + needle.length)
        expect(b, needle).not.toBeNull()
        expect(textOf(nodes, b!)).toBe(needle)
        from = start + 1
        found++
      }
      expect(found, needle).toBeGreaterThan(0)
    }
  })

  it('snaps spans that touch a block-boundary gap to the nearest real text', () => {
    const p1 = collected.paragraphs[0]!
    const p2 = collected.paragraphs[1]!
    // From the end of paragraph 1 through the '\n' gap into paragraph 2.
    const b = boundariesFor(nodes, p1.end - 1, p2.start + 3)!
    expect(textOf(nodes, b).replace(/\s+/g, '')).toBe('。习近平')
    // A span that is only the gap character(s) maps to nothing.
    const gapStart = p1.end
    const gapEnd = p2.start
    const onlyGap = boundariesFor(nodes, gapStart, gapEnd)
    if (onlyGap) expect(textOf(nodes, onlyGap).trim()).toBe('')
  })

  it('binary search agrees with a linear scan for every offset', () => {
    for (let off = 0; off <= text.length; off++) {
      let expected = -1
      nodes.forEach((n, i) => {
        if (n.start <= off) expected = i
      })
      expect(nodeIndexAt(nodes, off)).toBe(expected)
    }
  })

  it('rejects empty and out-of-range spans', () => {
    expect(boundariesFor(nodes, 5, 5)).toBeNull()
    expect(boundariesFor(nodes, 9, 3)).toBeNull()
    expect(boundariesFor([], 0, 3)).toBeNull()
    expect(boundariesFor(nodes, text.length + 10, text.length + 20)).toBeNull()
  })

  it('clamps to the current node length when the page shortened a text node', () => {
    const { document: d } = parseHTML('<p>abcdef</p>')
    const node = d.querySelector('p')!.firstChild as Text
    const ns = [{ node, start: 0 }]
    node.data = 'abc'
    const b = boundariesFor(ns, 1, 6)!
    expect(b.endOffset).toBe(3)
    expect(boundariesFor(ns, 4, 6)).toBeNull()
  })
})

describe('nodeIndexAt / boundariesFor with a hint', () => {
  // 300 one-character nodes with a gap after each: starts 0, 2, 4, …
  const { document } = parseHTML(
    `<html><body><div id="r">${Array.from({ length: 300 }, (_, i) => `<p>${String.fromCharCode(0x4e00 + i)}</p>`).join('')}</div></body></html>`,
  )
  const { nodes, text } = collectText(document.getElementById('r')!)

  it('gives the binary search answer from any valid starting node', () => {
    for (let off = 0; off < text.length; off += 7) {
      const want = nodeIndexAt(nodes, off)
      for (const from of [-1, 0, 3, want - 20, want - 4, want - 1, want, want + 1, 999])
        expect(nodeIndexAt(nodes, off, from), `offset ${off} from ${from}`).toBe(want)
    }
  })

  it('a run of spans in text order maps as without the hint', () => {
    const hint = { at: -1 }
    for (let s = 0; s + 5 < text.length; s += 3) {
      expect(boundariesFor(nodes, s, s + 5, hint)).toEqual(boundariesFor(nodes, s, s + 5))
    }
    // …and out of order too (the hint is only a starting point).
    expect(boundariesFor(nodes, 10, 15, hint)).toEqual(boundariesFor(nodes, 10, 15))
  })
})
