// A local HTTP server that answers for the news sites' REAL hostnames: the browsers route
// those hostnames to it (Chromium: host-resolver rules; Firefox: proxy prefs, which send
// absolute-URI requests), and https URLs are fulfilled from the same table through request
// interception. So the manifest's match patterns decide injection, as on the live sites.
// Requests no tab makes (an extension's background fetching https) reach it through the proxy's
// CONNECT, answered by a TLS server with a throwaway self-signed certificate (the browser is
// told to accept it).
import { execFileSync } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https'
import { connect, type AddressInfo } from 'node:net'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURE_SITES_DIR, SEEDS_DIR } from './paths'

/** One site's fixtures, from test/fixtures/sites/<id>/{readout.html,other.html,meta.json}. */
export interface FixtureSite {
  id: string
  /** The readout page's real URL (served with readout.html). */
  url: string
  /** A non-readout page on the same site (served with other.html). */
  otherUrl: string
  readoutFile: string
  otherFile: string
  /** meta.json as written by the fixture author (may hold more fields). */
  meta: Record<string, unknown>
}

export interface Served {
  status: number
  contentType: string
  body: Buffer
}

/** A readout on a host the extension does NOT match: it must get no content script. */
export const UNMATCHED_URL = 'http://www.example.org/news/2021-08-25/readout.html'
/** Host that serves any fixture URL's page again, where no content script runs. */
export const MIRROR_HOST = 'mirror.readout-lens.test'
/** A plain page on an unmatched host. */
export const UNMATCHED_PLAIN_URL = 'http://www.example.org/'

export function loadFixtureSites(dir = FIXTURE_SITES_DIR): FixtureSite[] {
  if (!existsSync(dir)) return []
  const sites: FixtureSite[] = []
  for (const id of readdirSync(dir).sort()) {
    const metaPath = join(dir, id, 'meta.json')
    if (!existsSync(metaPath)) continue
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>
    if (typeof meta.url !== 'string' || typeof meta.otherUrl !== 'string') {
      throw new Error(`${metaPath}: "url" and "otherUrl" must be strings`)
    }
    sites.push({
      id,
      url: meta.url,
      otherUrl: meta.otherUrl,
      readoutFile: join(dir, id, 'readout.html'),
      otherFile: join(dir, id, 'other.html'),
      meta,
    })
  }
  return sites
}

/** Key for the route table: scheme-less so http and https share fixtures; no fragment. */
function routeKey(url: string): string {
  const u = new URL(url)
  return `${u.host}${u.pathname}${u.search}`
}

