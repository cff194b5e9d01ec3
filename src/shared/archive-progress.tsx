// The archive import's progress as the options page and the popup show it: a bar of the days
// scanned, the readouts added and merged, the day at hand, problems and why it stopped.
// Follows storage.onChanged, so every open page shows the background's progress live.
import { useEffect, useState } from 'preact/hooks'
import type { ArchiveJob, ArchiveProblem, ProblemCause } from '../core/archive'
import { ARCHIVE_KEY, archivePercent, isArchiveRecord, type ArchiveRecord } from './archive'
import { extApi, storageGet } from './ext'
import { t } from './i18n'

/** The import's record in storage, kept current. */
export function useArchiveRecord(): ArchiveRecord | null {
  const [record, setRecord] = useState<ArchiveRecord | null>(null)
  useEffect(() => {
    void storageGet<unknown>(ARCHIVE_KEY).then((r) => setRecord(isArchiveRecord(r) ? r : null))
    const api = extApi()
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(ARCHIVE_KEY in changes)) return
      const next = changes[ARCHIVE_KEY]!.newValue
      setRecord(isArchiveRecord(next) ? next : null)
    }
    api?.storage.onChanged.addListener(onChange)
    return () => api?.storage.onChanged.removeListener(onChange)
  }, [])
  return record
}

const STATUS_KEY = {
  running: 'archiveRunning',
  paused: 'archivePaused',
  done: 'archiveDone',
  stopped: 'archiveStopped',
  cancelled: 'archiveCancelled',
} as const

/** A problem's cause in the UI language. */
export function causeText(c: ProblemCause): string {
  switch (c.code) {
    case 'missing':
      return t('archiveCause_missing', c.status)
    case 'http':
      return t('archiveCause_http', c.status, c.tries)
    case 'network':
      return t('archiveCause_network', c.tries, c.message)
    case 'too-large':
      return t('archiveCause_too_large', c.chars)
    case 'not-story':
      return t('archiveCause_not_story')
    case 'empty-story':
      return t('archiveCause_empty_story')
    case 'not-day-page':
      return t('archiveCause_not_day_page')
    case 'not-readout':
      return t('archiveCause_not_readout', c.confidence.toFixed(2))
    case 'no-event':
      return t('archiveCause_no_event')
  }
}

/** The headline and cause of a problem (its English `detail` for records without a cause). */
function problemText(p: ArchiveProblem): string {
  if (!p.cause) return p.detail
  return p.title ? `${p.title}: ${causeText(p.cause)}` : causeText(p.cause)
}

/** Why the job stopped, in the UI language (English `stopReason` for older records). */
export function stopText(job: ArchiveJob): string | null {
  const stop = job.stop
  if (!stop) return job.stopReason
  if (stop.code === 'failures')
    return t('archiveStopFailures', stop.count, causeText(stop.last), stop.url)
  return stop.quota ? t('archiveStopQuota') : t('archiveStopWrite', stop.message)
}

export function ArchiveProgress({
  record,
  compact = false,
}: {
  record: ArchiveRecord
  compact?: boolean
}) {
  const { job } = record
  const problems = Object.values(job.problemCounts).reduce((a, b) => a + (b ?? 0), 0)
  const stopped = stopText(job)
  return (
    <div class="archive-progress" data-testid="archive-progress" data-status={job.status}>
      <progress max={job.daysTotal} value={job.daysDone} aria-label={t('archiveDaysLabel')} />
      <p data-testid="archive-counts">
        {t(STATUS_KEY[job.status])} ·{' '}
        {t(
          'archiveCounts',
          job.daysDone,
          job.daysTotal,
          archivePercent(job),
          job.added,
          job.merged,
        )}
        {job.day && job.status !== 'done' ? ` · ${t('archiveDayAtHand', job.day)}` : ''}
        {problems ? ` · ${t('archiveProblems', problems)}` : ''}
        {job.slowdowns ? ` · ${t('archiveSlowed', job.slowdowns)}` : ''}
      </p>
      {stopped && (
        <p class="error" role="alert" data-testid="archive-stop-reason">
          {stopped}
        </p>
      )}
      {!compact && job.problems.length > 0 && (
        <details data-testid="archive-problems">
          <summary>{t('archiveProblemList', problems)}</summary>
          <ul>
            {job.problems
              .slice()
              .reverse()
              .map((p) => (
                <li key={`${p.url}|${p.day}|${p.kind}`} data-kind={p.kind}>
                  {p.day} · {t(`archiveProblem_${p.kind.replace('-', '_')}`)} · {problemText(p)}
                </li>
              ))}
          </ul>
        </details>
      )}
    </div>
  )
}
