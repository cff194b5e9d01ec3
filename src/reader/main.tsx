// Reader page: `src/reader/index.html?id=<eventId>` shows a stored event with the same
// highlights and panel as a live page: one `read-event` request, and the background analyses
// the stored text with the same analyze as every page.
import './reader.css'
import { analysisFromWire } from '../core/analysis-wire'
import type { ReaderEvent } from '../shared/messages'
import { decodePageAnalysis } from '../shared/page-analysis'
import { hiddenBySettings, loadSettings } from '../shared/page-settings'
import { readerUrl, send } from '../shared/ext'
import { errorText, kindLabel, t, uiLanguage } from '../shared/i18n'
import { safeHttpUrl } from '../shared/safe-url'
import { showAnnotations } from '../shared/view'
import { buildArticleBody } from './build-article'
import { exposeInspection } from '../shared/inspect'
import { showStatus } from '../shared/page-status'

function renderMeta(ev: ReaderEvent): HTMLElement {
  const meta = document.createElement('div')
  meta.className = 'meta'
  const line = document.createElement('p')
  line.style.margin = '0'
  line.textContent = [ev.date ?? t('undated'), kindLabel(ev.kind), ev.participants.join('、')]
    .filter(Boolean)
    .join(' · ')
  meta.append(line)
  if (ev.sources.length) {
    const label = document.createElement('span')
    label.textContent = t('readerSources')
    const ul = document.createElement('ul')
    ul.dataset.testid = 'reader-sources'
    for (const s of ev.sources) {
      const li = document.createElement('li')
      const href = safeHttpUrl(s.url)
      const name = [s.outlet, s.published].filter(Boolean).join(' ') || s.title
      if (href) {
        const a = document.createElement('a')
        a.href = href
        a.target = '_blank'
        a.rel = 'noopener noreferrer'
        a.textContent = name
        li.append(a)
      } else li.textContent = name
      ul.append(li)
    }
    meta.append(label, ul)
  }
  return meta
}

async function main(): Promise<void> {
  const app = document.getElementById('app')!
  document.documentElement.lang = uiLanguage().startsWith('zh') ? 'zh-CN' : 'en'
  document.title = t('readerTitle')
  const id = new URLSearchParams(location.search).get('id')
  if (!id) return showStatus(app, t('readerNoId'), 'no-id')
  showStatus(app, t('readerLoading'), 'loading')

  const res = await send({ type: 'read-event', id })
  if (!res.ok) return showStatus(app, errorText('panel', res.error), res.error.code)
  if (!res.event) return showStatus(app, t('readerNotFound'), 'not-found')
  const ev = res.event
  const page = decodePageAnalysis(res.json)
  const analysis = page && analysisFromWire(page.analysis, ev.text)
  if (!analysis) return showStatus(app, t('indexError'), 'error')

  document.title = `${ev.title} – ${t('panelTitle')}`
  const article = document.createElement('article')
  article.lang = 'zh'
  const h1 = document.createElement('h1')
  h1.textContent = ev.title
  const { root, nodes } = buildArticleBody(document, ev.text)
  article.append(h1, renderMeta(ev), root)
  app.replaceChildren(article)

  const settings = await loadSettings()
  await showAnnotations(document, nodes, analysis, {
    context: 'reader',
    lowConfidence: false,
    articleRoot: root,
    eventLink: readerUrl,
    signal: new AbortController().signal,
    hidden: (n) => hiddenBySettings(settings, n),
    panel: res.panel,
  })
}

exposeInspection()
void main()
