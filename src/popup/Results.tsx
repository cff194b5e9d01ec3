// Search results: a list navigable with the arrow keys (each result's title link takes focus;
// Enter opens the event in the reader), with the source page and a comparison as other actions.
import type { SearchHit } from '../shared/messages'
import { t } from '../shared/i18n'
import { browser, readerHref as readerUrl } from './browser'
import { dateLabel, kindLabel } from '../shared/i18n'
import { compareHref, type TabEvent } from './compare-link'
import { Snippet } from './Snippet'

export function openTab(url: string): void {
  void browser.tabs.create({ url }).then(async () => {
    // A real popup closes once the user has chosen; the popup page opened in a tab stays.
    if (!(await browser.tabs.getCurrent())) window.close()
  })
}

function moveFocus(from: HTMLElement, delta: number | 'first' | 'last', searchbox: () => void) {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a.result-main'))
  const i = links.indexOf(from as HTMLAnchorElement)
  const next =
    delta === 'first'
      ? 0
      : delta === 'last'
        ? links.length - 1
        : Math.min(links.length - 1, i + delta)
  if (next < 0) searchbox()
  else links[next]?.focus()
}

export function Results({
  hits,
  onEscape,
  tabEvent,
}: {
  hits: SearchHit[]
  onEscape: () => void
  /** The analysed readout in the active tab, if any: what "Compare" compares a result with. */
  tabEvent: TabEvent | null
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.currentTarget as HTMLElement
    if (e.key === 'ArrowDown') moveFocus(el, 1, onEscape)
    else if (e.key === 'ArrowUp') moveFocus(el, -1, onEscape)
    else if (e.key === 'Home') moveFocus(el, 'first', onEscape)
    else if (e.key === 'End') moveFocus(el, 'last', onEscape)
    else if (e.key === 'Escape') onEscape()
    else return
    e.preventDefault()
  }
  return (
    <ul class="results" aria-label={t('popupResults')} id="results">
      {hits.map((h) => (
        <li key={h.id} class="result">
          <p class="meta">
            <span class="date">{dateLabel(h.date)}</span> ·{' '}
            <span class="kind">{kindLabel(h.kind)}</span>
            {h.counterpart && (
              <>
                {' '}
                · <span class="counterpart">{h.counterpart}</span>
              </>
            )}{' '}
            · <span class="outlets">{t('popupOutlets', h.outlets)}</span>
          </p>
          <a
            class="result-main"
            href={readerUrl(h.id)}
            data-id={h.id}
            onKeyDown={onKeyDown}
            onClick={(e) => {
              e.preventDefault()
              openTab(readerUrl(h.id))
            }}
          >
            {h.title}
          </a>
          <Snippet text={h.snippet} marks={h.marks} />
          <p class="actions">
            {h.url && (
              <button type="button" class="open-source" onClick={() => openTab(h.url!)}>
                {t('popupOpenSource')}
              </button>
            )}
            <button type="button" class="open-reader" onClick={() => openTab(readerUrl(h.id))}>
              {t('popupOpenReader')}
            </button>
            <button
              type="button"
              class="open-compare"
              title={
                tabEvent && tabEvent.id !== h.id ? t('popupCompareTab') : t('popupComparePrevious')
              }
              onClick={() => openTab(compareHref(h, tabEvent))}
            >
              {t('popupCompare')}
            </button>
          </p>
        </li>
      ))}
    </ul>
  )
}
