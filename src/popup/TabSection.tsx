// What the current tab is: a recognised readout (with its event), or another page that can be
// annotated on request.
import { useEffect, useState } from 'preact/hooks'
import type { TabStatus } from '../shared/messages'
import { send } from '../shared/ext'
import { dateLabel, kindLabel, t } from '../shared/i18n'
import { browser, readerHref as readerUrl } from './browser'

export interface ActiveTab {
  id: number
  url: string
}

export function TabSection({
  tab,
  onStatus,
}: {
  tab: ActiveTab | null
  /** Told the tab's status once known (the results compare with an analysed readout). */
  onStatus?: (status: TabStatus | null) => void
}) {
  const [status, setStatus] = useState<TabStatus | null | undefined>(undefined)
  const [annotating, setAnnotating] = useState<'idle' | 'busy' | string>('idle')

  useEffect(() => {
    if (!tab) return
    void send({ type: 'get-tab-status', tabId: tab.id }).then((r) => {
      const got = r.ok ? r.status : null
      setStatus(got)
      onStatus?.(got)
    })
  }, [tab?.id])

  if (!tab || !/^https?:/.test(tab.url)) return null
  if (status?.isReadout && status.eventId) {
    return (
      <section class="tab" aria-labelledby="tab-h" data-testid="tab-readout">
        <h2 id="tab-h">{t('popupTabReadout')}</h2>
        <p>
          <span class="date">{dateLabel(status.date ?? null)}</span> ·{' '}
          {kindLabel(status.kind ?? 'other')}
          {status.counterpart ? ` · ${status.counterpart}` : ''}
        </p>
        <p>
          <a href={readerUrl(status.eventId)} target="_blank" rel="noreferrer">
            {status.title}
          </a>
        </p>
      </section>
    )
  }
  const annotate = async () => {
    setAnnotating('busy')
    const r = await send({ type: 'annotate-tab', tabId: tab.id })
    if (r.ok && !(await browser.tabs.getCurrent())) window.close()
    else if (r.ok) setAnnotating('idle')
    else setAnnotating(r.error.message)
  }
  return (
    <section class="tab" aria-label={t('popupTabNotReadout')} data-testid="tab-other">
      {status && <p>{t('popupTabNotReadout')}</p>}
      <button type="button" onClick={annotate} disabled={annotating === 'busy'}>
        {annotating === 'busy' ? t('popupAnnotating') : t('popupAnnotate')}
      </button>
      {annotating !== 'idle' && annotating !== 'busy' && (
        <p role="alert">{t('popupAnnotateFailed', annotating)}</p>
      )}
    </section>
  )
}

/** The tab the popup is about: `?tab=<id>` (tests, or opened from elsewhere) or the active one. */
export async function activeTab(): Promise<ActiveTab | null> {
  const param = new URLSearchParams(location.search).get('tab')
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null)
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null
}
