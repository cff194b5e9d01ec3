// The real CCTV readouts (../shared/realpages/cctv/readouts, see ../realpages.ts) as an index:
// each page is loaded with the URL its truth.json gives (the year and the site
// adapter come from it) and merged into index rows as build-index would.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../../../src/core/analyze'
import { indexArticles } from '../../../src/core/index/build'
import type { Analysis, Article, IndexedEvent } from '../../../src/core/types'
import { loadArticleFromFile } from '../../../src/node/load-article'
import { realpagesDir } from '../realpages'

export interface RealPage {
  /** Absolute path of the page. */
  path: string
  url: string
  article: Article
  analysis: Analysis
}

export function loadCctvReadouts(): RealPage[] {
  const dir = realpagesDir('cctv', 'readouts')
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    cases: Array<{ file: string; url: string }>
  }
  return truth.cases.map((c) => {
    const article = loadArticleFromFile(join(dir, c.file), { url: c.url })
    return { path: join(dir, c.file), url: c.url, article, analysis: analyze(article) }
  })
}

/** Index rows of the pages, as build-index makes them (sorted by date, then id). */
export function cctvEvents(pages: RealPage[]): IndexedEvent[] {
  return indexArticles(pages.map((p) => p.article)).events
}
