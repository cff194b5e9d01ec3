// Options → "Past readouts": fill the index from the 新闻联播 archive (tv.cctv.com day pages),
// newest day first, in the background. Start / pause / resume / cancel; progress follows the
// job's state in storage (shared/archive-progress.tsx).
import { useState } from 'preact/hooks'
import { addDays, CCTV_FIRST_DAY } from '../core/archive/days'
import { ArchiveProgress, useArchiveRecord } from '../shared/archive-progress'
import { extApi, send } from '../shared/ext'
import { errorText, t } from '../shared/i18n'

const TV_CCTV = ['*://tv.cctv.com/*']

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** Default range: the last three years (never before the archive's first day). */
export function defaultRange(now = today()): { from: string; to: string } {
  const [y, m, d] = now.split('-').map(Number) as [number, number, number]
  // (29 February three years back rolls over to 1 March.)
  const from = addDays(new Date(Date.UTC(y - 3, m - 1, d)).toISOString().slice(0, 10), 1)
  return { from: from < CCTV_FIRST_DAY ? CCTV_FIRST_DAY : from, to: now }
}

export function PastReadouts() {
  const record = useArchiveRecord()
  const [range, setRange] = useState(defaultRange)
  const [note, setNote] = useState<string | null>(null)
  const status = record?.job.status
  const active = status === 'running' || status === 'paused' || status === 'stopped'

  const start = (e: Event) => {
    e.preventDefault()
    setNote(null)
    if (range.from > range.to) return setNote(t('archiveBadRange'))
    // Firefox MV3 treats host permissions as optional: ask now, inside the click.
    const asked = extApi()?.permissions?.request({ origins: TV_CCTV })
    void Promise.resolve(asked ?? true).then(
      async (granted) => {
        if (!granted) return setNote(t('archiveNoPermission'))
        const r = await send({ type: 'archive-start', from: range.from, to: range.to })
        if (!r.ok) setNote(errorText('options', r.error))
      },
      (err: unknown) => setNote(t('optionsError', String(err))),
    )
  }
  const control = async (action: 'pause' | 'resume' | 'cancel') => {
    setNote(null)
    const r = await send({ type: 'archive-control', action })
    if (!r.ok) setNote(errorText('options', r.error))
  }
  return (
    <section aria-labelledby="h-archive" data-testid="past-readouts">
      <h2 id="h-archive">{t('archiveTitle')}</h2>
      <p class="help">{t('archiveHelp')}</p>
      <form class="archive-range" onSubmit={start}>
        <DateField
          label={t('archiveFrom')}
          testId="archive-from"
          value={range.from}
          onInput={(from) => setRange({ ...range, from })}
        />
        <DateField
          label={t('archiveTo')}
          testId="archive-to"
          value={range.to}
          onInput={(to) => setRange({ ...range, to })}
        />
        <button type="submit" data-testid="archive-start" disabled={status === 'running'}>
          {t('archiveStart')}
        </button>
      </form>
      {record && <ArchiveProgress record={record} />}
      {active && (
        <p class="archive-controls">
          {status === 'running' ? (
            <button type="button" data-testid="archive-pause" onClick={() => void control('pause')}>
              {t('archivePause')}
            </button>
          ) : (
            <button
              type="button"
              data-testid="archive-resume"
              onClick={() => void control('resume')}
            >
              {t('archiveResume')}
            </button>
          )}
          <button type="button" data-testid="archive-cancel" onClick={() => void control('cancel')}>
            {t('archiveCancel')}
          </button>
        </p>
      )}
      {note && (
        <p class="error" role="alert" data-testid="archive-note">
          {note}
        </p>
      )}
    </section>
  )
}

/** One end of the range: a day the archive has (from CCTV_FIRST_DAY to today). */
function DateField(props: {
  label: string
  testId: string
  value: string
  onInput(value: string): void
}) {
  return (
    <label>
      {props.label}
      <input
        type="date"
        data-testid={props.testId}
        min={CCTV_FIRST_DAY}
        max={today()}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        required
      />
    </label>
  )
}
