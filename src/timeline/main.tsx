// Timeline page: `src/timeline/index.html?counterpart=<name>` — every event with that leader.
import { render } from 'preact'
import '../shared/theme.css'
import '../shared/extension-page.css'
import './timeline.css'
import { historyCsv, historyMarkdown } from '../core/compare'
import { downloadText, fileName } from '../shared/download'
import { extensionUrl, readerUrl, send } from '../shared/ext'
import { errorText, t, uiLanguage } from '../shared/i18n'
import { TimelineView } from './Timeline'
import { showStatus } from '../shared/page-status'

async function main(): Promise<void> {
  const app = document.getElementById('app')!
  document.documentElement.lang = uiLanguage().startsWith('zh') ? 'zh-CN' : 'en'
  const counterpart = new URLSearchParams(location.search).get('counterpart')?.trim()
  if (!counterpart) return showStatus(app, t('timelineNeedName'), 'no-name')
  document.title = t('timelineTitle', counterpart)
  showStatus(app, t('loading'), 'loading')
  const res = await send({ type: 'get-history', counterpart })
  if (!res.ok) return showStatus(app, errorText('panel', res.error), res.error.code)
  const compareUrl = (a: string, b: string) =>
    extensionUrl(`src/compare/index.html?${new URLSearchParams({ a, b })}`)
  const onExport = (kind: 'md' | 'csv') => {
    const lang = uiLanguage().startsWith('zh') ? 'zh' : 'en'
    const base = `${counterpart}-history`
    if (kind === 'md')
      downloadText(
        document,
        document.body,
        fileName(base, 'md'),
        historyMarkdown(counterpart, res.history, lang),
        'text/markdown',
      )
    else
      downloadText(
        document,
        document.body,
        fileName(base, 'csv'),
        historyCsv(res.history),
        'text/csv',
      )
  }
  app.replaceChildren()
  render(
    <TimelineView
      counterpart={counterpart}
      history={res.history}
      readerUrl={readerUrl}
      compareUrl={compareUrl}
      onExport={onExport}
    />,
    app,
  )
}

void main()
