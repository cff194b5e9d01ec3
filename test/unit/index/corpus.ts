// Seeds loaded and analysed once per test file.
import { readdirSync } from 'node:fs'
import { analyze } from '../../../src/core/analyze'
import type { Analysis, Article } from '../../../src/core/types'
import { loadArticleFromFile } from '../../../src/node/load-article'
import { SEED_DIR, seedPath } from './seeds'

export interface LoadedSeed {
  file: string
  article: Article
  analysis: Analysis
}

export function loadSeeds(): LoadedSeed[] {
  return readdirSync(SEED_DIR)
    .sort()
    .map((file) => {
      const article = loadArticleFromFile(seedPath(file))
      return { file, article, analysis: analyze(article) }
    })
}

export function seedByPrefix(seeds: LoadedSeed[], prefix: string): LoadedSeed {
  const s = seeds.find((x) => x.file.startsWith(prefix))
  if (!s) throw new Error(`no seed ${prefix}`)
  return s
}
