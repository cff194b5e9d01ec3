// `readout-lens compare A B`: two readouts side by side (aligned sentences, unmatched ones,
// formulations added and dropped, speaker shares) as a report, JSON or Markdown.
import { analyze } from '../core/analyze'
import { compare, comparisonMarkdown, docFromAnalysis } from '../core/compare'
import { readFamiliesFile } from '../node/families-file'
import { loadArticleFromFile } from '../node/load-article'
import { compareSides } from '../core/pairing/compare-sides'
import { colorEnabled, makeStyle } from './colors'
import { renderSides } from './sides-report'
import { toSidesJson } from './sides-json'
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
  const sides = args.files.map((file, i) => {
    const article = loadArticleFromFile(file, { url: args.urls[i] ?? null, published: null })
    return { article, analysis: analyze(article) }
  })
  const docs = sides.map((s) => docFromAnalysis(s.analysis))
  const cmp = compare(docs[0]!, docs[1]!, { families })
  // Topics and who asked, across languages too (a Chinese readout and the White House's).
  const bySide = compareSides(sides[0]!, sides[1]!)
  if (args.format === 'json') {
    const json = { ...toCompareJson(cmp), ...toSidesJson(bySide) }
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  } else if (args.format === 'markdown') io.stdout.write(comparisonMarkdown(cmp))
  else {
    const style = makeStyle(colorEnabled(io.stdout, io.env))
    io.stdout.write(renderComparison(cmp, style) + renderSides(bySide, style))
  }
  return 0
}
