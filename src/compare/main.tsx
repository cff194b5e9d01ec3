// Compare page: `src/compare/index.html?a=<eventId>&b=<eventId>` (or `?b=` alone: A is the
// event before B with the same counterpart), or `?b=<eventId>&side=en` for event B's Chinese
// readout against its English side, aligned by topic. Both readouts come from the index; the
// comparison runs here (core/compare and core/pairing are pure).
import { render } from 'preact'
import '../shared/theme.css'
import '../shared/extension-page.css'
import { allFamilies, compare, comparisonMarkdown, docFromIndexed } from '../core/compare'
import { downloadText, fileName } from '../shared/download'
import { errorText, t, uiLanguage } from '../shared/i18n'
import { compareSides } from '../core/pairing/compare-sides'
import { sideOfEvent, sideOfText } from '../core/pairing/stored-side'
import { loadSettings } from '../shared/page-settings'
import { CompareView } from './Compare'
import { TopicCompareView } from './TopicCompare'
import { loadPair } from './load'
import { showStatus } from '../shared/page-status'

async function show(app: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search)
  render(null, app)
  showStatus(app, t('compareLoading'), 'loading')
  const loaded = await loadPair(params)
  if (loaded.state === 'need-ids') return showStatus(app, t('compareNeedIds'), 'need-ids')
  if (loaded.state === 'no-earlier') return showStatus(app, t('compareNoEarlier'), 'no-earlier')
  if (loaded.state === 'not-found')
    return showStatus(app, t('compareNotFound', loaded.id), 'not-found')
  if (loaded.state === 'no-side') return showStatus(app, t('compareNoSide', loaded.id), 'no-side')
  if (loaded.state === 'error')
    return showStatus(app, errorText('panel', loaded.error), loaded.error.code)
  if (loaded.state === 'sides') {
    const { event, side } = loaded
    const sides = compareSides(sideOfEvent(event), sideOfText(side, event))
    const zhSource = event.sources.find((s) => s.language !== 'en') ?? event.sources[0]
    document.title = `${t('compareTitle')}: ${event.date ?? ''} · ${side.source.outlet ?? 'en'}`
    app.replaceChildren()
    const outlets = { a: zhSource?.outlet ?? null, b: side.source.outlet }
    return render(<TopicCompareView sides={sides} outlets={outlets} />, app)
  }
  const settings = await loadSettings()
  const docA = docFromIndexed(loaded.a)
  const docB = docFromIndexed(loaded.b)
  const cmp = compare(docA, docB, { families: allFamilies(settings.variantFamilies) })
  document.title = `${t('compareTitle')}: ${loaded.a.date ?? ''} / ${loaded.b.date ?? ''}`
  const onPick = (side: 'a' | 'b', id: string) => {
    const next = new URLSearchParams({ a: cmp.a.id ?? '', b: cmp.b.id ?? '' })
    next.set(side, id)
    history.pushState(null, '', `?${next}`)
    void show(app)
  }
  const onExport = () => {
    const lang = uiLanguage().startsWith('zh') ? 'zh' : 'en'
    const name = fileName(`compare-${loaded.a.id}-${loaded.b.id}`, 'md')
    downloadText(document, document.body, name, comparisonMarkdown(cmp, lang), 'text/markdown')
  }
  app.replaceChildren()
  render(
    <CompareView
      cmp={cmp}
      docA={docA}
      docB={docB}
      history={loaded.history}
      onPick={onPick}
      onExport={onExport}
    />,
    app,
  )
}

const app = document.getElementById('app')!
document.documentElement.lang = uiLanguage().startsWith('zh') ? 'zh-CN' : 'en'
document.title = t('compareTitle')
window.addEventListener('popstate', () => void show(app))
void show(app)
