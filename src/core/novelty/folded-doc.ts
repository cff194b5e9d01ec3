// A readout's paragraphs folded as search folds them (so its strings compare with the index's
// texts), joined by '\n' (no clause runs across paragraphs), with a map back to the source.
import { foldWithMap } from '../fold-map'

export interface FoldedDoc {
  text: string
  /** map[i] = source index of folded char i; the '\n' between paragraphs maps to its paragraph end. */
  map: Int32Array
}

export function foldParagraphs(
  source: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
): FoldedDoc {
  const parts: string[] = []
  const maps: Int32Array[] = []
  for (const p of paragraphs) {
    const f = foldWithMap(source.slice(p.start, p.end))
    const map = new Int32Array(f.text.length + 1)
    for (let i = 0; i < f.text.length; i++) map[i] = p.start + f.map[i]!
    map[f.text.length] = p.end
    parts.push(f.text)
    maps.push(map)
  }
  const text = parts.join('\n')
  const map = new Int32Array(text.length + 1)
  let at = 0
  maps.forEach((m, k) => {
    const len = parts[k]!.length
    map.set(m.subarray(0, len + 1), at)
    at += len + 1
  })
  if (maps.length === 0) map[0] = 0
  return { text, map }
}

/** Source range of folded range [fs, fe). */
export function sourceRange(
  doc: FoldedDoc,
  fs: number,
  fe: number,
): { start: number; end: number } {
  const start = doc.map[fs]!
  return { start, end: fe > fs ? doc.map[fe - 1]! + 1 : start }
}
