// The archive import's fetcher in Node: global fetch, a timeout per request, the Retry-After
// header read for 429/503.
import { parseRetryAfter, type ArchiveFetcher } from '../core/archive'

const USER_AGENT = 'readout-lens (archive import; one request at a time)'

export function httpFetcher(timeoutMs = 30_000): ArchiveFetcher {
  return {
    async get(url) {
      const res = await fetch(url, {
        headers: { 'user-agent': USER_AGENT },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'follow',
      })
      const body = await res.text()
      return {
        status: res.status,
        body,
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()),
      }
    },
  }
}
