// Typed messages between content scripts, extension pages and the background.
// The background validates every incoming message (src/background/validate-message.ts) and
// checks its sender; anything that does not match one of these shapes is ignored.
import type { ArticleWire } from '../core/analysis-wire'
import type { Analysis, IndexedEvent, PhraseCategory, RelatedEvent, EventKind } from '../core/types'

export interface TabStatus {
  url: string
  isReadout: boolean
  confidence: number
  /** Present when a readout was analysed on the tab. */
  eventId?: string
  title?: string
  date?: string | null
  kind?: EventKind
  counterpart?: string | null
}

export interface SearchFilters {
  counterpart?: string
  yearFrom?: number
  yearTo?: number
  kind?: EventKind
  category?: PhraseCategory
}

export interface SearchHit {
  id: string
  date: string | null
  kind: EventKind
  counterpart: string | null
  title: string
  outlets: number
  /** Snippet text and the ranges in it to mark as matched. */
  snippet: string
  marks: Array<[number, number]>
  /** Source page to open, when one is known. */
  url: string | null
}

export interface PhraseStat {
  key: string
  /** Date of the earliest indexed event containing it. */
  firstSeen: string | null
  firstEventId: string | null
  /** Number of indexed events containing it. */
  events: number
}

/** Search results. `total` is exact unless `totalExact` is false (then an upper bound: some
 * candidates were not verified); `phases` says where the background spent its time (ms). */
export interface SearchReply {
  ok: true
  hits: SearchHit[]
  total: number
  totalExact: boolean
  ms: number
  phases?: { state: number; candidates: number; verify: number; hits: number }
}

export type Request =
  | { type: 'page-analysed'; analysis: Analysis; url: string }
  | { type: 'page-not-readout'; url: string; confidence: number }
  /** The content script's article, analysed in the background (warm code, off the page's thread). */
  | { type: 'analyse-article'; article: ArticleWire }
  | { type: 'get-tab-status'; tabId: number }
  | { type: 'get-related'; analysis: Analysis; url: string }
  | { type: 'get-phrase-stats'; keys: string[]; excludeEventId?: string }
  | { type: 'get-event'; id: string }
  | { type: 'search'; query: string; filters?: SearchFilters; limit?: number }
  | { type: 'index-info' }
  | { type: 'annotate-tab'; tabId: number }
  | { type: 'open-reader'; id: string }

export type Response<T extends Request['type']> = T extends 'page-analysed'
  ? { ok: true; eventId: string; saved: boolean } | ErrorResponse
  : T extends 'analyse-article'
    ? /** `json`: a PageAnalysis (shared/page-analysis.ts); `ms`: the background's time. */
      { ok: true; json: string; ms: number } | ErrorResponse
    : T extends 'page-not-readout'
      ? { ok: true } | ErrorResponse
      : T extends 'get-tab-status'
        ? { ok: true; status: TabStatus | null } | ErrorResponse
        : T extends 'get-related'
          ? { ok: true; related: RelatedEvent[]; eventId: string } | ErrorResponse
          : T extends 'get-phrase-stats'
            ? { ok: true; stats: PhraseStat[]; total: number } | ErrorResponse
            : T extends 'get-event'
              ? { ok: true; event: IndexedEvent | null } | ErrorResponse
              : T extends 'search'
                ? SearchReply | ErrorResponse
                : T extends 'index-info'
                  ? | { ok: true; events: number; bytes: number | null; available: boolean }
                    | ErrorResponse
                  : T extends 'annotate-tab' | 'open-reader'
                    ? { ok: true } | ErrorResponse
                    : never

/** Every failure a caller must show: `storage-unavailable` (private window, blocked IndexedDB), `quota`, `invalid`, `internal`. */
export interface ErrorResponse {
  ok: false
  error: 'storage-unavailable' | 'quota' | 'invalid' | 'internal'
  message: string
}
