// Test helpers: seeds through the real intake (src/node/load-article.ts), and a tiny builder
// for hand-written readouts (one paragraph per non-empty line, offsets into the text).
import { join } from 'node:path'
import { readdirSync } from 'node:fs'
import { loadArticleFromFile } from '../../../src/node/load-article'
import type { Article, Paragraph } from '../../../src/core/types'

const SEEDS = join(__dirname, '../../../src/corpus/seeds')

export function seedArticle(prefix: string): Article {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no seed ${prefix}`)
  return loadArticleFromFile(join(SEEDS, file))
}

export function articleOf(
  text: string,
  opts: { title?: string; published?: string | null; url?: string | null } = {},
): Article {
  const paragraphs: Paragraph[] = []
  const re = /[^\n]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (m[0].trim() === '') continue
    paragraphs.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return {
    title: opts.title ?? paragraphs[0]?.text ?? '',
    published: opts.published === undefined ? null : opts.published,
    outlet: null,
    url: opts.url ?? null,
    text,
    paragraphs,
    format: 'text',
  }
}
