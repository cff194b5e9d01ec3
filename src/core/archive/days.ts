// Calendar days as `YYYY-MM-DD` strings (UTC arithmetic: no time zone can shift a day).

const DAY_MS = 86_400_000

function toMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`)
}

export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const t = toMs(s)
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s
}

export function addDays(day: string, n: number): string {
  return new Date(toMs(day) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysInRange(from: string, to: string): number {
  return Math.max(0, Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1)
}

/** The first 新闻联播 day page the archive holds. */
export const CCTV_FIRST_DAY = '2016-03-30'
