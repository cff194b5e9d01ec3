// A counterpart's whole timeline: every indexed event, newest first, with kind, 应约, place and
// the formulations it introduced; each can be read, compared with the one before it, or two
// can be picked for the compare view. Exports as Markdown and CSV.
import { useState } from 'preact/hooks'
import type { HistoryEntry } from '../core/compare'
import { categoryLabel, kindLabel, t } from '../shared/i18n'
import { safeHttpUrl } from '../shared/safe-url'

export interface TimelineProps {
  counterpart: string
  history: HistoryEntry[]
  readerUrl(id: string): string | null
  compareUrl(a: string, b: string): string | null
  onExport(kind: 'md' | 'csv'): void
}

export function TimelineView({
  counterpart,
  history,
  readerUrl,
  compareUrl,
  onExport,
}: TimelineProps) {
  const [picked, setPicked] = useState<string[]>([])
  const toggle = (id: string, on: boolean) =>
    setPicked((p) =>
      on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id),
    )
  // Older one as A: the view reads B against A.
  const pair = [...picked].sort(
    (x, y) => history.findIndex((h) => h.id === y) - history.findIndex((h) => h.id === x),
  )
  const selectedUrl = pair.length === 2 ? compareUrl(pair[0]!, pair[1]!) : null
  return (
    <div class="timeline-page" data-testid="timeline">
      <header class="top">
        <h1>{t('timelineTitle', counterpart)}</h1>
        <div class="controls">
          {selectedUrl ? (
            <a class="button" href={selectedUrl} data-testid="compare-selected">
              {t('timelineCompareSelected')}
            </a>
          ) : (
            <button type="button" disabled data-testid="compare-selected">
              {t('timelineCompareSelected')}
            </button>
          )}
          <button type="button" data-testid="export-history-md" onClick={() => onExport('md')}>
            {t('exportHistoryMd')}
          </button>
          <button type="button" data-testid="export-history-csv" onClick={() => onExport('csv')}>
            {t('exportHistoryCsv')}
          </button>
        </div>
      </header>
      {history.length === 0 ? (
        <p class="status" data-state="empty">
          {t('timelineEmpty', counterpart)}
        </p>
      ) : (
        <ol class="events" role="list">
          {history.map((h, i) => {
            const prev = history[i + 1]
            const src = h.sources.find((s) => s.url) ?? h.sources[0]
            const href = safeHttpUrl(src?.url ?? null)
            const reader = readerUrl(h.id)
            const cmp = prev ? compareUrl(prev.id, h.id) : null
            return (
              <li key={h.id} data-event={h.id}>
                <div class="when">
                  <input
                    type="checkbox"
                    checked={picked.includes(h.id)}
                    aria-label={t(
                      'timelineSelect',
                      `${h.date ?? t('undated')} ${kindLabel(h.kind)}`,
                    )}
                    onChange={(e) => toggle(h.id, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <time>{h.date ?? t('undated')}</time>
                </div>
                <div class="what">
                  <p class="line">
                    <strong>{kindLabel(h.kind)}</strong>
                    {h.requestedBy && <span> · 应约 {h.requestedBy}</span>}
                    {h.place && <span> · {h.place}</span>}
                  </p>
                  <p class="title">
                    {reader ? <a href={reader}>{h.title}</a> : h.title}
                    {href && (
                      <>
                        {' · '}
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {src?.outlet ?? href}
                        </a>
                      </>
                    )}
                  </p>
                  {h.introduced.length > 0 && (
                    <p class="introduced" data-testid="introduced">
                      <span class="muted">{t('historyNew', h.introduced.length)}: </span>
                      {h.introduced.map((f) => (
                        <span
                          key={f.key}
                          class="chip"
                          title={`${categoryLabel(f.category)}: ${f.sentence}`}
                        >
                          {f.text}
                        </span>
                      ))}
                    </p>
                  )}
                  {cmp && (
                    <a href={cmp} class="compare-prev" data-testid="compare-prev">
                      {t('timelineComparePrev')}
                    </a>
                  )}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}
