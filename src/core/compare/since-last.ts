// "Since <date>, <kind> with <counterpart>": what a readout changes against the latest earlier
// event with the same counterpart in the index — formulations added and dropped, a change of
// kind or of who asked (应约), and the wording chosen in each variant family.
import type { Analysis, EventKind, IndexedEvent } from '../types'
import { BUILT_IN_FAMILIES, type VariantFamily } from './families'
import { diffFormulations, formulationsOf } from './formulations'
import { cite, eventsWith, type CitedFormulation } from './history'
import { docFromAnalysis, docFromIndexed, foldedText } from './readout-doc'
import { readFamilies, type FamilyReading } from './variants'

export interface Change<T> {
  from: T
  to: T
}

export interface SinceLast {
  counterpart: string
  /** The latest earlier event with the counterpart. */
  event: { id: string; date: string | null; kind: EventKind; title: string; url: string | null }
  /** How many earlier events with the counterpart the index holds. */
  earlier: number
  added: CitedFormulation[]
  dropped: CitedFormulation[]
  /** null when the kind is the same. */
  kind: Change<EventKind> | null
  /** Who asked (应约): null when the same side asked (or nobody, both times). */
  requestedBy: Change<string | null> | null
  variants: FamilyReading[]
}

export interface SinceLastOptions {
  families?: readonly VariantFamily[]
}

/** null when the readout has no counterpart or the index holds no earlier event with them. */
export function sinceLast(
  analysis: Analysis,
  index: readonly IndexedEvent[],
  opts: SinceLastOptions = {},
): SinceLast | null {
  const ev = analysis.event
  const counterpart = ev?.counterpart?.name
  if (!ev || !counterpart) return null
  const doc = docFromAnalysis(analysis)
  // An undated readout is taken as the newest: every dated event with the counterpart precedes it.
  const earlier = eventsWith(counterpart, index, { before: ev.date ?? '9999', excludeId: doc.id })
  const last = earlier[earlier.length - 1]
  if (!last) return null
  const lastDoc = docFromIndexed(last)
  const diff = diffFormulations(formulationsOf(last.phrases), formulationsOf(analysis.phrases), {
    before: foldedText(lastDoc),
    now: foldedText(doc),
  })
  return {
    counterpart,
    event: { id: last.id, date: last.date, kind: last.kind, title: last.title, url: lastDoc.url },
    earlier: earlier.length,
    added: diff.added.map((f) => cite(doc, f)),
    dropped: diff.dropped.map((f) => cite(lastDoc, f)),
    kind: last.kind === ev.kind ? null : { from: last.kind, to: ev.kind },
    requestedBy:
      last.requestedBy === ev.requestedBy ? null : { from: last.requestedBy, to: ev.requestedBy },
    variants: readFamilies(doc, earlier.map(docFromIndexed), opts.families ?? BUILT_IN_FAMILIES),
  }
}
