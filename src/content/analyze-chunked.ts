// Analyse a long article in paragraph-aligned segments, one task each, so a 200,000-character
// page never blocks the main thread for one long task. Each segment after the first starts
// with an overlap (from the paragraph holding the previous segment's last speaker marker) so
// a turn continuing across the cut keeps its speaker; results inside the overlap are dropped.
import { analyze, type AnalyzeOptions } from '../core/analyze'
import type { Analysis, Article, Paragraph } from '../core/types'
import { AbortedError, yieldToEventLoop } from '../shared/chunks'

export interface ChunkedAnalyzeOptions extends AnalyzeOptions {
  /** Target characters per segment. */
  segmentChars?: number
  signal?: AbortSignal
}

/**
 * Contiguous paragraph index ranges [from, to) of about `size` characters each; the first one
 * may be smaller (`firstSize`): it also pays for the analysis's one-time set-up and cold code.
 */
export function segmentParagraphs(
  paragraphs: readonly Paragraph[],
  size: number,
  firstSize = size,
): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  while (from < paragraphs.length) {
    const base = paragraphs[from]!.start
    const limit = out.length === 0 ? firstSize : size
    let to = from + 1
    while (to < paragraphs.length && paragraphs[to]!.end - base <= limit) to++
    out.push([from, to])
    from = to
  }
  return out
}

function subArticle(
  article: Article,
  paragraphs: readonly Paragraph[],
): { sub: Article; offset: number } {
  const offset = paragraphs[0]!.start
  const end = paragraphs[paragraphs.length - 1]!.end
  return {
    offset,
    sub: {
      ...article,
      text: article.text.slice(offset, end),
      paragraphs: paragraphs.map((p) => ({
        text: p.text,
        start: p.start - offset,
        end: p.end - offset,
      })),
    },
  }
}

function shift<T extends { start: number; end: number }>(
  items: T[],
  by: number,
  keepFrom: number,
): T[] {
  const out: T[] = []
  for (const it of items) {
    const start = it.start + by
    if (start < keepFrom) continue
    out.push({ ...it, start, end: it.end + by })
  }
  return out
}

export async function analyzeChunked(
  article: Article,
  opts: ChunkedAnalyzeOptions = {},
): Promise<Analysis> {
  const size = opts.segmentChars ?? 4_000
  const { signal, segmentChars: _s, ...analyzeOpts } = opts
  if (article.text.length <= size * 1.5 || article.paragraphs.length < 2)
    return analyze(article, analyzeOpts)

  const segments = segmentParagraphs(article.paragraphs, size, Math.min(size, 1_500))
  let result: Analysis | null = null
  for (const [from, to] of segments) {
    if (signal?.aborted) throw new AbortedError()
    let overlapFrom = from
    if (result && from > 0) {
      // Back up to the paragraph where the last attributed turn began.
      const lastMarked = [...result.turns]
        .reverse()
        .find((t) => t.verb != null && t.speaker != null)
      if (lastMarked) {
        while (overlapFrom > 0 && article.paragraphs[overlapFrom - 1]!.end > lastMarked.start)
          overlapFrom--
      }
      if (article.paragraphs[from]!.start - article.paragraphs[overlapFrom]!.start > size)
        overlapFrom = from - 1
    }
    const { sub, offset } = subArticle(article, article.paragraphs.slice(overlapFrom, to))
    const part = analyze(sub, analyzeOpts)
    const keepFrom = article.paragraphs[from]!.start
    if (!result) {
      result = {
        ...part,
        turns: shift(part.turns, offset, 0),
        phrases: shift(part.phrases, offset, 0),
        mentions: shift(part.mentions, offset, 0),
      }
    } else {
      result.turns.push(...shift(part.turns, offset, keepFrom))
      result.phrases.push(...shift(part.phrases, offset, keepFrom))
      result.mentions.push(...shift(part.mentions, offset, keepFrom))
    }
    await yieldToEventLoop()
  }
  return result!
}
