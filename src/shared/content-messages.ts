// Messages the background (or an extension page) may send TO a content script with
// tabs.sendMessage. Anything else is ignored.
export type ContentRequest =
  /** Annotate this page now, even if detection said it is not a readout (popup / context menu). */
  | { type: 'annotate-now' }
  /** What the content script did on this page. */
  | { type: 'content-status' }

export interface ContentStatus {
  state: 'idle' | 'waiting' | 'not-readout' | 'annotating' | 'annotated' | 'stopped'
  mode: 'auto' | 'request' | null
  url: string
  highlights: number
}

/**
 * Set to true in the content script's world (scripting.executeScript with `func`) right
 * before injecting the content script file, to make a fresh instance annotate on request.
 */
export const REQUEST_FLAG = '__readoutLensAnnotateRequest'

export function isContentRequest(msg: unknown): msg is ContentRequest {
  if (!msg || typeof msg !== 'object') return false
  const type = (msg as { type?: unknown }).type
  return type === 'annotate-now' || type === 'content-status'
}
