// Groups body lines into paragraphs. Scraped copies either separate paragraphs by line breaks
// or hard-wrap them (`…于\n3\n月\n20\n日…`): a line joins the previous one when the previous
// does not end a sentence and one of them is clearly a fragment.

import type { Paragraph } from '../types'
import type { Line } from './lines'
import { isJunkLine, isTerminator } from './junk'

const SENTENCE_END = /[。！？!?…”’」』）)】]$|——$|[:：]$/

function isFragment(line: string): boolean {
  return line.length <= 4 && !/^【/.test(line)
}

function joins(prev: Line, next: Line, blankBetween: boolean): boolean {
  if (SENTENCE_END.test(prev.text)) return false
  if (/^【/.test(next.text)) return false
  if (isFragment(prev.text) || isFragment(next.text)) return true
  // A long line cut mid-sentence, continued on the very next line.
  return !blankBetween && prev.text.length >= 20
}

export interface BodyScan {
  paragraphs: Paragraph[]
  /** Index of the line that ended the body (a terminator), or lines.length. */
  endLine: number
}

interface Open {
  start: number
  end: number
  last: Line
}

/** Paragraphs from `lines[from…]`, skipping junk lines and stopping at the first terminator. */
export function bodyParagraphs(src: string, lines: Line[], from: number): BodyScan {
  const paragraphs: Paragraph[] = []
  const close = (open: Open | null): null => {
    if (open)
      paragraphs.push({ text: src.slice(open.start, open.end), start: open.start, end: open.end })
    return null
  }
  let current: Open | null = null
  let blankSince = false
  let i = from
  for (; i < lines.length; i++) {
    const line = lines[i]!
    if (line.text === '') {
      blankSince = true
      continue
    }
    if ((paragraphs.length > 0 || current !== null) && isTerminator(line.text)) break
    if (current !== null && isFragment(line.text) && !SENTENCE_END.test(current.last.text)) {
      // `3` / `月` of a hard-wrapped date: part of the sentence, not a junk line.
      current.end = line.end
      current.last = line
    } else if (isJunkLine(line.text)) {
      current = close(current)
    } else if (current !== null && joins(current.last, line, blankSince)) {
      current.end = line.end
      current.last = line
    } else {
      close(current)
      current = { start: line.start, end: line.end, last: line }
    }
    blankSince = false
  }
  close(current)
  return { paragraphs, endLine: i }
}
