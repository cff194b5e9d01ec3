// What the background knows about a page from the index, computed in the same request that
// analyses the page (the `annotate-page` and `read-event` messages) and rendered by the panel.
//
// Each key of `PanelSections` is one section, computed by one function registered in
// background/panel-sections.ts; a section is absent when it does not apply (or its feature is
// not there yet). To add a section: declare its data here, register its builder there, and
// render it from a component in this folder (Panel.tsx lists them).
import type { HistoryEntry, SinceLast } from '../../core/compare'
import type { EventKind, EventSource, FirstAppearance, RelatedReason } from '../../core/types'
import type { OtherSideView } from '../../core/pairing/other-side-view'
import type { LensError, PhraseStat } from '../messages'

/** A link target: the event's source page when one is known (http/https), else the reader. */
export interface EventRef {
  id: string
  url: string | null
}

export interface RelatedCall extends EventRef {
  date: string | null
  kind: EventKind
  title: string
  score: number
  /** Why it is related, as data: the panel words it in the UI language. */
  reasons: RelatedReason[]
}

export interface PanelSections {
  /** The page's own event in the index: its id and where it was published. */
  event?: { id: string; saved: boolean; sources: EventSource[] }
  /** Phrase history: first seen / in how many of `total` indexed events (this page excluded). */
  phrases?: { stats: Record<string, PhraseStat>; total: number }
  /** Earlier related calls, best first. */
  related?: { calls: RelatedCall[] }
  /** Per mention of another event (Analysis.mentions order): the indexed event, or null. */
  mentions?: { events: Array<EventRef | null> }
  /**
   * The other side's readout of this event (the Chinese one on an English page, the White
   * House's or the Kremlin's on a Chinese one): a link and the topics compared.
   */
  otherSide?: { views: OtherSideView[] }
  /** What changed since the latest earlier event with the counterpart (null: none in the
   *  index), and every earlier event with them, newest first (core/compare). */
  since?: { sinceLast: SinceLast | null; history: HistoryEntry[] }
  /**
   * New formulations (core/novelty): the phrases of category `new` are in the analysis; here,
   * how many earlier events they were compared with, and for each `coined` phrase key where
   * it was first said.
   */
  novelty?: { earlier: number; firsts: Record<string, FirstAppearance> }
}

/** The index's part of the panel: its sections, or why the index could not be read. */
export type PanelIndex =
  { ok: true; eventId: string | null; sections: PanelSections } | { ok: false; error: LensError }
