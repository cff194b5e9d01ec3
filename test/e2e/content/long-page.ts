// Long readout pages for timing: the Sina fixture with its wire paragraphs repeated until the
// article holds about `chars` characters (event line still at the top, as on real pages).
import { readFileSync } from 'node:fs'

export function longSinaPage(fixtureHtml: string, chars: number): string {
  const lines = fixtureHtml.split('\n')
  const paras = lines.filter((l) => l.startsWith('<p cms-style="font-L">'))
  const block = paras.join('\n')
  const blockChars = block.replace(/<[^>]*>/g, '').length
  const copies = Math.max(0, Math.ceil(chars / blockChars) - 1)
  const last = lines.lastIndexOf(paras[paras.length - 1]!)
  return [
    ...lines.slice(0, last + 1),
    ...Array.from({ length: copies }, () => block),
    ...lines.slice(last + 1),
  ].join('\n')
}

export function longSinaPageFromFile(file: string, chars: number): string {
  return longSinaPage(readFileSync(file, 'utf8'), chars)
}
