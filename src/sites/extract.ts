// Page → Article: the site adapter when the URL matches one, the generic extractor as the
// fallback (unknown site, changed markup, empty container). Shared by the content script
// (live page) and the Node CLI (linkedom document).
import type { Article } from '../core/types'
import type { CollectedText, CollectOptions, SiteExtract } from './types'
import { adapterFor } from './registry'
import { collectText } from './collect-text'
import { findGenericBody, genericOutlet, genericPublished, genericTitle } from './generic'
import { documentOutlet, documentPublished, hanCount } from './page-meta'
import { findEnglishBody, MIN_ENGLISH_LETTERS } from './english-page'

export type ExtractedArticle = Article & { collected: CollectedText; bodyRoot: Element }

/** A body worth analysing: at least one paragraph and some Han text (English sites: letters). */
function usable(c: CollectedText, english: boolean): boolean {
  let han = 0
  let latin = 0
  for (const p of c.paragraphs) {
    han += hanCount(p.text)
    if (han >= 20) return true
    if (english) latin += (p.text.match(/[A-Za-z]/g) ?? []).length
    if (latin >= MIN_ENGLISH_LETTERS) return true
  }
  return false
}

function parseUrl(url: string | null): URL | null {
  if (!url) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** `opts.stopAfter`: collect only the beginning (enough to detect a readout); the result's
 *  `collected.complete` says whether the body was read to its end. */
export function extractArticle(
  doc: Document,
  url: string | null,
  opts: CollectOptions = {},
): ExtractedArticle | null {
  const u = parseUrl(url)
  const adapter = u ? adapterFor(u) : null
  let site: SiteExtract | null = null
  if (adapter && u) {
    try {
      site = adapter.extract(doc, u)
    } catch {
      site = null // a broken adapter must not break the page: fall back to generic
    }
  }

  let siteId = adapter?.id ?? 'generic'
  let bodyRoot = site?.body ?? null
  let collected = bodyRoot ? collectText(bodyRoot, opts) : null
  const english = adapter?.language === 'en'
  if (!bodyRoot || !collected || !usable(collected, english)) {
    // The generic extractor weighs Han text; an English site's page falls back to its prose.
    bodyRoot = english ? findEnglishBody(doc) : findGenericBody(doc)
    collected = bodyRoot ? collectText(bodyRoot, opts) : null
    siteId = 'generic'
  }
  if (!bodyRoot || !collected || collected.paragraphs.length === 0) return null

  const title = site?.title ?? genericTitle(doc) ?? collected.paragraphs[0]!.text.slice(0, 60)
  return {
    title,
    published: site?.published ?? genericPublished(doc, u) ?? documentPublished(doc),
    outlet: site?.outlet ?? genericOutlet(doc) ?? documentOutlet(doc) ?? adapter?.name ?? null,
    url: url ?? null,
    text: collected.text,
    paragraphs: collected.paragraphs,
    format: 'dom',
    site: siteId,
    collected,
    bodyRoot,
  }
}

/** The whole article of a capped extraction (the same one when it was complete). */
export function completeArticle(a: ExtractedArticle): ExtractedArticle {
  if (a.collected.complete || !a.collected.more) return a
  const collected = a.collected.more()
  return { ...a, text: collected.text, paragraphs: collected.paragraphs, collected }
}

/** Characters collected between two clock checks in `completeArticleInSlices`. */
const STEP_CHARS = 16_000

/**
 * completeArticle, giving the event loop back (`pause`) whenever a slice has run `budgetMs`:
 * a 2 MB article is ~30 ms of walking in one go. Rejects with what `pause` throws (abort).
 */
export async function completeArticleInSlices(
  a: ExtractedArticle,
  pause: () => Promise<void>,
  budgetMs: number,
): Promise<ExtractedArticle> {
  const { step } = a.collected
  if (a.collected.complete || !step) return completeArticle(a)
  let sliceStart = performance.now()
  while (step(STEP_CHARS)) {
    if (performance.now() - sliceStart >= budgetMs) {
      await pause()
      sliceStart = performance.now()
    }
  }
  return completeArticle(a)
}
