// A request answered in parts on a port: the content script's client (shared/ext.ts
// sendInParts) against the background's end (background/request-port.ts), joined by an
// in-memory port pair; the real annotate-page handler on a real (fake-indexeddb) index.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { articleToWire } from '../../../src/core/analysis-wire'
import { parseText } from '../../../src/core/intake'
import type { CorpusIndex } from '../../../src/core/types'
import { handleRequest, type Services } from '../../../src/background/handlers'
import { serveRequestPort, type PortServer } from '../../../src/background/request-port'
import { parseRequest } from '../../../src/background/validate-message'
import { seedFromCorpus } from '../../../src/background/seed'
import { dropSearchCache } from '../../../src/background/search/cache'
import { sendInParts } from '../../../src/shared/ext'
import { EARLY_HOLD_MS, EARLY_TAKEN, type Request } from '../../../src/shared/messages'
import { decodePageAnalysis } from '../../../src/shared/page-analysis'
import { defaultSettings } from '../../../src/shared/settings'
import { freshDb, testServices } from './helpers'

type Fn = (m: unknown) => void

/** One end of a port; `peer` receives what it posts, asynchronously as browsers do. */
class End {
  peer!: End
  open = true
  readonly posted: unknown[] = []
  private readonly onMsg = new Set<Fn>()
  private readonly onGone = new Set<() => void>()
  constructor(
    readonly name: string,
    readonly sender?: { id: string; url: string; tab: { id: number } },
  ) {}
  onMessage = {
    addListener: (f: Fn) => void this.onMsg.add(f),
    removeListener: (f: Fn) => void this.onMsg.delete(f),
  }
  onDisconnect = { addListener: (f: () => void) => void this.onGone.add(f) }
  postMessage(m: unknown): void {
    if (!this.open) throw new Error('Attempting to use a disconnected port object')
    this.posted.push(m)
    const copy = JSON.parse(JSON.stringify(m)) as unknown
    setTimeout(() => {
      if (this.peer.open) for (const f of [...this.peer.onMsg]) f(copy)
    }, 0)
  }
  disconnect(): void {
    if (!this.open) return
    this.open = false
    this.peer.open = false
    setTimeout(() => {
      for (const f of this.peer.onGone) f()
    }, 0)
  }
}

const TAB = { id: 'ext', url: 'https://news.sina.com.cn/c/x.shtml', tab: { id: 7 } }

/** A fake extension API for the client whose `connect` hands the other end to `serve`. */
function installClient(serve: (end: End) => void): { ends: End[] } {
  const ends: End[] = []
  ;(globalThis as Record<string, unknown>).chrome = {
    runtime: {
      id: 'ext',
      connect({ name }: { name: string }) {
        const client = new End(name)
        const server = new End(name, TAB)
        client.peer = server
        server.peer = client
        ends.push(client, server)
        serve(server)
        return client
      },
    },
  }
  return { ends }
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome
})

const shipped = JSON.parse(readFileSync('src/corpus/index.json', 'utf8')) as CorpusIndex
const seedText = readFileSync('src/corpus/seeds/003_7213e1fea3ab3801.txt', 'utf8')

async function services(): Promise<Services> {
  dropSearchCache()
  const { db } = freshDb()
  await seedFromCorpus(db, shipped)
  const settings = { ...defaultSettings(), saveVisited: true }
  return testServices(db, { settings: async () => settings })
}

function annotateRequest() {
  const article = parseText(seedText, { url: TAB.url })
  return { type: 'annotate-page' as const, article: articleToWire(article), url: TAB.url }
}

const realServer = (svc: Services): PortServer => ({
  accept: (m) => parseRequest(m),
  run: (req, sender, early) => handleRequest(req, sender, svc, early),
})