/** The unmatched-host readout: the first seed readout's HTML body in a bare page. */
function unmatchedReadoutHtml(): string {
  const seed = readdirSync(SEEDS_DIR)
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
    .find((src) => src.includes('<p>'))
  const body = seed ? seed.replace(/^---[\s\S]*?\n---\s*/, '') : '<p>习近平同普京通电话。</p>'
  const title = /title:\s*'([^']*)'/.exec(seed ?? '')?.[1] ?? 'Readout'
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><article>${body}</article></body></html>`
}

type Body = string | Buffer | (() => string | Buffer)
/** A route's HTTP status: fixed, or asked per request (a 429 only the first time…). */
type Status = number | (() => number)
type Route = { body: Body; contentType: string; status?: Status }

export class FixtureServer {
  readonly sites: FixtureSite[]
  /** Absolute URLs requested so far (http and intercepted https alike). */
  readonly requests: string[] = []
  private readonly routes = new Map<string, Route>()
  private server = createServer((req, res) => this.onRequest(req, res, 'http'))
  private tls: TlsServer | null = null
  /** CONNECT tunnels: the http server's closeAllConnections does not see them. */
  private tunnels = new Set<{ destroy(): void }>()
  port = 0

  constructor(sites = loadFixtureSites()) {
    this.sites = sites
    for (const site of sites) {
      this.route(site.url, () => readFileSync(site.readoutFile))
      this.route(site.otherUrl, () => readFileSync(site.otherFile))
    }
    this.route(UNMATCHED_URL, unmatchedReadoutHtml)
    this.route(
      UNMATCHED_PLAIN_URL,
      '<!doctype html><html><head><meta charset="utf-8"><title>Example</title></head><body><h1>Example Domain</h1><p>Nothing to see.</p></body></html>',
    )
  }

  /** Serve `body` at `url` (http or https; replaces an earlier route for the same URL). */
  route(url: string, body: Body, contentType = 'text/html; charset=utf-8', status?: Status): void {
    this.routes.set(routeKey(url), { body, contentType, status })
  }

  /** Every hostname with at least one route. */
  hosts(): string[] {
    return [...new Set([...this.routes.keys()].map((k) => k.split('/')[0]!.split(':')[0]!))]
  }

  /** The same page as `url`, served at MIRROR_HOST (an unmatched host). */
  mirrorUrl(url: string): string {
    return `http://${MIRROR_HOST}/?url=${encodeURIComponent(url)}`
  }

  /** The response for an absolute URL; records the request. */
  respond(url: string): Served {
    this.requests.push(url)
    return this.peek(url)
  }

  /** The response for an absolute URL, without recording a request. */
  peek(url: string): Served {
    const parsed = URL.canParse(url) ? new URL(url) : null
    if (parsed?.host === MIRROR_HOST) {
      const original = parsed.searchParams.get('url')
      if (original) return this.peek(original)
    }
    let route: Route | undefined
    try {
      route = this.routes.get(routeKey(url))
    } catch {
      route = undefined
    }
    if (!route) {
      return { status: 404, contentType: 'text/plain', body: Buffer.from(`no fixture for ${url}`) }
    }
    const raw = typeof route.body === 'function' ? route.body() : route.body
    const status = typeof route.status === 'function' ? route.status() : (route.status ?? 200)
    return { status, contentType: route.contentType, body: Buffer.from(raw) }
  }

  /** Whether a request for this URL was served (any scheme). */
  wasRequested(url: string): boolean {
    const key = routeKey(url)
    return this.requests.some((r) => {
      try {
        return routeKey(r) === key
      } catch {
        return false
      }
    })
  }

  async start(): Promise<this> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok))
    this.port = (this.server.address() as AddressInfo).port
    this.tls = startTls((req, res) => this.onRequest(req, res, 'https'))
    if (this.tls) {
      const tls = this.tls
      await new Promise<void>((ok) => tls.listen(0, '127.0.0.1', ok))
      const tlsPort = (tls.address() as AddressInfo).port
      // `CONNECT host:443` from the proxy prefs: tunnel to the TLS server.
      this.server.on('connect', (_req, socket, head) => {
        const upstream = connect(tlsPort, '127.0.0.1', () => {
          socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
          if (head.length) upstream.write(head)
          upstream.pipe(socket)
          socket.pipe(upstream)
        })
        const drop = () => {
          upstream.destroy()
          socket.destroy()
          this.tunnels.delete(tunnel)
        }
        const tunnel = { destroy: drop }
        this.tunnels.add(tunnel)
        socket.on('close', drop)
        upstream.on('error', drop)
        socket.on('error', drop)
      })
    } else {
      this.server.on('connect', (_req, socket) => socket.end('HTTP/1.1 502 No TLS\r\n\r\n'))
    }
    return this
  }

  async close(): Promise<void> {
    for (const t of [...this.tunnels]) t.destroy()
    if (this.tls?.listening) {
      this.tls.closeAllConnections()
      await new Promise<void>((ok) => this.tls!.close(() => ok()))
    }
    if (!this.server.listening) return
    this.server.closeAllConnections()
    await new Promise<void>((ok) => this.server.close(() => ok()))
  }

  private onRequest(req: IncomingMessage, res: ServerResponse, scheme: 'http' | 'https'): void {
    // Through a proxy the request line holds the absolute URI; through host-resolver rules
    // (or the TLS tunnel) it holds the path and the Host header names the site.
    const raw = req.url ?? '/'
    const url = /^https?:\/\//.test(raw)
      ? raw
      : `${scheme}://${req.headers.host ?? 'localhost'}${raw}`
    const served = this.respond(url)
    res.writeHead(served.status, {
      'content-type': served.contentType,
      'cache-control': 'no-store',
      connection: 'close',
    })
    res.end(served.body)
  }
}

/** A TLS server with a fresh self-signed certificate (openssl), or null without openssl. */
function startTls(handler: (req: IncomingMessage, res: ServerResponse) => void): TlsServer | null {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'rl-tls-'))
    const key = join(dir, 'key.pem')
    const cert = join(dir, 'cert.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=readout-lens-fixtures',
      ],
      { stdio: 'ignore' },
    )
    return createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler)
  } catch {
    return null
  }
}

export async function startFixtureServer(sites?: FixtureSite[]): Promise<FixtureServer> {
  return new FixtureServer(sites).start()
}
