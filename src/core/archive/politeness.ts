// How the archive import treats the server, as named data: one request at a time, spaced by
// `1000 / ratePerSecond` ms; a 429 or 5xx is retried after a growing pause (or the server's
// Retry-After), and a 429 also doubles the spacing for the rest of the run; after
// `maxFailuresInRow` requests that failed in a row the import stops and says why.
export interface Politeness {
  /** Requests per second at most (default 2). */
  ratePerSecond: number
  /** Retries of one request answered 429 / 5xx / network error. */
  maxRetries: number
  /** First pause before a retry; doubled at each further retry. */
  backoffMs: number
  /** Longest pause (also caps Retry-After and the slowed-down spacing). */
  maxBackoffMs: number
  /** Requests that failed (after their retries) one after another before the import stops. */
  maxFailuresInRow: number
}

export const POLITE: Politeness = {
  ratePerSecond: 2,
  maxRetries: 3,
  backoffMs: 2_000,
  maxBackoffMs: 60_000,
  maxFailuresInRow: 3,
}

export function intervalOf(p: Politeness): number {
  return Math.ceil(1000 / Math.max(0.01, p.ratePerSecond))
}

/** Pause before retry `attempt` (0-based); the server's Retry-After wins when it says more. */
export function retryDelay(p: Politeness, attempt: number, retryAfterMs: number | null): number {
  const own = p.backoffMs * 2 ** attempt
  return Math.min(p.maxBackoffMs, Math.max(own, retryAfterMs ?? 0))
}

/** `Retry-After: 120` or an HTTP date → ms from `now`, null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (!value) return null
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const t = Date.parse(value)
  return Number.isNaN(t) ? null : Math.max(0, t - now)
}

export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500
}
