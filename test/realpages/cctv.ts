// The real CCTV readouts (../shared/realpages/cctv/readouts), read at test time — never copied
// into the project. Each page is loaded with the URL its truth.json gives (the year and the site
// adapter come from it) and merged into index rows as build-index would.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze } from '../../src/core/analyze'
import { indexArticles } from '../../src/core/index/build'
import type { Analysis, Article, IndexedEvent } from '../../src/core/types'
import { loadArticleFromFile } from '../../src/node/load-article'

export const CCTV_READOUTS = fileURLToPath(
  new URL('../../../shared/realpages/cctv/readouts', import.meta.url),
)

export interface RealPage {
  file: string
  url: string
  article: Article
  analysis: Analysis
}

export function hasRealPages(): boolean {
  return existsSync(join(CCTV_READOUTS, 'truth.json'))
}

export function loadCctvReadouts(): RealPage[] {
  const truth = JSON.parse(readFileSync(join(CCTV_READOUTS, 'truth.json'), 'utf8')) as {
    cases: Array<{ file: string; url: string }>
  }
  return truth.cases.map((c) => {
    const article = loadArticleFromFile(join(CCTV_READOUTS, c.file), { url: c.url })
    return { file: c.file, url: c.url, article, analysis: analyze(article) }
  })
}

/** Index rows of the pages, as build-index makes them (sorted by date, then id). */
export function cctvEvents(pages: RealPage[]): IndexedEvent[] {
  return indexArticles(pages.map((p) => p.article)).events
}
