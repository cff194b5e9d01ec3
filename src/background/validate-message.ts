// Every message the background receives is checked here, from the table in
// src/shared/messages.ts: its fields against the message's schema, and its sender against the
// message's `from`. Anything else is dropped (the caller gets no reply).
//
// Senders: content scripts (sender.tab set, http(s) page, our extension id) and our own pages
// (sender.url under runtime.getURL('')).
import { MESSAGES, type MessageType, type Request, type SenderKind } from '../shared/messages'
import { field, isObj } from '../shared/schema'

export type { SenderKind }

export interface SenderInfo {
  id?: string
  url?: string
  tab?: { id?: number }
}

export function senderKind(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null
  if (sender.url && sender.url.startsWith(extensionOrigin)) return 'page'
  if (
    sender.tab &&
    typeof sender.tab.id === 'number' &&
    sender.url &&
    /^https?:\/\//.test(sender.url)
  )
    return 'content'
  return null
}

const isMessageType = (t: unknown): t is MessageType =>
  typeof t === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, t)

/** The message as a Request when it matches its table entry; null otherwise. */
export function parseRequest(msg: unknown): Request | null {
  if (!isObj(msg)) return null
  const type = field(msg, 'type')
  if (!isMessageType(type)) return null
  return MESSAGES[type].request(msg) ? (msg as Request) : null
}

/** Shape and sender together: the request to handle, or null to ignore the message. */
export function acceptMessage(
  msg: unknown,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): { req: Request; from: SenderKind } | null {
  const from = senderKind(sender, extensionId, extensionOrigin)
  if (!from) return null
  const req = parseRequest(msg)
  if (!req) return null
  const def = MESSAGES[req.type]
  if (!(def.from as readonly SenderKind[]).includes(from)) return null
  if (
    from === 'content' &&
    'ownTab' in def &&
    (req as { tabId?: unknown }).tabId !== sender.tab?.id
  )
    return null
  return { req, from }
}
