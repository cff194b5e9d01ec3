// The archive import's fetcher in the extension: fetch without cookies (the import is the
// same for everyone), a timeout per request, Retry-After read for 429/503.
import { parseRetryAfter, type ArchiveFetcher } from '../../core/archive'

export function extensionFetcher(timeoutMs = 30_000): ArchiveFetcher {
  return {
    async get(url) {
      const res = await fetch(url, {
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      })
      return {
        status: res.status,
        body: await res.text(),
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()),
      }
    },
  }
}
