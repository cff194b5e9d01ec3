// Collects the visible text of an article body in one linear walk. Text node data is copied
// verbatim so every offset maps back to a DOM Text node (highlights are painted from these
// offsets); block boundaries add a '\n' that belongs to no node.
import type { Paragraph } from '../core/types'
import type { CollectedText, CollectOptions } from './types'
import { isBlockTag, isJunkParagraph, isListHeading, isProse, isSkipped, tagOf } from './dom-filter'
import { hanCount } from './page-meta'

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const SPACE = /[\s\u200b\ufeff]/
/** Body text above a 相关 list heading up to which the list is a box above the article, not
 *  the end of the body (a lead-in or an ad line is shorter; a body is longer). */
const LEAD_IN_HAN = 200
/** Longest block that is dropped for being all link text. */
const LINK_LINE_MAX = 40

/** Characters that are not white space. */
function solidLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (!SPACE.test(s[i]!)) n++
  return n
}

/** A short block that is (nearly) all link text: a "more from this column" line, a page
 *  list (【1】【2】【3】), a link to a channel; never a sentence of the article. */
function isLinkLine(t: string, linkChars: number): boolean {
  return linkChars > 0 && t.length <= LINK_LINE_MAX && linkChars >= 0.9 * solidLength(t)
}

export function collectText(root: Element, opts: CollectOptions = {}): CollectedText {
  let paragraphChars = 0
  const parts: string[] = []
  const nodes: Array<{ node: Text; start: number }> = []
  const paragraphs: Paragraph[] = []
  let length = 0
  let segStart = 0
  let segParts: string[] = []
  let afterList = false
  /** Han characters of the paragraphs so far, counted up to LEAD_IN_HAN. */
  let bodyHan = 0
  /** Open `<a>` elements around the walk, and the visible characters of the current segment
   *  that are link text. */
  let linkDepth = 0
  let segLink = 0

  const closeSegment = (): void => {
    if (length === segStart) return
    const seg = segParts.join('')
    segParts = []
    const link = segLink
    segLink = 0
    let a = 0
    let b = seg.length
    while (a < b && SPACE.test(seg[a]!)) a++
    while (b > a && SPACE.test(seg[b - 1]!)) b--
    if (a === b) return
    const t = seg.slice(a, b)
    if (afterList) {
      // A list heading after the body ends it; one above the article (a 相关新闻 box the
      // editor put first, under at most a short lead-in) runs only until the first sentence.
      if (bodyHan >= LEAD_IN_HAN || !isProse(t)) return
      afterList = false
    }
    if (isListHeading(t)) {
      afterList = true
      return
    }
    if (!isJunkParagraph(t) && !isLinkLine(t, link)) {
      paragraphs.push({ text: t, start: segStart + a, end: segStart + b })
      if (bodyHan < LEAD_IN_HAN) bodyHan += hanCount(t)
      paragraphChars += t.length + 1
    }
  }

  const boundary = (): void => {
    if (length === segStart) return
    closeSegment()
    parts.push('\n')
    length += 1
    segStart = length
  }

  // An explicit stack instead of recursion, so the walk can stop once the detector has
  // enough and go on from there (`more`) when the page turns out to be a readout. Two flat
  // arrays and a depth: no object per element (this runs cold on every matched page).
  const nextAt: Array<ChildNode | null> = [root.firstChild]
  const blockAt: boolean[] = [false]
  const linkAt: boolean[] = [false]
  let depth = 0

  /** Walks on; false when it stopped early at a block boundary (the body goes on). */
  const run = (stopAfter: number): boolean => {
    while (depth >= 0) {
      const c = nextAt[depth]!
      if (c === null) {
        const closesBlock = blockAt[depth]!
        if (linkAt[depth]) linkDepth--
        depth--
        if (closesBlock) {
          boundary()
          if (paragraphChars >= stopAfter) return false
        }
        continue
      }
      nextAt[depth] = c.nextSibling
      if (c.nodeType === TEXT_NODE) {
        const data = (c as Text).data
        if (data.length === 0) continue
        nodes.push({ node: c as Text, start: length })
        parts.push(data)
        segParts.push(data)
        length += data.length
        if (linkDepth > 0) segLink += solidLength(data)
      } else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element
        if (isSkipped(child)) continue
        const tag = tagOf(child)
        const block = isBlockTag(tag)
        depth++
        nextAt[depth] = child.firstChild
        blockAt[depth] = block
        linkAt[depth] = tag === 'a'
        if (tag === 'a') linkDepth++
        if (block) {
          boundary()
          if (paragraphChars >= stopAfter) return false
        }
      }
    }
    return true
  }

  /** The walk reached the body's end; `whole`: its one complete snapshot. */
  let finished = false
  let whole: CollectedText | null = null
  const snapshot = (done: boolean): CollectedText => {
    if (whole) return whole
    finished = done
    if (done) closeSegment()
    let text = parts.join('')
    // A trailing separator belongs to no node and carries nothing: drop it.
    if (text.endsWith('\n') && length === segStart && length > 0) text = text.slice(0, -1)
    if (done) return (whole = { text, paragraphs, nodes, complete: true })
    // Copies: the lists go on growing if the walk is resumed.
    return {
      text,
      paragraphs: paragraphs.slice(),
      nodes: nodes.slice(),
      complete: false,
      more: () => snapshot(finished || run(Infinity)),
      step: (chars) => {
        if (!finished) finished = run(paragraphChars + chars)
        return !finished
      },
    }
  }

  return snapshot(run(opts.stopAfter ?? Infinity))
}
