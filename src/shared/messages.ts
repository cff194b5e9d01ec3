// THE message table: every request an extension context sends to the background is declared
// here once — its name, who may send it, the schema of its fields (the background validates
// every incoming message against it) and the type of its reply. The request and reply types,
// the background's validation (background/validate-message.ts) and its dispatch (the handler
// table in background/handlers.ts) are all derived from this table; `send` (shared/ext.ts) is
// the one client every context uses, and every reply is a `Result`.
//
// To add a message:
//   1. add an entry below: `'my-message': message<MyReply>()({ from: [...], request: {...} })`
//      — `from` is 'content' (content scripts on web pages) and/or 'page' (our extension
//      pages: popup, options, reader…); `request` names each field with a schema from
//      shared/schema.ts or shared/message-checks.ts (cap every string and array);
//   2. add its handler to HANDLERS in background/handlers.ts (the compiler insists);
//   3. call it with `send({ type: 'my-message', ...fields })` and handle `{ ok: false, error }`.
// Messages TO a content script (tabs.sendMessage) are in shared/content-messages.ts.
import type { HistoryEntry } from '../core/compare'
import type { EventKind, EventSource, IndexedEvent } from '../core/types'
import type { ArchiveRecord } from './archive'
import { archivePoliteness, articleWire, day, eventId, searchFilters, url } from './message-checks'
import type { PanelIndex } from './panel/sections'
import {
  MAX_SAVED_PAGE_BASE64,
  MAX_SAVED_PAGE_CHARS,
  type SavedPageReport,
  type SourceRead,
} from './saved-pages'
import {
  int,
  num,
  obj,
  oneOf,
  optional,
  str,
  webUrl,
  type Check,
  type Infer,
  type ObjOf,
} from './schema'

export type SenderKind = 'content' | 'page'

type None = Record<never, never>

export interface MessageDef<Req, Reply, Early = None> {
  readonly from: readonly SenderKind[]
  readonly request: Check<Req>
  /** A content script may only name its own tab in the `tabId` field. */
  readonly ownTab?: true
  /** Phantom: the reply's type (never set at run time); with `early`, the part that comes last. */
  readonly reply?: Reply
  /** Phantom: the part of the reply that is ready first. Sent ahead on a request's port
   *  (`sendInParts`, PORT_NAME); `send` gets both parts in one reply. */
  readonly early?: Early
}

type Shape = Record<string, Check<unknown>>

/** Declare a message: `message<Reply>()({ from, request: { field: schema }, ownTab? })`;
 *  `message<Rest, Early>()` for one whose reply comes in two parts (see MessageDef.early). */
export const message =
  <Reply, Early extends object = None>() =>
  <S extends Shape>(spec: {
    from: readonly SenderKind[]
    request: S
    ownTab?: true
    /** A check over the whole request, after its fields passed. */
    also?: (req: ObjOf<S>) => boolean
  }): MessageDef<ObjOf<S>, Reply, Early> => {
    const fields = obj(spec.request)
    const also = spec.also
    return {
      from: spec.from,
      request: (also ? (v: unknown) => fields(v) && also(v) : fields) as Check<ObjOf<S>>,
      ...(spec.ownTab ? { ownTab: true as const } : {}),
    }
  }

/** Extension pages a content script may ask the background to open (it cannot itself). */
export const EXTENSION_PAGES = ['compare', 'timeline'] as const
export type ExtensionPage = (typeof EXTENSION_PAGES)[number]

const CONTENT = ['content'] as const
const PAGES = ['page'] as const
const BOTH = ['content', 'page'] as const

