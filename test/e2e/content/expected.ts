// What the page should show, computed in Node from the same fixture HTML with linkedom and the
// real extractor + analysis (the CLI's path). The browser must register exactly these texts.
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { analyze } from '../../../src/core/analyze'
import type { Analysis } from '../../../src/core/types'
import { extractArticle } from '../../../src/sites/extract'

export interface Expected {
  analysis: Analysis
  /** Speaker name → texts of that speaker's turns, in order (whitespace removed). */
  speakers: Map<string, string[]>
  /** Category → phrase texts, in order. */
  categories: Map<string, string[]>
}

export const squash = (s: string): string => s.replace(/\s+/g, '')

export function expectedFor(file: string, url: string): Expected {
  return expectedForHtml(readFileSync(file, 'utf8'), url)
}

export function expectedForHtml(html: string, url: string): Expected {
  const { document } = parseHTML(html)
  const article = extractArticle(document as unknown as Document, url)
  if (!article) throw new Error(`no article extracted from ${url}`)
  const analysis = analyze(article)
  const speakers = new Map<string, string[]>()
  for (const t of analysis.turns) {
    if (t.speaker == null || t.end <= t.start) continue
    const list = speakers.get(t.speaker) ?? []
    list.push(squash(article.text.slice(t.start, t.end)))
    speakers.set(t.speaker, list)
  }
  const categories = new Map<string, string[]>()
  for (const p of analysis.phrases) {
    const list = categories.get(p.category) ?? []
    list.push(squash(p.text))
    categories.set(p.category, list)
  }
  return { analysis, speakers, categories }
}
