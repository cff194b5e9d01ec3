// Collects the visible text of an article body in one linear walk. Text node data is copied
// verbatim so every offset maps back to a DOM Text node (highlights are painted from these
// offsets); block boundaries add a '\n' that belongs to no node.
import type { Paragraph } from '../core/types'
import type { CollectedText, CollectOptions } from './types'
import { isBlockTag, isJunkParagraph, isListHeading, isSkipped, tagOf } from './dom-filter'

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const SPACE = /[\s\u200b\ufeff]/

export function collectText(root: Element, opts: CollectOptions = {}): CollectedText {
  const stopAfter = opts.stopAfter ?? Infinity
  let paragraphChars = 0
  let complete = true
  const parts: string[] = []
  const nodes: Array<{ node: Text; start: number }> = []
  const paragraphs: Paragraph[] = []
  let length = 0
  let segStart = 0
  let segParts: string[] = []
  let afterList = false

  const closeSegment = (): void => {
    if (length === segStart) return
    const seg = segParts.join('')
    segParts = []
    let a = 0
    let b = seg.length
    while (a < b && SPACE.test(seg[a]!)) a++
    while (b > a && SPACE.test(seg[b - 1]!)) b--
    if (a === b || afterList) return
    const t = seg.slice(a, b)
    if (isListHeading(t)) {
      afterList = true
      return
    }
    if (!isJunkParagraph(t)) {
      paragraphs.push({ text: t, start: segStart + a, end: segStart + b })
      paragraphChars += t.length + 1
    }
  }

  const boundary = (): void => {
    if (length === segStart) return
    closeSegment()
    parts.push('\n')
    length += 1
    segStart = length
    if (paragraphChars >= stopAfter) complete = false
  }

  const walk = (el: Element): void => {
    for (let c = el.firstChild; c && complete; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const data = (c as Text).data
        if (data.length === 0) continue
        nodes.push({ node: c as Text, start: length })
        parts.push(data)
        segParts.push(data)
        length += data.length
      } else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element
        if (isSkipped(child)) continue
        const block = isBlockTag(tagOf(child))
        if (block) boundary()
        if (!complete) return
        walk(child)
        if (block) boundary()
      }
    }
  }

  walk(root)
  closeSegment()
  let text = parts.join('')
  // A trailing separator belongs to no node and carries nothing: drop it.
  if (text.endsWith('\n') && length === segStart && length > 0) text = text.slice(0, -1)
  return { text, paragraphs, nodes, complete }
}
