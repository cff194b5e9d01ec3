// A local tv.cctv.com for tests: serves the saved 2023 day pages and readout stories of
// ../shared/realpages/cctv (read at test time, never copied), 404 for every other story, and
// per-path overrides (status codes, bodies) for the failure cases.
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REAL_CCTV = fileURLToPath(
  new URL('../../../../shared/realpages/cctv', import.meta.url),
)

export interface Override {
  status: number
  body?: string
  headers?: Record<string, string>
  /** Answer like this only the first n times, then serve normally. */
  times?: number
}

export interface CctvMirror {
  origin: string
  requests: string[]
  override(path: string, o: Override): void
  close(): Promise<void>
}

export function realPage(path: string): string | null {
  const day = /^\/lm\/xwlb\/day\/(\d{8})\.shtml$/.exec(path)
  if (day) {
    const f = join(REAL_CCTV, 'days', `${day[1]}.shtml`)
    return existsSync(f) ? readFileSync(f, 'utf8') : null
  }
  const story = /^\/\d{4}\/\d{2}\/\d{2}\/(VIDE[A-Za-z0-9]+\.shtml)$/.exec(path)
  if (story) {
    const f = join(REAL_CCTV, 'readouts', story[1]!)
    return existsSync(f) ? readFileSync(f, 'utf8') : null
  }
  return null
}

export async function startCctvMirror(): Promise<CctvMirror> {
  const overrides = new Map<string, Override>()
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    requests.push(path)
    const o = overrides.get(path)
    if (o && (o.times === undefined || o.times > 0)) {
      if (o.times !== undefined) o.times--
      res.writeHead(o.status, { 'content-type': 'text/html; charset=utf-8', ...o.headers })
      res.end(o.body ?? '')
      return
    }
    const page = realPage(path)
    res.writeHead(page === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page ?? 'not found')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    override: (path, o) => overrides.set(path, o),
    close: () => new Promise((r) => server.close(() => r())),
  }
}
