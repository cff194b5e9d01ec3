// `readout-lens compare A B`: two readouts side by side (aligned sentences, unmatched ones,
// formulations added and dropped, speaker shares) as a report, JSON or Markdown.
import { analyze } from '../core/analyze'
import { compare, comparisonMarkdown, docFromAnalysis } from '../core/compare'
import { readFamiliesFile } from '../node/families-file'
import { loadArticleFromFile } from '../node/load-article'
import { colorEnabled, makeStyle } from './colors'
import { toCompareJson } from './compare-json'
import { renderComparison } from './compare-report'
import type { CliIO } from './io'

export interface CompareArgs {
  files: [string, string]
  urls: [string | undefined, string | undefined]
  format: 'report' | 'json' | 'markdown'
  families?: string
}

export function runCompare(args: CompareArgs, io: CliIO): number {
  const { families, problems } = readFamiliesFile(args.families)
  for (const p of problems) io.stderr.write(`readout-lens: ${p}\n`)
  const docs = args.files.map((file, i) =>
    docFromAnalysis(
      analyze(loadArticleFromFile(file, { url: args.urls[i] ?? null, published: null })),
    ),
  )
  const cmp = compare(docs[0]!, docs[1]!, { families })
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(toCompareJson(cmp), null, 2)}\n`)
  else if (args.format === 'markdown') io.stdout.write(comparisonMarkdown(cmp))
  else io.stdout.write(renderComparison(cmp, makeStyle(colorEnabled(io.stdout, io.env))))
  return 0
}
