// A counterpart's history as CSV (RFC 4180, CRLF): one row per event, for spreadsheets. Cells a
// spreadsheet would run as a formula (= + - @ first) are prefixed with ' so an export is inert.
import type { HistoryEntry } from './history'

export const HISTORY_CSV_COLUMNS = [
  'id',
  'date',
  'kind',
  'requested_by',
  'place',
  'title',
  'outlet',
  'url',
  'introduced',
] as const

export function csvCell(v: string | null): string {
  let s = v ?? ''
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function historyCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((e) => {
    const src = e.sources.find((s) => s.url) ?? e.sources[0]
    return [
      e.id,
      e.date,
      e.kind,
      e.requestedBy,
      e.place,
      e.title,
      src?.outlet ?? null,
      src?.url ?? null,
      e.introduced.map((f) => f.key).join('；'),
    ]
  })
  return (
    [[...HISTORY_CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  )
}
