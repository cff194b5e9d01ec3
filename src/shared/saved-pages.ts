// "Import saved pages" (options → background): what goes over the wire for one file and what
// comes back. The options page reads each file (File API) and sends its bytes as base64, one
// message per file, so no message grows past one page; the background decodes, reads and
// analyses it with build-index's intake and rule, and answers with one report.
import type { ArticleWire } from '../core/analysis-wire'
import type { IntakeErrorCode } from '../core/intake'
import type { Article, EventKind } from '../core/types'

/** Larger files are refused before they are read (a saved readout is 20-300 KB). */
export const MAX_SAVED_PAGE_BYTES = 5 * 1024 * 1024
/** Base64 of MAX_SAVED_PAGE_BYTES. */
export const MAX_SAVED_PAGE_BASE64 = Math.ceil(MAX_SAVED_PAGE_BYTES / 3) * 4
/** Decoded text of a file (UTF-16 units) never exceeds its bytes. */
export const MAX_SAVED_PAGE_CHARS = MAX_SAVED_PAGE_BYTES

/** The extensions the picker offers (build-index reads the same). */
export const SAVED_PAGE_ACCEPT = '.html,.htm,.shtml,.xhtml,.md,.markdown,.txt,.text'

/** The indexed event a file became part of, as the report names it. */
export interface EventRef {
  id: string
  date: string | null
  kind: EventKind
  counterpart: string | null
  title: string
}

/** Why a file gave no text to analyse. */
export type UnreadableReason = IntakeErrorCode | 'too-large'

/**
 * One file's outcome: `added` (a new event), `merged` (the same event from another source:
 * the stored event gained it), `duplicate` (already in the index as it is), `not-readout`
 * (read, but the detector says no or finds no event), `unreadable` (why in `reason`).
 */
export type SavedPageReport =
  | { result: 'added' | 'merged' | 'duplicate'; event: EventRef; outlet: string | null }
  | { result: 'not-readout'; confidence: number; noEvent: boolean }
  | { result: 'unreadable'; reason: UnreadableReason; detail: string }

/** A source read into an Article by the site code (offscreen document in Chromium). */
export type SourceRead =
  | { article: ArticleWire; format: Article['format'] }
  | { error: { code: IntakeErrorCode; message: string } }

/** base64 → bytes; null when it is not base64. */
export function base64Bytes(b64: string): Uint8Array | null {
  let bin: string
  try {
    bin = atob(b64)
  } catch {
    return null
  }
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