describe('a request on a port', () => {
  it('paints from the early part; the panel comes after, once the page took the paint', async () => {
    const svc = await services()
    const order: string[] = []
    const real = realServer(svc)
    installClient((end) =>
      serveRequestPort(end, {
        ...real,
        run: (req, sender, early) =>
          real.run(req, sender, async (part) => {
            await early(part)
            order.push('background goes on')
          }),
      }),
    )
    const parts = sendInParts(annotateRequest())
    let restCame = false
    void parts.rest.then(() => (restCame = true))
    const early = await parts.early
    order.push('early')
    if (!early.ok) throw new Error(early.error.message)
    const page = decodePageAnalysis(early.json, seedText.length + 1000)
    expect(page?.plan.groups.length).toBeGreaterThan(0)
    // Held: nothing of the rest runs while the page paints (well within EARLY_HOLD_MS).
    await new Promise((r) => setTimeout(r, 20))
    expect(restCame).toBe(false)
    expect(order).toEqual(['early'])
    parts.taken()
    const rest = await parts.rest
    expect(order).toEqual(['early', 'background goes on'])
    if (!rest.ok) throw new Error(rest.error.message)
    expect(rest.saved).toBe(true)
    expect(rest.panel.ok).toBe(true)
    if (rest.panel.ok) expect(rest.panel.sections.phrases).toBeDefined()
  })

  it('goes on without the page after EARLY_HOLD_MS', async () => {
    const svc = await services()
    installClient((end) => serveRequestPort(end, realServer(svc)))
    const parts = sendInParts(annotateRequest())
    expect((await parts.early).ok).toBe(true)
    const t0 = Date.now()
    const rest = await parts.rest // never taken
    expect(rest.ok).toBe(true)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(EARLY_HOLD_MS - 20)
  })

  it('a port closed after the paint ends the rest as unreachable, not a hang', async () => {
    let serverEnd: End | null = null
    installClient((end) => {
      serverEnd = end
      serveRequestPort(end, {
        accept: (m) => parseRequest(m),
        // Answers the early part, then the background goes away (updated, restarted).
        run: async (_req, _sender, early) => {
          await early({ json: '{}', ms: 1 })
          serverEnd!.disconnect()
          return new Promise(() => undefined)
        },
      })
    })
    const parts = sendInParts(annotateRequest())
    const early = await parts.early
    expect(early.ok).toBe(true)
    parts.taken()
    const rest = await parts.rest
    expect(rest).toMatchObject({ ok: false, error: { code: 'unreachable' } })
  })

  it('a request the background refuses closes the port: both parts unreachable', async () => {
    const { ends } = installClient((end) =>
      serveRequestPort(end, { accept: () => null, run: () => Promise.reject(new Error('no')) }),
    )
    const parts = sendInParts(annotateRequest())
    expect(await parts.early).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    expect(await parts.rest).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    expect(ends.every((e) => !e.open)).toBe(true)
  })

  it('a failed handler is the rest failure, in the one failure shape', async () => {
    installClient((end) =>
      serveRequestPort(end, {
        accept: (m) => parseRequest(m),
        run: async () => ({ ok: false, error: { code: 'quota', message: 'full' } }),
      }),
    )
    const parts = sendInParts(annotateRequest())
    expect(await parts.early).toEqual({ ok: false, error: { code: 'quota', message: 'full' } })
    expect(await parts.rest).toEqual({ ok: false, error: { code: 'quota', message: 'full' } })
  })

  it('aborting (navigation, teardown) closes the port and settles both parts', async () => {
    let served: End | null = null
    let gone = false
    installClient((end) => {
      served = end
      end.onDisconnect.addListener(() => (gone = true))
      // Never answers.
      serveRequestPort(end, { accept: (m) => parseRequest(m), run: () => new Promise(() => {}) })
    })
    const ac = new AbortController()
    const parts = sendInParts(annotateRequest(), ac.signal)
    await new Promise((r) => setTimeout(r, 5))
    ac.abort()
    expect(await parts.early).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    expect(await parts.rest).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    await new Promise((r) => setTimeout(r, 5))
    expect(served!.open).toBe(false)
    expect(gone).toBe(true)
  })

  it('the client says it took the early part with EARLY_TAKEN, once', async () => {
    const { ends } = installClient((end) =>
      serveRequestPort(end, {
        accept: (m) => parseRequest(m),
        run: async (_req, _sender, early) => {
          await early({})
          return { ok: true }
        },
      }),
    )
    const parts = sendInParts(annotateRequest())
    await parts.early
    parts.taken()
    parts.taken()
    await parts.rest
    const client = ends[0]!
    expect(client.posted.filter((m) => m === EARLY_TAKEN)).toHaveLength(1)
    expect((client.posted[0] as Request).type).toBe('annotate-page')
  })

  it('a context whose extension is gone answers unreachable at once', async () => {
    const parts = sendInParts(annotateRequest())
    expect(await parts.early).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    expect(await parts.rest).toMatchObject({ ok: false, error: { code: 'unreachable' } })
  })
})
