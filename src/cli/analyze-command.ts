// `readout-lens analyze <file>`: file → Article → Analysis (+ related events) → report or JSON.
import { analyze } from '../core/analyze'
import {
  annotationsMarkdown,
  docFromAnalysis,
  history,
  sinceLast,
  type HistoryEntry,
  type SinceLast,
} from '../core/compare'
import { rankRelated } from '../core/index/related'
import { noveltyAgainstIndex, type PageNovelty } from '../core/novelty'
import type { RelatedEvent } from '../core/types'
import { builtInIndexPath, readCorpusIndex } from '../node/corpus-index'
import { readFamiliesFile } from '../node/families-file'
import { loadArticleFromFile } from '../node/load-article'
import { colorEnabled, makeStyle } from './colors'
import { toHistoryJson, toSinceLastJson } from './compare-json'
import { sinceLastLines } from './compare-report'
import { toAnalyzeJson } from './json-output'
import { renderReport } from './report'
import type { CliIO } from './io'

export interface AnalyzeArgs {
  file: string
  url?: string
  published?: string
  json: boolean
  markdown?: boolean
  /** The report says which attribution rule decided each turn. */
  explain?: boolean
  index?: string
  families?: string
}

export function runAnalyze(args: AnalyzeArgs, io: CliIO): number {
  const article = loadArticleFromFile(args.file, {
    url: args.url ?? null,
    published: args.published ?? null,
  })
  const analysis = analyze(article)
  const { families, problems } = readFamiliesFile(args.families)
  for (const p of problems) io.stderr.write(`readout-lens: ${p}\n`)

  let related: RelatedEvent[] = []
  let since: SinceLast | null = null
  let past: HistoryEntry[] = []
  let novelty: PageNovelty = { novel: [], firstSeen: [] }
  let note: string | null = null
  const indexPath = args.index ?? builtInIndexPath(io.moduleUrl)
  if (indexPath) {
    // An explicit --index that cannot be read is an error; readCorpusIndex throws with the reason.
    const index = readCorpusIndex(indexPath)
    const events = index.events
    // Related calls and new formulations are about readouts; a page that is not one gets none.
    related = analysis.isReadout ? rankRelated(analysis, events) : []
    if (analysis.isReadout) novelty = noveltyAgainstIndex(article, analysis, index)
    const ev = analysis.event
    if (analysis.isReadout && ev?.counterpart) {
      since = sinceLast(analysis, events, { families })
      past = history(ev.counterpart.name, events, {
        before: ev.date ?? '9999',
        excludeId: docFromAnalysis(analysis).id,
      })
    }
  } else {
    note = 'built-in index not found (run `npm run build`); related events skipped'
    io.stderr.write(`readout-lens: ${note}\n`)
  }

  if (args.json) {
    const json = {
      ...toAnalyzeJson(analysis, related, novelty),
      sinceLast: toSinceLastJson(since),
      history: toHistoryJson(past),
    }
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  } else if (args.markdown) {
    io.stdout.write(annotationsMarkdown(analysis))
  } else {
    const style = makeStyle(colorEnabled(io.stdout, io.env))
    const report = renderReport(analysis, related, style, note, novelty, args.explain === true)
    const extra =
      analysis.isReadout && !note ? `\n${sinceLastLines(since, past, style).join('\n')}\n` : ''
    io.stdout.write(report + extra)
  }
  return 0
}
