// The stored readout as a DOM: one <p> per line of `IndexedEvent.text`, each holding one text
// node, so the stored offsets map straight onto DOM text (as collectText does on live pages).
import type { NodeStart } from '../shared/text-ranges'

export function buildArticleBody(
  doc: Document,
  text: string,
): { root: HTMLElement; nodes: NodeStart[] } {
  const root = doc.createElement('div')
  root.className = 'body'
  const nodes: NodeStart[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const p = doc.createElement('p')
      const node = doc.createTextNode(line)
      p.append(node)
      root.append(p)
      nodes.push({ node, start })
    }
    start += line.length + 1
  }
  return { root, nodes }
}