export const MESSAGES = {
  /**
   * A page's one request (sent on a port: `sendInParts`): its article, analysed in the
   * background (warm code, off the page's thread) with its new formulations from the index;
   * that early part goes back at once so the page paints, then the tab is recorded, the
   * readout saved when saving is on, and every panel section computed.
   * Early: `json` is a PageAnalysis (shared/page-analysis.ts: analysis + paint plan), `ms` the
   * analysis time, `noveltyMs` the time spent finding its new formulations (core/novelty),
   * `startedAt`/`answeredAt` when the handler started and answered (epoch ms, diagnostics).
   * Rest: `panel` the index's part of the panel (or why it is missing).
   */
  'annotate-page': message<
    { saved: boolean; panel: PanelIndex },
    {
      json: string
      ms: number
      noveltyMs: number
      startedAt: number
      answeredAt: number
      eventId: string | null
    }
  >()({
    from: CONTENT,
    request: { article: articleWire, url: webUrl },
    also: (r) => r.article.url === null || webUrl(r.article.url),
  }),
  /** Detection said no: record it for the popup. */
  'page-not-readout': message<Record<never, never>>()({
    from: CONTENT,
    request: { url, confidence: num },
  }),
  /** The reader page's one request: a stored event, analysed like a live page, with its panel. */
  'read-event': message<
    { event: null } | { event: ReaderEvent; json: string; panel: PanelIndex }
  >()({ from: PAGES, request: { id: eventId } }),
  'get-tab-status': message<{ status: TabStatus | null }>()({
    from: BOTH,
    request: { tabId: int },
    ownTab: true,
  }),
  /** A whole stored event (pages only: nothing of the index goes to a web page unasked). */
  'get-event': message<{ event: IndexedEvent | null }>()({ from: PAGES, request: { id: eventId } }),
  search: message<SearchReply>()({
    from: PAGES,
    request: {
      query: str(1000),
      filters: optional(searchFilters),
      limit: optional((v): v is number => int(v) && v <= 100_000),
    },
  }),
  'index-info': message<{ events: number; bytes: number | null; available: boolean }>()({
    from: PAGES,
    request: {},
  }),
  'annotate-tab': message<Record<never, never>>()({ from: PAGES, request: { tabId: int } }),
  /** "Track": a formulation the panel listed becomes one of the user's custom phrases. */
  'track-phrase': message<{ added: boolean }>()({
    from: BOTH,
    request: { phrase: str(200) },
  }),
  /** The panel on a web page cannot navigate to an extension page itself (Chrome blocks it). */
  'open-reader': message<Record<never, never>>()({ from: BOTH, request: { id: eventId } }),
  /** Options → Past readouts: import the 新闻联播 archive (https://tv.cctv.com) from `to` back
   *  to `from`. `politeness` is for tests (capped); the options page never sends it. */
  'archive-start': message<{ record: ArchiveRecord }>()({
    from: PAGES,
    request: { from: day, to: day, politeness: optional(archivePoliteness) },
    also: (r) => r.from <= r.to,
  }),
  'archive-control': message<{ record: ArchiveRecord | null }>()({
    from: PAGES,
    request: { action: oneOf(['pause', 'resume', 'cancel'] as const) },
  }),
  'archive-status': message<{ record: ArchiveRecord | null }>()({ from: PAGES, request: {} }),
  /** Options → Import saved pages: one file (its name and bytes as base64), read and analysed
   *  like build-index reads a file, its event saved; the reply says what became of it. A full
   *  index is a `quota` failure (nothing of the file was written). */
  'import-saved-page': message<{ report: SavedPageReport }>()({
    from: PAGES,
    request: { name: str(500), data: str(MAX_SAVED_PAGE_BASE64) },
  }),
  /** Every indexed event with a counterpart, newest first (the timeline page). */
  'get-history': message<{ history: HistoryEntry[] }>()({
    from: BOTH,
    request: { counterpart: str(200) },
  }),
  /** Open the compare or timeline page with a query string (`a=…&b=…`, `counterpart=…`). */
  'open-page': message<Record<never, never>>()({
    from: BOTH,
    request: { page: oneOf(EXTENSION_PAGES), query: str(2000) },
  }),
} satisfies Record<string, MessageDef<unknown, unknown>>

export type MessageType = keyof typeof MESSAGES

