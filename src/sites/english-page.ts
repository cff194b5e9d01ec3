// Helpers of the English-language adapters (White House, Kremlin, foreign ministry in
// English): page dates as the page writes them, and a fallback body for English pages, where
// the generic extractor (which weighs Han text) finds none.
import { isSkipped, tagOf } from './dom-filter'
import { MONTHS } from '../core/en/event'
import { ymd } from './page-meta'

/**
 * The calendar date an English page prints or carries in `datetime` (`2022-07-28T13:37:24-04:00`
 * → 2022-07-28, `July 28, 2022` → 2022-07-28): the date where it was published, not Beijing's —
 * an evening call in Washington is the next morning in Beijing, and pairing allows for that.
 */
export function localDate(s: string | null | undefined): string | null {
  if (!s) return null
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const m =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(
      s,
    )
  if (!m) return null
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1
  return ymd(Number(m[3]), month, Number(m[2]))
}

/** Latin letters outside links and skipped subtrees. */
function letters(el: Element, inLink = false): { all: number; link: number } {
  let all = 0
  let link = 0
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const n = ((c as Text).data.match(/[A-Za-z]/g) ?? []).length
      all += n
      if (inLink) link += n
    } else if (c.nodeType === 1 && !isSkipped(c as Element)) {
      const t = letters(c as Element, inLink || tagOf(c as Element) === 'a')
      all += t.all
      link += t.link
    }
  }
  return { all, link }
}

/** Fewest letters of prose that make an English article body. */
const MIN_BODY_LETTERS = 300

/** Letters of prose in the paragraphs under `el` (links count against them). */
function prose(el: Element): number {
  let n = 0
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const t = letters(p)
    n += Math.max(0, t.all - t.link * 2)
  }
  return n
}

/**
 * The element whose paragraph children hold the most English prose (links discounted), widened
 * to its parent while that adds a tenth more prose (a lead paragraph in its own box above the
 * text, as the Kremlin's pages have).
 */
export function findEnglishBody(doc: Document): Element | null {
  const score = new Map<Element, number>()
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (!p.parentElement || isSkippedUp(p)) continue
    const t = letters(p)
    const s = t.all - t.link * 2
    if (s > 0) score.set(p.parentElement, (score.get(p.parentElement) ?? 0) + s)
  }
  let best: Element | null = null
  let bestScore = MIN_BODY_LETTERS - 1
  for (const [el, s] of score)
    if (s > bestScore) {
      best = el
      bestScore = s
    }
  if (!best) return null
  let own = prose(best)
  for (let up = best.parentElement; up && tagOf(up) !== 'body'; up = up.parentElement) {
    const wider = prose(up)
    if (wider < own * 1.1) break
    best = up
    own = wider
  }
  return best
}

/** Inside a skipped subtree (nav, aside, footer-like junk boxes). */
function isSkippedUp(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e)) return true
  return false
}

/** English text enough for a body: at least this many letters in the paragraphs. */
export const MIN_ENGLISH_LETTERS = 200
