// `readout-lens history <counterpart>`: every event with that leader in the index, newest
// first, with what each introduced — as a report, JSON, Markdown or CSV.
import { history, historyCsv, historyMarkdown } from '../core/compare'
import { normalize } from '../core/normalize'
import { builtInIndexPath, IndexFileError, readCorpusIndex } from '../node/corpus-index'
import { colorEnabled, makeStyle } from './colors'
import { toHistoryJson } from './compare-json'
import { historyLines } from './compare-report'
import type { CliIO } from './io'
import { printable } from './report'

export interface HistoryArgs {
  counterpart: string
  index?: string
  format: 'report' | 'json' | 'markdown' | 'csv'
}

export function runHistory(args: HistoryArgs, io: CliIO): number {
  const path = args.index ?? builtInIndexPath(io.moduleUrl)
  if (!path)
    throw new IndexFileError('built-in index not found (run `npm run build`); pass --index FILE.')
  // Names in the index are canonical simplified forms: 普丁 and 普京 find the same leader.
  const name = normalize(args.counterpart.trim()).text
  const h = history(name, readCorpusIndex(path).events)
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(toHistoryJson(h), null, 2)}\n`)
  else if (args.format === 'csv') io.stdout.write(historyCsv(h))
  else if (args.format === 'markdown') io.stdout.write(historyMarkdown(name, h))
  else {
    const s = makeStyle(colorEnabled(io.stdout, io.env))
    io.stdout.write(
      [s.heading(`History with ${printable(name)} (${h.length})`), ...historyLines(h, s)].join(
        '\n',
      ) + '\n',
    )
  }
  return 0
}