/**
 * Messages the background sends TO the offscreen document (src/offscreen/, Chromium only:
 * its service worker has no DOMParser, so saved HTML pages are read there). `from: PAGES`:
 * the sender is an extension context (the background's URL is under the extension origin).
 */
export const OFFSCREEN_MESSAGES = {
  /** A decoded source file → the Article the site code reads from it, or the intake error. */
  'offscreen-read-source': message<{ read: SourceRead }>()({
    from: PAGES,
    request: { name: str(500), text: str(MAX_SAVED_PAGE_CHARS) },
  }),
} satisfies Record<string, MessageDef<unknown, unknown>>

export type OffscreenType = keyof typeof OFFSCREEN_MESSAGES
export type OffscreenRequestOf<K extends OffscreenType> = {
  type: K
} & ((typeof OFFSCREEN_MESSAGES)[K] extends MessageDef<infer Req, unknown> ? Req : never)
export type OffscreenResponseOf<K extends OffscreenType> = Result<
  (typeof OFFSCREEN_MESSAGES)[K] extends MessageDef<unknown, infer Reply> ? Reply : never
>

type DefOf<K extends MessageType> = (typeof MESSAGES)[K]

/** The fields of a request (without its `type`). */
export type RequestBody<K extends MessageType> =
  DefOf<K> extends MessageDef<infer Req, unknown> ? Req : never
export type RequestOf<K extends MessageType> = { type: K } & RequestBody<K>
/** Every request, discriminated by `type`. */
export type Request = { [K in MessageType]: RequestOf<K> }[MessageType]
/** The part of a reply that is ready first (empty for most messages). */
export type EarlyOf<K extends MessageType> =
  DefOf<K> extends MessageDef<unknown, unknown, infer Early> ? Early : never
/** The part of a reply that comes last (the whole reply for most messages). */
export type RestOf<K extends MessageType> =
  DefOf<K> extends MessageDef<unknown, infer Reply, unknown> ? Reply : never
/** The whole reply, as `send` gets it. */
export type ReplyOf<K extends MessageType> = EarlyOf<K> & RestOf<K>
export type ResponseOf<K extends MessageType> = Result<ReplyOf<K>>

/**
 * A request on a port: the client connects with this name and posts one request of the
 * table; the background posts the early part (when the message has one), then the rest or
 * the failure (`PortPart`). A port that closes before the rest came is an `unreachable`
 * failure (the background restarted, the extension was updated).
 *
 * Once it has used the early part the client posts EARLY_TAKEN; the background holds the
 * rest's work until then (at most EARLY_HOLD_MS), so the page's painting does not share the
 * machine with the save and the panel's queries.
 */
export const PORT_NAME = 'readout-lens-request'
export const EARLY_TAKEN = 'early-taken'
export const EARLY_HOLD_MS = 250
export type PortPart<K extends MessageType = MessageType> =
  { part: 'early'; result: { ok: true } & EarlyOf<K> } | { part: 'rest'; result: Result<RestOf<K>> }

/**
 * Every failure a caller must show: `storage-unavailable` (private window, blocked IndexedDB),
 * `quota` (storage full: nothing was changed), `invalid` (a request the background refused),
 * `internal`, `unreachable` (no background answered: restarting, updated, context gone).
 */
export type ErrorCode = 'storage-unavailable' | 'quota' | 'invalid' | 'internal' | 'unreachable'
export interface LensError {
  code: ErrorCode
  message: string
}
export type Failure = { ok: false; error: LensError }
/** One reply shape for every message. */
export type Result<T> = ({ ok: true } & T) | Failure

export type SearchFilters = Infer<typeof searchFilters>

/** A stored event as the reader shows it (its text: paragraphs joined by \n). */
export interface ReaderEvent {
  id: string
  title: string
  date: string | null
  kind: EventKind
  participants: string[]
  sources: EventSource[]
  text: string
}

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
  hits: SearchHit[]
  total: number
  totalExact: boolean
  ms: number
  phases?: { state: number; candidates: number; verify: number; hits: number }
}
