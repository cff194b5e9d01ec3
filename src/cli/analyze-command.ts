// `readout-lens analyze <file>`: file → Article → Analysis (+ related events) → report or JSON.
import { analyze } from '../core/analyze'
import { rankRelated } from '../core/index/related'
import type { RelatedEvent } from '../core/types'
import { builtInIndexPath, readCorpusIndex } from '../node/corpus-index'
import { loadArticleFromFile } from '../node/load-article'
import { colorEnabled, makeStyle } from './colors'
import { toAnalyzeJson } from './json-output'
import { renderReport } from './report'
import type { CliIO } from './io'

export interface AnalyzeArgs {
  file: string
  url?: string
  published?: string
  json: boolean
  index?: string
}

export function runAnalyze(args: AnalyzeArgs, io: CliIO): number {
  const article = loadArticleFromFile(args.file, {
    url: args.url ?? null,
    published: args.published ?? null,
  })
  const analysis = analyze(article)

  let related: RelatedEvent[] = []
  let note: string | null = null
  const indexPath = args.index ?? builtInIndexPath(io.moduleUrl)
  if (indexPath) {
    // An explicit --index that cannot be read is an error; readCorpusIndex throws with the reason.
    const events = readCorpusIndex(indexPath).events
    // Related calls are about readouts; a page that is not one gets none.
    related = analysis.isReadout ? rankRelated(analysis, events) : []
  } else {
    note = 'built-in index not found (run `npm run build`); related events skipped'
    io.stderr.write(`readout-lens: ${note}\n`)
  }

  if (args.json) {
    io.stdout.write(`${JSON.stringify(toAnalyzeJson(analysis, related), null, 2)}\n`)
  } else {
    io.stdout.write(
      renderReport(analysis, related, makeStyle(colorEnabled(io.stdout, io.env)), note),
    )
  }
  return 0
}
