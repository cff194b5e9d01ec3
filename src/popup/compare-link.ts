// Where a result's "Compare" goes: against the analysed readout in the active tab (older on
// the left), or, without one, against the previous event with the same counterpart (the
// compare page finds it from `?b=` alone).
import { extensionUrl } from '../shared/ext'

export interface TabEvent {
  id: string
  date: string | null
}

export function compareQuery(
  hit: { id: string; date: string | null },
  tab: TabEvent | null,
): URLSearchParams {
  if (!tab || tab.id === hit.id) return new URLSearchParams({ b: hit.id })
  // Undated events sort first: the compare page shows the dated one as the later readout.
  const hitFirst = (hit.date ?? '') <= (tab.date ?? '')
  const [a, b] = hitFirst ? [hit.id, tab.id] : [tab.id, hit.id]
  return new URLSearchParams({ a, b })
}

export function compareHref(hit: { id: string; date: string | null }, tab: TabEvent | null) {
  return extensionUrl(`src/compare/index.html?${compareQuery(hit, tab)}`) ?? '#'
}
