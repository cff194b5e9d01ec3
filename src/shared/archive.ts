// The archive import's state as the background keeps it in storage.local (ARCHIVE_KEY): the
// options page and the popup read it and follow storage.onChanged for live progress.
import type { ArchiveJob, Politeness } from '../core/archive'

export const ARCHIVE_KEY = 'archiveJob'

export interface ArchiveRecord {
  job: ArchiveJob
  politeness: Politeness
  startedAt: string
  updatedAt: string
}

export function isArchiveRecord(v: unknown): v is ArchiveRecord {
  const r = v as ArchiveRecord | null
  return (
    !!r &&
    typeof r === 'object' &&
    !!r.job &&
    typeof r.job.daysTotal === 'number' &&
    typeof r.job.status === 'string' &&
    !!r.politeness
  )
}

/** Whole-number percent of the days scanned. */
export function archivePercent(job: ArchiveJob): number {
  return job.daysTotal ? Math.floor((100 * job.daysDone) / job.daysTotal) : 100
}
