// Formulations (提法) of a readout as a set, and what one readout adds or drops against another:
// lexicon phrases and quoted terms, keyed by their canonical form. Structure words (应约, 交换意见,
// 坦诚…) describe the event rather than a position, so they are left out.
import { PHRASE_CATEGORIES } from '../categories'
import type { PhraseCategory, PhraseHit } from '../types'

export interface Formulation {
  /** Canonical (simplified, normalised) form: what is compared. */
  key: string
  /** As first written in the readout. */
  text: string
  category: PhraseCategory
  /** Offset of the first occurrence (in the readout's text). */
  start: number
}

export interface FormulationDiff {
  added: Formulation[]
  dropped: Formulation[]
}

const ORDER = new Map(PHRASE_CATEGORIES.map((c, i) => [c, i]))

export function formulationsOf(phrases: readonly PhraseHit[]): Map<string, Formulation> {
  const out = new Map<string, Formulation>()
  for (const p of phrases) {
    if (p.category === 'structure' || out.has(p.key)) continue
    out.set(p.key, { key: p.key, text: p.text, category: p.category, start: p.start })
  }
  return out
}

/** Category order of the panel, then order of appearance. */
export function byCategory(a: Formulation, b: Formulation): number {
  return (ORDER.get(a.category) ?? 99) - (ORDER.get(b.category) ?? 99) || a.start - b.start
}

/**
 * `added`: in `now` and not in `before`; `dropped`: the reverse. With the readouts' canonical
 * texts, a formulation whose words the other readout has anyway (脱钩断链 quoted in one, plain
 * in the other; a phrase hidden inside a longer lexicon hit) is neither added nor dropped.
 */
export function diffFormulations(
  before: Map<string, Formulation>,
  now: Map<string, Formulation>,
  texts?: { before: string; now: string },
): FormulationDiff {
  const added = [...now.values()]
    .filter((f) => !before.has(f.key) && !texts?.before.includes(f.key))
    .sort(byCategory)
  const dropped = [...before.values()]
    .filter((f) => !now.has(f.key) && !texts?.now.includes(f.key))
    .sort(byCategory)
  return { added, dropped }
}

/** Groups formulations by category, in the panel's category order. */
export function groupByCategory<F extends Formulation>(
  items: readonly F[],
): Array<{ category: PhraseCategory; items: F[] }> {
  const groups = new Map<PhraseCategory, F[]>()
  for (const f of [...items].sort(byCategory)) {
    const g = groups.get(f.category)
    if (g) g.push(f)
    else groups.set(f.category, [f])
  }
  return [...groups].map(([category, list]) => ({ category, items: list }))
}
