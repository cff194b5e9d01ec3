// Shown when the user asked to annotate a page that has no article text to analyse, or that
// could not be analysed (no background answered, or the text is beyond what it accepts).
import { render } from 'preact'
import { t } from '../shared/i18n'
import { createPanelHost } from '../shared/panel/host'

export type NoticeKind = 'no-article' | 'failed'

export function showNotice(
  doc: Document,
  signal: AbortSignal,
  kind: NoticeKind = 'no-article',
): { destroy(): void; session: { rangeCount: number } } {
  const host = createPanelHost(doc, 'page')
  const destroy = () => {
    render(null, host.mount)
    host.remove()
  }
  render(
    <aside class="panel" aria-label={t('panelLabel')} data-testid="panel" data-index-state="none">
      <header>
        <h2>{t('panelTitle')}</h2>
        <button type="button" class="icon-btn" onClick={destroy}>
          {t('close')}
        </button>
      </header>
      <p class="note" role="status" data-testid={kind}>
        {t(kind === 'no-article' ? 'noArticle' : 'analysisFailed')}
      </p>
    </aside>,
    host.mount,
  )
  signal.addEventListener('abort', destroy, { once: true })
  return { destroy, session: { rangeCount: 0 } }
}
