// `readout-lens build-index <dir> -o <file>`: every source file in <dir> → one CorpusIndex.
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { IntakeError } from '../core/intake/errors'
import { indexArticles } from '../core/index/build'
import { recordFirsts } from '../core/novelty/firsts'
import type { Article, CorpusIndex } from '../core/types'
import { writeCorpusIndex } from '../node/corpus-index'
import { loadArticleFromFile } from '../node/load-article'
import type { CliIO } from './io'

const SOURCE_EXT = /\.(txt|text|md|markdown|s?html?|xhtml)$/i

export interface BuildIndexArgs {
  dir: string
  output: string
}

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue
    const path = join(dir, name)
    const st = statSync(path)
    if (st.isDirectory()) out.push(...sourceFiles(path))
    else if (SOURCE_EXT.test(name)) out.push(path)
  }
  return out
}

export function runBuildIndex(args: BuildIndexArgs, io: CliIO): number {
  let files: string[]
  try {
    if (!statSync(args.dir).isDirectory()) throw new Error('not a directory')
    files = sourceFiles(args.dir)
  } catch {
    io.stderr.write(`readout-lens: ${args.dir}: not a readable directory.\n`)
    return 1
  }
  const articles: Article[] = []
  for (const f of files) {
    try {
      articles.push(loadArticleFromFile(f))
    } catch (err) {
      if (!(err instanceof IntakeError)) throw err
      io.stderr.write(`readout-lens: skipped ${err.message}\n`)
    }
  }
  if (articles.length === 0) {
    io.stderr.write(`readout-lens: ${args.dir}: no readable .txt/.md/.html files.\n`)
    return 1
  }
  const { events, skipped } = indexArticles(articles)
  for (const s of skipped)
    io.stderr.write(`readout-lens: skipped ${s.url ?? s.title}: ${s.reason}\n`)
  const index: CorpusIndex = {
    format: 'readout-lens-index',
    version: 1,
    builtAt: new Date().toISOString(),
    events,
    firsts: recordFirsts(events),
  }
  let unchanged: boolean
  try {
    mkdirSync(dirname(args.output), { recursive: true })
    unchanged = writeCorpusIndex(args.output, index).unchanged
  } catch (err) {
    io.stderr.write(`readout-lens: cannot write ${args.output}: ${(err as Error).message}\n`)
    return 1
  }
  const sources = events.reduce((n, e) => n + e.sources.length, 0)
  io.stdout.write(
    `${args.output}: ${events.length} events from ${sources} pages (${files.length} files read), ${index.firsts!.length} first appearances${unchanged ? ', unchanged' : ''}\n`,
  )
  return 0
}
