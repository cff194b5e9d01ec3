// The panel: event, speakers and turns, phrases, mentions and related calls. Every list is a
// real list of buttons or links, so the panel is the accessible form of the highlights.
import { errorText, t } from '../i18n'
import type { PanelActions, PanelModel } from './model'
import { EventSection } from './EventSection'
import { SpeakerSection } from './SpeakerSection'
import { PhraseSection } from './PhraseSection'
import { RelatedSection } from './RelatedSection'
import { OtherSideSection } from './OtherSideSection'
import { SinceSection } from './SinceSection'

export function Panel({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const { collapsed } = model
  return (
    <aside
      class={`panel${collapsed ? ' collapsed' : ''}`}
      aria-label={t('panelLabel')}
      data-testid="panel"
      data-index-state={model.index.state}
      data-paint-mode={model.paintMode}
    >
      <header>
        <h2>{t('panelTitle')}</h2>
        <button
          type="button"
          class="icon-btn"
          aria-expanded={!collapsed}
          aria-controls="rl-body"
          data-testid="collapse"
          onClick={() => actions.setCollapsed(!collapsed)}
        >
          {collapsed ? t('panelExpand') : t('panelCollapse')}
        </button>
      </header>
      {!collapsed && (
        <div id="rl-body">
          {model.lowConfidence && (
            <p class="note" role="status" data-testid="low-confidence">
              {t('lowConfidence', Math.round(model.analysis.confidence * 100))}
            </p>
          )}
          <IndexNote model={model} />
          <EventSection model={model} />
          <OtherSideSection model={model} actions={actions} />
          <SinceSection model={model} actions={actions} />
          <SpeakerSection model={model} actions={actions} />
          <PhraseSection model={model} actions={actions} />
          <RelatedSection model={model} actions={actions} />
        </div>
      )}
    </aside>
  )
}

function IndexNote({ model }: { model: PanelModel }) {
  const s = model.index
  if (s.state !== 'error') return null
  const code = s.error.code
  const testid =
    code === 'storage-unavailable'
      ? 'storage-unavailable'
      : code === 'quota'
        ? 'storage-full'
        : 'index-error'
  return (
    <p class="note error" role="status" data-testid={testid} data-code={code}>
      {errorText('panel', s.error)}
    </p>
  )
}
