import { kindLabel, reasonText, t } from '../i18n'
import { eventLinkClick, type PanelActions, type PanelModel } from './model'

export function RelatedSection({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const { mentions } = model.analysis
  const mentioned = model.sections.mentions?.events
  const related = model.sections.related?.calls
  return (
    <>
      {mentions.length > 0 && (
        <section aria-labelledby="rl-mentions" data-testid="mentions">
          <h3 id="rl-mentions">{t('sectionMentions')}</h3>
          <ul role="list">
            {mentions.map((m, i) => {
              const ref = mentioned?.[i] ?? null
              const link = ref ? (ref.url ?? actions.eventLink(ref.id)) : null
              return (
                <li key={i} data-mention={m.date ?? ''}>
                  <button
                    type="button"
                    onClick={() => actions.scrollToMention(i)}
                    aria-label={t('scrollToText', m.text)}
                  >
                    {m.date ?? m.text}
                  </button>{' '}
                  <span class="muted">{kindLabel(m.kind)}</span>{' '}
                  {link && (
                    <a
                      href={link}
                      target="_blank"
                      rel="noopener"
                      data-testid="mention-link"
                      onClick={ref ? eventLinkClick(actions, ref.id, link) : undefined}
                    >
                      {t('openEvent')}
                    </a>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="rl-related" data-testid="related">
        <h3 id="rl-related">{t('sectionRelated')}</h3>
        {related == null ? (
          <p class="muted">{t('relatedUnavailable')}</p>
        ) : related.length === 0 ? (
          <p class="muted">{t('noRelated')}</p>
        ) : (
          <ul role="list" class="related">
            {related.map((r) => {
              const link = r.url ?? actions.eventLink(r.id)
              const label = `${r.date ?? t('undated')} · ${kindLabel(r.kind)} · ${r.title}`
              return (
                <li key={r.id} data-related={r.id}>
                  {link ? (
                    <a
                      href={link}
                      target="_blank"
                      rel="noopener"
                      onClick={eventLinkClick(actions, r.id, link)}
                    >
                      {label}
                    </a>
                  ) : (
                    <span>{label}</span>
                  )}
                  <span class="why">{r.reasons.map(reasonText).join(t('reasonSeparator'))}</span>
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </>
  )
}
