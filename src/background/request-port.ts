// The background's end of a request's port (shared/messages.ts PORT_NAME): one request of the
// table per port, checked like every message, answered in parts — the early part as soon as
// the handler has it, then (once the client took it, or EARLY_HOLD_MS later) the rest or the
// failure. The client closes the port once it has the rest; a client that went away
// (navigation, closed tab) only stops the posting: the request's work (the save) goes on.
import {
  EARLY_HOLD_MS,
  EARLY_TAKEN,
  PORT_NAME,
  type PortPart,
  type Request,
} from '../shared/messages'
import type { SenderInfo } from './validate-message'

export interface RequestPort {
  readonly name: string
  readonly sender?: SenderInfo
  postMessage(message: unknown): void
  disconnect(): void
  onMessage: {
    addListener(fn: (message: unknown) => void): void
    removeListener(fn: (message: unknown) => void): void
  }
  onDisconnect: { addListener(fn: () => void): void }
}

export interface PortServer {
  /** The request when it is one of the table's, from an allowed sender; null otherwise. */
  accept(message: unknown, sender: SenderInfo): Request | null
  /** Runs the request, handing its early part to `early`; resolves with the rest. */
  run(req: Request, sender: SenderInfo, early: (part: object) => Promise<void>): Promise<unknown>
}

/** Serve one port; ports of other names are left alone (false). */
export function serveRequestPort(port: RequestPort, server: PortServer): boolean {
  if (port.name !== PORT_NAME) return false
  let gone = false
  /** Lets the handler go on: the client took the early part, went away, or took too long. */
  let release: (() => void) | null = null
  port.onDisconnect.addListener(() => {
    gone = true
    release?.()
  })
  const post = (part: PortPart) => {
    if (gone) return
    try {
      port.postMessage(part)
    } catch {
      gone = true // closed between two parts
    }
  }
  const onTaken = (message: unknown) => {
    if (message === EARLY_TAKEN) release?.()
  }
  const early = (part: object) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => release?.(), EARLY_HOLD_MS)
      release = () => {
        release = null
        clearTimeout(timer)
        port.onMessage.removeListener(onTaken)
        resolve()
      }
      post({ part: 'early', result: { ok: true, ...part } })
      if (gone) release()
      else port.onMessage.addListener(onTaken)
    })
  const onRequest = (message: unknown) => {
    port.onMessage.removeListener(onRequest)
    const sender = port.sender ?? {}
    const req = server.accept(message, sender)
    if (!req) {
      // Not ours or not allowed: closed unanswered, as an ignored message is.
      port.disconnect()
      return
    }
    void server.run(req, sender, early).then((result) => post({ part: 'rest', result } as PortPart))
  }
  port.onMessage.addListener(onRequest)
  return true
}
