// The side-by-side reading order of a comparison: A's sentences in order, each matched one next
// to its B sentence, and every sentence only B has placed after the row of the nearest earlier
// matched B sentence (so it appears where B says it). Shared by the CLI report and the page.
import type { Comparison } from './compare'

export type CompareRow =
  | { kind: 'pair'; a: number; b: number; similarity: number; identical: boolean }
  | { kind: 'onlyA'; a: number }
  | { kind: 'onlyB'; b: number }

export function rowsOf(cmp: Comparison): CompareRow[] {
  const pairOfA = new Map(cmp.aligned.map((p) => [p.a, p]))
  const aOfB = new Map(cmp.aligned.map((p) => [p.b, p.a]))
  const after = new Map<number, number[]>()
  for (const j of cmp.onlyB) {
    let k = j - 1
    while (k >= 0 && !aOfB.has(k)) k--
    const at = k >= 0 ? aOfB.get(k)! : -1
    const list = after.get(at)
    if (list) list.push(j)
    else after.set(at, [j])
  }
  const rows: CompareRow[] = []
  const onlyB = (at: number) => {
    for (const b of after.get(at) ?? []) rows.push({ kind: 'onlyB', b })
  }
  onlyB(-1)
  for (let a = 0; a < cmp.a.sentences.length; a++) {
    const p = pairOfA.get(a)
    rows.push(
      p
        ? { kind: 'pair', a, b: p.b, similarity: p.similarity, identical: p.identical }
        : { kind: 'onlyA', a },
    )
    onlyB(a)
  }
  return rows
}
