// The other side's readout of this event: a link to it (the Chinese readout on an English
// page, the White House's or the Kremlin's on a Chinese one), the topics both, only this page
// and only the other side mention, each side's sentences per topic, and who each says asked.
import type { OtherSideView } from '../../core/pairing/other-side-view'
import { t, uiLanguage } from '../i18n'
import { requestClaimText as claim } from '../request-claim-text'
import { safeHttpUrl } from '../safe-url'
import { eventLinkClick, type PanelActions, type PanelModel } from './model'

/** The compare page's query for the event's Chinese readout against this English side. */
function sideBySideQuery(o: OtherSideView['other']): string {
  const q = new URLSearchParams({ b: o.id ?? '', side: 'en' })
  if (o.language === 'en' && o.url) q.set('src', o.url)
  return q.toString()
}

function OtherSide({ view, actions }: { view: OtherSideView; actions: PanelActions }) {
  const zh = uiLanguage().startsWith('zh')
  const label = (id: string) => {
    const row = view.rows.find((r) => r.topic === id)
    return row ? (zh ? row.label.zh : row.label.en) : id
  }
  const list = (ids: string[], kind: string) => (
    <dd data-topics={kind}>
      {ids.length === 0 ? (
        <span class="muted">{t('topicsNone')}</span>
      ) : (
        ids.map((id) => (
          <span key={id} class={`topic topic-${kind}`} data-topic={id}>
            {label(id)}
          </span>
        ))
      )}
    </dd>
  )
  const o = view.other
  const href = safeHttpUrl(o.url) ?? (o.id ? actions.eventLink(o.id) : null)
  return (
    <div class="other-side" data-testid="other-side" data-language={o.language}>
      <p>
        <span class="muted">
          {t(o.language === 'zh' ? 'otherSideLanguageZh' : 'otherSideLanguageEn')}
          {o.outlet ? ` · ${o.outlet}` : ''}
          {o.date ? ` · ${o.date}` : ''}
        </span>
        <br />
        {href ? (
          <a
            href={href}
            target="_blank"
            rel="noopener"
            data-testid="other-side-link"
            onClick={o.id && !o.url ? eventLinkClick(actions, o.id, href) : undefined}
          >
            {o.title}
          </a>
        ) : (
          <span>{o.title}</span>
        )}
        {view.days ? <span class="muted"> ({t('otherSideDays', Math.abs(view.days))})</span> : null}
      </p>
      {o.id && actions.openPage && (
        <p class="actions">
          <button
            type="button"
            class="icon-btn"
            data-testid="other-side-compare"
            onClick={() => actions.openPage?.('compare', sideBySideQuery(o))}
          >
            {t('compareSideBySide')}
          </button>
        </p>
      )}
      <dl class="topics">
        <dt>{t('topicsBoth')}</dt>
        {list(view.topics.both, 'both')}
        <dt>{t('topicsOnlyHere')}</dt>
        {list(view.topics.onlyHere, 'here')}
        <dt>{t('topicsOnlyThere')}</dt>
        {list(view.topics.onlyThere, 'there')}
        <dt>{t('whoAsked')}</dt>
        <dd>
          <span data-field="asked-here">
            {t('sideHere')}: {claim(view.requested.here)}
          </span>
          <br />
          <span data-field="asked-there">
            {t('sideThere')}: {claim(view.requested.there)}
          </span>
        </dd>
      </dl>
      {view.rows.length > 0 && (
        <details>
          <summary>{t('topicsBySide')}</summary>
          <ul class="topic-rows">
            {view.rows.map((r) => (
              <li key={r.topic} data-topic-row={r.topic}>
                <strong>{zh ? r.label.zh : r.label.en}</strong>
                {(['here', 'there'] as const).map((side) => (
                  <div key={side} class={`quote quote-${side}`}>
                    <span class="muted">{t(side === 'here' ? 'sideHere' : 'sideThere')}: </span>
                    {r[side].length === 0 ? (
                      <span class="muted">{t('topicSaysNothing')}</span>
                    ) : (
                      r[side].join(' ')
                    )}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

export function OtherSideSection({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const views = model.sections.otherSide?.views
  if (!views || views.length === 0) return null
  return (
    <section aria-labelledby="rl-other-side" data-testid="other-sides">
      <h3 id="rl-other-side">{t('sectionOtherSide')}</h3>
      {views.map((v, i) => (
        <OtherSide key={i} view={v} actions={actions} />
      ))}
    </section>
  )
}
